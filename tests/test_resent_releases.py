"""A coordinator stopped after a round's checkpoint, while the evaluation after it was in flight:
the sites committed and signed their releases, the coordinator never appended them, and the
resumed run starts at the next round. Each site keeps its signed releases and sends the run's
latest ones again with its next round result; the coordinator records those the ledger lacks
just before the site's entry (whose eps covers them), skips those it holds, and names and skips
one that is no release of that site, run and earlier round, the round going on."""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from flwr.common import Code, FitRes, Status, ndarrays_to_parameters
from test_audit_evaluation_spends import COUNTS, SITES, E, M, _eps, _Sites, _train
from test_hostile_site_records import (
    RUN,
    _body,
    _Consortium,
    _coordinator_rounds,
    _counts,
    _entry,
    _released,
    _strategy,
    _summary,
)

from auditor.verify import verify_ledger
from coordinator.consortium_log import ConsortiumLog
from coordinator.server_app import _record_from_manifest, record_to_manifest
from coordinator.strategy import RoundRecord, RoundSummary, SiteLedgerEntry
from ledger.receipts import read_site_ledgers
from protocols.ledger_entry import SiteRoundEntry, parse_entry, sign_site_entry
from protocols.round import MAX_RESENT, RESENT_KEY, FitReport, RoundMessageError
from site_agent import agent
from site_agent.privacy import LIFETIME_BUDGET, SiteLedger, SpendContext


def _site_ledger(sites: _Sites, site: str) -> SiteLedger:
    return SiteLedger(f"sqlite:///{sites.dirs[site] / 'privacy.sqlite'}")


def _release_at_site(consortium: _Consortium, sites: _Sites, release: SiteRoundEntry) -> None:
    """What site_agent.evaluate does: the release reserved, then committed with its signed
    entry, in the site's own ledger."""
    signature = sign_site_entry(consortium.keys[release.site], release).hex()
    with _site_ledger(sites, release.site) as ledger:
        ctx = SpendContext(RUN, "s", release.global_round, kind="evaluation")
        spend = ledger.reserve(LIFETIME_BUDGET, E, ctx)
        ledger.commit(spend, 1, signed=(_body(release), signature))


def _round_result(
    consortium: _Consortium, sites: _Sites, entry: SiteRoundEntry, node: int
) -> tuple[Any, FitRes]:
    """The site's round result as site_agent.agent sends it: its signed entry, with the
    signed entries its ledger kept sent again (`with_resent`)."""
    report = FitReport(num_examples=10, steps=1, loss_before=1.0, loss_after=0.5,
                       epsilon=entry.epsilon_after, **consortium.signed(entry))  # fmt: skip
    settings = SimpleNamespace(agent_dir=sites.dirs[entry.site], name=entry.site)
    instr = SimpleNamespace(run_id=RUN, global_round=entry.global_round)
    report = agent.with_resent(settings, instr, report)  # type: ignore[arg-type]
    params = ndarrays_to_parameters([np.full(4, 0.1, np.float32)])
    return SimpleNamespace(node_id=node), FitRes(Status(Code.OK, ""), params, 10,
                                                 report.to_metrics())  # fmt: skip


def _kinds(log: ConsortiumLog) -> list[tuple[str, int, str]]:
    """The run's site entries in ledger order: (site, round, status)."""
    out = []
    for row in log.ledger.entries(RUN):
        if isinstance(row.entry, SiteRoundEntry):
            out.append((row.entry.site, row.entry.global_round, row.entry.status))
    return out


def _stopped_during_the_evaluation(
    tmp_path: Path,
) -> tuple[_Consortium, _Sites, list[tuple[RoundSummary, RoundRecord]]]:
    """Round 1 trained and recorded; both sites release counts after it (committed and signed
    in their own ledgers), the coordinator stopped before it appended them; then round 2, the
    resumed run's first, through the strategy as the coordinator wires it. Returns the rounds
    the strategy recorded (written to the ledger as the coordinator's hook writes them)."""
    consortium = _Consortium(tmp_path, SITES)
    sites = _Sites(tmp_path, consortium)
    log = consortium.open()
    for site in SITES:
        sites.spend(site, 1, "training")
    _train(consortium, log, 1, _eps(M))
    for site in SITES:
        _release_at_site(consortium, sites, _released(site, 1, COUNTS, _eps(M, E)))
    log.close()  # stopped: the releases never reached the ledger

    log = consortium.open()  # resumed at round 2
    rounds: list[tuple[RoundSummary, RoundRecord]] = []
    strategy = _strategy(rounds)
    strategy.check_entry = log.check_entry
    results = []
    for node, site in enumerate(SITES, start=11):
        sites.spend(site, 2, "training")
        entry = _entry(site, 2, _eps(M, E, M))
        results.append(_round_result(consortium, sites, entry, node))
    strategy.aggregate_fit(2, results, [])  # type: ignore[arg-type]
    for summary, record in rounds:
        log.round(summary, record, "d" * 64)
    log.close()
    return consortium, sites, rounds


def test_a_release_the_stopped_coordinator_never_recorded_is_recorded_before_the_next_entry(
    tmp_path: Path,
) -> None:
    consortium, sites, rounds = _stopped_during_the_evaluation(tmp_path)
    ((summary, record),) = rounds
    assert summary.participants == 2 and not record.failures
    log = consortium.open()
    assert _kinds(log) == [
        ("hospital-a", 1, "trained"), ("hospital-b", 1, "trained"),
        ("hospital-a", 1, "released"), ("hospital-a", 2, "trained"),
        ("hospital-b", 1, "released"), ("hospital-b", 2, "trained"),
    ]  # fmt: skip
    _, spends = read_site_ledgers([sites.root])
    result = verify_ledger(log.ledger, site_spends=spends)
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 6  # each site: round 1, its release, round 2
    log.close()


def test_a_backfilled_round_records_the_releases_its_checkpoint_kept(tmp_path: Path) -> None:
    """Stopped again after round 2's checkpoint, before its ledger entries: the resume writes
    the round from the checkpoint's record, the releases sent again with it first."""
    consortium, _, rounds = _stopped_during_the_evaluation(tmp_path)
    ((summary, record),) = rounds
    ckpt = SimpleNamespace(manifest={"record": json.loads(json.dumps(record_to_manifest(record)))})
    kept = _record_from_manifest(ckpt)  # type: ignore[arg-type]
    assert [e.resent for e in kept.site_entries] == [e.resent for e in record.site_entries]
    assert all(len(e.resent) == 1 for e in kept.site_entries)

    consortium.url = f"sqlite:///{tmp_path / 'backfilled.sqlite'}"
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    log.round(summary, kept, "d" * 64, backfill=True)
    assert [k for k in _kinds(log) if k[2] == "released"] == [
        ("hospital-a", 1, "released"), ("hospital-b", 1, "released"),
    ]  # fmt: skip
    assert verify_ledger(log.ledger).ok
    log.close()


def test_a_release_already_in_the_ledger_is_not_written_twice(tmp_path: Path) -> None:
    """The usual case: the evaluation's replies were recorded; round 2's results send the
    releases again, and the ledger keeps each once."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    releases = {s: consortium.sent(_released(s, 1, COUNTS, _eps(M, E)), 11) for s in SITES}
    for release in releases.values():
        log.ledger.append(_released_entry(release), release.signature)
    items = tuple(
        dataclasses.replace(consortium.sent(_entry(s, 2, _eps(M, E, M)), 11 + i),
                            resent=((releases[s].body, releases[s].signature),) * 2)
        for i, s in enumerate(SITES)
    )  # fmt: skip
    log.round(_summary(2, participants=2), RoundRecord(items, "f" * 64), "d" * 64)
    assert [k for k in _kinds(log) if k[2] == "released"] == [
        ("hospital-a", 1, "released"), ("hospital-b", 1, "released"),
    ]  # fmt: skip
    assert verify_ledger(log.ledger).ok
    log.close()


def test_a_trained_entry_lost_in_a_round_the_site_then_missed_is_recorded_later(
    tmp_path: Path,
) -> None:
    """hospital-a trained in round 2's first try, which the coordinator never recorded (it was
    stopped); the resumed run's try of round 2 went on without hospital-a. Its round-3 result
    sends the lost entry again: recorded after round 2's coordinator entry, which does not list
    the site (it listed what that try saw), and before the round-3 entry whose eps covers it.
    The audit composes it and asks no listing for it; placed before its round's coordinator
    entry, an unlisted trained entry is still named."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    lost = consortium.sent(_entry("hospital-a", 2, _eps(M, M)), 11)
    b2 = consortium.sent(_entry("hospital-b", 2, _eps(M, M)), 12)
    log.round(_summary(2), RoundRecord((b2,), "f" * 64), "d" * 64)
    a3 = dataclasses.replace(consortium.sent(_entry("hospital-a", 3, _eps(M, M, M)), 11),
                             resent=((lost.body, lost.signature),))  # fmt: skip
    b3 = consortium.sent(_entry("hospital-b", 3, _eps(M, M, M)), 12)
    log.round(_summary(3, participants=2), RoundRecord((a3, b3), "f" * 64), "d" * 64)
    assert _kinds(log) == [
        ("hospital-a", 1, "trained"), ("hospital-b", 1, "trained"),
        ("hospital-b", 2, "trained"),
        ("hospital-a", 2, "trained"), ("hospital-a", 3, "trained"), ("hospital-b", 3, "trained"),
    ]  # fmt: skip
    assert [c["participants"] for c in _coordinator_rounds(log)] == [
        ["hospital-a", "hospital-b"], ["hospital-b"], ["hospital-a", "hospital-b"],
    ]  # fmt: skip
    result = verify_ledger(log.ledger)
    assert result.ok, [str(p) for p in result.problems]
    mine = [p.recomputed for p in result.points if p.entry.site == "hospital-a"]
    assert mine == pytest.approx([_eps(M), _eps(M, M), _eps(M, M, M)])
    log.close()

    consortium.url = f"sqlite:///{tmp_path / 'unlisted.sqlite'}"
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    log.ledger.append(_released_entry(lost), lost.signature)  # in round 2, before its entry
    log.round(_summary(2), RoundRecord((b2,), "f" * 64), "d" * 64)
    (problem,) = verify_ledger(log.ledger).problems
    assert problem.check == "participants" and "neither as a participant" in problem.reason
    log.close()


def _released_entry(item: SiteLedgerEntry) -> SiteRoundEntry:
    entry = parse_entry(item.body)
    assert isinstance(entry, SiteRoundEntry)
    return entry


def _hostile(consortium: _Consortium, case: str) -> tuple[str, bytes]:
    """A re-sent entry hospital-a's round-2 result carries that must not be recorded."""
    own = _released("hospital-a", 1, COUNTS, _eps(M, E))
    sign = sign_site_entry
    if case == "forged":  # hospital-a's release, signed by another key
        return _body(own), sign(consortium.keys["evil"], own)
    if case == "other-site":  # hospital-b's genuine release, sent by hospital-a's node
        other = _released("hospital-b", 1, _counts(40, 10), _eps(M, E))
        return _body(other), sign(consortium.keys["hospital-b"], other)
    changed = {
        "other-run": {"run_id": "run-2"},
        "not-earlier": {"global_round": 2},  # a release of the round itself: not yet evaluated
        "refused": {"status": "refused", "update_digest": None, "reason": "budget"},  # no spend
        "later-training": {"status": "trained", "global_round": 3},
    }.get(case)
    if changed is not None:
        entry = dataclasses.replace(own, **changed)  # type: ignore[arg-type]
        return _body(entry), sign(consortium.keys["hospital-a"], entry)
    if case == "garbage":
        return "[" * 100_000, b"\0" * 64
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case",
    ["forged", "other-site", "other-run", "not-earlier", "refused", "later-training", "garbage"],
)
def test_a_resent_entry_that_is_no_earlier_spend_of_the_site_is_skipped_and_the_round_goes_on(
    tmp_path: Path, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    consortium = _Consortium(tmp_path, ("hospital-a", "hospital-b", "evil"))
    log = consortium.open()
    log.round(_summary(1), RoundRecord((consortium.sent(_entry("hospital-a", 1, _eps(M)), 11),),
                                       "f" * 64), "d" * 64)  # fmt: skip
    item = dataclasses.replace(consortium.sent(_entry("hospital-a", 2, _eps(M, M)), 11),
                               resent=(_hostile(consortium, case),))  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="medfed.coordinator"):
        log.round(_summary(2), RoundRecord((item,), "f" * 64), "d" * 64)
    assert _kinds(log) == [("hospital-a", 1, "trained"), ("hospital-a", 2, "trained")]
    last = [json.loads(r.body) for r in log.ledger.rows() if r.entry_type == "coordinator_round"]
    assert last[-1]["participants"] == ["hospital-a"]
    assert "an entry node 11 sent again is not recorded" in caplog.text
    assert verify_ledger(log.ledger).ok
    log.close()


def test_a_result_sending_its_own_entry_again_is_recorded_once(tmp_path: Path) -> None:
    """A site's result whose re-sent entries hold that result's own entry: written once, so no
    spend is composed twice."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    own = consortium.sent(_entry("hospital-a", 2, _eps(M, M)), 11)
    item = dataclasses.replace(own, resent=((own.body, own.signature),) * 2)
    log.round(_summary(2), RoundRecord((item,), "f" * 64), "d" * 64)
    assert _kinds(log) == [
        ("hospital-a", 1, "trained"), ("hospital-b", 1, "trained"), ("hospital-a", 2, "trained"),
    ]  # fmt: skip
    assert verify_ledger(log.ledger).ok
    log.close()


def test_a_resent_signature_that_is_not_hex_leaves_it_out_and_the_result_counts(
    tmp_path: Path,
) -> None:
    consortium = _Consortium(tmp_path, SITES)
    rounds: list[tuple[RoundSummary, RoundRecord]] = []
    strategy = _strategy(rounds)
    release = consortium.sent(_released("hospital-a", 1, COUNTS), 11)
    results = []
    for node, site in enumerate(SITES, start=11):
        report = FitReport(num_examples=10, steps=1, loss_before=1.0, loss_after=0.5,
                           resent=((release.body, "not hex"), (release.body,
                                                                  release.signature.hex())),
                           **consortium.signed(_entry(site, 2, _eps(M, M))))  # fmt: skip
        params = ndarrays_to_parameters([np.full(4, 0.1, np.float32)])
        results.append((SimpleNamespace(node_id=node),
                        FitRes(Status(Code.OK, ""), params, 10, report.to_metrics())))  # fmt: skip
    strategy.aggregate_fit(2, results, [])  # type: ignore[arg-type]
    ((summary, record),) = rounds
    assert summary.participants == 2 and not record.failures
    assert [e.resent for e in record.site_entries] == [((release.body, release.signature),)] * 2


# --- the site's side: what it keeps and sends ------------------------------------------------


def test_the_site_sends_the_runs_latest_releases_before_the_round_oldest_first(
    tmp_path: Path,
) -> None:
    consortium = _Consortium(tmp_path, SITES)
    sites = _Sites(tmp_path, consortium)
    made = [_released("hospital-a", r, _counts(100, 80 + r), _eps(M, E)) for r in range(1, 8)]
    for release in made:
        _release_at_site(consortium, sites, release)
    other_run = dataclasses.replace(made[0], run_id="run-2")
    signature = sign_site_entry(consortium.keys["hospital-a"], other_run).hex()
    with _site_ledger(sites, "hospital-a") as ledger:
        ctx = SpendContext("run-2", "s", 1, kind="evaluation")
        ledger.commit(ledger.reserve(LIFETIME_BUDGET, E, ctx), 1, signed=(_body(other_run),
                                                                           signature))  # fmt: skip
        # a reservation never committed keeps nothing to send (it is an interrupted spend)
        ledger.reserve(LIFETIME_BUDGET, M, SpendContext(RUN, "s", 6))
        kept = ledger.signed_entries(RUN, 6, MAX_RESENT)
    # rounds 3-6: not the release after round 7 (after the round asked), not run-2's
    assert [json.loads(body)["global_round"] for body, _ in kept] == [3, 4, 5, 6]

    report = FitReport(num_examples=10, steps=1, loss_before=1.0, loss_after=0.5,
                       **consortium.signed(_entry("hospital-a", 6, _eps(M))))  # fmt: skip
    settings = SimpleNamespace(agent_dir=sites.dirs["hospital-a"], name="hospital-a")
    instr = SimpleNamespace(run_id=RUN, global_round=6)
    sent = agent.with_resent(settings, instr, report)  # type: ignore[arg-type]
    assert sent.resent == tuple(kept)
    assert FitReport.from_metrics(sent.to_metrics()) == sent
    # a refusal without a signed entry sends none
    plain = dataclasses.replace(report, ledger_entry="", ledger_signature="")
    assert agent.with_resent(settings, instr, plain).resent == ()  # type: ignore[arg-type]


def test_the_releases_sent_again_stay_within_the_metrics_allowance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    consortium = _Consortium(tmp_path, SITES)
    sites = _Sites(tmp_path, consortium)
    for r in (1, 2, 3):
        _release_at_site(consortium, sites, _released("hospital-a", r, COUNTS, _eps(M, E)))
    report = FitReport(num_examples=10, steps=1, loss_before=1.0, loss_after=0.5,
                       **consortium.signed(_entry("hospital-a", 4, _eps(M))))  # fmt: skip
    settings = SimpleNamespace(agent_dir=sites.dirs["hospital-a"], name="hospital-a")
    instr = SimpleNamespace(run_id=RUN, global_round=4)
    full = agent.with_resent(settings, instr, report)  # type: ignore[arg-type]
    assert len(full.resent) == 3
    size = len(json.dumps(full.to_metrics()).encode())
    monkeypatch.setattr(agent, "METRICS_ALLOWANCE", size - 1)
    fewer = agent.with_resent(settings, instr, report)  # type: ignore[arg-type]
    assert fewer.resent == full.resent[1:]  # the newest kept, the oldest left out
    assert len(json.dumps(fewer.to_metrics()).encode()) <= size - 1


@pytest.mark.parametrize(
    "value",
    ["{}", "[[1, 2]]", '[["a"]]', "[" * 5000, json.dumps([["a", "b"]] * (MAX_RESENT + 1)), 3],
)
def test_a_malformed_list_of_releases_is_a_malformed_report(value: object) -> None:
    metrics: dict[str, Any] = FitReport(num_examples=1, steps=1, loss_before=0.0,
                                        loss_after=0.0).to_metrics()  # fmt: skip
    assert RESENT_KEY not in metrics  # a report without keeps its form
    metrics[RESENT_KEY] = value
    with pytest.raises(RoundMessageError, match=RESENT_KEY):
        FitReport.from_metrics(metrics)


@pytest.mark.parametrize(
    "case", ["forged", "other-site", "other-run", "refused", "later-training", "garbage"]
)
def test_an_entry_sent_with_a_receipt_that_is_no_spend_of_the_run_is_skipped(
    tmp_path: Path, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    """At the end of the run each site answers the receipt with its latest signed spends: the
    coordinator records a genuine one the ledger lacks (here hospital-a's release after the
    last round) and names and skips the rest: another key's, another site's from hospital-a's
    node, another run's, no spend, a round after the run's last, no entry at all."""
    consortium = _Consortium(tmp_path, ("hospital-a", "hospital-b", "evil"))
    log = consortium.open()
    for rnd in (1, 2):
        eps = _eps(*[M] * rnd)
        item = consortium.sent(_entry("hospital-a", rnd, eps), 11)
        log.round(_summary(rnd), RoundRecord((item,), "f" * 64), "d" * 64)
    hostile = _hostile(consortium, case)
    if case == "later-training":  # hospital-a's signed entry of a round the run never had
        later = _entry("hospital-a", 3, _eps(M, M, M))
        hostile = (_body(later), sign_site_entry(consortium.keys["hospital-a"], later))
    with caplog.at_level(logging.WARNING, logger="medfed.coordinator"):
        assert log.record_resent({11: (hostile,)}) == 0
    assert "an entry node 11 sent with its receipt is not recorded" in caplog.text
    assert len(_kinds(log)) == 2 and verify_ledger(log.ledger).ok
    genuine = _released("hospital-a", 2, COUNTS, _eps(M, M, E))
    pair = (_body(genuine), sign_site_entry(consortium.keys["hospital-a"], genuine))
    assert log.record_resent({11: (pair, pair)}) == 1  # once, however often it is sent
    assert _kinds(log)[-1] == ("hospital-a", 2, "released")
    assert verify_ledger(log.ledger).ok
    log.close()


def _two_rounds(tmp_path: Path) -> tuple[_Consortium, ConsortiumLog]:
    """hospital-a (node 11) trains round 1; round 2, the run's last, is logged without it."""
    consortium = _Consortium(tmp_path, ("hospital-a", "hospital-b"))
    log = consortium.open()
    item = consortium.sent(_entry("hospital-a", 1, _eps(M)), 11)
    log.round(_summary(1), RoundRecord((item,), "f" * 64), "d" * 64)
    log.round(_summary(2, participants=0), RoundRecord((), "f" * 64), "d" * 64)
    return consortium, log


def _signed(consortium: _Consortium, entry: SiteRoundEntry) -> tuple[str, bytes]:
    return _body(entry), sign_site_entry(consortium.keys[entry.site], entry)


def test_a_sites_entry_sent_with_a_receipt_from_another_node_is_not_recorded(
    tmp_path: Path,
) -> None:
    """hospital-a's latest round came from node 11: node 99 relaying its genuine lost entry is
    not its site's answer; node 11's is."""
    consortium, log = _two_rounds(tmp_path)
    lost = _signed(consortium, _entry("hospital-a", 2, _eps(M, M)))
    assert log.record_resent({99: (lost,)}) == 0
    assert log.record_resent({11: (lost,)}) == 1
    assert verify_ledger(log.ledger).ok
    log.close()


def test_an_entry_sent_again_of_another_stage_than_its_round_is_not_recorded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A site's signed 'lost' entry of round 2 in a stage the round never had would fail the
    audit's participants check on the honest coordinator's ledger: neither the receipt's
    answer nor a round result's entries sent again record it."""
    consortium, log = _two_rounds(tmp_path)
    odd = dataclasses.replace(_entry("hospital-a", 2, _eps(M, M)), stage="other")
    with caplog.at_level(logging.WARNING, logger="medfed.coordinator"):
        assert log.record_resent({11: (_signed(consortium, odd),)}) == 0
        item = dataclasses.replace(consortium.sent(_entry("hospital-a", 3, _eps(M, M, M)), 11),
                                   resent=(_signed(consortium, odd),))  # fmt: skip
        log.round(_summary(3), RoundRecord((item,), "f" * 64), "d" * 64)
    assert "of stage 'other', round 2 is of stage 's'" in caplog.text
    assert _kinds(log) == [("hospital-a", 1, "trained"), ("hospital-a", 3, "trained")]
    assert verify_ledger(log.ledger).ok is False  # round 3's eps covers the spend left out
    log.close()
