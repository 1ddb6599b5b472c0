"""What an auditor reads from a site's own database (its privacy ledger): the receipts of the
consortium ledger (revision 0002 of ledger/migrations_site; the chain heads the coordinator signed,
kept by the site) and the site's own spends.

The site writes (`record_receipt`) only receipts it verified under a coordinator key it trusts;
an auditor reads them (`read_receipts`, read-only) and checks the consortium ledger still holds
every head (auditor.verify). It reads the site's spends too (`read_site_spends`, read-only,
with the site's ledger-signing public key kept beside the database), and checks that every spend
the site counts is in the consortium ledger under that key's registered site: a coordinator that
leaves a site's last entry out, or registers a key of its own for a site, fails there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    UniqueConstraint,
    column,
    inspect,
    select,
    table,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from ledger.db import SITE, LedgerStoreError, make_engine, upgrade
from ledger.store import LedgerUnreadable
from protocols.keys import KeyFileError, fingerprint, load_public_key
from protocols.ledger_receipt import Receipt

SITE_LEDGER_FILE = "privacy.sqlite"  # site_agent.privacy's file name in an agent directory
# The site's ledger-signing public key in its agent directory (`medfed site init` writes it
# beside the ledger): it says which registered site a privacy ledger belongs to.
SITE_KEY_FILE = "ledger-signing.pub"
# The site's spend table (site_agent.privacy's SpendRow), read by name: the columns an auditor
# compares with the consortium ledger. `kind` (revision 0004) says whether a spend is a round's
# training or a release of evaluation counts; a ledger older than that has training spends only.
_SPENDS = table(
    "privacy_spend",
    column("id"), column("run_id"), column("stage"), column("global_round"), column("status"),
    column("epsilon_after"), column("kind"),
)  # fmt: skip
COUNTED = ("reserved", "committed")  # statuses that spend (a refusal spends nothing)
TRAINING = "training"  # the kind of every spend before revision 0004


class ReceiptBase(DeclarativeBase):
    """The receipts table as revision 0002 makes it (a test compares them)."""


class ReceiptRow(ReceiptBase):
    __tablename__ = "ledger_receipts"
    __table_args__ = (UniqueConstraint("run_id", "seq", "entry_hash", name="ledger_receipts_head"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(128))
    seq: Mapped[int] = mapped_column(Integer)
    global_round: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    coordinator_key: Mapped[str] = mapped_column(String(64))  # fingerprint of the signer
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class HeldReceipt:
    """A receipt as a site holds it: where it was read, and who signed it."""

    holder: str
    receipt: Receipt
    coordinator_key: str


def record_receipt(url: str, receipt: Receipt, coordinator_key: str) -> bool:
    """Keep a verified receipt in the site database at `url` (migrated to head first); False
    when the site already holds the same head."""
    engine = make_engine(url, None, writer=True)
    try:
        upgrade(engine, None, SITE)
        with Session(engine) as s, s.begin():
            known = s.scalar(
                select(ReceiptRow.id).where(
                    ReceiptRow.run_id == receipt.run_id,
                    ReceiptRow.seq == receipt.seq,
                    ReceiptRow.entry_hash == receipt.entry_hash,
                )
            )
            if known is not None:
                return False
            s.add(
                ReceiptRow(
                    run_id=receipt.run_id, seq=receipt.seq, global_round=receipt.global_round,
                    entry_hash=receipt.entry_hash, signature=receipt.signature,
                    coordinator_key=coordinator_key, received_at=datetime.now(UTC),
                )
            )  # fmt: skip
        return True
    finally:
        engine.dispose()


def read_receipts(url: str, holder: str) -> list[HeldReceipt]:
    """Every receipt in the site database at `url`, read-only; none when it predates receipts."""
    engine = make_engine(url, None, writer=False)
    try:
        with engine.connect() as conn:
            if "ledger_receipts" not in inspect(conn).get_table_names():
                return []
        with Session(engine) as s:
            rows = s.scalars(select(ReceiptRow).order_by(ReceiptRow.id)).all()
            return [
                HeldReceipt(
                    holder,
                    Receipt(r.run_id, r.seq, r.global_round, r.entry_hash, r.signature),
                    r.coordinator_key,
                )
                for r in rows
            ]
    finally:
        engine.dispose()


def receipt_sources(path: Path) -> list[tuple[str, str]]:
    """(holder, url) of every site database at `path`: a privacy ledger file, or a directory
    searched for agent directories' `privacy.sqlite` (the holder is its directory, until the
    key beside it names the site: auditor.verify)."""
    if path.is_file():
        return [(str(path.resolve().parent), f"sqlite:///{path.resolve()}")]
    if not path.is_dir():
        raise LedgerStoreError(f"--receipts {path}: no site ledger file or directory there")
    found = sorted(path.rglob(SITE_LEDGER_FILE))
    if not found:
        raise LedgerStoreError(f"--receipts {path}: no {SITE_LEDGER_FILE} under it")
    return [(str(p.resolve().parent), f"sqlite:///{p.resolve()}") for p in found]


@dataclass(frozen=True)
class HeldSpend:
    """One spend a site's own privacy ledger counts (reserved or committed), of a round's
    training or of a release of evaluation counts after it (`kind`)."""

    run_id: str
    stage: str
    global_round: int
    status: str
    epsilon_after: float
    kind: str = TRAINING  # or "evaluation"


@dataclass(frozen=True)
class SiteSpends:
    """A site's privacy ledger as an auditor reads it: where, the fingerprint of the
    ledger-signing key beside it (None when absent or unreadable, `key_problem` says why), and
    every spend it counts, oldest first."""

    holder: str
    where: str
    key_fingerprint: str | None
    key_problem: str | None
    spends: tuple[HeldSpend, ...]


def read_site_spends(url: str, holder: str, key_path: Path | None) -> SiteSpends:
    """The spends the site database at `url` counts, read-only, with the fingerprint of the
    site's ledger-signing public key at `key_path`."""
    fp, problem = None, None
    if key_path is None or not key_path.is_file():
        problem = f"no {SITE_KEY_FILE} beside it"
    else:
        try:
            fp = fingerprint(load_public_key(key_path))
        except KeyFileError as exc:
            problem = str(exc)
    engine = make_engine(url, None, writer=False)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            if _SPENDS.name not in found.get_table_names():
                return SiteSpends(holder, _shown(url), fp, problem, ())
            present = {c["name"] for c in found.get_columns(_SPENDS.name)}
            columns = [c for c in _SPENDS.c if c.name in present]
            rows = conn.execute(
                select(*columns).where(_SPENDS.c.status.in_(COUNTED)).order_by(_SPENDS.c.id)
            ).all()
    finally:
        engine.dispose()
    spends = []
    for r in rows:
        kind = str(r.kind) if "kind" in present else TRAINING
        spends.append(HeldSpend(r.run_id, r.stage, int(r.global_round), r.status,
                                float(r.epsilon_after), kind))  # fmt: skip
    return SiteSpends(holder, _shown(url), fp, problem, tuple(spends))


def _shown(url: str) -> str:
    """A SQLite URL as the file's path, for messages; another URL as it is."""
    prefix = "sqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) else url


def site_key_path(url: str) -> Path | None:
    """The ledger-signing public key file beside the SQLite database at `url`, if it is one."""
    prefix = "sqlite:///"
    return Path(url[len(prefix) :]).parent / SITE_KEY_FILE if url.startswith(prefix) else None


def read_site_ledgers(paths: Iterable[Path]) -> tuple[list[HeldReceipt], list[SiteSpends]]:
    """(every receipt, every site's spends) of the sites' own ledgers at `paths` (each a
    privacy ledger file or a directory of agent directories, `receipt_sources`), read-only,
    each with the ledger-signing key beside it: what `medfed audit verify --receipts` reads."""
    held: list[HeldReceipt] = []
    spends: list[SiteSpends] = []
    for path in paths:
        for holder, url in receipt_sources(path):
            try:
                held += read_receipts(url, holder)
                spends.append(read_site_spends(url, holder, site_key_path(url)))
            except SQLAlchemyError as exc:  # not a database, or damaged outside MedFed
                detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                raise LedgerUnreadable(
                    f"--receipts {_shown(url)}: cannot read it: damaged or not a MedFed site "
                    f"ledger ({detail})"
                ) from exc
    return held, spends
