"""Federated evaluation counts under DP, on the coordinator's side: a site's counts come with its
signed `released` ledger entry (its spend for releasing them). The coordinator uses the counts
only where that entry verifies under the site's registered key and accounts exactly them, of this
run, round and stage, and not in the ledger yet; it appends every verified entry (also of a
refused reply: the site spent either way) to the consortium ledger after the round's own entry,
once, and never lists a site as a participant for it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flwr.common import EvaluateRes
from test_audit_evaluation_spends import COUNTS, SITES, E, M, _append, _eps, _train
from test_hostile_site_records import (
    RUN,
    _Consortium,
    _coordinator_rounds,
    _counts,
    _entry,
    _evaluate,
    _evaluating,
    _released,
    _reply,
    _site_rows,
    _strategy,
    _summary,
)

from auditor.verify import verify_ledger
from coordinator.consortium_log import ConsortiumLog
from coordinator.status import gather
from coordinator.strategy import EvalSummary, RoundRecord
from protocols.ledger_entry import SiteRoundEntry, sign_site_entry
from protocols.round import evaluation_digest

Reply = tuple[Any, EvaluateRes]


# --- the coordinator refuses counts its signed entry does not account -----------------------


def _signed_as(consortium: _Consortium, entry: SiteRoundEntry, counts: dict[str, int]) -> Reply:
    """hospital-a's reply with `counts`, carrying `entry` signed by its own site."""
    return _reply(2, "hospital-a", counts["closed_n"], counts["closed_correct"], consortium, entry)


def _forged(consortium: _Consortium) -> Reply:
    proxy, res = _reply(2, "hospital-a", 100, 90, consortium)
    own = _released("hospital-a", 1, COUNTS)
    res.metrics["ledger_signature"] = sign_site_entry(Ed25519PrivateKey.generate(), own).hex()
    return proxy, res


def _not_hex(consortium: _Consortium) -> Reply:
    proxy, res = _reply(2, "hospital-a", 100, 90, consortium)
    res.metrics["ledger_signature"] = "not hex"
    return proxy, res


_OWN = _released("hospital-a", 1, COUNTS)
# case -> (hospital-a's reply from node 2, why it is refused, the sites whose releases the
# ledger then records: a verified entry of this evaluation is a spend whatever its reply)
REFUSED: dict[str, tuple[Callable[[_Consortium], Reply], str, list[str]]] = {
    "no-entry": (
        lambda c: _reply(2, "hospital-a", 100, 90),
        "counts without the signed ledger",
        ["hospital-b"],
    ),
    "forged": (_forged, "does not verify under site 'hospital-a'", ["hospital-b"]),
    "signature-not-hex": (_not_hex, "ledger_signature is not hex", ["hospital-b"]),
    "other-site": (  # hospital-b's own release of these counts: its spend, twice over
        lambda c: _signed_as(c, _released("hospital-b", 1, COUNTS), COUNTS),
        "its ledger entry is site 'hospital-b'",
        ["hospital-b", "hospital-b"],
    ),
    "other-round": (
        lambda c: _signed_as(c, _released("hospital-a", 2, COUNTS), COUNTS),
        "entry for round 2",
        ["hospital-b"],
    ),
    "other-run": (
        lambda c: _signed_as(c, dataclasses.replace(_OWN, run_id="run-0"), COUNTS),
        "not a site entry of this run",
        ["hospital-b"],
    ),
    "other-stage": (
        lambda c: _signed_as(c, dataclasses.replace(_OWN, stage="t"), COUNTS),
        "of stage 't'",
        ["hospital-b"],
    ),
    "a-training-entry": (
        lambda c: _signed_as(c, _entry("hospital-a", 1, _eps(M)), COUNTS),
        "a 'trained' entry where a 'released' one belongs",
        ["hospital-b"],
    ),
    "other-counts": (  # hospital-a released 90 right, the reply says 99: its spend still counts
        lambda c: _signed_as(c, _OWN, _counts(100, 99)),
        "accounts other counts",
        ["hospital-a", "hospital-b"],
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_counts_without_their_own_signed_release_are_a_failure_named_in_the_log(
    case: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    make, why, recorded = REFUSED[case]
    with caplog.at_level(logging.WARNING, logger="medfed.coordinator"):
        other = _reply(3, "hospital-b", 50, 25, consortium)
        summary, accuracy = _evaluate(strategy, [make(consortium), other])
    assert list(summary.per_site) == ["hospital-b"] and summary.failures == 1
    assert accuracy == 0.5  # hospital-b's alone
    (line,) = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert "reply of node 2 refused" in line and why in line, line
    assert log.evaluation(summary) == recorded
    assert _site_rows(log) == [(site, 1) for site in recorded]
    log.close()


def test_a_relayed_reply_loses_its_counts_but_not_the_sites_spend(tmp_path: Path) -> None:
    """Node 7 relays hospital-a's signed reply: with no binding to tell which node is the
    site, both replies are failures, yet hospital-a spent its budget on the release, and its
    entry is written, once, so that the audit of its lifetime eps holds."""
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    _train(consortium, log, 1, _eps(M))
    proxy, res = _reply(2, "hospital-a", 100, 90, consortium,
                        _released("hospital-a", 1, COUNTS, _eps(M, E)))  # fmt: skip
    summary, _ = _evaluate(strategy, [(proxy, res), (SimpleNamespace(node_id=7), res)])
    assert summary.per_site == {} and summary.failures == 2
    assert [e.node_id for e in summary.site_entries] == [2]
    assert log.evaluation(summary) == ["hospital-a"]
    result = verify_ledger(log.ledger)
    assert result.ok, [str(p) for p in result.problems]
    assert [p.recomputed for p in result.points if p.released] == pytest.approx([_eps(M, E)])
    log.close()


def test_without_a_ledger_to_verify_against_no_counts_are_recorded() -> None:
    strategy = _strategy()  # no check_release: nothing can verify the sites' entries
    summary, accuracy = _evaluate(strategy, [_reply(2, "hospital-a", 100, 90)])
    assert summary.per_site == {} and summary.failures == 1 and accuracy == -1.0


def test_a_released_entry_already_in_the_ledger_is_refused_and_never_written_twice(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The evaluation after round 1 is recorded; the same signed reply sent again (replayed,
    or relayed by another node) is a failure, and the log does not write its entry again."""
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    reply = _reply(2, "hospital-a", 100, 90, consortium)
    summary, _ = _evaluate(strategy, [reply])
    assert summary.failures == 0 and log.evaluation(summary) == ["hospital-a"]
    with caplog.at_level(logging.WARNING, logger="medfed.coordinator"):
        again, _ = _evaluate(strategy, [(SimpleNamespace(node_id=7), reply[1])])
        assert again.per_site == {} and again.failures == 1
        assert log.evaluation(summary) == []  # the first summary, handed over a second time
    text = caplog.text
    assert "reply of node 7 refused" in text and "already in the consortium ledger" in text
    assert "site entry from node 2 not recorded" in text
    assert _site_rows(log) == [("hospital-a", 1)]
    log.close()


def test_a_released_entry_sent_as_a_round_result_lists_its_site_nowhere(tmp_path: Path) -> None:
    """Evaluation counts are no participation: a released entry arriving with a fit result is
    not written, and its site is neither a participant nor a refusal of the round."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    release = consortium.sent(_released("hospital-a", 1, COUNTS), 11)
    assert log.check_entry(release, 1) is None  # claims no site
    trained = consortium.sent(_entry("hospital-b", 1, _eps(M)), 12)
    log.round(_summary(1), RoundRecord((release, trained), "f" * 64), "d" * 64)
    last = _coordinator_rounds(log)[-1]
    assert (last["participants"], last["refusals"]) == (["hospital-b"], [])
    assert _site_rows(log) == [("hospital-b", 1)]
    log.close()


# --- a valid release is recorded after its round -----------------------------------------


def _history(tmp_path: Path) -> tuple[_Consortium, ConsortiumLog, EvalSummary]:
    """Both sites train round 1, release their counts after it (through the strategy, as the
    coordinator wires it), and train round 2."""
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    _train(consortium, log, 1, _eps(M))
    own = {"hospital-a": COUNTS, "hospital-b": _counts(40, 10)}
    replies = [
        _reply(11 + i, s, own[s]["closed_n"], own[s]["closed_correct"], consortium,
               _released(s, 1, own[s], _eps(M, E)))
        for i, s in enumerate(SITES)
    ]  # fmt: skip
    summary, accuracy = _evaluate(strategy, replies)
    assert summary.failures == 0 and accuracy == pytest.approx(100 / 140)
    assert log.evaluation(summary) == list(SITES)
    _train(consortium, log, 2, _eps(M, E, M))
    return consortium, log, summary


def test_a_valid_release_is_recorded_after_its_round_and_audits_with_its_spend(
    tmp_path: Path,
) -> None:
    consortium, log, summary = _history(tmp_path)
    assert summary.per_site == {"hospital-a": COUNTS, "hospital-b": _counts(40, 10)}
    assert [e.node_id for e in summary.site_entries] == [11, 12]
    rows = log.ledger.rows()
    assert [(r.entry_type, r.site, r.global_round) for r in rows] == [
        ("site_round", "hospital-a", 1), ("site_round", "hospital-b", 1),
        ("coordinator_round", None, 1),
        ("site_round", "hospital-a", 1), ("site_round", "hospital-b", 1),  # the releases
        ("site_round", "hospital-a", 2), ("site_round", "hospital-b", 2),
        ("coordinator_round", None, 2),
    ]  # fmt: skip
    released = [r for r in log.ledger.entries(RUN)][3:5]
    assert [r.entry.status for r in released] == ["released", "released"]  # type: ignore[union-attr]
    assert released[0].entry.update_digest == evaluation_digest("hospital-a", COUNTS)  # type: ignore[union-attr]
    assert [c["participants"] for c in _coordinator_rounds(log)] == [list(SITES), list(SITES)]

    result = verify_ledger(log.ledger)
    assert result.ok, [str(p) for p in result.problems]
    mine = [p for p in result.points if p.entry.site == "hospital-a"]
    # the auditor's history: round 1, the release, round 2, in ledger order
    assert [p.recomputed for p in mine] == pytest.approx([_eps(M), _eps(M, E), _eps(M, E, M)])
    assert [p.history_len for p in mine] == [1, 2, 3]
    assert mine[1].released and mine[1].added == pytest.approx(_eps(M, E) - _eps(M))
    log.close()


def test_a_resume_backfilling_a_round_is_not_confused_by_the_releases_before_it(
    tmp_path: Path,
) -> None:
    """A crash in round 3 after hospital-a's entry was written: the releases after round 1 and
    that entry all sit after a coordinator entry, but only the round's own is listed, once."""
    consortium, log, _ = _history(tmp_path)
    own = _entry("hospital-a", 3, _eps(M, E, M, M))
    log.ledger.append(own, consortium.sent(own, 11).signature)
    log.close()
    log = consortium.open()
    log.round(_summary(3), RoundRecord((consortium.sent(own, 11),), "f" * 64), "d" * 64,
              backfill=True)  # fmt: skip
    assert _coordinator_rounds(log)[-1]["participants"] == ["hospital-a"]
    assert [row for row in _site_rows(log) if row[1] == 3] == [("hospital-a", 3)]
    assert verify_ledger(log.ledger).ok
    log.close()


def test_the_status_shows_a_release_as_a_spend_not_as_the_rounds_outcome(tmp_path: Path) -> None:
    """After the evaluation following round 1, `coordinator status` still says each site
    trained round 1, with its lifetime eps after the release."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    _append(consortium, log, _released("hospital-a", 1, COUNTS, _eps(M, E)))
    log.close()
    site = gather(None, db=consortium.url).sites["hospital-a"]
    assert (site.last_round, site.last_outcome) == (1, "trained")
    assert site.epsilon == pytest.approx(_eps(M, E))
