"""The auditor on a ledger holding federated evaluation releases: each site's signed `released`
entry (the Gaussian mechanism that noised the evaluation counts it released after a round) is a
spend of its lifetime budget, composed with its training in ledger order, listed in the report
beside the rounds it trained, and no participation in the round; each evaluation spend a site's
own privacy ledger counts must be in the consortium ledger as its released entry."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_hostile_site_records import (
    EVAL_MECHANISM,
    MECHANISM,
    RUN,
    _Consortium,
    _counts,
    _entry,
    _released,
    _summary,
)

from auditor.report import write_report
from auditor.report_data import build_run_report
from auditor.verify import verify_ledger, verify_rows
from coordinator.consortium_log import ConsortiumLog
from coordinator.strategy import RoundRecord
from ledger.receipts import SITE_KEY_FILE, read_site_ledgers, read_site_spends
from protocols.accounting import epsilon_of
from protocols.keys import save_public_key
from protocols.ledger_entry import CoordinatorRoundEntry, InterruptedSpend, SiteRoundEntry
from site_agent.privacy import LIFETIME_BUDGET, SiteLedger, SpendContext, create_site_ledger

SITES = ("hospital-a", "hospital-b")
M, E = MECHANISM, EVAL_MECHANISM
COUNTS = _counts(100, 90)


def _eps(*history: Any) -> float:
    return epsilon_of(list(history), 1e-5, "rdp")


def _train(consortium: _Consortium, log: ConsortiumLog, rnd: int, eps: float) -> None:
    """Both sites train round `rnd`, their entries and the round's written as the coordinator
    writes them."""
    items = tuple(consortium.sent(_entry(s, rnd, eps), 11 + i) for i, s in enumerate(SITES))
    log.round(_summary(rnd, participants=2), RoundRecord(items, "f" * 64), "d" * 64)


def _append(consortium: _Consortium, log: ConsortiumLog, entry: SiteRoundEntry) -> None:
    log.ledger.append(entry, consortium.sent(entry, 11).signature)


def _released_after_round_1(tmp_path: Path) -> ConsortiumLog:
    """Both sites train round 1, release evaluation counts after it, and train round 2."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    for site in SITES:
        _append(consortium, log, _released(site, 1, COUNTS, _eps(M, E)))
    _train(consortium, log, 2, _eps(M, E, M))
    return log


def test_the_auditor_composes_each_release_in_ledger_order(tmp_path: Path) -> None:
    log = _released_after_round_1(tmp_path)
    result = verify_ledger(log.ledger)
    assert result.ok, [str(p) for p in result.problems]
    mine = [p for p in result.points if p.entry.site == "hospital-a"]
    # the history of each point: round 1, then the release, then round 2
    assert [p.recomputed for p in mine] == pytest.approx([_eps(M), _eps(M, E), _eps(M, E, M)])
    assert [p.history_len for p in mine] == [1, 2, 3]
    assert [p.released for p in mine] == [False, True, False]
    assert mine[1].added == pytest.approx(_eps(M, E) - _eps(M))
    log.close()


def test_a_release_left_out_of_the_history_is_named_at_the_next_entry(tmp_path: Path) -> None:
    """hospital-a logs round 2 at the eps of a history without its release: under-counted."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    _append(consortium, log, _released("hospital-a", 1, COUNTS, _eps(M, E)))
    _append(consortium, log, _entry("hospital-a", 2, _eps(M, M)))
    (problem,) = verify_ledger(log.ledger).problems
    assert (problem.check, problem.row.site, problem.row.global_round) == (
        "epsilon", "hospital-a", 2,
    )  # fmt: skip
    assert "the 3 spent mechanism(s)" in problem.reason and "under-counted" in problem.reason
    log.close()


def test_the_report_counts_releases_beside_the_rounds_trained(tmp_path: Path) -> None:
    log = _released_after_round_1(tmp_path)
    verification = verify_ledger(log.ledger)
    report = build_run_report(log.ledger.rows(), log.ledger.sites(), verification, RUN)
    by_name = {s.name: s for s in report.sites}
    for name in SITES:
        site = by_name[name]
        assert (site.rounds_trained, site.refusals, site.evaluation_releases) == (2, 0, 1)
        assert site.evaluation_eps == pytest.approx(_eps(M, E) - _eps(M))
    assert [p.status for p in report.eps if p.site == "hospital-a"] == [
        "trained", "released", "trained",
    ]  # fmt: skip
    out = write_report(log.ledger, tmp_path / "report")
    page = out.path.read_text()
    assert out.verified and "evaluation releases" in page
    assert f"1 (+{_eps(M, E) - _eps(M):.3f} eps)" in page
    log.close()


def test_a_release_with_seeded_noise_guarantees_nothing(tmp_path: Path) -> None:
    """Counts noised from the reproducible test mode are as open as exact ones."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    seeded = dataclasses.replace(
        _released("hospital-a", 1, COUNTS, _eps(E)), randomness="seeded-insecure"
    )
    _append(consortium, log, seeded)
    rows, sites = log.ledger.rows(), log.ledger.sites()
    (problem,) = verify_rows(rows, sites).problems
    assert problem.check == "randomness" and problem.row.site == "hospital-a"
    assert verify_rows(rows, sites, allow_seeded=True).ok
    log.close()


def test_a_coordinator_listing_a_site_that_only_released_counts_fails(tmp_path: Path) -> None:
    """A released entry is no participation: a round entry naming its site as a participant,
    with no trained entry of the site behind it, fails the participants check."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    _train(consortium, log, 1, _eps(M))
    for entry in (
        _released("hospital-a", 2, COUNTS, _eps(M, E)),
        _entry("hospital-b", 2, _eps(M, M)),
    ):
        _append(consortium, log, entry)
    log.ledger.append(
        CoordinatorRoundEntry(
            run_id=RUN, stage="s", global_round=2, participants=SITES, dropouts=(), refusals=(),
            aggregate_digest="f" * 64, curriculum_digest="c" * 64, checkpoint_digest="d" * 64,
        )
    )  # fmt: skip
    (problem,) = verify_ledger(log.ledger).problems
    assert problem.check == "participants" and problem.row.entry_type == "coordinator_round"
    assert "lists 'hospital-a' as trained but no validly signed 'trained' entry" in problem.reason
    log.close()


# --- the sites' own ledgers: evaluation spends against released entries ---------------------


class _Sites:
    """The sites' own privacy ledgers (agent directories with the ledger-signing key)."""

    def __init__(self, tmp: Path, consortium: _Consortium) -> None:
        self.root = tmp / "agents"
        self.dirs = {s: self.root / s for s in SITES}
        for site, agent in self.dirs.items():
            create_site_ledger(agent)
            save_public_key(consortium.keys[site].public_key(), agent / SITE_KEY_FILE)

    def spend(self, site: str, rnd: int, kind: str) -> None:
        mechanism = E if kind == "evaluation" else M
        with SiteLedger(f"sqlite:///{self.dirs[site] / 'privacy.sqlite'}") as ledger:
            ctx = SpendContext(RUN, "s", rnd, kind=kind)  # type: ignore[arg-type]
            ledger.commit(ledger.reserve(LIFETIME_BUDGET, mechanism, ctx), mechanism.steps)


def _evaluated_without_training(tmp_path: Path, *, hide: bool) -> tuple[ConsortiumLog, _Sites]:
    """Round 1: hospital-a trains, hospital-b drops out of it; after it both release counts
    (hospital-b's release its first spend), their entries appended after the round's. With
    `hide`, the coordinator leaves hospital-a's release out of the ledger (its last entry: no
    later eps would betray it)."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    sites = _Sites(tmp_path, consortium)
    sites.spend("hospital-a", 1, "training")
    log.round(_summary(1, dropped=(12,)),
              RoundRecord((consortium.sent(_entry("hospital-a", 1, _eps(M)), 11),), "f" * 64),
              "d" * 64)  # fmt: skip
    releases = [_released("hospital-a", 1, COUNTS, _eps(M, E)),
                _released("hospital-b", 1, _counts(40, 10), _eps(E))]  # fmt: skip
    for release in releases:
        sites.spend(release.site, 1, "evaluation")
        if not (hide and release.site == "hospital-a"):
            _append(consortium, log, release)
    return log, sites


def test_a_sites_evaluation_spend_is_found_as_its_released_entry(tmp_path: Path) -> None:
    log, sites = _evaluated_without_training(tmp_path, hide=False)
    _, spends = read_site_ledgers([sites.root])
    result = verify_ledger(log.ledger, site_spends=spends)
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 3
    assert sorted((s.kind, s.global_round) for c in spends for s in c.spends) == [
        ("evaluation", 1), ("evaluation", 1), ("training", 1),
    ]  # fmt: skip
    log.close()


def test_an_evaluation_spend_with_no_released_entry_is_missing_from_the_audit(
    tmp_path: Path,
) -> None:
    """hospital-a's trained entry of round 1 does not account its evaluation spend after it."""
    log, sites = _evaluated_without_training(tmp_path, hide=True)
    _, spends = read_site_ledgers([sites.root])
    result = verify_ledger(log.ledger, site_spends=spends)
    (problem,) = result.problems
    assert (problem.check, problem.row.site, problem.row.global_round) == (
        "spends", "hospital-a", 1,
    )  # fmt: skip
    assert "committed evaluation spend of stage 's'" in problem.reason
    assert "neither as its released entry nor as an interrupted spend" in problem.reason
    log.close()


def test_a_site_ledger_older_than_evaluation_spends_holds_training_spends(tmp_path: Path) -> None:
    """A privacy ledger before revision 0004 has no `kind` column: each of its spends is a
    round's training."""
    db = tmp_path / "privacy.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute(
            "CREATE TABLE privacy_spend (id INTEGER PRIMARY KEY, run_id TEXT, stage TEXT, "
            "global_round INTEGER, status TEXT, epsilon_after REAL)"
        )
        conn.execute("INSERT INTO privacy_spend VALUES (1, 'run-1', 's', 1, 'committed', 0.5)")
    conn.close()
    held = read_site_spends(f"sqlite:///{db}", "old", None)
    assert [(s.kind, s.run_id, s.global_round) for s in held.spends] == [("training", RUN, 1)]


@pytest.mark.parametrize("hide", [False, True])
def test_one_interrupted_spend_accounts_one_spend_of_either_kind(
    tmp_path: Path, hide: bool
) -> None:
    """hospital-a's first try of round 1 is killed after its reservation; the retry trains and
    reports it; then the site releases evaluation counts, its last entry. A coordinator that
    hides that release must not have the one interrupted report account both the killed
    training and the release."""
    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    sites = _Sites(tmp_path, consortium)
    with SiteLedger(f"sqlite:///{sites.dirs['hospital-a'] / 'privacy.sqlite'}") as ledger:
        ledger.reserve(LIFETIME_BUDGET, M, SpendContext(RUN, "s", 1))  # killed: never committed
    sites.spend("hospital-a", 1, "training")
    killed = InterruptedSpend(
        RUN, "s", 1, "ds-hospital-a", M.noise_multiplier, M.sample_rate, M.steps,
        M.clipping_norm, M.delta, M.accountant, _eps(M),
    )  # fmt: skip
    retry = dataclasses.replace(_entry("hospital-a", 1, _eps(M, M)), interrupted=(killed,))
    log.round(_summary(1), RoundRecord((consortium.sent(retry, 11),), "f" * 64), "d" * 64)
    sites.spend("hospital-a", 1, "evaluation")
    if not hide:
        _append(consortium, log, _released("hospital-a", 1, COUNTS, _eps(M, M, E)))
    _, spends = read_site_ledgers([sites.root])
    result = verify_ledger(log.ledger, site_spends=spends)
    if not hide:
        assert result.ok, [str(p) for p in result.problems]
        assert result.site_spends == 3
    else:
        (problem,) = result.problems
        assert (problem.check, problem.row.site, problem.row.global_round) == (
            "spends", "hospital-a", 1,
        )  # fmt: skip
        assert "committed evaluation spend of stage 's'" in problem.reason
        assert result.site_spends == 2
    log.close()
