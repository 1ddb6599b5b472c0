"""The privacy budget across a real federation (Flower simulation with SecAgg+ and DP-SGD):

- a first run spends at every site, and the consortium ledger (on the real PostgreSQL when one
  answers) verifies;
- a second run over the same sites keeps their lifetime history: one site whose cap only leaves
  room for one more alignment round trains once and then refuses, the others go on, its eps never
  passes its cap, and the eps recomputed from the ledgers equals what was logged.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from auditor.verify import verify_ledger
from coordinator.run_store import RunStore, sqlite_url
from coordinator.settings import CoordinatorSettings
from coordinator.status import gather, outcome_line
from ledger.store import ConsortiumLedger
from ledger.store import default_url as ledger_url
from model import default_base_dir
from protocols.ledger_entry import SiteRoundEntry
from simulation.prepare import registry_dir, sign_curriculum, write_site_policies
from simulation.simulate import quiet_frameworks, run_simulated
from simulation.synth import synthesize
from site_agent.privacy import SiteLedger, default_url, epsilon_of, project
from site_agent.settings import default_agent_dir

ROOT = Path(__file__).resolve().parents[1]
DP = ROOT / "tests" / "data" / "dp-curriculum.toml"
SITES = ("hospital-a", "hospital-b", "hospital-c")
pytestmark = pytest.mark.slow


@pytest.fixture
def consortium_db(tmp_path: Path) -> Iterator[str]:
    """The consortium ledger on the real PostgreSQL (a fresh database, dropped afterwards) when
    one answers at 127.0.0.1:5432, else SQLite in the test's directory."""
    admin = create_engine("postgresql+psycopg://root@127.0.0.1:5432/postgres",
                          isolation_level="AUTOCOMMIT")  # fmt: skip
    name = f"medfed_run_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except DBAPIError:
        admin.dispose()
        yield ledger_url(tmp_path)
        return
    try:
        yield f"postgresql+psycopg://root@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _run(tmp: Path, data: Path, run_id: str, db: str) -> CoordinatorSettings:
    prepared = sign_curriculum(DP, default_base_dir(), tmp / "consortium", run_id)
    settings = CoordinatorSettings(
        out_dir=tmp / run_id, base_model=default_base_dir(), curriculum=prepared.curriculum,
        signed=prepared.signed, num_sites=3, seed=0, data_root=data,
        site_registry=registry_dir(tmp / "consortium"), ledger_url=db,
    )  # fmt: skip
    run_simulated(settings)
    return settings


def _site_ledger(data: Path, site: str) -> SiteLedger:
    return SiteLedger(default_url(default_agent_dir(data / site)))


def _spends(data: Path) -> dict[str, list[object]]:
    """Every entry of every site's own privacy ledger."""
    spends: dict[str, list[object]] = {}
    for site in SITES:
        with _site_ledger(data, site) as led:
            spends[site] = list(led.entries())
    return spends


def test_lifetime_budget_across_runs_and_the_ledger_verifies(
    tmp_path: Path, consortium_db: str
) -> None:
    quiet_frameworks()
    data = tmp_path / "hospitals"
    synthesize(data, sites=3, studies_per_site=24, seed=0)
    prepared = sign_curriculum(DP, default_base_dir(), tmp_path / "consortium", "first")
    # caps 50: the first run fits; a mean of two sites' updates is accepted, so that the second
    # run goes on at the two other sites once hospital-a refuses for its budget
    write_site_policies(data, prepared, default_cap=50.0, min_survivors=2)
    first = _run(tmp_path, data, "first", consortium_db)

    # The completed run submitted again: every round is done, so nothing trains and no site
    # spends; the run says so rather than "completed" alone.
    spends_before = _spends(data)
    run_simulated(first)
    assert _spends(data) == spends_before
    view = gather(first.out_dir)
    assert view.status == "completed" and view.nothing_left
    assert "that start trained nothing" in outcome_line(view, None)
    assert "ended before this command started" in outcome_line(view, None)

    # one consortium ledger spans the consortium's runs, as a site's budget spans its lifetime
    with ConsortiumLedger(consortium_db, migrate=False) as ledger:
        check = verify_ledger(ledger)
        assert check.ok, [p.as_dict() for p in check.problems]
        sites = [e.entry for e in ledger.entries() if isinstance(e.entry, SiteRoundEntry)]
    assert len(sites) == 9, sites
    assert all(e.status == "trained" for e in sites), [
        (e.site, e.global_round, e.status, e.epsilon_after, e.reason) for e in sites
    ]

    # hospital-a's remaining budget: exactly one more alignment round fits, a second does not
    with _site_ledger(data, "hospital-a") as led:
        (digest,) = {e.dataset_digest for e in led.entries()}
        history = led.history(digest)
    align = history[0]
    spent = epsilon_of(history, 1e-5, "rdp")
    one = project(history, align, 1e-5, "rdp")
    two = project([*history, align], align, 1e-5, "rdp")
    cap = round((one + two) / 2, 6)
    policy = default_agent_dir(data / "hospital-a") / "policy.toml"
    # the hospital tightens its own policy; the cap it declared to the consortium (50) stays an
    # upper bound that the auditor checks
    policy.write_text(re.sub(r"epsilon_cap = [0-9.]+", f"epsilon_cap = {cap}", policy.read_text()))
    _run(tmp_path, data, "second", consortium_db)
    second = tmp_path / "second"

    rounds = RunStore(sqlite_url(second)).rounds("second")
    assert [r.participants for r in rounds][:2] == [3, 2]
    assert rounds[1].refusals == 1
    with _site_ledger(data, "hospital-a") as led:
        spends = led.entries(digest)
        final = led.epsilon(digest, 1e-5, "rdp")
    statuses = [e.status for e in spends]
    assert statuses[:3] == ["committed"] * 3  # the first run
    assert statuses[3:5] == ["committed", "refused"]  # round 1 fits, round 2 does not
    assert spent < final <= cap
    assert all(e.epsilon_after <= cap + 1e-9 for e in spends if e.status == "committed")
    assert final == pytest.approx(epsilon_of(led_history := _history(data, digest), 1e-5, "rdp"))
    assert len(led_history) == sum(s == "committed" for s in statuses)

    with ConsortiumLedger(consortium_db, migrate=False) as ledger:
        check = verify_ledger(ledger)
        refused = [
            e.entry for e in ledger.entries("second")
            if isinstance(e.entry, SiteRoundEntry) and e.entry.status == "refused"
        ]  # fmt: skip
    assert [(r.site, r.global_round) for r in refused][:1] == [("hospital-a", 2)]
    # eps recomputed from both runs' logged mechanisms equals what every site logged
    assert check.ok, [p.as_dict() for p in check.problems]
    assert set(check.runs) == {"first", "second"}


def _history(data: Path, digest: str):  # type: ignore[no-untyped-def]
    with _site_ledger(data, "hospital-a") as led:
        return led.history(digest)
