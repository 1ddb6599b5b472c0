"""FedAvg over the stage's update (deltas of its trainable groups), applied to the global state by
the stage's server step (`coordinator.server_step`: a step size and momentum; by default plain
FedAvg).

Sites send deltas rather than weights: deltas are small, which is what SecAgg+'s clipping and
quantization need, and the coordinator keeps the full state of every group (also those the current
stage freezes) so sites always receive the complete model context.
"""

from __future__ import annotations

import logging
import math
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from flwr.common import (
    EvaluateIns,
    EvaluateRes,
    FitIns,
    FitRes,
    Parameters,
    Scalar,
    ndarrays_to_parameters,
    parameters_to_ndarrays,
)
from flwr.server.client_manager import ClientManager
from flwr.server.client_proxy import ClientProxy
from flwr.server.strategy import FedAvg

from coordinator.server_step import ServerStep
from coordinator.site_claims import SiteBinding
from protocols import update_codec
from protocols.curriculum import Stage
from protocols.ledger_entry import SiteRoundEntry
from protocols.round import (
    EVALUATION_COUNTS,
    MAX_REPORT_COUNT,
    RESENT_KEY,
    FitInstruction,
    FitReport,
    RoundMessageError,
    contributes,
    evaluation_count_bound,
    evaluation_digest,
    refusal_code_in,
    resent_pairs,
)
from protocols.secagg_masking import DEFAULT_MAX_WEIGHT, aggregation_weight

State = dict[str, npt.NDArray[np.float32]]
log = logging.getLogger("medfed.coordinator")


@dataclass(frozen=True)
class RoundSummary:
    """What one completed round did, for progress display, checkpoints and the run record."""

    stage: str
    stage_round: int
    global_round: int
    sampled: int
    participants: int
    refusals: int
    failures: int
    dropped_nodes: tuple[int, ...]
    num_examples: int
    loss_before: float
    loss_after: float
    seconds: float
    max_epsilon: float = 0.0
    halted: bool = False


@dataclass(frozen=True)
class SiteLedgerEntry:
    """A site's signed consortium-ledger entry as it arrived with its round result."""

    body: str
    signature: bytes
    node_id: int
    # The ledger-signing key (raw) that signed this node's SecAgg+ keys in the same round, as
    # the workflow verified it (coordinator.secure_agg): which site the node is. None outside
    # SecAgg+ or for a site that signs none.
    node_site_key: bytes | None = None
    # the site's signed entries (body, signature) of its latest spends in this run (`trained`
    # round results, `released` evaluation counts), sent again with the result
    # (protocols.round.FitReport.resent): the consortium log records those it lacks before this
    # entry, whose eps covers them
    resent: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class RoundRecord:
    """What the coordinator logs for a round besides its summary: the sites' signed entries and
    the digest of the aggregated update."""

    site_entries: tuple[SiteLedgerEntry, ...]
    aggregate_digest: str
    # the generic code of every refusal this round, one per refusing site (protocols.round)
    refusal_codes: tuple[str, ...] = ()
    # every result this round refused as malformed, as "node N: why" (never aggregated)
    failures: tuple[str, ...] = ()
    # the server's own state after the round (the stage's momentum velocity; empty without),
    # checkpointed beside the model so that a resumed stage goes on from it
    server_state: Mapping[str, npt.NDArray[np.float32]] = field(
        default_factory=dict, compare=False, repr=False
    )


RoundHook = Callable[[RoundSummary, State, RoundRecord], None]
# The site a node's signed ledger entry is for, where the ledger would take it from that node
# (None: no signed site entry of the round); a SiteClaimError where the node may not send it
# (`coordinator.consortium_log.ConsortiumLog.check_entry`).
EntryCheck = Callable[[SiteLedgerEntry, int], "str | None"]
# The `released` entry an evaluation reply carries, where it verifies under its site's registered
# key as one of this run's round (the int) and is not in the ledger yet; a ValueError saying why
# not (`coordinator.consortium_log.ConsortiumLog.check_release`).
ReleaseCheck = Callable[[SiteLedgerEntry, int], SiteRoundEntry]


class StageHalted(RuntimeError):
    """A stage stopped: too few sites took part (or SecAgg+ could not unmask). The run is
    recorded as halted, never as completed; the message names the stage, round and reasons."""


def halt_reason(
    summary: RoundSummary, min_sites: int, refusal_codes: Sequence[str] = ()
) -> str | None:
    """Why this round halts its stage, or None when enough sites trained; `refusal_codes`, the
    round's refusals by code (protocols.round), are counted in the message."""
    if not summary.halted and summary.participants >= min_sites:
        return None
    why = [
        f"{summary.participants} of {summary.sampled} sampled sites trained, the stage needs "
        f"min_sites = {min_sites}"
    ]
    if summary.halted and not summary.refusals:
        why.append("secure aggregation could not unmask the sum (too few sites answered)")
    elif summary.halted:
        why.append("secure aggregation stopped with too few sites")
    if summary.refusals:
        counts = Counter(refusal_codes)
        codes = ", ".join(f"{code} x{n}" if n > 1 else code for code, n in sorted(counts.items()))
        why.append(f"{summary.refusals} refused ({codes + '; ' if codes else ''}their logs say "
                   "why; the ledger has the codes)")  # fmt: skip
    if summary.failures:
        why.append(f"{summary.failures} failed")
    if summary.dropped_nodes:
        why.append("dropped nodes " + ", ".join(map(str, summary.dropped_nodes)))
    return (
        f"stage {summary.stage!r} halted at round {summary.global_round} "
        f"(stage round {summary.stage_round}): " + "; ".join(why)
    )


@dataclass(frozen=True)
class EvalSummary:
    """Federated evaluation after a round: counts per site and overall (nothing per item), and
    for the consortium ledger the signed `released` entries that came with the replies (each a
    site's spend for releasing its counts), every one that verified, also where its reply's
    counts were refused (`StageStrategy.aggregate_evaluate`)."""

    stage: str
    global_round: int
    per_site: dict[str, dict[str, int]]
    overall: dict[str, int]
    failures: int
    site_entries: tuple[SiteLedgerEntry, ...] = ()

    @staticmethod
    def accuracy(counts: dict[str, int], kind: str = "closed") -> float | None:
        n = counts.get(f"{kind}_n", 0)
        hit = counts.get("closed_correct" if kind == "closed" else "open_exact", 0)
        return hit / n if n else None


EvalHook = Callable[[EvalSummary], None]
COUNT_KEYS = EVALUATION_COUNTS


def mean_metric(values: Sequence[tuple[float, float]]) -> float:
    """The weighted mean of (value, weight) pairs, 0.0 over no weight. A pair with a
    non-finite value or weight is a ValueError (a report that passed FitReport's checks never
    holds one), so that the mean the round records is finite."""
    if not all(math.isfinite(v) and math.isfinite(w) and w >= 0 for v, w in values):
        raise ValueError(f"weighted mean over non-finite values or weights: {values!r:.200}")
    total = math.fsum(w for _, w in values)
    return math.fsum(v * w for v, w in values) / total if total > 0 else 0.0


def weighted_mean(deltas: Sequence[tuple[State, float]]) -> State:
    """Weighted mean of named arrays (FedAvg; the weights are
    `protocols.secagg_masking.aggregation_weight`s)."""
    total = sum(n for _, n in deltas)
    if total <= 0:
        raise ValueError("weighted mean over zero examples")
    first = deltas[0][0]
    if all(d is first for d, _ in deltas):  # SecAgg+'s one mean: the mean of copies is itself
        return {k: np.asarray(v, dtype=np.float32).copy() for k, v in first.items()}
    out: State = {}
    for k in deltas[0][0]:
        acc = np.zeros(deltas[0][0][k].shape, dtype=np.float64)
        for d, n in deltas:
            acc += d[k].astype(np.float64) * n
        out[k] = (acc / total).astype(np.float32)
    return out


def _accounting(
    release: tuple[SiteLedgerEntry, SiteRoundEntry] | ValueError,
    site: str,
    counts: Mapping[str, int],
) -> SiteLedgerEntry:
    """The signed entry of an evaluation reply naming `site` with `counts`, where `release`
    (what `StageStrategy._release` made of the reply's entry) accounts exactly them; else the
    ValueError saying why not."""
    if isinstance(release, ValueError):
        raise release
    item, entry = release
    if entry.site != site:
        raise ValueError(f"its ledger entry is site {entry.site!r}'s, the reply names {site!r}")
    if entry.update_digest != evaluation_digest(site, counts):
        raise ValueError("its ledger entry accounts other counts (another update_digest)")
    if entry.sample_rate != 1.0 or entry.steps != 1:
        raise ValueError("its ledger entry's mechanism is no release of counts (rate 1, 1 step)")
    bound = evaluation_count_bound(entry.noise_multiplier * entry.clipping_norm)
    if too_big := {k: v for k, v in counts.items() if v > bound}:
        raise ValueError(f"counts {too_big} above what one release holds ({bound})")
    return item


def with_signature_bytes(
    pairs: tuple[tuple[str, str], ...], where: str
) -> tuple[tuple[str, bytes], ...]:
    """The signed entries a reply sends again (a round result's `FitReport.resent`, an
    evaluation reply's or a receipt answer's RESENT_KEY), each with its signature as bytes; one
    whose signature is not hex is left out, named in the log with `where` (the reply itself
    still counts: which of them verify is the consortium log's check)."""
    out: list[tuple[str, bytes]] = []
    for body, signature in pairs:
        try:
            out.append((body, bytes.fromhex(signature)))
        except ValueError:
            log.warning("%s: an entry sent again is not recorded: its signature is not hex",
                        where)  # fmt: skip
    return tuple(out)


class StageStrategy(FedAvg):
    """Runs one curriculum stage's rounds; `global_state` holds the result afterwards."""

    def __init__(
        self,
        *,
        run_id: str,
        stage: Stage,
        round_offset: int,
        global_state: State,
        trainable_names: Sequence[str],
        lora_rank: int,
        seed: int,
        num_sites: int,
        curriculum_json: str,
        signature_config: Mapping[str, Scalar],
        on_round: RoundHook | None = None,
        on_evaluate: EvalHook | None = None,
        extra_config: Callable[[], Mapping[str, Scalar]] | None = None,
        velocity: Mapping[str, npt.NDArray[np.float32]] | None = None,
        max_weight: float = DEFAULT_MAX_WEIGHT,
        check_entry: EntryCheck | None = None,
        site_binding: SiteBinding | None = None,
        check_release: ReleaseCheck | None = None,
    ) -> None:
        """`velocity`: the server momentum where a resumed stage's last checkpoint left it;
        `max_weight`: the most a site's example count weighs in the mean (SecAgg+'s);
        `check_entry`: the consortium ledger's check of a result's signed entry, asked before
        the result is aggregated: a result whose entry its node may not send (a relay, a site
        another node sent this round, `coordinator.site_claims`) is a failure of the round,
        its entry not recorded. Without it entries are passed on unchecked. `site_binding`: which
        node speaks for which site, as the consortium log learnt it from signed entries
        (`ConsortiumLog.binding`): an evaluation reply naming another site is a failure.
        `check_release`: the consortium ledger's check of the signed `released` entry an
        evaluation reply's counts come with (`ConsortiumLog.check_release`); without it no
        entry can be verified, so no counts are recorded."""
        min_sites = min(stage.min_sites, num_sites)
        super().__init__(
            fraction_fit=1.0,
            fraction_evaluate=1.0,
            min_fit_clients=min_sites,
            min_available_clients=min_sites,
            min_evaluate_clients=min_sites,
            accept_failures=True,
            initial_parameters=ndarrays_to_parameters(update_codec.to_arrays(global_state)),
        )
        self.run_id = run_id
        self.stage = stage
        self.round_offset = round_offset
        self.global_state = dict(global_state)
        self.curriculum_json = curriculum_json
        self.signature_config = dict(signature_config)
        self.trainable_template = {k: global_state[k] for k in trainable_names}
        self.server_step = ServerStep.for_stage(stage, velocity, self.trainable_template)
        self.lora_rank = lora_rank
        self.seed = seed
        self.max_weight = max_weight
        self.on_round = on_round
        self.on_evaluate = on_evaluate
        self.check_entry = check_entry
        self.site_binding = site_binding
        self.check_release = check_release
        # node id -> the site key that signed its SecAgg+ keys in the current round (admit)
        self._node_site_keys: dict[int, bytes] = {}
        # Sent with every instruction beside it: the ledger's latest signed head (a receipt).
        self.extra_config = extra_config or dict
        self._round_started = time.monotonic()
        self._sampled_nodes: list[int] = []
        self._pending_round: int | None = None
        self._halt_failures: list[BaseException | object] = []
        self._halt_results: list[tuple[ClientProxy, FitRes]] = []

    def instruction(self, server_round: int) -> FitInstruction:
        return FitInstruction(
            run_id=self.run_id,
            stage=self.stage.name,
            global_round=self.round_offset + server_round,
            lora_rank=self.lora_rank,
            layout_digest=update_codec.layout_digest(self.global_state),
            seed=self.seed,
            curriculum=self.curriculum_json,
        )

    def record_failures(
        self,
        failures: Sequence[BaseException | object],
        results: Sequence[tuple[ClientProxy, FitRes]] = (),
    ) -> None:
        """The failures of a round that SecAgg+ stopped before any aggregate (a site's refusal
        among them, by its code), and the results it had collected by then (refusals, and
        sites that trained but whose update was never unmasked): what `finish` reports for
        it, their signed ledger entries included, so that their spends and refusals reach the
        consortium ledger."""
        self._halt_failures = list(failures)
        self._halt_results = list(results)

    def finish(self) -> None:
        """Record a last round that halted (SecAgg+ lost too many sites: no aggregate), with
        the refusal codes and failures its workflow saw (`record_failures`)."""
        if self._pending_round is not None:
            codes: list[str] = []
            failed, named, named_results = 0, [], []
            entries: list[SiteLedgerEntry] = []
            claims = SiteBinding()
            global_round = self.round_offset + self._pending_round
            refused: set[int] = set()  # nodes whose result was a refusal
            for proxy, res in self._halt_results:
                try:
                    report, item = self._admitted(global_round, proxy, res, claims)
                except ValueError as exc:
                    failed += 1
                    named_results.append(f"node {proxy.node_id}: {exc}")
                    continue
                if item is not None:
                    entries.append(item)
                if not contributes(res.num_examples, report.refused):
                    codes.append(report.refused or "no-examples")
                    refused.add(proxy.node_id)
            for failure in self._halt_failures:
                code = refusal_code_in(str(failure))
                if code is None:
                    failed += 1
                    named.append(str(failure))
                elif getattr(failure, "node_id", None) not in refused:
                    # a site that refused the round and then refused to unmask is one refusal
                    codes.append(code)
            named += named_results
            record = RoundRecord(tuple(entries), "", tuple(sorted(codes)), tuple(named))
            self._emit(self._pending_round, [], len(codes), failed, (), record, halted=True)
            self._pending_round = None
        self._halt_failures = []
        self._halt_results = []

    def configure_fit(
        self, server_round: int, parameters: Parameters, client_manager: ClientManager
    ) -> list[tuple[ClientProxy, FitIns]]:
        self.finish()
        self._round_started = time.monotonic()
        self._pending_round = server_round
        self._node_site_keys = {}
        pairs = super().configure_fit(server_round, parameters, client_manager)
        config: dict[str, Scalar] = dict(self.instruction(server_round).to_config())
        config.update(self.signature_config)
        config.update(self.extra_config())
        out = [(proxy, FitIns(ins.parameters, config)) for proxy, ins in pairs]
        self._sampled_nodes = [proxy.node_id for proxy, _ in out]
        return out

    def configure_evaluate(
        self, server_round: int, parameters: Parameters, client_manager: ClientManager
    ) -> list[tuple[ClientProxy, EvaluateIns]]:
        """At the stage's cadence (and after its last round) every site scores the global model."""
        if not self.stage.evaluated_after(server_round):
            return []
        config: dict[str, Scalar] = dict(self.instruction(server_round).to_config())
        config.update(self.signature_config)
        config.update(self.extra_config())
        clients = client_manager.all().values()
        return [(c, EvaluateIns(parameters, config)) for c in sorted(clients, key=lambda c: c.cid)]

    def aggregate_evaluate(
        self,
        server_round: int,
        results: list[tuple[ClientProxy, EvaluateRes]],
        failures: list[tuple[ClientProxy, EvaluateRes] | BaseException],
    ) -> tuple[float | None, dict[str, Scalar]]:
        """Each site's counts and their sum. A reply is a failure, named in the log and its
        counts not recorded, where a count is no int or a hit count exceeds its question count,
        where its node may not speak for the site it names (`site_binding`), where another
        reply names the same site (then both are: which one is the site cannot be told), or
        where its counts do not come with their signed account: the site releases them under
        DP and spends its budget for it, and the reply must carry the `released` ledger entry
        that says so, signed by the site it names (`check_release`), of this run, round and
        stage, naming the digest of these very counts (`protocols.round.evaluation_digest`),
        and not in the ledger yet.

        The summary carries, for the ledger, every released entry of this evaluation that
        verified, each once: also one whose reply was refused for its counts or its node, since
        the site it names spent its budget on the release either way, and an audit of the
        site's lifetime eps needs every spend.

        Counts are keyed by node until the checks pass. What remains: a node the binding does
        not know (no signed ledger entry from it yet in this coordinator process) may answer
        under a site name that neither the binding nor another reply of this evaluation gives
        to another node only with that site's signature over the very counts."""
        global_round = self.round_offset + server_round
        replies: dict[int, tuple[str, dict[str, int], SiteLedgerEntry]] = {}
        spent: dict[str, tuple[str, SiteLedgerEntry]] = {}  # body -> (site, entry), once each
        bad = len(failures)
        for proxy, res in results:
            release: tuple[SiteLedgerEntry, SiteRoundEntry] | ValueError
            try:
                release = self._release(proxy.node_id, res.metrics, global_round)
                spent.setdefault(release[0].body, (release[1].site, release[0]))
            except ValueError as exc:
                release = exc
            try:
                site, counts = self._evaluation_counts(proxy.node_id, res.metrics)
                replies[proxy.node_id] = (site, counts, _accounting(release, site, counts))
            except ValueError as exc:
                if not res.metrics.get("withheld"):  # a site's policy may withhold its scores
                    bad += 1
                    log.warning("evaluation after round %d: reply of node %d refused: %s",
                                global_round, proxy.node_id, exc)  # fmt: skip
        named = Counter(site for site, _, _ in replies.values())
        for node, (site, _, _) in sorted(replies.items()):
            if named[site] > 1:
                bad += 1
                del replies[node]
                log.warning("evaluation after round %d: reply of node %d refused: another "
                            "node's reply names site %r too", global_round, node, site)  # fmt: skip
        per_site = {site: c for site, c, _ in sorted(replies.values(), key=lambda r: r[0])}
        overall = {k: sum(c[k] for c in per_site.values()) for k in COUNT_KEYS}
        entries = tuple(item for _, (_, item) in sorted(spent.items(), key=lambda kv: kv[1][0]))
        summary = EvalSummary(self.stage.name, global_round, per_site, overall, bad, entries)
        if self.on_evaluate is not None:
            self.on_evaluate(summary)
        acc = EvalSummary.accuracy(overall)
        return None, {"closed_accuracy": acc if acc is not None else -1.0}

    def _evaluation_counts(
        self, node: int, metrics: Mapping[str, Scalar]
    ) -> tuple[str, dict[str, int]]:
        """The site an evaluation reply names and its counts; ValueError saying what is wrong."""
        site = metrics.get("site")
        if not isinstance(site, str) or not site:
            raise ValueError(f"site {site!r} is no site name")
        counts: dict[str, int] = {}
        for key in COUNT_KEYS:
            value = metrics.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{key} {value!r} is not a count")
            counts[key] = value
        for hits, asked in (("closed_correct", "closed_n"), ("open_exact", "open_n")):
            if counts[hits] > counts[asked]:
                raise ValueError(f"{hits} {counts[hits]} is above {asked} {counts[asked]}")
        if self.site_binding is not None:
            self.site_binding.check(node, site, "its evaluation reply")
        return site, counts

    def _release(
        self, node: int, metrics: Mapping[str, Scalar], global_round: int
    ) -> tuple[SiteLedgerEntry, SiteRoundEntry]:
        """The signed `released` entry an evaluation reply carries, where it verifies as one of
        this run, stage and round not yet in the ledger (`check_release`); ValueError saying
        what is wrong."""
        body, signature = metrics.get("ledger_entry"), metrics.get("ledger_signature")
        if not isinstance(body, str) or not body:
            raise ValueError("counts without the signed ledger entry that accounts their release")
        try:
            signature_bytes = bytes.fromhex(str(signature))
        except ValueError:
            raise ValueError("its ledger_signature is not hex") from None
        try:  # the site's latest signed spends, sent again: a lost round result's among them
            where = f"evaluation after round {global_round}, node {node}"
            resent = with_signature_bytes(resent_pairs(metrics.get(RESENT_KEY, "[]")), where)
        except RoundMessageError as exc:
            log.warning("evaluation after round %d: the entries node %d sent again are left "
                        "out: %s", global_round, node, exc)  # fmt: skip
            resent = ()
        item = SiteLedgerEntry(body, signature_bytes, node, resent=resent)
        if self.check_release is None:
            raise ValueError("no consortium ledger to verify its ledger entry against")
        entry = self.check_release(item, global_round)
        if entry.stage != self.stage.name:
            raise ValueError(f"its ledger entry is of stage {entry.stage!r}")
        return item, entry

    def admit(
        self,
        server_round: int,
        proxy: ClientProxy,
        res: FitRes,
        claims: SiteBinding,
        node_site_key: bytes | None = None,
    ) -> FitReport:
        """The report of `res`, where the result may count in round `server_round`; ValueError
        naming why not: a count that is no count, a malformed report (a NaN loss, an absurd
        number), or a signed entry its node may not send (`check_entry`; `claims`, the round's
        node <-> site binding so far, takes the node's claim). SecAgg+ asks it before a site's
        masked vector enters the sum (coordinator.secure_agg), where leaving the result out
        later would leave its update in the mean; aggregate_fit asks it of every result.
        `node_site_key`: the ledger-signing key that signed the node's SecAgg+ keys this round
        (the entry must be that site's), remembered for aggregate_fit."""
        if node_site_key is not None:
            self._node_site_keys[proxy.node_id] = node_site_key
        return self._admitted(self.round_offset + server_round, proxy, res, claims)[0]

    def _admitted(
        self, global_round: int, proxy: ClientProxy, res: FitRes, claims: SiteBinding
    ) -> tuple[FitReport, SiteLedgerEntry | None]:
        if (
            not isinstance(res.num_examples, int)
            or isinstance(res.num_examples, bool)
            or not 0 <= res.num_examples <= MAX_REPORT_COUNT
        ):
            # a weight under zero would turn the mean against the other sites' updates
            raise ValueError(f"num_examples {res.num_examples!r} is not a count")
        report = FitReport.from_metrics(res.metrics)
        item = None
        if report.ledger_entry:
            signature = bytes.fromhex(report.ledger_signature)
            where = f"round {global_round}, node {proxy.node_id}"
            item = SiteLedgerEntry(report.ledger_entry, signature, proxy.node_id,
                                   self._node_site_keys.get(proxy.node_id),
                                   with_signature_bytes(report.resent, where))  # fmt: skip
            site = self.check_entry(item, global_round) if self.check_entry else None
            if site is not None:
                claims.claim(proxy.node_id, site, "its signed ledger entry")
        return report, item

    def aggregate_fit(
        self,
        server_round: int,
        results: list[tuple[ClientProxy, FitRes]],
        failures: list[tuple[ClientProxy, FitRes] | BaseException],
    ) -> tuple[Parameters | None, dict[str, Scalar]]:
        self._pending_round = None
        accepted: list[tuple[State, int, FitReport]] = []
        rejected = 0
        named: list[str] = []  # the results refused here, by node and why
        codes: list[str] = []
        for failure in failures:
            # A gate refusal reaches us as the ClientApp's error, whose text holds its code.
            code = refusal_code_in(str(failure)) if isinstance(failure, BaseException) else None
            if code is None:
                rejected += 1
                if isinstance(failure, BaseException):  # SecAgg+ names what it refused
                    named.append(str(failure))
            else:
                codes.append(code)
        entries: list[SiteLedgerEntry] = []
        # Flower's failure list carries no node ids: who dropped = sampled minus who answered.
        answered = {proxy.node_id for proxy, _ in results}
        dropped = tuple(sorted(n for n in self._sampled_nodes if n not in answered))
        # Under SecAgg+ every result carries the one unmasked mean (the same Parameters
        # object, coordinator.secure_agg): decoded, checked and digested once, not once a site
        # (about 3 s a round for 30 sites of the 20b's 7.96M values).
        decoded: dict[int, State] = {}
        claims = SiteBinding()  # this round's: one node per site, first signed entry kept
        global_round = self.round_offset + server_round
        for proxy, res in results:
            try:
                report, item = self._admitted(global_round, proxy, res, claims)
                if item is not None:
                    entries.append(item)
                if not contributes(res.num_examples, report.refused):
                    # a refusal's update is zeros (or, under SecAgg+, absent)
                    codes.append(report.refused or "no-examples")
                    continue
                delta = decoded.get(id(res.parameters))
                if delta is None:
                    delta = update_codec.from_arrays(
                        parameters_to_ndarrays(res.parameters), self.trainable_template
                    )
                    decoded[id(res.parameters)] = delta
            except ValueError as exc:
                # malformed (a NaN loss, a bad count, an update of the wrong layout): a failure
                # of this round, named, never aggregated; the round goes on with the others
                rejected += 1
                named.append(f"node {proxy.node_id}: {exc}")
                log.warning("round %d: result of node %d refused: %s", global_round,
                            proxy.node_id, exc)  # fmt: skip
                continue
            accepted.append((delta, res.num_examples, report))
        aggregate_digest = ""
        if accepted:
            # Results arrive in completion order; a fixed order makes the float sum
            # reproducible, so a resumed run reaches the same state as an uninterrupted one.
            digests = {id(d): update_codec.state_digest(d) for d, _, _ in accepted}
            accepted.sort(key=lambda item: digests[id(item[0])])
            # capped as SecAgg+ caps it: one mean rule in both modes, and a site claiming a
            # huge count weighs no more than max_weight
            mean_delta = weighted_mean(
                [(d, aggregation_weight(n, self.max_weight)) for d, n, _ in accepted]
            )
            aggregate_digest = update_codec.state_digest(mean_delta)
            self.global_state = self.server_step.apply(self.global_state, mean_delta)
        record = RoundRecord(
            tuple(entries), aggregate_digest, tuple(sorted(codes)), tuple(named),
            server_state=dict(self.server_step.velocity),
        )  # fmt: skip
        summary = self._emit(server_round, accepted, len(codes), rejected, dropped, record)
        metrics: dict[str, Scalar] = {
            "loss_before": summary.loss_before,
            "loss_after": summary.loss_after,
            "participants": summary.participants,
        }
        return ndarrays_to_parameters(update_codec.to_arrays(self.global_state)), metrics

    def _emit(
        self,
        server_round: int,
        accepted: list[tuple[State, int, FitReport]],
        refusals: int,
        failures: int,
        dropped: tuple[int, ...],
        record: RoundRecord,
        halted: bool = False,
    ) -> RoundSummary:
        total = sum(n for _, n, _ in accepted)
        # each site's mean loss weighs its example count (at most MAX_REPORT_COUNT: finite)
        weighted = [(r, float(n)) for _, n, r in accepted]
        summary = RoundSummary(
            stage=self.stage.name,
            stage_round=server_round,
            global_round=self.round_offset + server_round,
            sampled=len(self._sampled_nodes),
            participants=len(accepted),
            refusals=refusals,
            failures=failures,
            dropped_nodes=dropped,
            num_examples=total,
            loss_before=mean_metric([(r.loss_before, w) for r, w in weighted]),
            loss_after=mean_metric([(r.loss_after, w) for r, w in weighted]),
            seconds=time.monotonic() - self._round_started,
            max_epsilon=max((r.epsilon for _, _, r in accepted), default=0.0),
            halted=halted,
        )
        if self.on_round is not None:
            self.on_round(summary, self.global_state, record)
        return summary
