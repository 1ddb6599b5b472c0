"""A site killed mid-training: the spend it reserved is reported in its next signed entry, and the
auditor composes it, so `audit verify` passes and recomputes the site's own eps.

The crash is simulated at the ledger level: a reservation that is never committed, as a kill -9
of the training process leaves it. The rounds follow the site agent's order (gate reserves or
refuses, training, commit, eps from the site ledger, signed entry with the claimed spends).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from auditor.verify import verify_ledger
from ledger.store import LEDGER_FILE, ConsortiumLedger
from ledger.store import default_url as consortium_url
from protocols.accounting import Mechanism, epsilon_of
from protocols.ledger_entry import (
    InterruptedSpend,
    LedgerEntryError,
    SiteRoundEntry,
    canonical_bytes,
    parse_entry,
    sign_site_entry,
    site_signature_valid,
)
from site_agent.privacy import (
    LIFETIME_BUDGET,
    BudgetGate,
    PrivacyLedgerError,
    SiteLedger,
    SpendContext,
    default_url,
)
from site_agent.privacy.ledger import interrupted

SITE, RUN, DELTA, CAP = "hospital-a", "run-1", 1e-5, 8.0
DATA = "cd" * 32  # the curated data set's manifest digest


def _mech(noise: float = 1.1, steps: int = 40) -> Mechanism:
    return Mechanism(noise, 0.02, steps, 1.0, DELTA, "rdp")


class Site:
    """A site's privacy side of a round, as site_agent.agent orders it."""

    def __init__(self, directory: Path, cap: float = CAP) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.ledger = SiteLedger(default_url(directory))
        self.gate = BudgetGate(self.ledger, cap, DELTA, "rdp")
        self.key = Ed25519PrivateKey.generate()
        self.cap = cap

    def pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def round(
        self, rnd: int, mech: Mechanism, *, killed: bool = False, run: str = RUN
    ) -> tuple[SiteRoundEntry, bytes] | None:
        ctx = SpendContext(run, "align", rnd, DATA)
        decision = self.gate.reserve_or_refuse(LIFETIME_BUDGET, mech, ctx)
        if killed and decision.allowed:
            return None  # the process died while training: nothing committed, nothing sent
        spends = tuple(s.interrupted_spend() for s in decision.interrupted)
        if decision.allowed and decision.entry_id is not None:
            self.ledger.commit(decision.entry_id, mech.steps)
            eps = self.ledger.epsilon(LIFETIME_BUDGET, DELTA, "rdp")
            status, digest, reason = "trained", "ab" * 32, None
        else:
            eps, status, digest, reason = decision.eps_before, "refused", None, "budget"
        entry = SiteRoundEntry(
            run_id=run, stage="align", global_round=rnd, site=SITE, dataset_digest=DATA,
            **dataclasses.asdict(mech), epsilon_after=eps, epsilon_cap=self.cap,
            status=status, update_digest=digest, reason=reason, units=50, interrupted=spends,
        )  # type: ignore[arg-type]  # fmt: skip
        return entry, sign_site_entry(self.key, entry)

    def epsilon(self) -> float:
        return self.ledger.epsilon(LIFETIME_BUDGET, DELTA, "rdp")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    s = Site(tmp_path / "agent")
    yield s  # type: ignore[misc]
    s.ledger.close()


def _consortium(tmp_path: Path, site: Site, entries: list[tuple[SiteRoundEntry, bytes]]) -> Path:
    directory = tmp_path / "consortium"
    directory.mkdir(parents=True, exist_ok=True)
    with ConsortiumLedger(consortium_url(directory)) as ledger:
        ledger.register_site(SITE, site.pem(), site.cap)
        for entry, signature in entries:
            ledger.append(entry, signature)
    return directory / LEDGER_FILE


def _verify(db: Path) -> Any:
    with ConsortiumLedger(f"sqlite:///{db}", migrate=False) as ledger:
        return verify_ledger(ledger)


def _sent(*results: tuple[SiteRoundEntry, bytes] | None) -> list[tuple[SiteRoundEntry, bytes]]:
    return [r for r in results if r is not None]


def test_a_killed_round_is_reported_once_and_the_ledger_verifies(
    site: Site, tmp_path: Path
) -> None:
    sent = _sent(
        site.round(1, _mech()),
        site.round(2, _mech(1.3, 60), killed=True),
        site.round(3, _mech()),
        site.round(4, _mech(0.9, 30)),
    )
    assert [len(e.interrupted) for e, _ in sent] == [0, 1, 0]  # round 3 reports round 2, once
    (spend,) = sent[1][0].interrupted
    assert (spend.global_round, spend.noise_multiplier, spend.steps) == (2, 1.3, 60)
    assert spend.dataset_digest == DATA
    result = _verify(_consortium(tmp_path, site, sent))
    assert result.ok, [str(p) for p in result.problems]
    # the oracle: the site's own ledger, four spends composed (the killed one counted in full)
    assert site.epsilon() == pytest.approx(
        epsilon_of([_mech(), _mech(1.3, 60), _mech(), _mech(0.9, 30)], DELTA, "rdp"), rel=1e-12
    )
    last = [p for p in result.points if p.interrupted is None][-1]
    assert last.recomputed == pytest.approx(site.epsilon(), rel=1e-9)
    assert last.logged == site.epsilon()
    (listed,) = result.interrupted
    assert listed.interrupted == spend and listed.row.global_round == 3
    assert listed.recomputed == pytest.approx(spend.epsilon_after, rel=1e-9)
    shown = result.as_dict()["interrupted"]
    assert [(i["global_round"], i["reported_in"]["global_round"]) for i in shown] == [(2, 3)]
    assert "1 interrupted spend(s)" in result.summary()
    assert [(e.global_round, reported) for e, reported in interrupted(site.ledger.entries())] == [
        (2, True)
    ]


def test_without_the_report_the_site_eps_no_longer_matches(site: Site, tmp_path: Path) -> None:
    """A ledger that lacks the interrupted spend fails verification: what an old site sent,
    and what a coordinator that stripped the report (re-hashing the body) would store."""
    sent = _sent(
        site.round(1, _mech()), site.round(2, _mech(), killed=True), site.round(3, _mech())
    )
    entry, _ = sent[1]
    unreported = dataclasses.replace(entry, interrupted=())
    db = _consortium(tmp_path, site, [sent[0], (unreported, sign_site_entry(site.key, unreported))])
    result = _verify(db)
    assert {(p.row.global_round, p.check) for p in result.problems} == {(3, "epsilon")}
    (problem,) = result.problems
    assert "above it: spends are missing from the ledger" in problem.reason

    # the coordinator strips the list from the stored body and rewrites its hash: the site's
    # signature no longer verifies, and eps no longer adds up
    db = _consortium(tmp_path / "b", site, sent)
    con = sqlite3.connect(db)
    for trigger in ("consortium_ledger_no_update", "consortium_ledger_no_delete"):
        con.execute(f"DROP TRIGGER {trigger}")
    (body,) = con.execute("SELECT body FROM consortium_ledger WHERE global_round = 3").fetchone()
    stripped = canonical_bytes(
        dataclasses.replace(parse_entry(body), interrupted=())  # type: ignore[call-arg]
    ).decode()
    con.execute("UPDATE consortium_ledger SET body = ? WHERE global_round = 3", (stripped,))
    con.commit()
    con.close()
    checks = {p.check for p in _verify(db).problems if p.row.global_round == 3}
    assert {"signature", "epsilon"} <= checks


def test_a_tampered_interrupted_spend_breaks_the_signature(site: Site) -> None:
    site.round(1, _mech(), killed=True)
    result = site.round(2, _mech())
    assert result is not None
    entry, signature = result
    assert site_signature_valid(site.key.public_key(), entry, signature)
    (spend,) = entry.interrupted
    fewer = dataclasses.replace(entry, interrupted=(dataclasses.replace(spend, steps=1),))
    assert not site_signature_valid(site.key.public_key(), fewer, signature)


def test_a_round_killed_while_reporting_is_reported_again_with_its_own_spend(
    site: Site, tmp_path: Path
) -> None:
    """Round 2 is killed; round 3 claims it and is killed too, so its report never left:
    round 4 reports both, oldest first."""
    sent = _sent(
        site.round(1, _mech()),
        site.round(2, _mech(1.2), killed=True),
        site.round(3, _mech(1.4), killed=True),
        site.round(4, _mech()),
        site.round(5, _mech()),
    )
    assert [[s.global_round for s in e.interrupted] for e, _ in sent] == [[], [2, 3], []]
    result = _verify(_consortium(tmp_path, site, sent))
    assert result.ok, [str(p) for p in result.problems]
    assert [p.interrupted.global_round for p in result.interrupted if p.interrupted] == [2, 3]
    assert result.points[-1].recomputed == pytest.approx(site.epsilon(), rel=1e-9)


def test_a_refusal_reports_the_interrupted_spend_its_eps_covers(tmp_path: Path) -> None:
    site = Site(tmp_path / "agent", cap=1.3)  # one round fits (eps 1.22), two do not (1.39)
    try:
        big = _mech(1.1, 40)
        sent = _sent(site.round(1, big, killed=True), site.round(2, big))
        ((entry, _),) = sent
        assert entry.status == "refused" and [s.global_round for s in entry.interrupted] == [1]
        assert entry.epsilon_after == pytest.approx(site.epsilon())
        result = _verify(_consortium(tmp_path, site, sent))
        assert result.ok, [str(p) for p in result.problems]
        assert len(result.interrupted) == 1
    finally:
        site.ledger.close()


def test_a_claimed_reservation_can_no_longer_be_committed(site: Site) -> None:
    """A round still training when another process claimed its reservation: its commit fails,
    so the spend is counted and reported once."""
    first = site.gate.reserve_or_refuse(LIFETIME_BUDGET, _mech(), SpendContext(RUN, "a", 1))
    second = site.gate.reserve_or_refuse(LIFETIME_BUDGET, _mech(), SpendContext(RUN, "a", 2))
    assert [s.id for s in second.interrupted] == [first.entry_id]
    assert first.entry_id is not None and second.entry_id is not None
    with pytest.raises(PrivacyLedgerError, match="reported as an interrupted spend by entry"):
        site.ledger.commit(first.entry_id, 40)
    site.ledger.commit(second.entry_id, 40)
    assert site.epsilon() == pytest.approx(epsilon_of([_mech(), _mech()], DELTA, "rdp"))
    spend = site.ledger.entries()[0].interrupted_spend()
    assert spend.dataset_digest == LIFETIME_BUDGET  # no curated digest given: the budget's


def test_too_many_interrupted_spends_refuse_before_recording(site: Site) -> None:
    from protocols.ledger_entry import MAX_INTERRUPTED

    tiny = Mechanism(50.0, 0.001, 1, 1.0, DELTA, "rdp")
    with site.ledger.transaction(LIFETIME_BUDGET) as tx:
        for rnd in range(MAX_INTERRUPTED + 1):
            tx.reserve(tiny, SpendContext(RUN, "a", rnd))
    before = len(site.ledger.entries())
    with pytest.raises(PrivacyLedgerError, match="interrupted spends"):
        site.gate.reserve_or_refuse(LIFETIME_BUDGET, tiny, SpendContext(RUN, "a", 99))
    assert len(site.ledger.entries()) == before


def test_the_interrupted_list_round_trips_and_is_absent_when_empty(site: Site) -> None:
    site.round(1, _mech(), killed=True)
    result = site.round(2, _mech())
    assert result is not None
    entry = result[0]
    doc = json.loads(canonical_bytes(entry))
    assert [s["global_round"] for s in doc["interrupted"]] == [1]
    assert set(doc["interrupted"][0]["mechanism"]) == set(entry.mechanism())
    assert parse_entry(canonical_bytes(entry)) == entry
    plain = dataclasses.replace(entry, interrupted=())
    assert "interrupted" not in json.loads(canonical_bytes(plain))
    # an explicit empty list is not canonical: one entry, one form
    empty = {**json.loads(canonical_bytes(plain)), "interrupted": []}
    with pytest.raises(LedgerEntryError, match="non-empty list"):
        parse_entry(json.dumps(empty))
    broken = json.loads(canonical_bytes(entry))
    del broken["interrupted"][0]["mechanism"]["steps"]
    with pytest.raises(LedgerEntryError, match=r"interrupted\[0\]: 'mechanism' must hold"):
        parse_entry(json.dumps(broken))
    with pytest.raises(LedgerEntryError, match="epsilon_after"):
        InterruptedSpend(RUN, "a", 1, DATA, 1.0, 0.1, 5, 1.0, DELTA, "rdp", -1.0)


def test_site_ledger_command_shows_interrupted_spends(tmp_path: Path) -> None:
    import typer

    from medfed.cmd_site import register
    from site_agent.privacy import create_site_ledger

    agent = tmp_path / "agent"
    create_site_ledger(agent)
    from simulation.prepare import site_policy_text

    key = tmp_path / "coordinator.pub"
    key.write_bytes(
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    text = site_policy_text(SITE, key, "ef" * 32, CAP, 1, accounted_studies=50)
    (agent / "policy.toml").write_text(text)
    site = Site(agent)
    try:
        site.round(1, _mech(), killed=True)
        app = typer.Typer()
        register(app)
        res = CliRunner().invoke(app, ["ledger", str(agent), "--json"])
        assert res.exit_code == 0, res.output
        (shown,) = json.loads(res.stdout)["interrupted"]
        assert (shown["round"], shown["steps"], shown["reported"]) == (1, 40, False)
        site.round(2, _mech())
        res = CliRunner().invoke(app, ["ledger", str(agent)])
        assert "interrupted: run run-1, stage align, round 1, 40 steps reserved" in res.output
        assert "reported in the site's next ledger entry" in res.output
    finally:
        site.ledger.close()
