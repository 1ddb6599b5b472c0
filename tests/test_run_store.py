"""The coordinator's run store is built by its own Alembic migrations (like both ledgers): the
models match them, a store an earlier release made with create_all is adopted with its rows,
a reader never writes, and a SQLite file holding another program's tables is refused, not
added to (the same for the consortium ledger)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from coordinator.run_store import RUN_STORE, Base, RunStore, sqlite_url
from ledger.db import LedgerStoreError, current_revision, head_revision
from ledger.store import ConsortiumLedger


def test_models_match_the_migrations(tmp_path: Path) -> None:
    store = RunStore(sqlite_url(tmp_path))
    assert current_revision(store.engine, RUN_STORE) == head_revision(RUN_STORE) == "0001"
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": RUN_STORE.version_table})
        assert compare_metadata(context, Base.metadata) == []
    store.start_run("r", "demo", "d" * 64, {"seed": 1})
    assert RunStore(sqlite_url(tmp_path)).run("r").settings == {"seed": 1}  # type: ignore[union-attr]


def test_a_store_made_before_migrations_is_adopted_with_its_rows(tmp_path: Path) -> None:
    engine = create_engine(sqlite_url(tmp_path))
    Base.metadata.create_all(engine)  # how earlier releases made the tables
    engine.dispose()
    RunStore(sqlite_url(tmp_path), migrate=False).start_run("old", "demo", "d" * 64, {})
    store = RunStore(sqlite_url(tmp_path))
    assert current_revision(store.engine, RUN_STORE) == "0001"
    assert store.run("old") is not None and store.run("old").status == "running"  # type: ignore[union-attr]


def test_a_reader_changes_nothing(tmp_path: Path) -> None:
    RunStore(sqlite_url(tmp_path)).start_run("r", "demo", "d" * 64, {})
    path = tmp_path / "run.sqlite"
    before = path.read_bytes()
    reader = RunStore(sqlite_url(tmp_path), migrate=False)
    assert reader.run("r") is not None and reader.rounds("r") == [] and reader.events("r") == []
    reader.engine.dispose()
    assert path.read_bytes() == before


def test_a_sqlite_file_of_another_program_is_refused_not_added_to(tmp_path: Path) -> None:
    other = tmp_path / "billing.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = other.read_bytes()
    with pytest.raises(LedgerStoreError, match=r"billing\.sqlite.*invoices.*consortium ledger"):
        ConsortiumLedger(f"sqlite:///{other}")
    with pytest.raises(LedgerStoreError, match=r"invoices.*run store"):
        RunStore(f"sqlite:///{other}")
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"} and other.read_bytes() == before
    # the run store's file is not the consortium ledger's either, nor the other way round
    RunStore(sqlite_url(tmp_path)).engine.dispose()
    with pytest.raises(LedgerStoreError, match="not the consortium ledger's"):
        ConsortiumLedger(sqlite_url(tmp_path))
    # an empty file (or none) is a new store
    empty = tmp_path / "new.sqlite"
    empty.touch()
    ConsortiumLedger(f"sqlite:///{empty}").close()
