"""The site's SecAgg+ mod: Flower's protocol, with MedFed's mask expansion and a uint32 vector.

Flower 1.42's `secaggplus_mod` does every stage in Python and numpy; at 7.96M parameters its
"collect masked vectors" stage costs ~1.5-2 s a site: stochastic quantization in float64 with a
float64 random draw per value, then one Mersenne-Twister int64 mask per neighbour, each added
into a fresh int64 copy. This mod keeps Flower's stage machine, state record, messages, key
agreement (ECDH P-384, PEM public keys), share encryption (Fernet) and unmask stage (it calls
Flower's own functions for them), and replaces two things:

- the stage that touches the update goes through `protocols.secagg_masking`: the AES-128-CTR
  masks are expanded (on the machine's cores) on a thread of their own while the site trains,
  then the update is quantized once into a flat uint32 vector, the masks added in place, and the
  uint32 arrays sent as an ArrayRecord (`MASKED_RECORD`) instead of Flower's list of bytes in
  the config record;
- key set-up and sharing (`_setup`, `_share_keys` here) split the private mask seed and the mask
  key with `protocols.secagg_secrets`: the key's 48-byte scalar instead of its 306-byte PEM, one
  element of GF(2**521 - 1) instead of 20 pycryptodome GF(2^128) chunks on a thread pool, so
  share keys costs milliseconds a site and the coordinator's rebuild microseconds a secret.

At share keys it takes each neighbour's entry as Flower's [pk1, pk2] or as the signed
[pk1, pk2, signature, site key] of `protocols.secagg_identity` (the site's guard,
`site_agent.secagg_guard`, signs its own keys at set-up and checks the others' against its policy).

The coordinator's workflow (`coordinator.secure_agg`) unmasks and rebuilds with the same modules
and announces the mask PRG at set-up; a set-up without it (Flower's own workflow, whose numpy
masks and shares would not match these) is refused here before any key is made.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import cast

import numpy as np
from cryptography.hazmat.primitives.asymmetric import ec
from flwr.app import ArrayRecord, ConfigRecord, Context, Message, RecordDict
from flwr.app.message_type import MessageType
from flwr.app.typing import ConfigRecordValues
from flwr.client.mod.secure_aggregation.secaggplus_mod import (
    SecAggPlusState,
    check_configs,
    check_stage,
)
from flwr.clientapp.typing import ClientAppCallable
from flwr.common.secure_aggregation.crypto.symmetric_encryption import (
    decrypt,
    encrypt,
    generate_shared_key,
)
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    RECORD_KEY_STATE,
    Key,
    Stage,
)
from flwr.common.secure_aggregation.secaggplus_utils import (
    share_keys_plaintext_concat,
    share_keys_plaintext_separate,
)
from flwr.compat.common import recorddict_compat as compat
from flwr.supercore.primitives.asymmetric import bytes_to_public_key, public_key_to_bytes

from protocols.secagg_identity import ROUND_KEY, open_share, seal_share
from protocols.secagg_masking import (
    MASK_PRG,
    MASK_PRG_KEY,
    MASKED_RECORD,
    add_mask_sum,
    mask_sum,
    masked_record,
    masked_update,
    npy_view,
    quantize_weighted,
    quantized_weight,
)
from protocols.secagg_secrets import (
    CURVE,
    MASK_SEED_BYTES,
    generate_mask_key,
    private_key_to_scalar,
    scalar_to_private_key,
    split_secret,
)

log = logging.getLogger("medfed.site")


class SecAggMismatch(RuntimeError):
    """The coordinator's SecAgg+ set-up does not use the mask expansion this site uses."""


def secaggplus_mask_mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
    """Flower's SecAgg+ client stages; "collect masked vectors" through secagg_masking."""
    if msg.metadata.message_type != MessageType.TRAIN:
        return call_next(msg, ctxt)
    if RECORD_KEY_STATE not in ctxt.state.config_records:
        ctxt.state.config_records[RECORD_KEY_STATE] = ConfigRecord({})
    state = SecAggPlusState(**ctxt.state.config_records[RECORD_KEY_STATE])
    configs = msg.content.config_records[RECORD_KEY_CONFIGS]

    check_stage(state.current_stage, configs)
    state.current_stage = cast(str, configs.pop(Key.STAGE))
    if state.current_stage == Stage.SHARE_KEYS:
        _check_share_keys_configs(configs)
    else:
        check_configs(state.current_stage, configs)

    out_content = RecordDict()
    res: dict[str, ConfigRecordValues]
    if state.current_stage == Stage.SETUP:
        prg = configs.get(MASK_PRG_KEY)
        if prg != MASK_PRG:
            raise SecAggMismatch(
                f"SecAgg+ set-up names mask PRG {prg!r}; this site masks with {MASK_PRG!r} "
                "(run the coordinator's own SecAgg+ workflow, coordinator.secure_agg)"
            )
        round_key = configs.get(ROUND_KEY)
        if not isinstance(round_key, bytes) or not round_key:
            raise SecAggMismatch(
                "SecAgg+ set-up names no training round (the coordinator's own SecAgg+ "
                "workflow, coordinator.secure_agg, announces it)"
            )
        ctxt.state.config_records[ROUND_STATE] = ConfigRecord({"round": round_key})
        state.nid = ctxt.node_id  # the node it is (the guard refuses a message for another)
        res = _setup(state, configs)
    elif state.current_stage == Stage.SHARE_KEYS:
        res = _share_keys(state, configs, _round_key(ctxt))
    elif state.current_stage == Stage.COLLECT_MASKED_VECTORS:
        # A message this site cannot mask for trains nothing: its sources and their pk1s are
        # checked before the ClientApp runs.
        srcs = _sources(state, configs)
        neighbours = _neighbours(state, srcs)
        ahead = _expand_masks_ahead(state.rd_seed, state.sk1, neighbours, msg.content)
        try:
            out_msg = call_next(msg, ctxt)
            out_content = out_msg.content
            fitres = compat.recorddict_to_fitres(out_content, keep_input=True)
            # read-only views over the fit result's .npy bytes (Flower's np.load would copy)
            update = [npy_view(tensor) for tensor in fitres.parameters.tensors]
            res, masked = _collect_masked_vectors(
                state, configs, srcs, fitres.num_examples, update, _round_key(ctxt), neighbours,
                ahead,
            )  # fmt: skip
        finally:  # a round that ends without its masks (refused, failed) stops their expansion
            if ahead is not None:
                ahead.cancel()
        for arr_record in out_content.array_records.values():
            arr_record.clear()  # the plaintext update never leaves
        out_content.array_records[MASKED_RECORD] = masked
    elif state.current_stage == Stage.UNMASK:
        res = _unmask(state, configs)
    else:  # check_configs has rejected anything else
        raise ValueError(f"Unknown SecAgg+ stage: {state.current_stage}")

    ctxt.state.config_records[RECORD_KEY_STATE] = ConfigRecord(state.to_dict())
    out_content.config_records[RECORD_KEY_CONFIGS] = ConfigRecord(res, False)
    return Message(out_content, reply_to=msg)


def _setup(state: SecAggPlusState, configs: ConfigRecord) -> dict[str, ConfigRecordValues]:
    """Flower's stage 0: take the round's parameters, make two fresh P-384 key pairs (sk1 for
    the pairwise masks, sk2 for encrypting shares), keep their scalars, send the public keys."""
    state.sample_num = cast(int, configs[Key.SAMPLE_NUMBER])
    state.share_num = cast(int, configs[Key.SHARE_NUMBER])
    state.threshold = cast(int, configs[Key.THRESHOLD])
    state.clipping_range = cast(float, configs[Key.CLIPPING_RANGE])
    state.target_range = cast(int, configs[Key.TARGET_RANGE])
    state.mod_range = cast(int, configs[Key.MOD_RANGE])
    state.max_weight = cast(float, configs[Key.MAX_WEIGHT])
    state.rd_seed_share_dict = {}
    state.sk1_share_dict = {}
    state.ss2_dict = {}
    sk1, sk2 = generate_mask_key(), generate_mask_key()
    state.sk1, state.pk1 = private_key_to_scalar(sk1), public_key_to_bytes(sk1.public_key())
    state.sk2, state.pk2 = private_key_to_scalar(sk2), public_key_to_bytes(sk2.public_key())
    return {Key.PUBLIC_KEY_1: state.pk1, Key.PUBLIC_KEY_2: state.pk2}


def _check_share_keys_configs(configs: ConfigRecord) -> None:
    """Flower's check of the share-keys message, also taking the signed entries the coordinator
    relays ([pk1, pk2, signature, site key], `protocols.secagg_identity`): the site's guard
    checks the signatures against its policy; this mod uses the two public keys."""
    for key, value in configs.items():
        if (
            not isinstance(value, list)
            or len(value) not in (2, 4)
            or not all(isinstance(item, bytes) for item in value)
        ):
            raise TypeError(
                f"Stage {Stage.SHARE_KEYS}: the value for the key '{key}' must be a list of "
                "two public keys, or of two public keys, their signature and the signing key"
            )


ROUND_STATE = "medfed_secagg_round"  # the set-up's training round, in the node state


def _round_key(ctxt: Context) -> bytes:
    record = ctxt.state.config_records.get(ROUND_STATE)
    value = record.get("round") if record is not None else None
    if not isinstance(value, bytes) or not value:
        raise SecAggMismatch("no SecAgg+ set-up of a training round in this session")
    return value


def _share_keys(
    state: SecAggPlusState, configs: ConfigRecord, round_key: bytes
) -> dict[str, ConfigRecordValues]:
    """Flower's stage 1, with `split_secret`: check the neighbours' public keys, draw the
    private mask seed, split it and sk1's scalar into share_num shares (threshold to rebuild),
    keep its own, and encrypt each neighbour's pair of shares to it (ECDH on sk2, Fernet)."""
    key_dict = {  # the two public keys of each entry (a signed one carries two more items)
        int(sid): (cast(bytes, pks[0]), cast(bytes, pks[1]))
        for sid, pks in cast(dict[str, list[bytes]], configs).items()
    }
    state.public_keys_dict = key_dict
    if len(key_dict) < state.threshold:
        raise ValueError(
            f"Node {state.nid}: {len(key_dict)} neighbours' keys, threshold {state.threshold}"
        )
    pks = [pk for pair in key_dict.values() for pk in pair]
    if len(set(pks)) != len(pks):
        raise ValueError(f"Node {state.nid}: some neighbours' public keys are identical")
    if key_dict.get(state.nid) != (state.pk1, state.pk2):
        raise ValueError(f"Node {state.nid}: its own public keys are missing or altered")
    if len(key_dict) > state.share_num:
        raise ValueError(
            f"Node {state.nid}: {len(key_dict)} neighbours' keys, share_num {state.share_num}"
        )

    state.rd_seed = os.urandom(MASK_SEED_BYTES)
    b_shares = split_secret(state.rd_seed, state.threshold, state.share_num)
    sk1_shares = split_secret(state.sk1, state.threshold, state.share_num)
    sk2 = scalar_to_private_key(state.sk2)
    dsts, ciphertexts = [], []
    for idx, (nid, (_, pk2)) in enumerate(key_dict.items()):
        if nid == state.nid:
            state.rd_seed_share_dict[nid] = b_shares[idx]
            state.sk1_share_dict[nid] = sk1_shares[idx]
            continue
        shared_key = generate_shared_key(sk2, bytes_to_public_key(pk2))
        state.ss2_dict[nid] = shared_key
        plaintext = seal_share(
            round_key, share_keys_plaintext_concat(state.nid, nid, b_shares[idx], sk1_shares[idx])
        )
        dsts.append(nid)
        ciphertexts.append(encrypt(shared_key, plaintext))
    return {Key.DESTINATION_LIST: dsts, Key.CIPHERTEXT_LIST: ciphertexts}


def _open_share(
    state: SecAggPlusState, src: int, ciphertext: bytes, round_key: bytes
) -> tuple[bytes, bytes]:
    """(mask-seed share, mask-key share) that neighbour `src` dealt this site, from its
    ciphertext; ValueError (or the cipher's own error) naming what is wrong with it."""
    plaintext = decrypt(state.ss2_dict[src], ciphertext)
    try:  # made for this site's round: neighbours told different rounds share nothing
        plaintext = open_share(round_key, plaintext)
    except ValueError as exc:
        raise ValueError(f"from node {src}: {exc}") from None
    actual_src, dst, rd_seed_share, sk1_share = share_keys_plaintext_separate(plaintext)
    if src != actual_src:
        raise ValueError(f"ciphertext from {actual_src}, not {src}")
    if dst != state.nid:
        raise ValueError(f"a share for node {dst} from {src}")
    return rd_seed_share, sk1_share


def _unmask(state: SecAggPlusState, configs: ConfigRecord) -> dict[str, ConfigRecordValues]:
    """Flower's stage 3: this site's share of each surviving neighbour's mask seed and of each
    dropped neighbour's mask key; a neighbour whose share this site refused at collect is left
    out (the coordinator rebuilds its secrets from the others' shares). Flower's own stage
    also refuses fewer survivors than the threshold; here the sites that refused the round are
    listed dropped yet answer too (they hold shares), so the survivors may be fewer, and how
    few a mean this site unmasks may hold is its guard's `secure_aggregation.min_survivors`."""
    active_nids = cast(list[int], configs[Key.ACTIVE_NODE_ID_LIST])
    dead_nids = cast(list[int], configs[Key.DEAD_NODE_ID_LIST])
    nids: list[int] = []
    shares: list[bytes] = []
    for owner_nids, held in ((active_nids, state.rd_seed_share_dict),
                             (dead_nids, state.sk1_share_dict)):  # fmt: skip
        for nid in owner_nids:
            if nid in held:
                nids.append(nid)
                shares.append(held[nid])
    return {Key.NODE_ID_LIST: nids, Key.SHARE_LIST: shares}


def _sources(state: SecAggPlusState, configs: ConfigRecord) -> list[int]:
    """The neighbours whose shares the collect stage's message brings, checked: one ciphertext
    each, each once, never this site itself, each one whose keys this site took at share keys,
    and enough of them for the threshold."""
    ciphertexts = cast(list[bytes], configs[Key.CIPHERTEXT_LIST])
    srcs = list(cast(list[int], configs[Key.SOURCE_LIST]))
    if len(srcs) != len(ciphertexts):
        raise ValueError(
            f"Node {state.nid}: {len(srcs)} sources for {len(ciphertexts)} ciphertexts"
        )
    if state.nid in srcs:
        # its "pairwise" mask with itself would cancel against nothing: the round's sum is noise
        raise ValueError(f"Node {state.nid}: the site itself is listed among the sources")
    if len(set(srcs)) != len(srcs):
        # One neighbour listed twice would count twice towards the threshold while the site
        # masks with it alone (its pairwise mask added twice): a coordinator that then calls
        # that neighbour dropped rebuilds every mask of this site from too few neighbours.
        raise ValueError(f"Node {state.nid}: a neighbour is listed twice among the sources")
    unknown = sorted(set(srcs) - set(state.public_keys_dict))
    if unknown:
        raise ValueError(f"Node {state.nid}: no public keys of source node(s) {unknown}")
    if len(ciphertexts) + 1 < state.threshold:
        raise ValueError("Not enough available neighbour clients.")
    return srcs


Neighbours = list[tuple[ec.EllipticCurvePublicKey, int]]


def _neighbours(state: SecAggPlusState, srcs: list[int]) -> Neighbours:
    """(pk1, sign) of each source: its public key for the pairwise mask, checked to be a point
    of this site's curve (so the key agreement cannot fail later), and +1 where this site's node
    id is the larger of the pair, so each pair's masks cancel in the sum."""
    out = []
    for src in srcs:
        try:
            pk1 = bytes_to_public_key(state.public_keys_dict[src][0])
        except Exception as exc:  # noqa: BLE001 - whatever the bytes hold
            raise ValueError(
                f"Node {state.nid}: source node {src}'s pk1 is no key ({exc})"
            ) from None
        if not isinstance(pk1, ec.EllipticCurvePublicKey) or pk1.curve.name != CURVE.name:
            raise ValueError(f"Node {state.nid}: source node {src}'s pk1 is not a {CURVE.name} key")
        out.append((pk1, 1 if state.nid > src else -1))
    return out


def _pairwise(sk1_scalar: bytes, neighbours: Neighbours) -> list[tuple[bytes, int]]:
    """(shared seed, sign) with each neighbour: ECDH of sk1 with its pk1."""
    sk1 = scalar_to_private_key(sk1_scalar)
    return [(generate_shared_key(sk1, pk1), sign) for pk1, sign in neighbours]


# Masks are expanded on a thread of their own while the site trains. They depend only on this
# site's private seed and its pairwise seeds (its sk1 and the sources' pk1s, held before
# training; the key agreements run on the thread too), and on the update's length, which the
# global state the message carries bounds (a stage trains a part of it; `mask_sum` over the
# bound serves any shorter update). The site's cores that training leaves idle (a GPU site's,
# or the CPU's while a fit waits) do the AES work off the round's critical path; the masked
# vector is bit for bit the one expanded after training. The cost: a uint32 vector as long as
# the global state, no more bytes than the float32 parameters the message brought, held from
# before training until the masks are added.
_AHEAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secagg-masks-ahead")


class _MasksAhead:
    """A site's masks being expanded on `_AHEAD`. `take` waits for them and hands them over
    (the caller then holds the only reference: they are freed once added); `cancel` stops an
    expansion the round no longer needs at its next block, so none outlives its round."""

    def __init__(self, size: int, seed: bytes, sk1: bytes, neighbours: Neighbours) -> None:
        self._masks: np.ndarray | None = None
        self._stop = threading.Event()
        self._done = _AHEAD.submit(self._expand, size, seed, sk1, list(neighbours))

    def _expand(self, size: int, seed: bytes, sk1: bytes, neighbours: Neighbours) -> None:
        self._masks = mask_sum(size, seed, _pairwise(sk1, neighbours), self._stop)

    def take(self) -> np.ndarray:
        self._done.result()  # re-raises the expansion's error
        masks, self._masks = self._masks, None
        if masks is None:
            raise RuntimeError("SecAgg+ masks expanded ahead were taken already")
        return masks

    def cancel(self) -> None:
        self._stop.set()
        self._done.cancel()
        self._masks = None


def _expand_masks_ahead(
    seed: bytes, sk1: bytes, neighbours: Neighbours, content: RecordDict
) -> _MasksAhead | None:
    """The site's masks over the global state's length (+1 for the weight), started on
    `_AHEAD`; None where the message's parameters cannot be read, or are not the float32 arrays
    the update codec sends (the masks are then expanded after training, where a malformed
    message fails as it did). float32 only: masks are 4 bytes a value, so they take no more
    memory than the parameters the coordinator sent (one-byte values would make it four times)."""
    try:
        fitins = compat.recorddict_to_fitins(content, keep_input=True)
        arrays = [npy_view(tensor) for tensor in fitins.parameters.tensors]
    except Exception:  # noqa: BLE001 - training reads the message and says what is wrong
        return None
    if not arrays or any(a.dtype != np.float32 for a in arrays):
        return None
    return _MasksAhead(1 + sum(a.size for a in arrays), seed, sk1, neighbours)


def _collect_masked_vectors(
    state: SecAggPlusState,
    configs: ConfigRecord,
    srcs: list[int],
    num_examples: int,
    arrays: list[np.ndarray],
    round_key: bytes,
    neighbours: Neighbours,
    ahead: _MasksAhead | None = None,
) -> tuple[dict[str, ConfigRecordValues], ArrayRecord]:
    """(the stage's config reply, the masked vector as an ArrayRecord). `srcs`: the sources
    `_sources` checked in `configs`; `neighbours`: their checked pk1s (`_neighbours`); `ahead`:
    the masks `_expand_masks_ahead` started before training, or None to expand them here."""
    ciphertexts = cast(list[bytes], configs[Key.CIPHERTEXT_LIST])

    # Decrypt the neighbours' shares, check who they come from and for whom (as Flower does).
    # One that fails is refused alone: this site keeps no share of that neighbour's secrets
    # (they are rebuilt from the other neighbours' shares, or not), and still masks with it,
    # since its pairwise mask needs only the neighbour's public key. Raising instead would let
    # a hostile neighbour knock this site out of every round with one junk ciphertext.
    for src, ciphertext in zip(srcs, ciphertexts, strict=True):
        try:
            shares = _open_share(state, src, ciphertext, round_key)
        except Exception as exc:  # noqa: BLE001 - whatever the ciphertext holds
            log.warning("Node %d: the share node %d sent is refused (%s): this site holds no "
                        "share of its secrets", state.nid, src, exc)  # fmt: skip
            continue
        state.rd_seed_share_dict[src], state.sk1_share_dict[src] = shares

    if num_examples > state.max_weight:
        log.info(
            "SecAgg+: %s examples weigh as max_weight %s in the mean",
            num_examples,
            state.max_weight,
        )
    q_weight = quantized_weight(num_examples, state.max_weight, state.target_range)
    quantized = quantize_weighted(
        arrays,
        q_weight,
        state.clipping_range,
        state.target_range,
        # Rounding noise from numpy's global generator, as Flower's quantizer draws it: the
        # ClientApp seeds that from the site's own randomness every round (client_app.py), so
        # the insecure test mode still reproduces a masked aggregate bit for bit.
        np.random.default_rng(int.from_bytes(np.random.bytes(32), "little")),  # noqa: NPY002
    )
    masks = ahead.take() if ahead is not None else None  # re-raises the expansion's error
    if masks is not None and masks.size >= quantized.size:
        vec = add_mask_sum(quantized, masks, state.mod_range)
    else:  # no bound known before training, or an update longer than the global state
        pairwise = _pairwise(state.sk1, neighbours)
        vec = masked_update(quantized, state.rd_seed, pairwise, state.mod_range, in_place=True)
    del quantized, masks  # masked in place: the plain vector no longer exists, nor the masks
    return {}, masked_record(vec, [(1,), *(a.shape for a in arrays)])
