"""A hostile site's reply against the coordinator's records (run store, checkpoints, consortium
ledger, evaluation), through the real strategy, run store and consortium log: each malformed or
misattributed reply is refused, named by its node, and the honest sites' round is recorded as
it happened, also by a resume."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flwr.common import Code, EvaluateRes, FitRes, Scalar, Status, ndarrays_to_parameters

from auditor.verify import verify_rows
from coordinator.checkpoints import write_checkpoint
from coordinator.consortium_log import ConsortiumLog
from coordinator.run_store import RunStore, sqlite_url
from coordinator.server_app import _backfill_rounds, record_to_manifest
from coordinator.site_claims import SiteBinding, SiteClaimError
from coordinator.strategy import (
    EvalSummary,
    RoundRecord,
    RoundSummary,
    SiteLedgerEntry,
    StageStrategy,
    mean_metric,
)
from protocols.accounting import Mechanism, epsilon_of, evaluation_mechanism
from protocols.curriculum import Stage
from protocols.keys import public_raw
from protocols.ledger_entry import SiteRoundEntry, canonical_bytes, sign_site_entry
from protocols.round import FitReport, RoundMessageError, evaluation_digest

RUN = "run-1"


def _stage() -> Stage:
    return Stage("s", ("projector",), ("vqa",), 4, 2, 8, 1e-3, min_sites=2)


def _strategy(rounds: list[tuple[RoundSummary, RoundRecord]] | None = None) -> StageStrategy:
    initial = {"a": np.zeros(4, np.float32)}
    return StageStrategy(
        run_id=RUN, stage=_stage(), round_offset=0, global_state=dict(initial),
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=3,
        curriculum_json="{}", signature_config={},
        on_round=(lambda s, _st, r: rounds.append((s, r))) if rounds is not None else None,
    )  # fmt: skip


def _fit(node: int, value: float, n: int, **report: Any) -> tuple[Any, FitRes]:
    metrics = FitReport(num_examples=n, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    metrics.update(report)
    params = ndarrays_to_parameters([np.full(4, value, np.float32)])
    return SimpleNamespace(node_id=node), FitRes(Status(Code.OK, ""), params, n, metrics)


# --- a NaN (or absurd) number in a site's report ---------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("loss_before", math.nan), ("loss_after", math.inf), ("loss_before", -math.inf),
     ("epsilon", math.nan), ("loss_after", -0.5), ("loss_before", 1e300), ("epsilon", 1e7),
     ("num_examples", 2**63), ("steps", -1)],
)  # fmt: skip
def test_a_report_with_a_non_finite_or_absurd_number_is_malformed(field: str, value: Any) -> None:
    metrics = FitReport(num_examples=5, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    metrics[field] = value
    with pytest.raises(RoundMessageError, match=f"fit report: field '{field}'"):
        FitReport.from_metrics(metrics)


def test_a_nan_loss_is_a_failure_of_the_round_and_the_run_records_and_resumes(
    tmp_path: Path,
) -> None:
    """One site's NaN loss made the round's mean NaN: SQLite keeps NaN as NULL, so recording
    the round (loss_before NOT NULL) raised, and so did every resume's backfill from the
    checkpoint. Now the report is refused as malformed: that node is a failure of the round,
    named, its update not aggregated, and the round records the other two sites."""
    rounds: list[tuple[RoundSummary, RoundRecord]] = []
    strategy = _strategy(rounds)
    results = [_fit(1, 0.1, 10), _fit(2, 0.3, 30, loss_before=2.0),
               _fit(3, 9.0, 10, loss_before=math.nan)]  # fmt: skip
    _, metrics = strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    ((summary, record),) = rounds
    assert (summary.participants, summary.failures, summary.num_examples) == (2, 1, 40)
    assert summary.loss_before == pytest.approx((1.0 * 10 + 2.0 * 30) / 40)
    assert metrics["loss_before"] == summary.loss_before
    (failure,) = record.failures
    assert failure.startswith("node 3: fit report: field 'loss_before'")
    assert np.allclose(strategy.global_state["a"], (0.1 * 10 + 0.3 * 30) / 40)  # no 9.0 in it

    out = tmp_path / "run"
    out.mkdir()
    store = RunStore(sqlite_url(out))
    store.start_run(RUN, "c", "0" * 64, {})
    ckpt = write_checkpoint(
        out / "checkpoints",
        1,
        strategy.global_state,
        {"summary": asdict(summary), "record": record_to_manifest(record)},
    )
    store.record_round(RUN, summary, ckpt.manifest["state_digest"])  # what the hook does
    (row,) = store.rounds(RUN)
    assert row.loss_before == pytest.approx(summary.loss_before)

    # a crash before the run-store row: the resume backfills it from the checkpoint
    resumed = RunStore(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    resumed.start_run(RUN, "c", "0" * 64, {})
    _backfill_rounds(resumed, SimpleNamespace(run_id=RUN, out_dir=out))  # type: ignore[arg-type]
    (row,) = resumed.rounds(RUN)
    assert (row.participants, row.failures) == (2, 1)
    assert row.loss_before == pytest.approx(summary.loss_before)


def test_the_round_mean_refuses_a_non_finite_value() -> None:
    assert mean_metric([(1.0, 10.0), (2.0, 30.0)]) == pytest.approx(1.75)
    assert mean_metric([]) == 0.0
    with pytest.raises(ValueError, match="non-finite"):
        mean_metric([(1.0, 10.0), (math.nan, 1.0)])


# --- a site relays another site's signed ledger entry ----------------------------------------

MECHANISM = Mechanism(noise_multiplier=1.1, sample_rate=0.02, steps=40, clipping_norm=1.0,
                      delta=1e-5, accountant="rdp")  # fmt: skip
MECH = asdict(MECHANISM)
EPS = [epsilon_of([MECHANISM] * i, 1e-5, "rdp") for i in (1, 2, 3)]


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _entry(site: str, rnd: int, eps: float) -> SiteRoundEntry:
    return SiteRoundEntry(run_id=RUN, stage="s", global_round=rnd, site=site,
                          dataset_digest=f"ds-{site}", epsilon_after=eps, epsilon_cap=8.0,
                          status="trained", update_digest="ab" * 32, **MECH)  # type: ignore[arg-type]  # fmt: skip


def _body(entry: SiteRoundEntry) -> str:
    return canonical_bytes(entry).decode("ascii")  # what site_agent.agent sends


class _Consortium:
    """Registered sites (two by default) and the coordinator's log over one ledger file,
    reopened as each (re)start of the coordinator does."""

    def __init__(self, tmp_path: Path, sites: tuple[str, ...] = ("hospital-a", "evil")) -> None:
        self.keys = {s: Ed25519PrivateKey.generate() for s in sites}
        self.url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"

    def open(self) -> ConsortiumLog:
        log = ConsortiumLog(self.url, RUN, "c" * 64)
        for site, key in self.keys.items():
            log.ledger.register_site(site, _pem(key), 8.0)
        return log

    def sent(self, entry: SiteRoundEntry, node: int) -> SiteLedgerEntry:
        return SiteLedgerEntry(_body(entry), sign_site_entry(self.keys[entry.site], entry), node)

    def signed(self, entry: SiteRoundEntry) -> dict[str, str]:
        signature = sign_site_entry(self.keys[entry.site], entry)
        return {"ledger_entry": _body(entry), "ledger_signature": signature.hex()}


def _summary(rnd: int, dropped: tuple[int, ...] = (), participants: int = 1) -> RoundSummary:
    return RoundSummary("s", rnd, rnd, 2, participants, 0, 0, dropped, 10, 1.0, 1.0, 0.1)


def _coordinator_rounds(log: ConsortiumLog) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in log.ledger.rows() if r.entry_type == "coordinator_round"]


def _site_rows(log: ConsortiumLog) -> list[tuple[str | None, int | None]]:
    return [(r.site, r.global_round) for r in log.ledger.rows() if r.entry_type == "site_round"]


def test_a_relayed_entry_from_a_halted_try_is_refused_and_the_victim_audits_clean(
    tmp_path: Path,
) -> None:
    """Round 3 halts (its entries logged, a resume retries it). In the retry hospital-a
    (node 11) drops, and node 66 sends hospital-a's signed entry from the halted try. That
    entry used to go in again, hospital-a listed as a participant of the retry it dropped out
    of, and the audit of hospital-a's honest ledger failed. Now the entry is refused (it is in
    the ledger already): not written again, hospital-a a dropout, node 66 bound to nothing."""
    consortium = _Consortium(tmp_path)
    first = _entry("hospital-a", 3, EPS[0])
    log = consortium.open()
    log.round(_summary(3), RoundRecord((consortium.sent(first, 11),), ""), "d" * 64)  # halted
    log.close()

    log = consortium.open()  # resumed: the retry
    retry = RoundRecord((consortium.sent(first, 66),), "e" * 64)
    with pytest.raises(
        SiteClaimError, match="entry of site 'hospital-a' for round 3 is already in"
    ):
        log.check_entry(retry.site_entries[0], 3)  # what the strategy asks first
    log.round(_summary(3, dropped=(11,), participants=0), retry, "d" * 64)
    last = _coordinator_rounds(log)[-1]
    assert (last["participants"], last["dropouts"]) == ([], ["node-11"])
    assert _site_rows(log) == [("hospital-a", 3)]  # once, from the halted try
    assert 66 not in log.node_sites
    assert verify_rows(log.ledger.rows(), log.ledger.sites()).ok
    log.close()


def test_the_same_entry_from_two_nodes_is_written_once_and_the_resume_backfills_it(
    tmp_path: Path,
) -> None:
    """Round 4: hospital-a answers from node 11 and node 66 relays the same entry. The
    coordinator's round entry used to list hospital-a twice and raise LedgerEntryError, in the
    live round and again in every resume's backfill. Now the second node's entry is refused:
    written once, listed once; a backfill of that record (an older checkpoint's) goes through."""
    consortium = _Consortium(tmp_path)
    honest = _entry("hospital-a", 4, EPS[0])
    record = RoundRecord((consortium.sent(honest, 11), consortium.sent(honest, 66)), "f" * 64)
    log = consortium.open()
    log.round(_summary(4), record, "d" * 64)
    assert _coordinator_rounds(log)[-1]["participants"] == ["hospital-a"]
    assert _site_rows(log) == [("hospital-a", 4)]
    assert log.node_sites == {11: "hospital-a"}
    assert verify_rows(log.ledger.rows(), log.ledger.sites()).ok
    log.close()

    # a crash left the site entry but no round entry: the resume writes the round from the
    # checkpoint's record, the leftover not again and the relayed copy not at all
    consortium.url = f"sqlite:///{tmp_path / 'crashed.sqlite'}"
    log = consortium.open()
    log.ledger.append(honest, consortium.sent(honest, 11).signature)
    log.close()
    log = consortium.open()
    log.round(_summary(4), record, "d" * 64, backfill=True)
    assert _coordinator_rounds(log)[-1]["participants"] == ["hospital-a"]
    assert _site_rows(log) == [("hospital-a", 4)]
    assert log.node_sites == {}  # a backfill binds no node: node ids may have changed
    assert verify_rows(log.ledger.rows(), log.ledger.sites()).ok
    log.close()


def test_a_node_whose_secagg_keys_another_site_signed_may_not_send_a_sites_entry(
    tmp_path: Path,
) -> None:
    """Through the strategy, with the consortium log's check as the coordinator wires it and
    the SecAgg+ set-up signatures the workflow verified (`admit`'s node_site_key): node 66,
    whose keys evil signed this round, sends hospital-a's round-2 entry ahead of node 11,
    whose keys hospital-a signed: node 66's result is a failure, named, its update not
    aggregated, its entry not recorded. In round 3 hospital-a's SuperNode has restarted as node
    12: its keys are hospital-a's, so its entry counts."""
    consortium = _Consortium(tmp_path)
    log = consortium.open()
    rounds: list[tuple[RoundSummary, RoundRecord]] = []

    def on_round(summary: RoundSummary, _state: Any, record: RoundRecord) -> None:
        rounds.append((summary, record))
        log.round(summary, record, "d" * 64)

    strategy = _strategy()
    strategy.on_round, strategy.check_entry = on_round, log.check_entry
    key = {s: public_raw(k.public_key()) for s, k in consortium.keys.items()}

    def round_of(rnd: int, results: list[tuple[Any, FitRes]], keys: dict[int, bytes]) -> None:
        claims = SiteBinding()
        for proxy, res in results:  # as SecAgg+ asks before it sums
            with contextlib.suppress(ValueError):
                strategy.admit(rnd, proxy, res, claims, keys[proxy.node_id])
        strategy.aggregate_fit(rnd, results, [])  # type: ignore[arg-type]

    round_of(1, [_fit(11, 0.0, 10, **consortium.signed(_entry("hospital-a", 1, EPS[0]))),
                 _fit(66, 0.0, 10, **consortium.signed(_entry("evil", 1, EPS[0])))],
             {11: key["hospital-a"], 66: key["evil"]})  # fmt: skip
    assert log.node_sites == {11: "hospital-a", 66: "evil"}

    victim = consortium.signed(_entry("hospital-a", 2, EPS[1]))
    round_of(2, [_fit(66, 3.0, 10, **victim), _fit(11, 1.0, 10, **victim)],
             {11: key["hospital-a"], 66: key["evil"]})  # fmt: skip
    summary, record = rounds[-1]
    assert (summary.participants, summary.failures) == (1, 1)
    assert record.failures == (
        "node 66: its signed ledger entry: it names site 'hospital-a', but another hospital's "
        "key signed the node's SecAgg+ keys this round",
    )
    assert np.allclose(strategy.global_state["a"], 1.0)  # node 11's update alone
    assert [e.node_id for e in record.site_entries] == [11]
    assert _coordinator_rounds(log)[-1]["participants"] == ["hospital-a"]

    restarted = consortium.signed(_entry("hospital-a", 3, EPS[2]))
    round_of(3, [_fit(12, 1.0, 10, **restarted)], {12: key["hospital-a"]})
    summary, record = rounds[-1]
    assert (summary.participants, summary.failures) == (1, 0)
    assert log.node_sites == {12: "hospital-a", 66: "evil"}  # the site's latest node
    assert _site_rows(log) == [("hospital-a", 1), ("evil", 1), ("hospital-a", 2), ("hospital-a", 3)]
    log.close()


def test_within_a_round_the_first_node_to_send_a_sites_entry_keeps_it(tmp_path: Path) -> None:
    """No binding yet (the run's first round here): the second node sending the same site's
    entry is the failure; a forged entry (not signed by the site) claims nothing, so it cannot
    shut the site's own node out by answering first."""
    consortium = _Consortium(tmp_path)
    log = consortium.open()
    rounds: list[tuple[RoundSummary, RoundRecord]] = []
    strategy = _strategy(rounds)
    strategy.check_entry = log.check_entry
    entry = _entry("hospital-a", 1, EPS[0])
    forged = {"ledger_entry": _body(entry), "ledger_signature": "00" * 64}
    results = [_fit(77, 5.0, 10, **forged), _fit(11, 1.0, 10, **consortium.signed(entry)),
               _fit(66, 3.0, 10, **consortium.signed(entry))]  # fmt: skip
    strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    ((summary, record),) = rounds
    # node 77 is aggregated (a forged entry is not a claim) and its entry left to the log
    assert (summary.participants, summary.failures) == (2, 1)
    assert record.failures[0].startswith("node 66: its signed ledger entry: it names site")
    assert [e.node_id for e in record.site_entries] == [77, 11]
    log.round(summary, record, "d" * 64)  # which drops node 77's: no valid signature
    assert log.node_sites == {11: "hospital-a"}
    assert _site_rows(log) == [("hospital-a", 1)]
    log.close()


# --- evaluation counts under a site name another node claims ---------------------------------

# the Gaussian mechanism a site noises its evaluation counts with (4 questions a test study)
EVAL_MECHANISM = evaluation_mechanism(2.0, 4, 1e-5, "rdp")


def _counts(closed_n: int, correct: int) -> dict[str, int]:
    return {"closed_n": closed_n, "closed_correct": correct, "open_n": 0, "open_exact": 0}


def _released(site: str, rnd: int, counts: dict[str, int], eps: float = 1.0) -> SiteRoundEntry:
    """A site's signed account of releasing `counts` after round `rnd` (site_agent.evaluate)."""
    return SiteRoundEntry(run_id=RUN, stage="s", global_round=rnd, site=site,
                          dataset_digest=f"ds-{site}", epsilon_after=eps, epsilon_cap=8.0,
                          status="released", update_digest=evaluation_digest(site, counts),
                          units=50, **asdict(EVAL_MECHANISM))  # fmt: skip


def _reply(
    node: int,
    site: str,
    closed_n: int,
    correct: int,
    consortium: _Consortium | None = None,
    entry: SiteRoundEntry | None = None,
) -> tuple[Any, EvaluateRes]:
    """An evaluation reply of `node` naming `site`; with `consortium`, signed as the site signs
    its `released` entry (`entry`, by default the one accounting these counts after round 1)."""
    counts = _counts(closed_n, correct)
    metrics: dict[str, Scalar] = {"site": site, **counts}
    if consortium is not None:
        metrics.update(consortium.signed(entry or _released(site, 1, counts)))
    return SimpleNamespace(node_id=node), EvaluateRes(Status(Code.OK, ""), 0.0, 10, metrics)


def _evaluating(consortium: _Consortium) -> tuple[StageStrategy, ConsortiumLog]:
    """A strategy checking evaluation entries against `consortium`'s ledger, as the coordinator
    wires it, and that ledger's log."""
    log = consortium.open()
    strategy = _strategy()
    strategy.check_release = log.check_release
    return strategy, log


def _evaluate(strategy: StageStrategy, results: list[Any]) -> tuple[EvalSummary, Any]:
    seen: list[EvalSummary] = []
    strategy.on_evaluate = seen.append
    _, metrics = strategy.aggregate_evaluate(1, results, [])
    (summary,) = seen
    return summary, metrics["closed_accuracy"]


EVAL_SITES = ("hospital-b", "hospital-c", "evil")


def test_two_replies_naming_one_site_are_both_failures_and_neither_count_is_kept(
    tmp_path: Path,
) -> None:
    """A hostile node answering as hospital-b used to replace hospital-b's counts (the last
    reply won), unflagged. Where it relays hospital-b's own signed reply, with no binding to
    tell which node is hospital-b, both replies are failures and hospital-b has no counts;
    hospital-c's are kept."""
    consortium = _Consortium(tmp_path, EVAL_SITES)
    strategy, _ = _evaluating(consortium)
    own = _reply(2, "hospital-b", 100, 90, consortium)
    relayed = (SimpleNamespace(node_id=3), own[1])
    other = _reply(4, "hospital-c", 50, 25, consortium)
    summary, accuracy = _evaluate(strategy, [own, relayed, other])
    assert summary.per_site == {"hospital-c": {"closed_n": 50, "closed_correct": 25,
                                               "open_n": 0, "open_exact": 0}}  # fmt: skip
    assert summary.failures == 2
    assert accuracy == 0.5


def test_more_hits_than_questions_is_a_failure(tmp_path: Path) -> None:
    """closed_correct 50 over closed_n 1 was recorded (an accuracy of 50)."""
    consortium = _Consortium(tmp_path, EVAL_SITES)
    strategy, _ = _evaluating(consortium)
    summary, accuracy = _evaluate(strategy, [_reply(2, "hospital-b", 100, 90, consortium),
                                             _reply(3, "evil", 1, 50, consortium)])  # fmt: skip
    assert list(summary.per_site) == ["hospital-b"] and summary.failures == 1
    assert accuracy == 0.9


def test_a_reply_naming_another_nodes_bound_site_is_a_failure(tmp_path: Path) -> None:
    """With the binding the consortium log learnt from signed entries (node 2 is hospital-b,
    node 3 evil), node 3 answering as hospital-b (with hospital-b's own signed reply, relayed)
    is the failure and hospital-b's own counts are kept, whichever reply came first; node 5,
    unknown to the binding, may not take hospital-b's name either."""
    consortium = _Consortium(tmp_path, EVAL_SITES)
    strategy, _ = _evaluating(consortium)
    strategy.site_binding = SiteBinding()
    strategy.site_binding.claim(2, "hospital-b", "round 1")
    strategy.site_binding.claim(3, "evil", "round 1")
    _, own = _reply(2, "hospital-b", 100, 90, consortium)
    summary, _ = _evaluate(strategy, [(SimpleNamespace(node_id=3), own),
                                      (SimpleNamespace(node_id=5), own),
                                      (SimpleNamespace(node_id=2), own)])  # fmt: skip
    assert summary.per_site["hospital-b"]["closed_n"] == 100
    assert list(summary.per_site) == ["hospital-b"] and summary.failures == 2


def test_a_sites_own_refusal_sent_again_in_a_retried_round_is_listed_not_refused(
    tmp_path: Path,
) -> None:
    """A halted round recorded hospital-a's refusal for budget; the resumed run retries the
    round and hospital-a refuses again with the same entry, byte for byte (same eps, reason
    and data set). From the node whose SecAgg+ keys hospital-a signed it is the site's own:
    listed among the refusals, written once. The same bytes from a node evil's key signed are
    a relay: refused."""
    consortium = _Consortium(tmp_path)
    log = consortium.open()
    key = {s: public_raw(k.public_key()) for s, k in consortium.keys.items()}
    refusal = dataclasses.replace(
        _entry("hospital-a", 1, EPS[0]), status="refused", update_digest=None,
        reason="privacy budget cap reached",
    )  # fmt: skip
    sent = consortium.sent(refusal, 11)
    log.round(_summary(1, participants=0), RoundRecord((sent,), "", ("budget",)), "d" * 64)
    assert _site_rows(log) == [("hospital-a", 1)]

    own = dataclasses.replace(consortium.sent(refusal, 12), node_site_key=key["hospital-a"])
    assert log.check_entry(own, 1) == "hospital-a"
    relay = dataclasses.replace(consortium.sent(refusal, 66), node_site_key=key["evil"])
    with pytest.raises(SiteClaimError):
        log.check_entry(relay, 1)
    log.round(_summary(1, participants=0), RoundRecord((own, relay), "", ("budget",)), "d" * 64)
    assert _site_rows(log) == [("hospital-a", 1)]  # written once
    assert _coordinator_rounds(log)[-1]["refusals"] == ["hospital-a"]
    log.close()
