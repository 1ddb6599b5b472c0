"""The consortium ledger store on SQLite and on the PostgreSQL at 127.0.0.1:5432: chaining,
signature checks on append, concurrent appends, and append-only enforced by the database."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from auditor.roles import grant_reader, grant_writer
from auditor.verify import verify_rows
from ledger.db import VERSION_TABLE, Base, make_engine
from ledger.store import ConsortiumLedger, LedgerStoreError, default_url
from protocols.accounting import Mechanism, epsilon_of
from protocols.ledger_entry import (
    GENESIS_HASH,
    SiteRoundEntry,
    StageTransition,
    entry_hash,
    sign_site_entry,
)

PG_HOST = "127.0.0.1:5432/test"
PG_URL = f"postgresql+psycopg://root@{PG_HOST}"
Store = tuple[str, str | None]
EPS_ONE_ROUND = epsilon_of([Mechanism(1.1, 0.02, 40, 1.0, 1e-5)], 1e-5, "rdp")


def _pg_available() -> bool:
    try:
        with create_engine(PG_URL).connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except DBAPIError:
        return False


needs_pg = pytest.mark.skipif(not _pg_available(), reason=f"no PostgreSQL at {PG_HOST}")


@pytest.fixture
def pg_schema() -> Iterator[str]:
    schema = f"medfed_ledger_{uuid.uuid4().hex[:12]}"
    yield schema
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def pg_roles() -> Iterator[list[str]]:
    """Role names to use (cluster-wide, so unique); each is dropped afterwards."""
    roles: list[str] = []
    yield roles
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        for role in roles:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname=:r"), {"r": role}).first():
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        yield default_url(tmp_path), None
    else:
        yield PG_URL, request.getfixturevalue("pg_schema")


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _site_entry(site: str = "hospital-a", rnd: int = 1, **changes: Any) -> SiteRoundEntry:
    fields: dict[str, Any] = {
        "run_id": "run-1",
        "stage": "align",
        "global_round": rnd,
        "site": site,
        "dataset_digest": f"ds-{site}",
        "noise_multiplier": 1.1,
        "sample_rate": 0.02,
        "steps": 40,
        "clipping_norm": 1.0,
        "delta": 1e-5,
        "accountant": "rdp",
        "epsilon_after": EPS_ONE_ROUND,
        "epsilon_cap": 8.0,
        "status": "trained",
        "update_digest": "ab" * 32,
    }
    return SiteRoundEntry(**{**fields, **changes})


def test_append_links_each_run_into_its_own_chain(store: Store) -> None:
    url, schema = store
    key = Ed25519PrivateKey.generate()
    with ConsortiumLedger(url, schema=schema) as ledger:
        ledger.register_site("hospital-a", _pem(key), 8.0)
        first = ledger.append(StageTransition("run-1", None, "align", 1))
        entry = _site_entry()
        second = ledger.append(entry, sign_site_entry(key, entry))
        other = ledger.append(StageTransition("run-2", None, "align", 1))
    assert (first.seq, second.seq, other.seq) == (0, 1, 0)
    assert first.entry.prev_hash == GENESIS_HASH == other.entry.prev_hash
    assert second.entry.prev_hash == first.entry_hash == entry_hash(first.entry)
    with ConsortiumLedger(url, schema=schema) as reopened:  # a restart keeps everything
        records = reopened.entries("run-1")
        assert [r.entry for r in records] == [first.entry, second.entry]
        assert records[1].signature == sign_site_entry(key, entry)
        assert reopened.runs() == ["run-1", "run-2"]
        assert verify_rows(reopened.rows(), reopened.sites()).ok


def test_append_refuses_site_entries_without_a_valid_registered_signature(store: Store) -> None:
    url, schema = store
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    entry = _site_entry()
    with ConsortiumLedger(url, schema=schema) as ledger:
        with pytest.raises(LedgerStoreError, match="site 'hospital-a' is not registered"):
            ledger.append(entry, sign_site_entry(key, entry))
        ledger.register_site("hospital-a", _pem(key), 8.0)
        with pytest.raises(LedgerStoreError, match="round 1: no valid signature"):
            ledger.append(entry, sign_site_entry(other, entry))
        with pytest.raises(LedgerStoreError, match="no valid signature"):
            ledger.append(entry)
        with pytest.raises(LedgerStoreError, match="only site_round entries carry a signature"):
            ledger.append(StageTransition("run-1", None, "a", 1), b"x" * 64)
        assert ledger.rows() == []


def test_site_registration_is_append_only(store: Store) -> None:
    url, schema = store
    key = Ed25519PrivateKey.generate()
    with ConsortiumLedger(url, schema=schema) as ledger:
        record = ledger.register_site("hospital-a", _pem(key), 8.0)
        assert ledger.register_site("hospital-a", _pem(key).decode(), 8) == record
        with pytest.raises(LedgerStoreError, match="registrations are append-only"):
            ledger.register_site("hospital-a", _pem(Ed25519PrivateKey.generate()), 8.0)
        with pytest.raises(LedgerStoreError, match="registrations are append-only"):
            ledger.register_site("hospital-a", _pem(key), 9.0)
        with pytest.raises(LedgerStoreError, match="site 'b': not a PEM public key"):
            ledger.register_site("b", b"junk", 8.0)
        with pytest.raises(LedgerStoreError, match="epsilon_cap must be > 0"):
            ledger.register_site("b", _pem(key), 0.0)


def _race(url: str, schema: str | None, worker: int, count: int, barrier: Any) -> None:
    with ConsortiumLedger(url, schema=schema) as ledger:
        barrier.wait()
        for i in range(count):
            ledger.append(StageTransition("race", None, f"w{worker}-{i}", i))


def test_concurrent_appends_cannot_fork_the_chain(store: Store) -> None:
    url, schema = store
    ConsortiumLedger(url, schema=schema).close()  # tables exist before the writers start
    ctx = mp.get_context("fork")
    workers, count = 4, 15
    barrier = ctx.Barrier(workers)
    procs = [
        ctx.Process(target=_race, args=(url, schema, w, count, barrier)) for w in range(workers)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with ConsortiumLedger(url, schema=schema) as ledger:
        rows = ledger.rows("race")
        assert sorted(r.seq for r in rows) == list(range(workers * count))
        result = verify_rows(rows, {})
        assert result.ok, [str(p) for p in result.problems]


def test_models_match_the_migrations(store: Store) -> None:
    url, schema = store
    ConsortiumLedger(url, schema=schema).close()
    engine = make_engine(url, schema, writer=True)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_a_reader_never_creates_or_writes_a_sqlite_ledger(tmp_path: Path) -> None:
    url = default_url(tmp_path)
    with pytest.raises(LedgerStoreError, match="no ledger database file there"):
        ConsortiumLedger(url, migrate=False)
    assert not any(tmp_path.iterdir())
    sqlite3.connect(tmp_path / "consortium-ledger.sqlite").close()  # an empty database
    with pytest.raises(LedgerStoreError, match="no consortium ledger at revision 0001"):
        ConsortiumLedger(url, migrate=False)
    (tmp_path / "consortium-ledger.sqlite").unlink()
    ConsortiumLedger(url).close()
    with (
        ConsortiumLedger(url, migrate=False) as reader,
        pytest.raises(DBAPIError, match="readonly"),
    ):
        reader.append(StageTransition("run-1", None, "a", 1))


def test_sqlite_triggers_refuse_update_and_delete(tmp_path: Path) -> None:
    url = default_url(tmp_path)
    key = Ed25519PrivateKey.generate()
    with ConsortiumLedger(url) as ledger:
        ledger.register_site("hospital-a", _pem(key), 8.0)
        ledger.append(StageTransition("run-1", None, "a", 1))
    con = sqlite3.connect(tmp_path / "consortium-ledger.sqlite")
    for sql in (
        "UPDATE consortium_ledger SET body = '{}'",
        "DELETE FROM consortium_ledger",
        "UPDATE consortium_sites SET epsilon_cap = 99",
        "DELETE FROM consortium_sites",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(sql)
    assert con.execute("SELECT count(*) FROM consortium_ledger").fetchone() == (1,)
    con.close()


def _as(role: str, schema: str, sql: str) -> list[Any]:
    engine = create_engine(
        f"postgresql+psycopg://{role}@{PG_HOST}",
        connect_args={"options": f"-csearch_path={schema}"},
    )
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql))
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


@needs_pg
def test_postgresql_roles_make_the_ledger_append_only(pg_schema: str, pg_roles: list[str]) -> None:
    tag = uuid.uuid4().hex[:8]
    app, auditor = f"medfed_t_app_{tag}", f"medfed_t_audit_{tag}"
    pg_roles += [app, auditor]
    key = Ed25519PrivateKey.generate()
    with ConsortiumLedger(PG_URL, schema=pg_schema) as admin:  # the administrator migrates
        admin.register_site("hospital-a", _pem(key), 8.0)
    assert grant_writer(PG_URL, app, schema=pg_schema).privileges == ("SELECT", "INSERT")
    assert grant_reader(PG_URL, auditor, schema=pg_schema).created
    entry = _site_entry()
    with ConsortiumLedger(f"postgresql+psycopg://{app}@{PG_HOST}", schema=pg_schema) as ledger:
        ledger.append(StageTransition("run-1", None, "align", 1))  # the app role can append
        ledger.append(entry, sign_site_entry(key, entry))
    for sql in (
        "UPDATE consortium_ledger SET seq = seq + 10",
        "DELETE FROM consortium_ledger",
        "UPDATE consortium_sites SET epsilon_cap = 99",
        "DELETE FROM consortium_sites",
        "TRUNCATE consortium_ledger",
        "ALTER TABLE consortium_ledger DISABLE TRIGGER ALL",
    ):
        with pytest.raises(DBAPIError, match="permission denied|must be owner"):
            _as(app, pg_schema, sql)
    assert _as(auditor, pg_schema, "SELECT count(*) FROM consortium_ledger") == [(2,)]
    for sql in (
        "INSERT INTO consortium_sites VALUES ('x', 'pem', 'fp', 1, now())",
        "UPDATE consortium_ledger SET seq = 9",
        "DELETE FROM consortium_ledger",
    ):
        with pytest.raises(DBAPIError, match="permission denied|read-only transaction"):
            _as(auditor, pg_schema, sql)
    # even the owner (a superuser here) is stopped by the triggers
    for sql in ("UPDATE consortium_ledger SET seq = 9", "DELETE FROM consortium_sites"):
        with pytest.raises(DBAPIError, match="append-only"):
            _as("root", pg_schema, sql)
    reader_url = f"postgresql+psycopg://{auditor}@{PG_HOST}"
    with ConsortiumLedger(reader_url, schema=pg_schema, migrate=False) as reader:
        assert verify_rows(reader.rows(), reader.sites()).ok


@needs_pg
def test_roles_refuse_bad_names_and_sqlite(pg_schema: str, tmp_path: Path) -> None:
    with pytest.raises(LedgerStoreError, match="role name 'Robert; DROP'"):
        grant_reader(PG_URL, "Robert; DROP", schema=pg_schema)
    with pytest.raises(LedgerStoreError, match="no table consortium_sites in schema"):
        grant_reader(PG_URL, "medfed_never_created", schema=pg_schema)
    with pytest.raises(LedgerStoreError, match="SQLite has none"):
        grant_reader(default_url(tmp_path), "auditor")


def test_the_first_revision_is_never_downgraded(tmp_path: Path) -> None:
    from alembic import command

    from ledger.db import _alembic_config

    url = default_url(tmp_path)
    ConsortiumLedger(url).close()
    engine = make_engine(url, None, writer=True)
    cfg = _alembic_config()
    with engine.begin() as conn, pytest.raises(RuntimeError, match="never downgraded"):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    engine.dispose()
    with ConsortiumLedger(url, migrate=False) as ledger:
        assert ledger.rows() == []


def test_registry_records_round_trip_and_a_corrupt_one_is_named(tmp_path: Path) -> None:
    from ledger.registry import (
        Registration,
        RegistryError,
        read_registrations,
        registry_dir,
        write_registration,
    )

    registry = registry_dir(tmp_path)
    assert read_registrations(registry) == [] and read_registrations(None) == []
    pem = "-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----\n"
    write_registration(registry, "b", pem, 4)
    write_registration(registry, "a", pem, 2.5)
    assert read_registrations(registry) == [
        Registration("a", pem, 2.5),
        Registration("b", pem, 4.0),
    ]
    (registry / "c.ledger.json").write_text("[1]")
    with pytest.raises(RegistryError, match=r"c\.ledger\.json: corrupt site record"):
        read_registrations(registry)
