"""A malicious coordinator or neighbour against the site's SecAgg+ mod, whose masks are expanded
on a thread of their own while it trains (`site_agent.secagg_mod._expand_masks_ahead`,
`protocols.secagg_masking.mask_sum` / `add_mask_sum`), and the AES-128 mask PRG.

Each test runs the whole mod (`secaggplus_mask_mod`, collect stage) with a stand-in ClientApp
that records whether it trained: the upload is bit for bit the one expanded after training,
with every mask; a message the site cannot mask for trains nothing; no expansion outlives its
round, and the masks are freed once added.
"""

from __future__ import annotations

import copy
import gc
import os
import threading
import time
import weakref
from collections.abc import Callable

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flwr.app import ConfigRecord, Context, Message, RecordDict
from flwr.app.message.message import make_message
from flwr.app.message_type import MessageType
from flwr.app.metadata import Metadata
from flwr.client.mod.secure_aggregation.secaggplus_mod import SecAggPlusState
from flwr.common import Code, FitIns, FitRes, Parameters, Status
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    RECORD_KEY_STATE,
    Key,
    Stage,
)
from flwr.compat.common import recorddict_compat as compat
from flwr.supercore.primitives.asymmetric import public_key_to_bytes

import protocols.secagg_masking as masking
import site_agent.secagg_mod as mod
from protocols.secagg_masking import (
    MASK_KEY_BYTES,
    mask_key,
    masked_arrays,
    masked_update,
    npy_bytes,
)
from protocols.secagg_secrets import generate_mask_key, private_key_to_scalar
from site_agent.secagg_mod import ROUND_STATE, secaggplus_mask_mod

C, R = 8.0, 1 << 22
NID = 5


# ----------------------------------------------------------------------------- harness


def _state(neighbours: list[int], pk1: dict[int, bytes] | None = None) -> SecAggPlusState:
    """The site's state after share keys (its own entry among the keys, as _share_keys keeps)."""
    state = SecAggPlusState()
    state.rd_seed_share_dict, state.sk1_share_dict, state.ss2_dict = {}, {}, {}
    state.current_stage = Stage.SHARE_KEYS
    state.nid, state.threshold, state.share_num = NID, 2, len(neighbours) + 1
    state.sample_num = len(neighbours) + 1
    state.clipping_range, state.target_range, state.mod_range = C, R, 2**32
    state.max_weight = 1024.0
    sk1 = generate_mask_key()
    state.sk1 = private_key_to_scalar(sk1)
    state.pk1 = public_key_to_bytes(sk1.public_key())
    state.pk2 = b"own-pk2"
    state.public_keys_dict = {
        src: ((pk1 or {}).get(src) or public_key_to_bytes(generate_mask_key().public_key()),
              f"pk2-{src}".encode())
        for src in neighbours
    }  # fmt: skip
    state.public_keys_dict[NID] = (state.pk1, state.pk2)
    state.rd_seed = os.urandom(32)
    return state


def _context(state: SecAggPlusState) -> Context:
    ctxt = Context(run_id=1, node_id=NID, node_config={}, state=RecordDict(), run_config={})
    ctxt.state.config_records[RECORD_KEY_STATE] = ConfigRecord(copy.deepcopy(state).to_dict())
    ctxt.state.config_records[ROUND_STATE] = ConfigRecord({"round": b"run\x001"})
    return ctxt


def _collect_msg(global_state: list[np.ndarray], srcs: list[int], cts: list[bytes]) -> Message:
    params = Parameters([npy_bytes(a) for a in global_state], "numpy.ndarray")
    content = compat.fitins_to_recorddict(FitIns(params, {}), keep_input=True)
    content.config_records[RECORD_KEY_CONFIGS] = ConfigRecord(
        {Key.STAGE: Stage.COLLECT_MASKED_VECTORS, Key.CIPHERTEXT_LIST: cts, Key.SOURCE_LIST: srcs}
    )
    metadata = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=NID, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600.0, message_type=MessageType.TRAIN,
    )  # fmt: skip
    return make_message(metadata, content)


class Trainer:
    """A stand-in ClientApp: records that it trained (spent budget), returns `update`."""

    def __init__(self, update: list[np.ndarray], n: int = 120,
                 hook: Callable[[Message, Context], None] | None = None) -> None:  # fmt: skip
        self.update, self.n, self.hook, self.trained = update, n, hook, 0

    def __call__(self, msg: Message, ctxt: Context) -> Message:
        self.trained += 1
        if self.hook is not None:
            self.hook(msg, ctxt)
        params = Parameters([npy_bytes(a) for a in self.update], "numpy.ndarray")
        res = FitRes(Status(Code.OK, ""), params, self.n, {})
        return Message(compat.fitres_to_recorddict(res, keep_input=True), reply_to=msg)


def _upload(reply: Message) -> np.ndarray:
    return np.concatenate([np.ravel(a) for a in masked_arrays(reply.content)])


def _update(size: int = 37, seed: int = 3) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal(size) * 1e-2).astype(np.float32)]


def _run(state: SecAggPlusState, global_state: list[np.ndarray], update: list[np.ndarray],
         srcs: list[int], cts: list[bytes] | None = None,
         trainer: Trainer | None = None) -> tuple[Message, Trainer]:  # fmt: skip
    trainer = trainer or Trainer(update)
    np.random.seed(11)  # noqa: NPY002 - the same rounding noise every run
    reply = secaggplus_mask_mod(
        _collect_msg(global_state, srcs, cts if cts is not None else [b"x"] * len(srcs)),
        _context(state), trainer,
    )  # fmt: skip
    return reply, trainer


# ----------------------------------------------------------------------- the masked vector


@pytest.mark.parametrize("extra", [0, 5, 1 << 18, -1])
def test_whole_mod_uploads_the_old_codes_vector_for_any_global_state_length(
    extra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # coordinator picks the global state's length relative to the update; the upload must be
    # bit for bit the old (expand-after-training) path's, and carry every mask
    state = _state([2, 9])
    update = _update(37)
    gstate = [np.zeros(max(0, 37 + extra), np.float32)]
    new, _ = _run(state, gstate, update, [2, 9])
    with monkeypatch.context() as m:
        m.setattr(mod, "_expand_masks_ahead", lambda *a: None)
        old, _ = _run(state, gstate, update, [2, 9])
    assert np.array_equal(_upload(new), _upload(old))
    # oracle: quantize, then private mask + both signed pairwise masks from the seeds
    np.random.seed(11)  # noqa: NPY002
    rng = np.random.default_rng(int.from_bytes(np.random.bytes(32), "little"))  # noqa: NPY002
    q = masking.quantize_weighted(update, masking.quantized_weight(120, 1024.0, R), C, R, rng)
    pair = mod._pairwise(state.sk1, mod._neighbours(state, [2, 9]))
    assert np.array_equal(_upload(new), masked_update(q, state.rd_seed, pair, 2**32))


def test_expansion_error_on_the_thread_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # the background expansion fails: no reply at all (no plain or partly masked update)
    def boom(*a: object) -> np.ndarray:
        raise RuntimeError("expansion failed")

    monkeypatch.setattr(mod, "mask_sum", boom)
    with pytest.raises(RuntimeError, match="expansion failed"):
        _run(_state([2, 9]), [np.zeros(64, np.float32)], _update(37), [2, 9])


def test_state_mutated_during_training_does_not_change_the_masks() -> None:
    # the ClientApp (or anything inside call_next) rewrites the node state's SecAgg+ record
    # while the masks are expanding: the masks are the ones of the state the stage started with
    state = _state([2, 9])
    gstate, update = [np.zeros(64, np.float32)], _update(37)
    ref, _ = _run(state, gstate, update, [2, 9])

    def scribble(msg: Message, ctxt: Context) -> None:
        other = _state([2, 9])
        ctxt.state.config_records[RECORD_KEY_STATE] = ConfigRecord(copy.deepcopy(other).to_dict())

    got, _ = _run(state, gstate, update, [2, 9], trainer=Trainer(update, hook=scribble))
    assert np.array_equal(_upload(got), _upload(ref))


def test_masks_are_fresh_per_round_never_reused_from_an_earlier_expansion() -> None:
    # two rounds, same update: the ahead future of round 1 never serves round 2
    gstate, update = [np.zeros(64, np.float32)], _update(37)
    a, _ = _run(_state([2, 9]), gstate, update, [2, 9])
    b, _ = _run(_state([2, 9]), gstate, update, [2, 9])
    diff = (_upload(a).astype(np.int64) - _upload(b).astype(np.int64)) % 2**32
    assert np.count_nonzero(diff) >= diff.size - 1  # indistinguishable from fresh randomness


def test_concurrent_sites_in_one_process_get_their_own_masks() -> None:
    # simulation: several sites share the module-level _AHEAD and _pool
    gstate, update = [np.zeros(300_000, np.float32)], _update(200_000)
    states = [_state([2, 9]) for _ in range(3)]
    refs = [_upload(_run(s, gstate, update, [2, 9])[0]) for s in states]
    out: dict[int, np.ndarray] = {}

    def go(i: int) -> None:
        out[i] = _upload(_run(states[i], gstate, update, [2, 9])[0])

    ts = [threading.Thread(target=go, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    # np.random.seed in _run is process-global, so only compare the masks' effect on value 0:
    for i in range(3):
        assert out[i].size == refs[i].size
        assert out[i][0] == refs[i][0]  # weight + masks; a foreign mask would change it


def test_big_endian_or_non_float32_global_state_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    state = _state([2, 9])
    update = _update(37)
    for gstate in ([np.zeros(64, ">f4")], [np.zeros(64, np.float64)], []):
        new, _ = _run(state, gstate, update, [2, 9])
        with monkeypatch.context() as m:
            m.setattr(mod, "_expand_masks_ahead", lambda *a: None)
            old, _ = _run(state, gstate, update, [2, 9])
        assert np.array_equal(_upload(new), _upload(old))


# ------------------------------------------- refused before training; memory; no leftovers


def _p256_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)  # fmt: skip


@pytest.mark.parametrize("bad_pk1", [b"not a key", "p256"])
def test_a_neighbours_unusable_pk1_is_refused_before_training(bad_pk1: bytes | str) -> None:
    # neighbour 9's pk1 (relayed by the coordinator, never parsed at share keys: only pk2 is)
    # cannot be used for ECDH: the pairwise seeds are agreed before training, so the site
    # refuses the round without spending anything on it
    pk1 = _p256_pem() if bad_pk1 == "p256" else bad_pk1
    state = _state([2, 9], pk1={9: pk1})
    trainer = Trainer(_update(37))
    with pytest.raises(Exception):  # noqa: B017,PT011
        _run(state, [np.zeros(64, np.float32)], _update(37), [2, 9], trainer=trainer)
    assert trainer.trained == 0, "the site trained (spent budget) for a round it cannot mask"


def test_sources_and_ciphertexts_of_different_lengths_are_refused_before_training() -> None:
    # a malicious coordinator: 2 sources, 3 ciphertexts
    trainer = Trainer(_update(37))
    with pytest.raises(ValueError, match="2 sources for 3 ciphertexts"):
        _run(_state([2, 9]), [np.zeros(64, np.float32)], _update(37), [2, 9],
             cts=[b"x", b"y", b"z"], trainer=trainer)  # fmt: skip
    assert trainer.trained == 0, "the site trained (spent budget) for a round it cannot mask"


def test_the_site_itself_listed_as_a_source_is_refused_before_training() -> None:
    # the site's own entry is among the keys it took at share keys: listed as a source, it
    # would "pair" with itself (ECDH(sk1, own pk1)), a mask nobody cancels, and count towards
    # the threshold
    trainer = Trainer(_update(37))
    with pytest.raises(ValueError, match="the site itself is listed among the sources"):
        _run(_state([2, 9]), [np.zeros(64, np.float32)], _update(37), [2, NID], trainer=trainer)
    assert trainer.trained == 0, "masked with a self-pairwise mask that never cancels"


def test_masks_ahead_are_as_long_as_the_global_state_the_message_brought(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the coordinator sends a float32 global state much longer than the update the stage trains
    # (a stage trains a part of it): the masks ahead cover the whole state, so they take no more
    # memory than the parameters the message brought (4 bytes a value both), and no more
    sizes: list[int] = []
    real = masking.mask_sum

    def spy(size: int, *a: object) -> np.ndarray:
        sizes.append(size)
        return real(size, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(mod, "mask_sum", spy)
    update = _update(37)
    reply, _ = _run(_state([2, 9]), [np.zeros(4_000_000, np.float32)], update, [2, 9])
    assert sizes == [1 + 4_000_000]
    assert _upload(reply).size == 1 + 37


def test_masks_are_freed_before_the_masked_record_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `del quantized, masks` suggests the masks are gone by then; the Future (held by the mod's
    # `ahead` local and the `ahead` argument) still holds them, so the peak is masks + vector +
    # the record's .npy copy
    refs: list[weakref.ref[np.ndarray]] = []
    real_sum, real_record = masking.mask_sum, mod.masked_record

    def spy_sum(size: int, *a: object) -> np.ndarray:
        out = real_sum(size, *a)  # type: ignore[arg-type]
        refs.append(weakref.ref(out))
        return out

    alive: list[bool] = []

    def spy_record(vec: np.ndarray, shapes: object) -> object:
        gc.collect()
        alive.append(refs[0]() is not None)
        return real_record(vec, shapes)  # type: ignore[arg-type]

    monkeypatch.setattr(mod, "mask_sum", spy_sum)
    monkeypatch.setattr(mod, "masked_record", spy_record)
    _run(_state([2, 9]), [np.zeros(1000, np.float32)], _update(37), [2, 9])
    assert alive == [False], "the global-state-long masks are still alive at masked_record"


def test_a_refused_training_leaves_no_expansion_running(monkeypatch: pytest.MonkeyPatch) -> None:
    # the ClientApp refuses the round (policy, layout, budget) right away: the mask expansion
    # the mod started before calling it is told to stop, so none outlives its round (nor queues
    # on the one _AHEAD worker ahead of the next round's, at a size the coordinator chose)
    started, stopped = threading.Event(), threading.Event()

    def until_stopped(size: int, seed: bytes, pairwise: object, stop: threading.Event) -> None:
        started.set()
        assert stop.wait(10), "the expansion was never told to stop"
        stopped.set()
        raise masking.MaskingStopped("stopped")

    monkeypatch.setattr(mod, "mask_sum", until_stopped)

    def refuse(msg: Message, ctxt: Context) -> None:
        assert started.wait(10)  # the expansion is under way when the site refuses
        raise RuntimeError("round refused by the site's gate")

    with pytest.raises(RuntimeError, match="refused"):
        _run(_state([2, 9]), [np.zeros(1000, np.float32)], _update(37), [2, 9],
             trainer=Trainer(_update(37), hook=refuse))  # fmt: skip
    assert stopped.wait(10)


def test_a_stopped_expansion_ends_at_its_next_block() -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(masking.MaskingStopped):
        masking.mask_sum(3 * masking.CHUNK, os.urandom(32), [(os.urandom(32), 1)], stop)
    assert masking.mask_sum(10, b"s" * 32, [], threading.Event()).size == 10


# ----------------------------------------------------------------- the AES-128 mask PRG


def test_mask_keys_are_128_bit_domain_separated_from_the_v1_prg() -> None:
    # key size as documented, and the PRG label bump separates v2 keys from v1 (AES-256) ones
    seed = os.urandom(32)
    assert len(mask_key(seed)) == MASK_KEY_BYTES == 16
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    v1_info = b"medfed secagg+ mask hkdf-sha256/aes-256-ctr/u32le/v1"
    v1 = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=v1_info).derive(seed)
    assert mask_key(seed) != v1[:16]
    got = masking.mask(seed, 8).tobytes()
    ks = Cipher(algorithms.AES(mask_key(seed)), modes.CTR(bytes(16))).encryptor()
    assert got == ks.update(bytes(32))
