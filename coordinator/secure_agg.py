"""Flower SecAgg+ for every training round: settings, the fit workflow, and the error bound.

How the sizes were chosen. A site uploads the delta of its trainable groups. SecAgg+ multiplies it
by n/max_weight (n = the site's example count, capped at max_weight), clips to +-clipping_range and
quantizes to `quantization_range` levels; the server divides the integer sum by the sum of ratios.
So a raw value is clipped at clipping_range * max_weight / n >= clipping_range (n <= max_weight),
and each aggregated value is off by at most

    k * (2 * clipping_range / quantization_range) / sum_i(n_i / max_weight)

for k sites (one quantization step per site, stochastic rounding). Projector/LoRA deltas after a
round are ~1e-3..1e-1 per value (Adam steps times the learning rate; DP clipping bounds them), so
clipping_range = 0.5 with max_weight = 1024 clips nothing real for sites of up to ~1,000 examples a
round (larger sites are weighted as 1,024 and clipped at 0.5), and with 2**22 levels the bound is
~1e-6 for 3 sites of 100-300 examples: three orders of magnitude under the update itself.

Sizes of the upload: every masked value lies in [0, modulus_range) = [0, 2**32); the sites'
`site_agent.secagg_mod` sends it as uint32 (Flower's own mod sends int64, twice the bytes), and
the sum wraps modulo 2**32, the protocol's own modulus. Smaller is not possible with this
protocol: the modulus must exceed quantization_range * sites (2**22 levels here).

Speed: the masks are AES-128-CTR keystreams (`protocols.secagg_masking`), expanded and added in
place on a flat uint32 vector at both ends, instead of Flower's numpy Mersenne-Twister masks on
int64 copies; the private mask seed and the mask key's scalar are Shamir-shared as one element of
GF(2**521 - 1) each (`protocols.secagg_secrets`), instead of Flower's pure-Python GF(2^128)
shares of 16-byte chunks of a PEM key; the masked vector comes back in its own ArrayRecord
(`protocols.secagg_masking.MASKED_RECORD`), read without copies, instead of a list of bytes in
the stage's config record. The protocol's stages, neighbourhoods, (k, t) and what each share
reveals are Flower's: any t of a site's k shares rebuild a secret, fewer say nothing.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from cryptography.hazmat.primitives.asymmetric import ec
from flwr.app import ConfigRecord, Error, Message, RecordDict
from flwr.app.message_type import MessageType
from flwr.common import FitRes, ndarrays_to_parameters
from flwr.common.constant import ErrorCode
from flwr.common.secure_aggregation.crypto.symmetric_encryption import generate_shared_key
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS
from flwr.common.secure_aggregation.secaggplus_constants import Key as SecAggKey
from flwr.common.secure_aggregation.secaggplus_constants import Stage as SecAggStage
from flwr.compat.common import recorddict_compat as compat
from flwr.server.compat import LegacyContext
from flwr.server.workflow import SecAggPlusWorkflow
from flwr.server.workflow.constant import MAIN_CONFIGS_RECORD, MAIN_PARAMS_RECORD
from flwr.server.workflow.constant import Key as WorkflowKey
from flwr.server.workflow.secure_aggregation.secaggplus_workflow import WorkflowState
from flwr.serverapp import Grid
from flwr.supercore.primitives.asymmetric import bytes_to_public_key
from flwr.supercore.run import Run

from coordinator.site_claims import SiteBinding
from protocols.round import contributes
from protocols.secagg_identity import (
    COHORT_NODES_KEY,
    COHORT_PK1S_KEY,
    COHORT_SITE_KEYS_KEY,
    CONSISTENCY_SIGNATURE_KEY,
    CONSISTENCY_STAGE,
    DROPPED_KEY,
    ROUND_KEY,
    SIGNATURE_KEY,
    SIGNATURES_KEY,
    SIGNERS_KEY,
    SITE_KEY_KEY,
    SURVIVORS_KEY,
    cohort_digest,
    session_round,
    verify_public_keys,
    verify_survivors,
)
from protocols.secagg_masking import (
    DEFAULT_MAX_WEIGHT,
    MASK_PRG,
    MASK_PRG_KEY,
    check_modulus,
    dequantize_mean,
    masked_arrays,
    quantized_weight,
    split_flat,
    unmask_sum,
)
from protocols.secagg_secrets import (
    CURVE,
    MASK_SEED_BYTES,
    SCALAR_BYTES,
    ShareError,
    combine_secret,
    scalar_to_private_key,
    shares_and_threshold,
)

__all__ = ["SecAggSettings", "error_bound", "fit_workflow", "shares_and_threshold"]


class SiteError(Exception):
    """A site's error reply among a round's failures, with the node that sent it (Flower keeps
    failures as bare exceptions): its text is the error's own, so a refusal code in it reads as
    before, and a halted round counts each node's refusal once (``StageStrategy.finish``)."""

    def __init__(self, node_id: int, error: object) -> None:
        super().__init__(error)
        self.node_id = node_id


log = logging.getLogger("medfed.coordinator")


@dataclass(frozen=True)
class SecAggSettings:
    enabled: bool = True
    clipping_range: float = 0.5
    max_weight: float = DEFAULT_MAX_WEIGHT
    quantization_range: int = 2**22
    timeout: float | None = 300.0

    def __post_init__(self) -> None:
        if self.clipping_range <= 0:
            raise ValueError(f"secagg clipping_range must be > 0, got {self.clipping_range}")
        if self.max_weight <= 0:
            raise ValueError(f"secagg max_weight must be > 0, got {self.max_weight}")
        if self.quantization_range < 2:
            raise ValueError(
                f"secagg quantization_range must be >= 2, got {self.quantization_range}"
            )
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"secagg timeout must be > 0 or None, got {self.timeout}")


def _as_failure(reply: Message, reason: str) -> None:
    """Turn `reply` into an error reply carrying `reason`: Flower's own stages then count its
    site as a failure of the round (left out, as a dropout), as they do a site that raised."""
    reply.__dict__["_content"] = None  # Message refuses an error beside content
    reply.error = Error(ErrorCode.CLIENT_APP_RAISED_EXCEPTION, reason)


def _public_key_problem(name: str, value: object) -> str | None:
    if not isinstance(value, bytes):
        return f"{name} is missing"
    try:
        key = bytes_to_public_key(value)
    except Exception as exc:  # noqa: BLE001 - any key cryptography cannot load (an unknown
        # curve raises UnsupportedAlgorithm) is this reply's problem, not the run's
        return f"{name} is not a public key ({type(exc).__name__}: {exc})"
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != CURVE.name:
        return f"{name} is not a {CURVE.name} public key"
    return None


def setup_reply_problems(replies: Sequence[Message]) -> dict[int, str]:
    """node id -> why its SecAgg+ set-up reply is refused: its two public keys missing, not
    P-384 keys, equal, or equal to a key another reply sent (keys are fresh each round, so no
    honest site sends a key another site sent; a junk key relayed to the neighbours would make
    each of them fail at share keys instead of this site alone)."""
    problems: dict[int, str] = {}
    owners: dict[bytes, list[int]] = {}
    for reply in replies:
        if reply.has_error():
            continue
        nid = reply.metadata.src_node_id
        configs = reply.content.config_records.get(RECORD_KEY_CONFIGS)
        if configs is None:
            problems[nid] = "no SecAgg+ record in its set-up reply"
            continue
        pk1, pk2 = configs.get(SecAggKey.PUBLIC_KEY_1), configs.get(SecAggKey.PUBLIC_KEY_2)
        problem = _public_key_problem("pk1", pk1) or _public_key_problem("pk2", pk2)
        if problem is None and pk1 == pk2:
            problem = "pk1 and pk2 are the same key"
        if problem is not None:
            problems[nid] = problem
            continue
        for key in (cast(bytes, pk1), cast(bytes, pk2)):
            owners.setdefault(key, []).append(nid)
    for nids in owners.values():
        if len(set(nids)) > 1:
            for nid in nids:
                problems.setdefault(nid, "a public key another site also sent")
    return problems


def share_keys_reply_problem(reply: Message, expected: set[int]) -> str | None:
    """Why a share-keys reply is refused, None if it is well formed: one ciphertext to each of
    `expected` (the sender's neighbours that were sent its keys, itself excepted), no more, no
    fewer, none twice. Flower forwards whatever a site lists: an extra ciphertext to a site
    would make that site see a source twice and fail, a missing one leave it short of shares."""
    got = _paired_lists(reply, "share-keys", SecAggKey.DESTINATION_LIST,
                        SecAggKey.CIPHERTEXT_LIST, "destination")  # fmt: skip
    if isinstance(got, str):
        return got
    listed = set(got)
    if listed != expected:
        return (
            f"ciphertexts for nodes {sorted(listed)}, its neighbours sent its keys are "
            f"{sorted(expected)}"
        )
    return None


class _CheckingGrid(Grid):
    """The workflow's grid for one of Flower's stages, turning every reply that `check` finds
    a problem in into an error reply naming its node and the problem: Flower's stages index a
    reply's record and zip its lists without a check, so one malformed reply would otherwise end
    the ServerApp's run, or be relayed to the sender's neighbours and fail them."""

    def __init__(
        self, grid: Grid, check: Callable[[Sequence[Message]], dict[int, str]] | None = None
    ) -> None:
        self._grid = grid
        self._check = check

    def set_run(self, run: Run) -> None:
        self._grid.set_run(run)

    @property
    def run(self) -> Run:
        return self._grid.run

    def create_message(
        self,
        content: RecordDict,
        message_type: str,
        dst_node_id: int,
        group_id: str,
        ttl: float | None = None,
    ) -> Message:
        return self._grid.create_message(content, message_type, dst_node_id, group_id, ttl)

    def get_node_ids(self) -> Iterable[int]:
        return self._grid.get_node_ids()

    def push_messages(self, messages: Iterable[Message]) -> Iterable[str]:
        return self._grid.push_messages(messages)

    def pull_messages(self, message_ids: Iterable[str]) -> Iterable[Message]:
        return self._grid.pull_messages(message_ids)

    def send_and_receive(
        self, messages: Iterable[Message], *, timeout: float | None = None
    ) -> Iterable[Message]:
        replies = list(self._grid.send_and_receive(self._outgoing(list(messages)),
                                                   timeout=timeout))  # fmt: skip
        problems = self._check(replies) if self._check is not None else {}
        for reply in replies:
            problem = None if reply.has_error() else problems.get(reply.metadata.src_node_id)
            if problem is not None:
                log.warning("SecAgg+: node %d's reply refused: %s",
                            reply.metadata.src_node_id, problem)  # fmt: skip
                _as_failure(reply, f"node {reply.metadata.src_node_id}: {problem}")
        return replies

    def _outgoing(self, messages: list[Message]) -> list[Message]:
        return messages


class _AnnouncingGrid(_CheckingGrid):
    """The set-up stage's grid: adds the mask PRG's name and the session's round key to every
    SecAgg+ set-up message (Flower's `setup_stage` builds its config record inside; the sites
    refuse a set-up without them), refuses malformed set-up replies (`setup_reply_problems`),
    and keeps what each set-up reply carries beside the public keys: the site's signature over
    them and its site key (`protocols.secagg_identity`), in `signed`."""

    def __init__(self, grid: Grid, round_key: bytes) -> None:
        super().__init__(grid, setup_reply_problems)
        self._round_key = round_key
        self.signed: dict[int, tuple[bytes, bytes]] = {}

    def _outgoing(self, messages: list[Message]) -> list[Message]:
        for msg in messages:
            configs = msg.content.config_records.get(RECORD_KEY_CONFIGS)
            if configs is not None and configs.get(SecAggKey.STAGE) == SecAggStage.SETUP:
                configs[MASK_PRG_KEY] = MASK_PRG
                configs[ROUND_KEY] = self._round_key
        return messages

    def send_and_receive(
        self, messages: Iterable[Message], *, timeout: float | None = None
    ) -> Iterable[Message]:
        replies = list(super().send_and_receive(messages, timeout=timeout))
        for reply in replies:
            if reply.has_error():
                continue
            configs = reply.content.config_records.get(RECORD_KEY_CONFIGS)
            signature = configs.get(SIGNATURE_KEY) if configs is not None else None
            site_key = configs.get(SITE_KEY_KEY) if configs is not None else None
            if isinstance(signature, bytes) and isinstance(site_key, bytes):
                self.signed[reply.metadata.src_node_id] = (signature, site_key)
        return replies


class MedFedSecAggPlus(SecAggPlusWorkflow):
    """Flower's SecAgg+ workflow (stages, neighbourhoods, Shamir shares, dropout handling), with
    the masks expanded and removed by `protocols.secagg_masking` to match the sites'
    `site_agent.secagg_mod`, its secrets rebuilt with `protocols.secagg_secrets` (the sites
    share the private mask seed and the mask key's 48-byte scalar in GF(2**521 - 1), not
    Flower's chunked GF(2^128) shares of a PEM key), the masked vectors summed in place into one
    flat uint32 vector as they arrive (Flower allocates a new list of arrays per site and takes
    the modulus in another pass), and three changes to the unmask stage:

    - a round in which every site that answered refused (each uploads weight 0) has nothing to
      unmask (Flower would divide by the sum of the weights, 0): its results (refusal codes,
      signed ledger entries) go to the strategy as they are, which records the refusals and
      keeps the global state;
    - the mean goes to the strategy as float32 (Flower's as float64);
    - the pairwise masks of a site that dropped are expanded only for its neighbours whose
      vectors are in the sum (Flower also expands those between two dropped sites, whose
      removals cancel each other: two wasted expansions per such pair).
    - a site that dropped at set-up or share keys is on no dropout list (Flower lists every
      sampled site that sent no masked vector, and a neighbour asked for the key share of a
      site it never got shares from fails, losing the round);
    - a masked vector that is not a well-formed array (`masked_arrays` refuses it) leaves its
      site out of the sum as a dropout, as a vector of the wrong shape does, instead of
      stopping the round;
    - a site that refused or reports no examples is a dropout too: its vector stays out of the
      sum (its report goes to the strategy, which records the refusal);
    - every reply is checked before Flower's stages read it (`setup_reply_problems`,
      `share_keys_reply_problem`, `_unmask_reply`): a malformed one is its site's failure,
      named, never the end of the ServerApp's run nor relayed to fail the site's neighbours;
      a share counts only from a neighbour of its owner, and a wrong one is left out where
      the others rebuild the secret (`rebuild_secret`), its sender named;
    - the unmasked sum must hold the weights the sites in it reported and no value beyond k
      quantized updates (`sum_problem`): otherwise the round gives no aggregate.

    And one stage of its own between "collect masked vectors" and "unmask", the consistency
    check of Bell et al. 2020 (`protocols.secagg_identity`, CONSISTENCY_STAGE): every
    surviving site that signed its keys at set-up gets the round's survivor and dropout lists,
    the very lists (each restricted to the site's neighbours) its unmask message then carries,
    and the round's cohort (every site whose signed keys went out at share keys), and signs
    the lists over the cohort's digest; every unmask message carries the signatures that
    verify, and a site whose policy lists peer keys reveals no share unless enough of its
    neighbours, and a majority of its consortium, signed the lists it signed. A site that
    does not answer, or whose signature does not verify, is not counted (its masked vector is
    already in the sum: it stays a survivor, as in the paper, where the lists signed are the
    survivors of the masked-vector stage). Sites that signed nothing at
    set-up (no MedFed guard) are not asked.

    `stage_seconds` holds the wall time of each stage of the last round (for the bench)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        check_modulus(self.modulus_range)
        self.stage_seconds: dict[str, float] = {}
        self._sum_shapes: list[tuple[int, ...]] = []
        self._survivor_signatures: dict[int, bytes] = {}
        self._round_key = b""  # the training round the sites mask (secagg_identity.round_id)
        self._keyed: set[int] = set()
        # node id -> the site key that signed its set-up keys this round (verified)
        self._site_keys: dict[int, bytes] = {}
        # the sites that refused the round: out of the sum (unmasked out as dropouts), but
        # still holding their neighbours' shares, so they are asked at unmask like survivors
        self._refusers: set[int] = set()
        # node id -> quantized weight of each site whose vector is in the round's sum
        self._contributions: dict[int, int] = {}

    @staticmethod
    def _stopped(context: LegacyContext, state: WorkflowState, ok: bool) -> bool:
        """`ok`; when a stage stops the round, its failures (refusals among them, by code) and
        the results collected so far (refusals' reports, and the signed ledger entries of
        sites that trained: their spends are real) go to the strategy, which reports them for
        the round that got no aggregate."""
        record = getattr(context.strategy, "record_failures", None)
        if not ok and record is not None:
            record(list(state.failures), list(getattr(state, "legacy_results", [])))
        return ok

    def setup_stage(self, grid: Grid, context: LegacyContext, state: WorkflowState) -> bool:
        self.stage_seconds = {}
        self._site_keys = {}
        self._refusers = set()
        t0 = time.perf_counter()
        cfg = context.state.config_records[MAIN_CONFIGS_RECORD]
        server_round = cast(int, cfg[WorkflowKey.CURRENT_ROUND])
        instruction = getattr(context.strategy, "instruction", None)
        if instruction is not None:  # MedFed's stage strategy: the round its sites train
            instr = instruction(server_round)
            self._round_key = session_round(instr.run_id, instr.global_round, os.urandom(16))
        else:  # another strategy (a bench): a label of the session's round
            self._round_key = f"round {server_round}".encode()
        announcing = _AnnouncingGrid(grid, self._round_key)
        ok = super().setup_stage(announcing, context, state)
        if ok:
            ok = self._attach_signatures(state, announcing.signed)
        self.stage_seconds[SecAggStage.SETUP] = time.perf_counter() - t0
        return self._stopped(context, state, ok)

    def _attach_signatures(
        self, state: WorkflowState, signed: dict[int, tuple[bytes, bytes]]
    ) -> bool:
        """Relay each site's signature and site key with its public keys: share keys forwards
        `nid_to_publickeys[nid]` as it is, so a neighbour gets [pk1, pk2, signature, site key]
        (a site that sent none, [pk1, pk2]). A signature that does not verify under the key
        its site sent would make every neighbour that checks refuse the round: that site is a
        dropout instead."""
        for nid in sorted(state.active_node_ids):
            if nid not in signed:
                continue
            pk1, pk2 = state.nid_to_publickeys[nid][:2]
            signature, site_key = signed[nid]
            if not verify_public_keys(site_key, pk1, pk2, signature, self._round_key):
                why = f"node {nid}: its signature over its SecAgg+ keys does not verify"
                log.warning("SecAgg+: %s (for this session's round): it is left out", why)
                state.failures.append(ValueError(why))
                state.active_node_ids.discard(nid)
                del state.nid_to_publickeys[nid]
                continue
            state.nid_to_publickeys[nid] = [pk1, pk2, signature, site_key]
            self._site_keys[nid] = site_key
        return self._check_threshold(state)

    def share_keys_stage(self, grid: Grid, context: LegacyContext, state: WorkflowState) -> bool:
        t0 = time.perf_counter()
        # each site is sent its neighbours' keys, its own included: it owes each other one a
        # ciphertext
        sent = {
            nid: (state.nid_to_neighbours[nid] & state.active_node_ids) - {nid}
            for nid in state.active_node_ids
        }

        def check(replies: Sequence[Message]) -> dict[int, str]:
            problems = {}
            for reply in replies:
                nid = reply.metadata.src_node_id
                if reply.has_error():
                    continue
                problem = (
                    share_keys_reply_problem(reply, sent[nid])
                    if nid in sent
                    else "a share-keys reply from a node that was not asked"
                )
                if problem is not None:
                    problems[nid] = problem
            return problems

        ok = super().share_keys_stage(_CheckingGrid(grid, check), context, state)
        # The sites whose shares went out: one that dropped at set-up or share keys left no
        # share with any neighbour and no neighbour masked with it, so it is on no dropout
        # list (a neighbour asked for its key share would fail, as Flower's sites do).
        self._keyed = set(state.active_node_ids)
        self.stage_seconds[SecAggStage.SHARE_KEYS] = time.perf_counter() - t0
        return self._stopped(context, state, ok)

    def collect_masked_vectors_stage(
        self, grid: Grid, context: LegacyContext, state: WorkflowState
    ) -> bool:
        t0 = time.perf_counter()
        try:
            ok = self._collect_masked_vectors_stage(grid, context, state)
        finally:
            self.stage_seconds[SecAggStage.COLLECT_MASKED_VECTORS] = time.perf_counter() - t0
        t0 = time.perf_counter()
        self._survivor_signatures = self._consistency_stage(grid, context, state) if ok else {}
        if ok:
            self.stage_seconds[CONSISTENCY_STAGE] = time.perf_counter() - t0
        return self._stopped(context, state, ok)

    def _consistency_stage(
        self, grid: Grid, context: LegacyContext, state: WorkflowState
    ) -> dict[int, bytes]:
        """Send the survivor and dropout lists the unmask stage will use to every surviving
        site that signed its keys at set-up; node id -> its signature over them, for those that
        verify (under the site key and pk1 it sent at set-up). Failures are recorded."""
        cfg = context.state.config_records[MAIN_CONFIGS_RECORD]
        active = sorted(state.active_node_ids)
        dead = sorted(self._keyed - state.active_node_ids)
        signers = [  # the survivors, and the refusals (listed dropped), that hold shares
            nid
            for nid in sorted(state.active_node_ids | self._refusers)
            if len(state.nid_to_publickeys.get(nid, [])) == 4
        ]
        if not signers:
            return {}
        # the round's cohort: every site whose signed keys went out at share keys (the
        # neighbours each site heard of, one that dropped since included)
        cohort = {
            nid: (cast(bytes, entry[0]), cast(bytes, entry[3]))
            for nid, entry in sorted(state.nid_to_publickeys.items())
            if len(entry) == 4
        }
        digest = cohort_digest(cohort)

        def make(nid: int) -> Message:
            record = ConfigRecord(
                {
                    SecAggKey.STAGE: CONSISTENCY_STAGE, SURVIVORS_KEY: active, DROPPED_KEY: dead,
                    COHORT_NODES_KEY: list(cohort),
                    COHORT_PK1S_KEY: [pk1 for pk1, _ in cohort.values()],
                    COHORT_SITE_KEYS_KEY: [key for _, key in cohort.values()],
                }
            )  # fmt: skip
            return Message(
                content=RecordDict({RECORD_KEY_CONFIGS: record}),
                dst_node_id=nid,
                message_type=MessageType.TRAIN,
                group_id=str(cfg[WorkflowKey.CURRENT_ROUND]),
            )

        signatures: dict[int, bytes] = {}
        for msg in grid.send_and_receive([make(nid) for nid in signers], timeout=self.timeout):
            if msg.has_error():
                state.failures.append(SiteError(msg.metadata.src_node_id, msg.error))
                continue
            src = msg.metadata.src_node_id
            configs = msg.content.config_records.get(RECORD_KEY_CONFIGS)
            sig = configs.get(CONSISTENCY_SIGNATURE_KEY) if configs is not None else None
            entry = state.nid_to_publickeys.get(src, [])
            if (
                src in signers
                and isinstance(sig, bytes)
                and verify_survivors(
                    cast(bytes, entry[3]), active, dead, digest, self._round_key, sig
                )
            ):
                signatures[src] = sig
            else:
                state.failures.append(
                    ValueError(f"node {src}: no valid signature over the survivor lists")
                )
        return signatures

    def _collect_masked_vectors_stage(
        self, grid: Grid, context: LegacyContext, state: WorkflowState
    ) -> bool:
        """Flower's stage 2 (forward the encrypted shares with the fit instructions, collect the
        masked vectors), each vector added in place into one flat uint32 sum (mod 2**32; the
        unmask stage reduces to the modulus). A reply whose vector is malformed, not uint32, or
        not in the layout most replies share is a failure (its site a dropout), left out of the
        sum."""
        cfg = context.state.config_records[MAIN_CONFIGS_RECORD]

        def make(nid: int) -> Message:
            content = state.nid_to_fitins[nid]
            content.config_records[RECORD_KEY_CONFIGS] = ConfigRecord(
                {
                    SecAggKey.STAGE: SecAggStage.COLLECT_MASKED_VECTORS,
                    SecAggKey.CIPHERTEXT_LIST: state.forward_ciphertexts[nid],
                    SecAggKey.SOURCE_LIST: state.forward_srcs[nid],
                }
            )
            return Message(
                content=content,
                dst_node_id=nid,
                message_type=MessageType.TRAIN,
                group_id=str(cfg[WorkflowKey.CURRENT_ROUND]),
            )

        msgs = grid.send_and_receive(
            [make(nid) for nid in state.active_node_ids], timeout=self.timeout
        )
        del state.forward_ciphertexts, state.forward_srcs, state.nid_to_fitins

        parsed: list[tuple[int, list[np.ndarray], FitRes]] = []
        refusals: list[tuple[int, FitRes]] = []
        current_round = cast(int, cfg[WorkflowKey.CURRENT_ROUND])
        admit = getattr(context.strategy, "admit", None)  # MedFed's StageStrategy.admit
        claims = SiteBinding()  # the round's node <-> site claims, as the strategy checks them
        for msg in msgs:
            if msg.has_error():
                state.failures.append(SiteError(msg.metadata.src_node_id, msg.error))
                continue
            src = msg.metadata.src_node_id
            try:  # read-only views over the reply's .npy bytes: nothing copied before the sum
                arrays = masked_arrays(msg.content)
                bad = next((f"dtype {a.dtype}" for a in arrays if a.dtype != np.uint32), "")
                if bad:
                    raise ValueError(bad)
                fitres = compat.recorddict_to_fitres(msg.content, True)
            except (ValueError, TypeError, KeyError) as exc:
                state.failures.append(ValueError(f"node {src}: malformed masked vector: {exc}"))
                continue
            refused: str | None = None
            if admit is not None:  # MedFed's strategy: the result must be one it can count
                try:  # else its update would be in the mean with its site a failure
                    report = admit(current_round, state.nid_to_proxies[src], fitres, claims,
                                   self._site_keys.get(src))  # fmt: skip
                except ValueError as exc:
                    log.warning("SecAgg+ round %d: result of node %d refused: %s",
                                current_round, src, exc)  # fmt: skip
                    state.failures.append(ValueError(f"node {src}: {exc}"))
                    continue
                refused = report.refused
            if not contributes(fitres.num_examples, refused):
                # A refusal contributes nothing: its vector stays out of the sum and the site is
                # unmasked out as a dropout. Summed in, a site recorded as refusing (no spend,
                # no participant) could still move the mean with whatever it masked.
                refusals.append((src, fitres))
                continue
            parsed.append((src, arrays, fitres))
        # The layout most replies share is the round's: a hostile site answering first with
        # other shapes cannot make every honest vector look wrong.
        layouts = Counter(tuple(a.shape for a in arrays) for _, arrays, _ in parsed)
        shapes = list(layouts.most_common(1)[0][0]) if layouts else []
        total: np.ndarray | None = None
        active: set[int] = set()
        for src, arrays, fitres in parsed:
            got = [a.shape for a in arrays]
            if got != shapes:
                state.failures.append(
                    ValueError(f"node {src}: masked vector with shapes {got}, most are {shapes}")
                )
                continue
            if total is None:
                total = np.zeros(sum(a.size for a in arrays), dtype=np.uint32)
            start = 0
            for a in arrays:
                view = total[start : start + a.size]
                np.add(view, a.reshape(-1), out=view)
                start += a.size
            active.add(src)
            state.legacy_results.append((state.nid_to_proxies[src], fitres))
        state.active_node_ids = active
        # the refusals' reports (codes, signed ledger entries) go to the strategy with the rest
        state.legacy_results += [(state.nid_to_proxies[src], res) for src, res in refusals]
        self._contributions = {
            src: quantized_weight(res.num_examples, state.max_weight, state.quantization_range)
            for src, res in ((src, res) for src, _, res in parsed)
            if src in active
        }
        if total is not None:
            self._sum_shapes = shapes
            state.aggregate_ndarrays = [total]
        self._refusers = {src for src, _ in refusals}
        if not active and refusals:
            return True  # every site that answered refused: nothing to unmask (unmask stage)
        return self._enough_holders(state)

    def _enough_holders(self, state: WorkflowState) -> bool:
        """Flower's threshold check (every sampled site has at least `threshold` neighbours
        that answer at unmask), counting the sites that refused with the survivors: their
        vectors are out of the sum, but they hold their neighbours' shares and are asked for
        them. Counting survivors alone, two refusals in five sites (threshold 4) lost rounds
        that three sites trained."""
        holders = state.active_node_ids | self._refusers
        for nid in state.sampled_node_ids:
            if len(state.nid_to_neighbours[nid] & holders) < state.threshold:
                log.error("SecAgg+: node %d has fewer than %d neighbours left to unmask with",
                          nid, state.threshold)  # fmt: skip
                return False
        return True

    def unmask_stage(self, grid: Grid, context: LegacyContext, state: WorkflowState) -> bool:
        t0 = time.perf_counter()
        try:
            return self._stopped(context, state, self._unmask_stage(grid, context, state))
        finally:
            self.stage_seconds[SecAggStage.UNMASK] = time.perf_counter() - t0

    def _unmask_stage(self, grid: Grid, context: LegacyContext, state: WorkflowState) -> bool:
        cfg = context.state.config_records[MAIN_CONFIGS_RECORD]
        current_round = cast(int, cfg[WorkflowKey.CURRENT_ROUND])
        results = state.legacy_results
        if not state.active_node_ids:  # every site that answered refused: no sum to unmask
            context.strategy.aggregate_fit(current_round, results, state.failures)  # type: ignore[arg-type]
            return True

        active = set(state.active_node_ids)  # the sites whose masked vectors are in the sum
        dead = self._keyed - active
        signatures = self._survivor_signatures

        def make(nid: int) -> Message:
            neighbours = state.nid_to_neighbours[nid]
            record = ConfigRecord(
                {
                    SecAggKey.STAGE: SecAggStage.UNMASK,
                    SecAggKey.ACTIVE_NODE_ID_LIST: sorted(neighbours & active),
                    SecAggKey.DEAD_NODE_ID_LIST: sorted(neighbours & dead),
                }
            )
            if signatures:  # every site gets all of them; it counts its neighbours'
                record[SIGNERS_KEY] = list(signatures)
                record[SIGNATURES_KEY] = list(signatures.values())
            return Message(
                content=RecordDict({RECORD_KEY_CONFIGS: record}),
                dst_node_id=nid,
                message_type=MessageType.TRAIN,
                group_id=str(current_round),
            )

        holders = sorted(active | (self._refusers & self._keyed))
        msgs = grid.send_and_receive([make(nid) for nid in holders], timeout=self.timeout)
        # owner -> (sender, share): a share counts only from a neighbour of its owner that was
        # asked for it, one a sender
        shares: dict[int, dict[int, bytes]] = {nid: {} for nid in active | dead}
        for msg in msgs:
            if msg.has_error():
                state.failures.append(SiteError(msg.metadata.src_node_id, msg.error))
                continue
            src = msg.metadata.src_node_id
            got = _unmask_reply(msg, state.nid_to_neighbours.get(src, set()) & set(shares))
            if isinstance(got, str):
                log.warning("SecAgg+ round %d: node %d's unmask reply refused: %s",
                            current_round, src, got)  # fmt: skip
                state.failures.append(ValueError(f"node {src}: {got}"))
                continue
            for owner, share in got.items():
                shares[owner][src] = share

        private_seeds: list[bytes] = []
        dropped_pairwise: list[tuple[bytes, int]] = []
        wrong_shares: dict[int, list[int]] = {}  # sender -> the owners it sent wrong shares of
        for nid, by_sender in shares.items():
            # an active site's private mask seed; a dropped site's mask key, for its pairwise masks
            length = MASK_SEED_BYTES if nid in active else SCALAR_BYTES
            what = "mask seed" if nid in active else "mask key"
            try:
                secret, wrong = rebuild_secret(by_sender, state.threshold, length)
            except ShareError as exc:
                log.error(
                    "SecAgg+ round %d: node %d's %s cannot be rebuilt from %d shares: %s",
                    current_round, nid, what, len(by_sender), exc,
                )  # fmt: skip
                state.failures.append(ValueError(
                    f"node {nid}'s {what} cannot be rebuilt from the {len(by_sender)} shares "
                    f"its neighbours sent: {exc}"
                ))  # fmt: skip
                return False
            for sender in wrong:
                # Shares are not verifiable: the sender may have altered the share, or the
                # owner may have dealt it a share off the polynomial the others lie on.
                log.error("SecAgg+ round %d: node %d's share of node %d's %s is off the "
                          "polynomial of the others (left out; the secret was rebuilt from "
                          "the others): node %d sent it wrong, or node %d dealt it wrong",
                          current_round, sender, nid, what, sender, nid)  # fmt: skip
                wrong_shares.setdefault(sender, []).append(nid)
            if nid in active:
                private_seeds.append(secret)
                continue
            problem = _mask_key_problem(secret, state.nid_to_publickeys.get(nid, [b""])[0])
            if problem is not None:
                log.error("SecAgg+ round %d: node %d's mask key, rebuilt from its neighbours' "
                          "shares, %s: node %d dealt its neighbours wrong shares",
                          current_round, nid, problem, nid)  # fmt: skip
                state.failures.append(ValueError(f"node {nid}: dealt shares of a mask key that "
                                                 f"{problem}"))  # fmt: skip
                return False
            sk1 = scalar_to_private_key(secret)
            for other in sorted(state.nid_to_neighbours[nid] & active):
                seed = generate_shared_key(
                    sk1, bytes_to_public_key(state.nid_to_publickeys[other][0])
                )
                dropped_pairwise.append((seed, 1 if other > nid else -1))

        for sender, owners in sorted(wrong_shares.items()):
            state.failures.append(
                ValueError(
                    f"node {sender}: its shares of the secrets of nodes {owners} are off "
                    "the others' polynomials (it sent them wrong, or their owners dealt "
                    "them wrong)"
                )  # fmt: skip
            )
        if not state.aggregate_ndarrays:
            log.error("SecAgg+ round %d: no masked vector to unmask", current_round)
            return False
        shapes = self._sum_shapes
        masked = state.aggregate_ndarrays[0]
        del state.aggregate_ndarrays
        plain = unmask_sum(masked, private_seeds, dropped_pairwise, state.mod_range)
        problem = sum_problem(plain, self._contributions, state.quantization_range)
        if problem is not None:
            log.error("SecAgg+ round %d: the unmasked sum is refused: %s", current_round, problem)
            state.failures.append(ValueError(f"the unmasked sum is refused: {problem}"))
            return False
        _, mean = dequantize_mean(
            plain, len(active), state.clipping_range, state.quantization_range
        )
        # float32, the sites' own dtype (the strategy keeps float32 state): half the bytes of
        # float64 for each of the n copies the legacy strategy path deserializes and for the
        # next round's download; the rounding (2**-24 relative) is under one quantization step
        # for values up to 2 * clipping_range * 2**24 / quantization_range (4 here).
        parameters = ndarrays_to_parameters(split_flat(mean.astype(np.float32), shapes[1:]))
        for _, fitres in results:
            fitres.parameters = parameters
        aggregated, metrics = context.strategy.aggregate_fit(
            current_round,
            results,
            state.failures,  # type: ignore[arg-type]
        )
        if aggregated:
            context.state.array_records[MAIN_PARAMS_RECORD] = compat.parameters_to_arrayrecord(
                aggregated, True
            )
            context.history.add_metrics_distributed_fit(server_round=current_round, metrics=metrics)
        return True


def sum_problem(plain: np.ndarray, weights: dict[int, int], quantization_range: int) -> str | None:
    """Why the unmasked sum cannot be what the sites in it may send, None if it can: its weight
    slot must be the sum of the quantized weights their reported example counts give
    (`weights`, node id -> weight), and every value at most quantization_range per site (each
    site's quantized values lie in [0, quantization_range]). Without it one site could mask
    any weight and any values: the mean would be its choice, far outside the clipping range.
    With it, a site still chooses its own values within that range (no range proof), so it
    moves the mean at most within the range the sum of k updates allows."""
    expected = sum(weights.values())
    if int(plain[0]) != expected:
        return (
            f"its weight is {int(plain[0])}, the {len(weights)} sites in it reported "
            f"{expected}: a site masked a weight other than its example count's"
        )
    top = len(weights) * quantization_range
    if plain.size > 1 and int(plain[1:].max()) > top:
        return (
            f"a value of {int(plain[1:].max())}, over {top} ({len(weights)} sites x "
            f"{quantization_range} levels): a site masked values outside the quantization range"
        )
    return None


def _mask_key_problem(scalar: bytes, pk1: object) -> str | None:
    """Why a dropped site's rebuilt mask key cannot remove its pairwise masks, None if it can:
    it must be a P-384 scalar whose public key is the pk1 the site sent at set-up (a site could
    deal consistent shares of anything, and a wrong key would leave its masks in the sum)."""
    try:
        key = scalar_to_private_key(scalar)
    except ValueError:
        return "is no P-384 private key"
    sent = bytes_to_public_key(pk1) if isinstance(pk1, bytes) else None
    if sent is None or key.public_key().public_numbers() != sent.public_numbers():
        return "is not the key of the pk1 it sent at set-up"
    return None


def _unmask_reply(msg: Message, owners: set[int]) -> dict[int, bytes] | str:
    """owner -> share from one unmask reply, or why the reply is refused: its lists missing,
    of the wrong types or lengths, an owner twice, or an owner that is not one of `owners` (the
    sender's neighbours whose secrets the round needs)."""
    got = _paired_lists(msg, "unmask", SecAggKey.NODE_ID_LIST, SecAggKey.SHARE_LIST, "owner")
    if isinstance(got, str):
        return got
    strangers = sorted(set(got) - owners)
    if strangers:
        return f"shares for nodes {strangers}, not neighbours of it whose secrets are needed"
    return got


def _paired_lists(
    reply: Message, stage: str, ids_key: str, blobs_key: str, role: str
) -> dict[int, bytes] | str:
    """node id -> bytes from a reply's two parallel lists (share keys: destinations and
    ciphertexts; unmask: owners and shares), or why they are malformed: missing, of the wrong
    types or lengths, or a node id twice (its `role` names it in the message)."""
    configs = reply.content.config_records.get(RECORD_KEY_CONFIGS)
    if configs is None:
        return f"no SecAgg+ record in its {stage} reply"
    ids, blobs = configs.get(ids_key), configs.get(blobs_key)
    if not isinstance(ids, list) or not all(type(n) is int for n in ids):
        return f"its {role} list is not a list of node ids"
    if not isinstance(blobs, list) or not all(isinstance(b, bytes) for b in blobs):
        return f"its {blobs_key} list is not a list of bytes"
    if len(ids) != len(blobs):
        return f"{len(ids)} node ids for {len(blobs)} items of {blobs_key}"
    paired = dict(zip(cast(list[int], ids), cast(list[bytes], blobs), strict=True))
    if len(paired) != len(ids):
        return f"a {role} listed twice"
    return paired


# How many sets of senders `rebuild_secret` leaves out at most before it gives up: every set of up
# to 5 of 15 (sum of C(15, e) for e <= 5 = 4,943), k - t at 100 sites (k = 15, t = 10).
MAX_SHARE_SUBSETS = 5000


def rebuild_secret(
    by_sender: dict[int, bytes], threshold: int, length: int
) -> tuple[bytes, list[int]]:
    """(the secret, the senders whose shares are wrong) from the shares its owner's neighbours
    sent, sender -> share. All of them together first; when they do not agree (a neighbour sent
    a wrong share), the shares left after leaving out one sender, then any two, and so on, until
    those left all lie on one polynomial whose secret's check value holds (at most
    MAX_SHARE_SUBSETS tries): the fewest senders whose shares explain the disagreement, named
    where their shares are off that polynomial. Leaving out few senders first finds a few wrong
    shares in few tries whoever sent them; asking every share kept to agree (not only
    `threshold` of them) keeps wrong shares whose errors cancel at the secret from being taken
    for right ones and the right ones named. ShareError when no try rebuilds it."""
    senders = sorted(by_sender)
    try:
        return combine_secret([by_sender[n] for n in senders], threshold, length), []
    except ShareError as first:
        if len(senders) <= threshold:
            raise
        error = first
    tried = 0
    for left_out in range(1, len(senders) - threshold + 1):
        for excluded in itertools.combinations(senders, left_out):
            if tried >= MAX_SHARE_SUBSETS:
                raise error
            tried += 1
            kept = [n for n in senders if n not in excluded]
            try:  # every share kept on one polynomial, whose secret's check value holds
                secret = combine_secret([by_sender[n] for n in kept], threshold, length)
            except ShareError:
                continue
            base = [by_sender[n] for n in kept[:threshold]]
            wrong = []
            for other in excluded:
                try:
                    combine_secret([*base, by_sender[other]], threshold, length)
                except ShareError:
                    wrong.append(other)
            return secret, wrong
    raise error


def fit_workflow(settings: SecAggSettings, num_sites: int) -> MedFedSecAggPlus:
    shares, threshold = shares_and_threshold(num_sites)
    return MedFedSecAggPlus(
        num_shares=shares,
        reconstruction_threshold=threshold,
        max_weight=settings.max_weight,
        clipping_range=settings.clipping_range,
        quantization_range=settings.quantization_range,
        timeout=settings.timeout,
    )


def error_bound(settings: SecAggSettings, example_counts: Sequence[int]) -> float:
    """Largest absolute error of one aggregated value against the plaintext weighted mean."""
    ratios = [min(n, settings.max_weight) / settings.max_weight for n in example_counts]
    if not ratios or sum(ratios) <= 0:
        raise ValueError("error bound needs at least one site with examples")
    step = 2 * settings.clipping_range / settings.quantization_range
    return len(ratios) * step / sum(ratios)
