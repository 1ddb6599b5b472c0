"""Privacy accounting against Opacus, the site ledger on SQLite and PostgreSQL, the budget gate."""

from __future__ import annotations

import multiprocessing as mp
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from opacus.accountants import PRVAccountant, RDPAccountant
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from site_agent.privacy import (
    AccountingTooCostly,
    BudgetGate,
    Mechanism,
    PrivacyAccountingError,
    PrivacyLedgerError,
    SiteLedger,
    SpendContext,
    default_url,
    epsilon_of,
    noise_for_target,
    project,
)

PG_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"
DELTA = 1e-5
DIGEST = "1a2b3c4d" * 8
CTX = SpendContext(run_id="run-1", stage="align", global_round=1)


def mech(steps: int = 16, sigma: float = 1.0, q: float = 0.125, acct: str = "rdp") -> Mechanism:
    return Mechanism(sigma, q, steps, 1.0, DELTA, acct)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ accounting
@pytest.mark.parametrize(("accountant", "cls", "expected"), [
    ("rdp", RDPAccountant, 4.70), ("prv", PRVAccountant, 4.03),
])  # fmt: skip
def test_epsilon_matches_opacus(accountant: str, cls: type, expected: float) -> None:
    oracle = cls()
    oracle.history = [(1.0, 0.125, 16)]
    eps = epsilon_of([mech(16)], DELTA, accountant)
    assert eps == oracle.get_epsilon(delta=DELTA)
    assert eps == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("accountant", ["rdp", "prv"])
def test_history_is_order_independent_and_recomputed(accountant: str) -> None:
    history = [mech(4), mech(3, sigma=1.5), mech(12), mech(2, q=0.25)]
    orders = [history, history[::-1], [history[1], *history[::2], history[3]]]
    values = {epsilon_of(order, DELTA, accountant) for order in orders}
    assert len(values) == 1
    assert project(history[:-1], history[-1], DELTA, accountant) == values.pop()
    # Splitting a round composes exactly; eps of a composition is not the sum of the parts.
    eps8, eps16 = (
        epsilon_of([mech(8)], DELTA, accountant),
        epsilon_of([mech(16)], DELTA, accountant),
    )
    assert epsilon_of([mech(8), mech(8)], DELTA, accountant) == eps16 < 2 * eps8
    assert epsilon_of([], DELTA, accountant) == 0.0


@pytest.mark.filterwarnings("ignore:Optimal order is the largest alpha")
def test_noise_for_target_meets_the_target() -> None:
    sigma = noise_for_target(4.0, 0.125, 16, DELTA, "rdp")
    assert 1.0 < sigma < 1.2
    assert 3.98 <= epsilon_of([mech(16, sigma=sigma)], DELTA, "rdp") <= 4.0
    with pytest.raises(PrivacyAccountingError, match="cannot be met"):
        noise_for_target(1e-7, 1.0, 1000, DELTA, "rdp")
    with pytest.raises(PrivacyAccountingError, match="sample_rate"):
        noise_for_target(4.0, 1.5, 16, DELTA, "rdp")


@pytest.mark.parametrize(("field", "value"), [
    ("noise_multiplier", 0.0), ("sample_rate", 0.0), ("sample_rate", 1.5), ("steps", 0),
    ("steps", 2.0), ("clipping_norm", -1.0), ("delta", 1.0), ("accountant", "gdp"),
])  # fmt: skip
def test_mechanism_rejects_bad_fields(field: str, value: Any) -> None:
    fields = dict(noise_multiplier=1.0, sample_rate=0.1, steps=1, clipping_norm=1.0, delta=DELTA)
    fields[field] = value
    with pytest.raises(PrivacyAccountingError, match=field):
        Mechanism(**fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- ledger
def _pg_available() -> bool:
    try:
        with create_engine(PG_URL).connect() as conn:
            conn.execute(text("SELECT 1"))
    except (ImportError, OperationalError):  # no driver, no server: the PostgreSQL cases skip
        return False
    return True


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str | None]]:
    """(url, schema) of an empty ledger database; a unique schema dropped afterwards on PG."""
    if request.param == "sqlite":
        yield default_url(tmp_path), None
        return
    if not _pg_available():
        pytest.skip(f"no PostgreSQL at {PG_URL}")
    schema = f"medfed_test_{uuid.uuid4().hex[:12]}"
    yield PG_URL, schema
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def test_ledger_round_trip(store: tuple[str, str | None]) -> None:
    url, schema = store
    with SiteLedger(url, schema=schema) as ledger:
        first = ledger.reserve(DIGEST, mech(8), CTX)
        assert ledger.history(DIGEST) == [mech(8)]
        second = ledger.reserve(DIGEST, mech(8), SpendContext("run-2", "instruct", 4))
        entry = ledger.commit(second, actual_steps=5)  # fewer ran: the reserved 8 stay
        assert entry.status == "committed" and entry.mechanism.steps == 8
        assert ledger.history(DIGEST) == [mech(8), mech(8)]  # reserved AND committed count
        assert ledger.history("other") == []
        assert ledger.epsilon(DIGEST, DELTA, "rdp") == epsilon_of([mech(16)], DELTA, "rdp")
        rows = ledger.entries(DIGEST)
        assert [r.id for r in rows] == [first, second]
        assert rows[0].status == "reserved" and rows[0].run_id == "run-1"
        assert rows[1].stage == "instruct" and rows[1].global_round == 4
        assert rows[0].epsilon_after == epsilon_of([mech(8)], DELTA, "rdp")
        assert rows[1].epsilon_after == epsilon_of([mech(16)], DELTA, "rdp")
        assert rows[0].created_at.tzinfo is not None
        with pytest.raises(PrivacyLedgerError, match="is committed, not reserved"):
            ledger.commit(second, 8)
        with pytest.raises(PrivacyLedgerError, match="no entry 999"):
            ledger.commit(999, 8)
        with pytest.raises(PrivacyLedgerError, match="ran 12 steps, 8 reserved"):
            ledger.commit(first, 12)  # recorded as run, then raised
        assert ledger.history(DIGEST) == [mech(12), mech(8)]
    with SiteLedger(url, schema=schema) as reopened:  # a restart keeps every entry
        assert len(reopened.entries()) == 2


def _reserve_then_crash(url: str, schema: str | None) -> None:
    ledger = SiteLedger(url, schema=schema)
    ledger.reserve(DIGEST, mech(16), CTX)
    os._exit(1)  # dies mid-round: no commit, no close


def _race(url: str, schema: str | None, cap: float, barrier: Any, out: Path) -> None:
    try:
        gate = BudgetGate(SiteLedger(url, schema=schema), cap, DELTA, "rdp")
        barrier.wait(timeout=60)
        decision = gate.reserve_or_refuse(DIGEST, mech(16), CTX)
        out.write_text("allowed" if decision.allowed else "refused")
    finally:
        os._exit(0)  # skip the inherited engines' cleanup


def test_crash_after_reserve_still_counts(store: tuple[str, str | None]) -> None:
    url, schema = store
    SiteLedger(url, schema=schema).close()  # tables exist before the child starts
    child = mp.get_context("fork").Process(target=_reserve_then_crash, args=(url, schema))
    child.start()
    child.join(60)
    assert child.exitcode == 1
    with SiteLedger(url, schema=schema) as ledger:
        assert ledger.history(DIGEST) == [mech(16)]
        assert ledger.epsilon(DIGEST, DELTA, "rdp") == pytest.approx(4.70, abs=0.01)


def test_concurrent_reservations_let_only_one_through(
    store: tuple[str, str | None], tmp_path: Path
) -> None:
    url, schema = store
    with SiteLedger(url, schema=schema) as ledger:  # the data set's lock row exists already
        ledger.reserve(DIGEST, mech(1), CTX)
    cap = 5.0  # 1 + 16 steps stay below it, 1 + 32 would not
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(2)
    outs = [tmp_path / f"racer{i}.txt" for i in range(2)]
    racers = [ctx.Process(target=_race, args=(url, schema, cap, barrier, o)) for o in outs]
    for p in racers:
        p.start()
    for p in racers:
        p.join(60)
    assert sorted(o.read_text() for o in outs) == ["allowed", "refused"]
    with SiteLedger(url, schema=schema) as ledger:
        statuses = sorted(e.status for e in ledger.entries(DIGEST))
        assert statuses == ["refused", "reserved", "reserved"]
        assert ledger.history(DIGEST) == [mech(1), mech(16)]


def test_sqlite_takes_no_schema_and_other_databases_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="SQLite has no schemas"):
        SiteLedger(default_url(tmp_path), schema="x")
    with pytest.raises(ValueError, match="unsupported database 'mysql'"):
        SiteLedger("mysql://u@localhost/db")


# ------------------------------------------------------------------------------------------ gate
def test_gate_refuses_exactly_past_the_cap_and_records_it(tmp_path: Path) -> None:
    with SiteLedger(default_url(tmp_path)) as ledger:
        projected = epsilon_of([mech(16)], DELTA, "rdp")
        at_cap = BudgetGate(ledger, projected, DELTA, "rdp").decide(DIGEST, mech(16))
        assert at_cap.allowed and at_cap.eps_before == 0.0 and at_cap.eps_after == projected
        gate = BudgetGate(ledger, projected - 1e-9, DELTA, "rdp")
        refused = gate.reserve_or_refuse(DIGEST, mech(16), CTX)
        assert not refused.allowed and refused.entry_id is not None
        assert refused.reason is not None
        # Printed with the digits that tell eps from the cap, however close they are.
        assert refused.reason.startswith("would reach eps 4.6965138931 > cap 4.6965138921")
        assert f"per study over the lifetime of data set {DIGEST[:8]}.." in refused.reason
        assert ledger.history(DIGEST) == []  # a refusal spends nothing...
        (entry,) = ledger.entries(DIGEST)  # ...but is on record with its reason
        assert entry.status == "refused" and entry.reason == refused.reason
        assert entry.epsilon_after == 0.0

        gate = BudgetGate(ledger, 6.0, DELTA, "rdp")  # one round 4.70, two 6.03
        ok = gate.reserve_or_refuse(DIGEST, mech(16), CTX)
        assert ok.allowed and ok.reason is None and ok.eps_after == projected
        again = gate.reserve_or_refuse(DIGEST, mech(16), CTX)
        assert not again.allowed and again.eps_after == epsilon_of([mech(32)], DELTA, "rdp")
        assert again.reason is not None
        assert again.reason.startswith(
            "would reach eps 6.03 > cap 6.00 per study over the lifetime of data set 1a2b3c4d.."
        )
        assert [e.status for e in ledger.entries(DIGEST)] == ["refused", "reserved", "refused"]


def test_gate_raises_for_a_round_too_costly_to_account_and_records_nothing(
    tmp_path: Path,
) -> None:
    """A coordinator's 100,000 steps at rate 1 would have PRV allocate terabytes: the gate
    raises before the accountant allocates anything, inside its transaction, which leaves the
    ledger as it was (no refusal recorded, an interrupted spend still unclaimed)."""
    with SiteLedger(default_url(tmp_path)) as ledger:
        pending = ledger.reserve(DIGEST, mech(16, acct="prv"), CTX)  # never committed
        gate = BudgetGate(ledger, 1e9, DELTA, "prv", max_accountant_mb=256)
        with pytest.raises(AccountingTooCostly, match="over the limit of 256 MB") as info:
            gate.reserve_or_refuse(DIGEST, mech(100_000, q=1.0, acct="prv"), CTX)
        assert info.value.cost.steps == 100_016 and info.value.cost.mechanisms == 2
        (entry,) = ledger.entries(DIGEST)
        assert (entry.id, entry.status, entry.reported_in) == (pending, "reserved", None)
        ok = gate.reserve_or_refuse(DIGEST, mech(16, acct="prv"), CTX)  # within the limit
        assert ok.allowed and [s.id for s in ok.interrupted] == [pending]


def test_gate_rejects_a_mechanism_accounted_otherwise(tmp_path: Path) -> None:
    with SiteLedger(default_url(tmp_path)) as ledger:
        gate = BudgetGate(ledger, 8.0, DELTA, "prv")
        with pytest.raises(PrivacyAccountingError, match="site's policy"):
            gate.decide(DIGEST, mech(16, acct="rdp"))
        with pytest.raises(PrivacyAccountingError, match="cap"):
            BudgetGate(ledger, 0.0, DELTA, "rdp")


def test_models_match_the_migrations(store: tuple[str, str | None]) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import MetaData

    from ledger.db import SITE, current_revision, head_revision
    from ledger.receipts import ReceiptBase
    from site_agent.privacy.ledger import Base, _make_engine

    url, schema = store
    SiteLedger(url, schema=schema).close()
    engine = _make_engine(url, schema)
    assert current_revision(engine, SITE) == head_revision(SITE) == "0005"
    both = MetaData()  # the spends (site_agent.privacy) and the ledger receipts (ledger.receipts)
    for table in (*Base.metadata.tables.values(), *ReceiptBase.metadata.tables.values()):
        table.to_metadata(both)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": SITE.version_table})
        assert compare_metadata(context, both) == []
    engine.dispose()


def test_a_ledger_made_before_migrations_is_adopted_with_its_history(tmp_path: Path) -> None:
    from ledger.db import SITE, current_revision
    from site_agent.privacy.ledger import Base, _make_engine

    url = default_url(tmp_path)
    engine = _make_engine(url, None)
    Base.metadata.create_all(engine)  # how an earlier release made the tables
    engine.dispose()
    with SiteLedger(url) as ledger:
        ledger.reserve(DIGEST, mech(8), CTX)
    with SiteLedger(url) as reopened:
        assert reopened.history(DIGEST) == [mech(8)]
        assert current_revision(reopened._engine, SITE) == "0005"
