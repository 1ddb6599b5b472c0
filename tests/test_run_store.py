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
    legacy = RunStore.__new__(RunStore)
    legacy.engine = engine  # and wrote to them
    legacy.start_run("old", "demo", "d" * 64, {})
    engine.dispose()
    store = RunStore(sqlite_url(tmp_path))
    assert current_revision(store.engine, RUN_STORE) == "0001"
    assert store.run("old") is not None and store.run("old").status == "running"  # type: ignore[union-attr]


def test_a_reader_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(LedgerStoreError, match="no ledger database file"):
        RunStore(sqlite_url(tmp_path), migrate=False)  # nor creates one
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


_KILLED_MID_CREATION = """
import os, sys
from alembic.operations import Operations
made = Operations.create_table
def create_then_die(self, name, *args, **kwargs):
    table = made(self, name, *args, **kwargs)
    os._exit(9)  # the coordinator killed (OOM, SIGKILL, power) between two tables
Operations.create_table = create_then_die
from pathlib import Path
from coordinator.run_store import RunStore, sqlite_url
RunStore(sqlite_url(Path(sys.argv[1])))
"""


def test_a_store_killed_while_it_is_made_leaves_nothing_half_made(tmp_path: Path) -> None:
    """The tables and their revision are made in one transaction (BEGIN IMMEDIATE, as the
    ledgers): a coordinator killed between two tables leaves no table, and the next start
    makes the store (before, the half-made file was refused for good as another program's)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_CREATION, str(tmp_path)],
                          cwd=root, env={"PYTHONPATH": str(root)}, timeout=120)  # fmt: skip
    assert done.returncode == 9
    with sqlite3.connect(tmp_path / "run.sqlite") as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == []
    RunStore(sqlite_url(tmp_path)).start_run("r", "demo", "d" * 64, {})
    assert RunStore(sqlite_url(tmp_path), migrate=False).run("r") is not None


def _open(directory: str) -> str:
    try:
        RunStore(sqlite_url(Path(directory)))
        return "ok"
    except Exception as exc:  # noqa: BLE001 - the test counts every way it can fail
        return f"{type(exc).__name__}: {exc}"


def test_two_coordinators_opening_a_new_store_at_once_both_get_it(tmp_path: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        for trial in range(6):
            directory = tmp_path / str(trial)
            directory.mkdir()
            assert list(pool.map(_open, [str(directory)] * 2)) == ["ok", "ok"], trial
