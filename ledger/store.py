"""The consortium ledger store: registered sites and the hash-chained entries of every run.

SQLite in the run directory by default, PostgreSQL in production (optionally in its own schema).
The tables come from the Alembic migrations in ledger/migrations, run programmatically; they
make the rows append-only in the database itself (triggers, revoked privileges).

`append` links an entry to its run's chain in one transaction that holds the run's lock (BEGIN
IMMEDIATE on SQLite, a transaction-scoped advisory lock keyed by the run on PostgreSQL), and the
unique (run_id, seq) and (run_id, prev_hash) constraints refuse a fork even without the lock.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ledger.db import (
    EntryRow,
    LedgerStoreError,
    SiteRow,
    current_revision,
    head_revision,
    is_damaged_error,
    is_read_only_error,
    make_engine,
    upgrade,
)
from protocols.keys import KeyFileError, fingerprint, parse_public_key
from protocols.ledger_entry import (
    ENTRY_TYPES,
    GENESIS_HASH,
    LedgerEntry,
    LedgerEntryError,
    SiteRoundEntry,
    canonical_bytes,
    entry_hash,
    parse_entry,
    site_signature_valid,
)
from protocols.ledger_receipt import Receipt, sign_head

LEDGER_FILE = "consortium-ledger.sqlite"


@dataclass(frozen=True)
class SiteRecord:
    name: str
    public_key_pem: str
    key_fingerprint: str
    epsilon_cap: float

    def public_key(self) -> Ed25519PublicKey:
        return load_public_pem(self.public_key_pem, f"site {self.name!r}")


@dataclass(frozen=True)
class StoredRow:
    """One ledger row as stored, unparsed: what an auditor checks."""

    id: int
    run_id: str
    seq: int
    entry_type: str
    site: str | None
    global_round: int | None
    body: str
    prev_hash: str
    entry_hash: str
    signature: str | None


@dataclass(frozen=True)
class LedgerRecord:
    """A parsed ledger row: its place in the run's chain, the entry, the site's signature."""

    run_id: str
    seq: int
    entry: LedgerEntry
    entry_hash: str
    signature: bytes | None

    def receipt(self) -> Receipt | None:
        """The signed chain head at this entry (a coordinator-signed entry only)."""
        if self.signature is None or isinstance(self.entry, SiteRoundEntry):
            return None
        rnd = getattr(self.entry, "global_round", None)
        if not isinstance(rnd, int):
            rnd = int(getattr(self.entry, "from_round", 0))
        return Receipt(self.run_id, self.seq, rnd, self.entry_hash, self.signature.hex())


def default_url(run_dir: Path) -> str:
    return f"sqlite:///{Path(run_dir).resolve() / LEDGER_FILE}"


def load_public_pem(pem: str | bytes, where: str) -> Ed25519PublicKey:
    try:
        return parse_public_key(pem, where)
    except KeyFileError as exc:
        raise LedgerStoreError(str(exc)) from exc


def _run_lock_key(run_id: str) -> int:
    digest = hashlib.sha256(b"medfed-consortium-ledger\0" + run_id.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def hot_journal(where: str) -> str:
    """What a read-only open of a SQLite ledger with a hot journal means, and what to do."""
    return (
        f"{where}: a writer stopped in the middle of a write and left a hot journal beside the "
        "database, which only a connection with write access can roll back: let the "
        "coordinator (or anything with write access) open it once, or audit a copy of the "
        "database taken with its -journal file, as a user that may write the copy"
    )


class LedgerUnreadable(Exception):
    """The database holds what MedFed never writes there (a value not of its column's type, a
    table gone): altered outside MedFed, or damaged. Not a LedgerStoreError, which callers that
    record entries may catch and carry on from: nothing is to be carried on from this."""


_MISSING_TABLE = re.compile(r"no such table|relation .* does not exist|no such column", re.I)


def _site_record(row: SiteRow) -> SiteRecord:
    """A registry row as a SiteRecord; ValueError where a value is not of its kind."""
    texts = (row.name, row.public_key_pem, row.key_fingerprint)
    cap = row.epsilon_cap
    if not all(isinstance(t, str) for t in texts):
        raise ValueError(f"registry row {row.name!r}: name, key and fingerprint must be text")
    if isinstance(cap, bool) or not isinstance(cap, int | float):
        raise ValueError(f"registry row {row.name!r}: eps cap {cap!r} is not a number")
    return SiteRecord(row.name, row.public_key_pem, row.key_fingerprint, float(cap))


class ConsortiumLedger:
    """The consortium ledger in an SQLite or PostgreSQL database.

    `migrate=True` (a writer) creates or upgrades the tables; an auditor opens with
    `migrate=False`, which never writes and refuses a database not at the current revision.
    """

    def __init__(self, url: str, *, schema: str | None = None, migrate: bool = True) -> None:
        self.where = make_url(url).render_as_string(hide_password=True)
        self._engine = make_engine(url, schema, writer=migrate)
        if migrate:
            upgrade(self._engine, schema)
        current = current_revision(self._engine)
        if current != head_revision():
            raise LedgerStoreError(
                f"{self.where}: no consortium ledger at revision {head_revision()} there "
                f"(found revision {current})"
            )

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> ConsortiumLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _locked(self, run_id: str) -> Iterator[Session]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            if self._engine.dialect.name == "postgresql":
                lock = text("SELECT pg_advisory_xact_lock(:k)")
                session.execute(lock, {"k": _run_lock_key(run_id)})
            yield session

    def register_site(
        self, name: str, signing_public_key_pem: str | bytes, epsilon_cap: float
    ) -> SiteRecord:
        """Record a site's signing key and eps cap; the same again is a no-op, a change refused."""
        if not isinstance(name, str) or not 0 < len(name) <= 128:
            raise LedgerStoreError(f"site name must be 1-128 characters, got {name!r}")
        cap_ok = isinstance(epsilon_cap, int | float) and not isinstance(epsilon_cap, bool)
        if not cap_ok or not 0.0 < float(epsilon_cap) < float("inf"):
            raise LedgerStoreError(f"site {name!r}: epsilon_cap must be > 0, got {epsilon_cap!r}")
        key = load_public_pem(signing_public_key_pem, f"site {name!r}")
        pem = key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")
        record = SiteRecord(name, pem, fingerprint(key), float(epsilon_cap))
        with self._locked("\0sites") as s:
            row = s.get(SiteRow, name)
            if row is None:
                s.add(SiteRow(**dataclasses.asdict(record), registered_at=datetime.now(UTC)))
                return record
            known = SiteRecord(row.name, row.public_key_pem, row.key_fingerprint, row.epsilon_cap)
        if known != record:
            raise LedgerStoreError(
                f"site {name!r} is registered with key {known.key_fingerprint[:16]} and cap "
                f"{known.epsilon_cap}; registrations are append-only, this one differs "
                f"(key {record.key_fingerprint[:16]}, cap {record.epsilon_cap})"
            )
        return known

    @contextmanager
    def _reading(self, what: str) -> Iterator[Session]:
        """A read session in which what is stored but cannot be read (a value not of its
        column's type, a table gone) is a LedgerUnreadable naming the database: what an auditor
        meets in a database altered outside MedFed. Other database errors (a lock, a lost
        connection) pass as they are: they say nothing about the ledger's content."""
        try:
            with Session(self._engine) as s, s.begin():
                yield s
        except (ValueError, TypeError) as exc:
            raise self._unreadable(what, exc) from exc
        except SQLAlchemyError as exc:
            if _MISSING_TABLE.search(str(getattr(exc, "orig", None) or exc)):
                raise self._unreadable(what, exc) from exc
            if is_damaged_error(exc):
                raise self._unreadable(what, exc) from exc
            if is_read_only_error(exc):  # SQLITE_READONLY_ROLLBACK on a read-only open
                raise LedgerUnreadable(hot_journal(self.where)) from exc
            raise

    def _unreadable(self, what: str, exc: Exception) -> LedgerUnreadable:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return LedgerUnreadable(
            f"{self.where}: cannot read the {what} ({type(exc).__name__}: {detail}); the "
            "database was altered outside MedFed or is damaged"
        )

    def sites(self) -> dict[str, SiteRecord]:
        with self._reading("site registry") as s:
            rows = s.scalars(select(SiteRow).order_by(SiteRow.name))
            return {r.name: _site_record(r) for r in rows}

    def _check_signature(self, entry: LedgerEntry, signature: bytes | None) -> None:
        if not isinstance(entry, tuple(ENTRY_TYPES.values())):
            raise LedgerStoreError(f"not a ledger entry: {type(entry).__name__}")
        where = f"{entry.entry_type} entry of run {entry.run_id!r}"
        if not isinstance(entry, SiteRoundEntry):
            if signature is not None:
                raise LedgerStoreError(f"{where}: only site_round entries carry a signature")
            return
        where = f"{where}, site {entry.site!r}, round {entry.global_round}"
        site = self.sites().get(entry.site)
        if site is None:
            raise LedgerStoreError(f"{where}: site {entry.site!r} is not registered")
        if signature is None or not site_signature_valid(site.public_key(), entry, signature):
            raise LedgerStoreError(f"{where}: no valid signature under the site's registered key")

    def append(
        self,
        entry: LedgerEntry,
        signature: bytes | None = None,
        *,
        coordinator_key: Ed25519PrivateKey | None = None,
    ) -> LedgerRecord:
        """Link `entry` after its run's last entry (its own prev_hash is ignored) and store it.

        A site_round entry needs the site's valid signature over `signing_bytes(entry)`. Any
        other entry is signed here, at its place in the chain, with `coordinator_key` when given
        (protocols.ledger_receipt): the signature anchors the chain head up to it."""
        self._check_signature(entry, signature)
        if coordinator_key is not None and isinstance(entry, SiteRoundEntry):
            raise LedgerStoreError("a site_round entry carries its site's signature only")
        with self._locked(entry.run_id) as s:
            last = s.execute(
                select(EntryRow.seq, EntryRow.entry_hash)
                .where(EntryRow.run_id == entry.run_id)
                .order_by(EntryRow.seq.desc())
                .limit(1)
            ).first()
            seq, prev = (0, GENESIS_HASH) if last is None else (last.seq + 1, last.entry_hash)
            linked = dataclasses.replace(entry, prev_hash=prev)
            digest = entry_hash(linked)
            if coordinator_key is not None:
                signature = sign_head(coordinator_key, linked.run_id, seq, digest)
            s.add(
                EntryRow(
                    run_id=linked.run_id,
                    seq=seq,
                    entry_type=linked.entry_type,
                    site=getattr(linked, "site", None),
                    global_round=getattr(linked, "global_round", None),
                    body=canonical_bytes(linked).decode("ascii"),
                    prev_hash=prev,
                    entry_hash=digest,
                    signature=signature.hex() if signature is not None else None,
                    recorded_at=datetime.now(UTC),
                )
            )
        return LedgerRecord(linked.run_id, seq, linked, digest, signature)

    def rows(self, run_id: str | None = None) -> list[StoredRow]:
        """Every row as stored (of one run, or of all runs), in insertion order."""
        q = select(EntryRow).order_by(EntryRow.id)
        if run_id is not None:
            q = q.where(EntryRow.run_id == run_id)
        names = [f.name for f in dataclasses.fields(StoredRow)]
        with self._reading("ledger entries") as s:
            return [StoredRow(**{n: getattr(r, n) for n in names}) for r in s.scalars(q)]

    def entries(self, run_id: str | None = None) -> list[LedgerRecord]:
        """Parsed entries in insertion order; LedgerStoreError naming a row that does not parse."""
        records = []
        for row in self.rows(run_id):
            where = f"{self.where}: run {row.run_id!r} entry #{row.seq}"
            try:
                entry = parse_entry(row.body, where)
            except LedgerEntryError as exc:
                raise LedgerStoreError(str(exc)) from exc
            signature = bytes.fromhex(row.signature) if row.signature else None
            records.append(LedgerRecord(row.run_id, row.seq, entry, row.entry_hash, signature))
        return records

    def runs(self) -> list[str]:
        """Run ids in the order of their first entry."""
        first = func.min(EntryRow.id)
        q = select(EntryRow.run_id, first).group_by(EntryRow.run_id).order_by(first)
        with Session(self._engine) as s, s.begin():
            return [run_id for run_id, _ in s.execute(q)]
