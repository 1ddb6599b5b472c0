"""Database plumbing of the ledgers: the consortium ledger's ORM models and engines, and the one
migration runner of both the consortium ledger (ledger/migrations) and each site's privacy
ledger (ledger/migrations_site).

The models mirror the migrations (a test compares them); the migrations are the source of
truth for the schema and its append-only guards. Readers of an SQLite file open it read-only.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Connection,
    DateTime,
    Double,
    Engine,
    Identity,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateSchema

from protocols.sqlite_begin import explicit_begin

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "consortium_ledger_version"
_MIGRATION_LOCK = 7321016


class LedgerStoreError(ValueError):
    """A ledger operation refused: unknown site, bad signature, missing tables, wrong backend."""


class Base(DeclarativeBase):
    pass


class SiteRow(Base):
    __tablename__ = "consortium_sites"
    __table_args__ = (CheckConstraint("epsilon_cap > 0", name="consortium_sites_cap_positive"),)
    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    public_key_pem: Mapped[str] = mapped_column(Text)
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    epsilon_cap: Mapped[float] = mapped_column(Double)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EntryRow(Base):
    __tablename__ = "consortium_ledger"
    __table_args__ = (
        UniqueConstraint("run_id", "seq", name="consortium_ledger_run_seq"),
        UniqueConstraint("run_id", "prev_hash", name="consortium_ledger_run_prev"),
        UniqueConstraint("entry_hash", name="consortium_ledger_entry_hash"),
    )
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), Identity(), primary_key=True
    )
    run_id: Mapped[str] = mapped_column(String(128))
    seq: Mapped[int] = mapped_column(Integer)
    entry_type: Mapped[str] = mapped_column(String(32))
    site: Mapped[str | None] = mapped_column(String(128))
    global_round: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str | None] = mapped_column(String(128))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def make_engine(url: str, schema: str | None, writer: bool) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if schema is not None:
            raise LedgerStoreError(f"schema {schema!r}: SQLite has no schemas")
        if not writer and parsed.database not in (None, "", ":memory:"):
            engine = _sqlite_reader(Path(parsed.database))
        else:
            engine = create_engine(url, connect_args={"timeout": 60.0})
        return explicit_begin(engine, "BEGIN IMMEDIATE" if writer else "BEGIN")
    if backend == "postgresql":
        args: dict[str, Any] = {"options": f"-csearch_path={schema}"} if schema else {}
        return create_engine(url, connect_args=args)
    where = parsed.render_as_string(hide_password=True)
    raise LedgerStoreError(f"database {where}: the ledger runs on sqlite or postgresql only")


def _sqlite_reader(path: Path) -> Engine:
    """An engine that opens the file read-only (mode=ro): an auditor never writes, nor creates."""
    if not path.is_file():
        raise LedgerStoreError(f"{path}: no ledger database file there")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=60.0))


def is_read_only_error(exc: BaseException) -> bool:
    """Whether a SQLite error (or SQLAlchemy's wrapping of one) is SQLITE_READONLY or one of its
    extended codes: the connection had to write and may not. On a read-only open that reads,
    it is SQLITE_READONLY_ROLLBACK: a writer killed mid-transaction left a hot journal, which
    only a connection that may write can roll back (SQLite does so on its next open)."""
    orig = getattr(exc, "orig", None) or exc
    return str(getattr(orig, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def is_damaged_error(exc: BaseException) -> bool:
    """Whether a SQLite error is SQLITE_CORRUPT or SQLITE_NOTADB (or an extended code of
    either): the file is damaged, or not a database."""
    orig = getattr(exc, "orig", None) or exc
    name = str(getattr(orig, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


@dataclass(frozen=True)
class MigrationSet:
    """One store's Alembic scripts and the table that records its revision. Both ledgers' and
    the coordinator's run store's schemas come from migrations run by `upgrade` below; each
    keeps its own version table, so they can share one database (PostgreSQL) without seeing
    each other's revisions."""

    location: Path
    version_table: str
    lock: int  # PostgreSQL advisory lock that serialises concurrent migrations
    store: str  # what the tables hold, for messages
    # Tables an earlier release created without Alembic (create_all): when they are all there
    # and no revision is recorded, the database is stamped at `baseline` instead of re-created.
    legacy_tables: tuple[str, ...] = ()
    baseline: str | None = None


CONSORTIUM = MigrationSet(MIGRATIONS, VERSION_TABLE, _MIGRATION_LOCK, "consortium ledger")
SITE = MigrationSet(
    Path(__file__).parent / "migrations_site",
    "site_privacy_ledger_version",
    7321015,
    "site privacy ledger",
    legacy_tables=("privacy_budget", "privacy_spend"),
    baseline="0001",
)


def _alembic_config(migrations: MigrationSet = CONSORTIUM) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations.location))
    cfg.set_main_option("version_table", migrations.version_table)
    return cfg


def head_revision(migrations: MigrationSet = CONSORTIUM) -> str | None:
    return ScriptDirectory.from_config(_alembic_config(migrations)).get_current_head()


def current_revision(engine: Engine, migrations: MigrationSet = CONSORTIUM) -> str | None:
    with engine.connect() as conn:
        opts = {"version_table": migrations.version_table}
        return MigrationContext.configure(conn, opts=opts).get_current_revision()


def upgrade(engine: Engine, schema: str | None, migrations: MigrationSet = CONSORTIUM) -> None:
    """Run the migrations to head in one transaction (PostgreSQL: under an advisory lock, after
    creating `schema` when it is missing)."""
    cfg = _alembic_config(migrations)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            _refuse_a_foreign_file(conn, migrations)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": migrations.lock})
            exists = text("SELECT 1 FROM pg_namespace WHERE nspname = :s")
            if schema is not None and conn.execute(exists, {"s": schema}).first() is None:
                conn.execute(CreateSchema(schema))  # not IF NOT EXISTS: needs no privilege
        cfg.attributes["connection"] = conn
        if migrations.baseline is not None and _is_legacy(conn, migrations, schema):
            command.stamp(cfg, migrations.baseline)
        command.upgrade(cfg, "head")


def _refuse_a_foreign_file(conn: Connection, migrations: MigrationSet) -> None:
    """A SQLite file that holds tables and none of this store's (no revision recorded, not the
    tables of an earlier release) is some other program's database, or another store's: the
    store's tables are not added to it. (A PostgreSQL database is shared by design; a schema
    keeps a store apart there.)"""
    context = MigrationContext.configure(conn, opts={"version_table": migrations.version_table})
    if context.get_current_revision() is not None:
        return
    present = set(inspect(conn).get_table_names()) - {migrations.version_table}
    if not present or (migrations.legacy_tables and set(migrations.legacy_tables) <= present):
        return
    database = conn.engine.url.database or "(in memory)"
    listed = ", ".join(sorted(present)[:5]) + (", ..." if len(present) > 5 else "")
    raise LedgerStoreError(
        f"{database}: this SQLite file already holds tables that are not the "
        f"{migrations.store}'s ({listed}); give a new file or the {migrations.store}'s own"
    )


def _is_legacy(conn: Connection, migrations: MigrationSet, schema: str | None) -> bool:
    context = MigrationContext.configure(conn, opts={"version_table": migrations.version_table})
    if context.get_current_revision() is not None or not migrations.legacy_tables:
        return False
    present = set(inspect(conn).get_table_names(schema=schema))
    return set(migrations.legacy_tables) <= present
