"""The site privacy ledger: every DP spend, in the site's own database.

The agent keeps ONE budget, `LIFETIME_BUDGET`, for every study the site ever trains on: across
rounds, stages, runs, restarts, re-curations and data refreshes (a re-curated or refreshed data set
has another digest, but not another budget). A study's eps is at most this budget's eps, so the
cap bounds every patient. The file is made once (`create_site_ledger`, by `medfed site init`) with
mode 0600; a round refuses to run when it is missing (`open_site_ledger`): a fresh ledger would
forget what was spent. Back the agent directory up. A
spend is written as `reserved` in its own committed transaction BEFORE training touches the data,
and marked `committed` afterwards. Reserved entries count like committed ones, so a crash between
the two over-counts, never under-counts. Refusals are kept too (they spend nothing).

A reservation never committed is an interrupted spend: the process training it was killed, or
training failed. It stays counted, and the consortium ledger must hear of it, or the site's next
signed eps would cover a spend the auditor cannot see. So the next reservation or refusal claims
every unreported one in its own transaction (`reported_in` names the claiming entry), and the
round's signed entry lists them (protocols.ledger_entry.InterruptedSpend). A claim whose claiming
entry is itself still `reserved` never left the site (that round was interrupted too) and is
claimed again; a reservation once claimed can no longer be committed (a round still running when
another process claimed it fails at commit, its spend counted and reported once). `data_digest`
keeps the curated data set a spend used, for the report.

Writes for one data set are serialised: on SQLite every transaction starts with BEGIN IMMEDIATE
(the database's write lock), on PostgreSQL a transaction locks the data set's `privacy_budget` row
with SELECT ... FOR UPDATE. So two processes cannot both read the same history and both reserve.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Double,
    Engine,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from ledger.db import (
    SITE,
    current_revision,
    head_revision,
    is_read_only_error,
    make_engine,
    upgrade,
)
from protocols.accounting import (
    ACCOUNTANTS,
    DEFAULT_MAX_ACCOUNTANT_MB,
    Mechanism,
    epsilon_of,
    project,
)
from protocols.ledger_entry import InterruptedSpend
from protocols.round import MAX_RESENT
from protocols.sqlite_begin import explicit_begin

Status = Literal["reserved", "committed", "refused"]
SpendKind = Literal["training", "evaluation"]
SPEND_KINDS: tuple[SpendKind, ...] = ("training", "evaluation")
COUNTED: tuple[Status, ...] = ("reserved", "committed")
LEDGER_FILE = "privacy.sqlite"
SQLITE_BUSY_TIMEOUT_S = 60.0
_ACCOUNTANT_LIST = ", ".join(f"'{name}'" for name in ACCOUNTANTS)


class PrivacyLedgerError(RuntimeError):
    """A ledger operation that would lose or falsify a spend (unknown entry, double commit...)."""


class Base(DeclarativeBase):
    """The ORM models; they mirror ledger/migrations_site (a test compares them)."""


class BudgetRow(Base):
    """One row per data set: the lock that serialises its reservations on PostgreSQL."""

    __tablename__ = "privacy_budget"
    dataset_digest: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SpendRow(Base):
    __tablename__ = "privacy_spend"
    __table_args__ = (
        CheckConstraint("status IN ('reserved', 'committed', 'refused')", name="spend_status"),
        CheckConstraint(f"accountant IN ({_ACCOUNTANT_LIST})", name="spend_accountant"),
        CheckConstraint("steps >= 1", name="spend_steps"),
    )
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    dataset_digest: Mapped[str] = mapped_column(
        String(128), ForeignKey("privacy_budget.dataset_digest"), index=True
    )
    run_id: Mapped[str] = mapped_column(String(128))
    stage: Mapped[str] = mapped_column(String(128))
    global_round: Mapped[int]
    noise_multiplier: Mapped[float] = mapped_column(Double)
    sample_rate: Mapped[float] = mapped_column(Double)
    steps: Mapped[int]
    clipping_norm: Mapped[float] = mapped_column(Double)
    delta: Mapped[float] = mapped_column(Double)
    accountant: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    # The data set's cumulative eps once this entry took effect (at the entry's delta and
    # accountant). A refusal spends nothing: its value is the eps before it; the reason says
    # what it would have reached.
    epsilon_after: Mapped[float] = mapped_column(Double)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Revision 0003: the curated data set the spend used, and for an interrupted reservation
    # the entry (reservation or refusal) whose signed report names it.
    data_digest: Mapped[str | None] = mapped_column(String(128))
    reported_in: Mapped[int | None] = mapped_column(Integer)
    # Revision 0004: a training round's spend, or a release of federated evaluation counts.
    kind: Mapped[str] = mapped_column(String(16), server_default="training")
    # Revision 0005 (0004's columns, renamed): the signed consortium-ledger entry that left with
    # a committed spend (a round's `trained` entry, or the `released` entry of evaluation
    # counts), canonical JSON and signature hex, sent again with later round results
    signed_entry: Mapped[str | None] = mapped_column(Text)
    entry_signature: Mapped[str | None] = mapped_column(String(128))

    def mechanism(self) -> Mechanism:
        return Mechanism(
            noise_multiplier=self.noise_multiplier,
            sample_rate=self.sample_rate,
            steps=self.steps,
            clipping_norm=self.clipping_norm,
            delta=self.delta,
            accountant=self.accountant,  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class SpendEntry:
    """A read-only copy of one ledger row."""

    id: int
    dataset_digest: str
    run_id: str
    stage: str
    global_round: int
    mechanism: Mechanism
    status: Status
    epsilon_after: float
    reason: str | None
    created_at: datetime
    data_digest: str | None = None  # the curated data set, where the caller named it
    reported_in: int | None = None  # an interrupted reservation: the entry that reports it
    kind: SpendKind = "training"  # or "evaluation": a release of evaluation counts

    @classmethod
    def of(cls, row: SpendRow) -> SpendEntry:
        created = row.created_at
        if created.tzinfo is None:  # SQLite keeps no zone; every time is written in UTC
            created = created.replace(tzinfo=UTC)
        return cls(
            row.id, row.dataset_digest, row.run_id, row.stage, row.global_round,
            row.mechanism(), row.status, row.epsilon_after, row.reason, created,  # type: ignore[arg-type]
            row.data_digest, row.reported_in, row.kind,  # type: ignore[arg-type]
        )  # fmt: skip

    def interrupted_spend(self) -> InterruptedSpend:
        """This reservation as the site's signed ledger entry reports it, once interrupted."""
        return InterruptedSpend(
            run_id=self.run_id, stage=self.stage, global_round=self.global_round,
            dataset_digest=self.data_digest or self.dataset_digest,
            **dataclasses.asdict(self.mechanism), epsilon_after=self.epsilon_after,
        )  # fmt: skip


@dataclass(frozen=True)
class SpendContext:
    """Where a spend comes from: the run, curriculum stage and global round, and whether it is
    the round's training or the evaluation counts released after it."""

    run_id: str
    stage: str
    global_round: int
    data_digest: str | None = None  # the curated data set the round uses
    kind: SpendKind = "training"

    def __post_init__(self) -> None:
        digest = self.data_digest
        checks = {
            "run_id": isinstance(self.run_id, str) and 0 < len(self.run_id) <= 128,
            "stage": isinstance(self.stage, str) and 0 < len(self.stage) <= 128,
            "global_round": type(self.global_round) is int and self.global_round >= 0,
            "data_digest": digest is None or isinstance(digest, str) and 0 < len(digest) <= 128,
            "kind": self.kind in SPEND_KINDS,
        }
        for name, ok in checks.items():
            if not ok:
                raise ValueError(f"privacy spend: bad {name} {getattr(self, name)!r}")


def _check_digest(dataset_digest: str) -> str:
    if not isinstance(dataset_digest, str) or not dataset_digest or len(dataset_digest) > 128:
        raise ValueError(
            f"privacy ledger: dataset_digest must be 1-128 characters, got {dataset_digest!r}"
        )
    return dataset_digest


LIFETIME_BUDGET = "site-lifetime"


def create_site_ledger(agent_dir: Path) -> Path:
    """Make the agent's ledger file (0600) with its tables, once; an existing one is kept."""
    path = Path(agent_dir) / LEDGER_FILE
    Path(agent_dir).mkdir(parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    os.chmod(path, 0o600)
    SiteLedger(default_url(agent_dir)).close()
    return path


def open_site_ledger(agent_dir: Path, *, reader: bool = False) -> SiteLedger:
    """The agent's ledger; PrivacyLedgerError when its file is missing (never a fresh one).
    `reader`: opened read-only (see SiteLedger), for commands that only show it."""
    path = Path(agent_dir) / LEDGER_FILE
    if not path.is_file():
        raise PrivacyLedgerError(
            f"{path}: the site's privacy ledger is missing. It holds the lifetime privacy "
            "budget: restore it from the agent directory's backup. Only a site that has never "
            "trained starts one, with `medfed site init`."
        )
    return SiteLedger(default_url(agent_dir), migrate=not reader)


def default_url(site_dir: Path) -> str:
    """The embedded default: an SQLite file in the site directory."""
    return f"sqlite:///{Path(site_dir).resolve() / LEDGER_FILE}"


def _now() -> datetime:
    return datetime.now(UTC)


class LedgerTransaction:
    """One transaction holding the write lock for one data set (see `SiteLedger.transaction`)."""

    def __init__(self, session: Session, dataset_digest: str) -> None:
        self._session = session
        self.dataset_digest = dataset_digest

    def history(self) -> list[Mechanism]:
        """Every counted (reserved or committed) mechanism of the data set, oldest first."""
        rows = self._session.scalars(
            select(SpendRow)
            .where(SpendRow.dataset_digest == self.dataset_digest, SpendRow.status.in_(COUNTED))
            .order_by(SpendRow.id)
        )
        return [row.mechanism() for row in rows]

    def _add(
        self, mech: Mechanism, ctx: SpendContext, status: Status, eps: float, why: str | None
    ) -> int:
        row = SpendRow(
            dataset_digest=self.dataset_digest, run_id=ctx.run_id, stage=ctx.stage,
            global_round=ctx.global_round, noise_multiplier=mech.noise_multiplier,
            sample_rate=mech.sample_rate, steps=mech.steps, clipping_norm=mech.clipping_norm,
            delta=mech.delta, accountant=mech.accountant, status=status, epsilon_after=eps,
            reason=why, created_at=_now(), data_digest=ctx.data_digest, kind=ctx.kind,
        )  # fmt: skip
        self._session.add(row)
        self._session.flush()
        return row.id

    def unreported(self) -> list[SpendEntry]:
        """The data set's interrupted spends no report has left the site with, oldest first:
        reservations never committed, unclaimed or claimed by an entry itself still reserved."""
        rows = self._session.scalars(
            select(SpendRow)
            .where(SpendRow.dataset_digest == self.dataset_digest, SpendRow.status == "reserved")
            .order_by(SpendRow.id)
        ).all()
        reserved = {row.id for row in rows}
        return [
            SpendEntry.of(row)
            for row in rows
            if row.reported_in is None or row.reported_in in reserved
        ]

    def claim(self, spends: list[SpendEntry], reporter: int) -> None:
        """Mark `spends` (from `unreported`) as reported by the entry `reporter`."""
        for spend in spends:
            row = self._session.get(SpendRow, spend.id)
            if row is None or row.status != "reserved" or row.id == reporter:
                raise PrivacyLedgerError(f"privacy ledger: entry {spend.id} is not unreported")
            row.reported_in = reporter
        self._session.flush()

    def reserve(
        self, mechanism: Mechanism, ctx: SpendContext, eps_after: float | None = None
    ) -> int:
        """Add a `reserved` entry. Its eps_after is recomputed from the whole history (at the
        mechanism's delta and accountant) unless the caller just did so in this transaction."""
        if eps_after is None:
            eps_after = project(self.history(), mechanism, mechanism.delta, mechanism.accountant)
        return self._add(mechanism, ctx, "reserved", eps_after, None)

    def refuse(
        self, mechanism: Mechanism, ctx: SpendContext, reason: str, eps_before: float | None = None
    ) -> int:
        """Add a `refused` entry (spends nothing) with the reason it was refused."""
        if not reason:
            raise ValueError("privacy ledger: a refusal needs a reason")
        if eps_before is None:
            eps_before = epsilon_of(self.history(), mechanism.delta, mechanism.accountant)
        return self._add(mechanism, ctx, "refused", eps_before, reason)


class SiteLedger:
    """The site's privacy ledger in an SQLite or PostgreSQL database (created when missing).

    `schema` puts the tables in a PostgreSQL schema (created when missing); SQLite has none.
    `migrate=False` (a reader: `medfed site ledger`) opens an SQLite file read-only and takes no
    write lock, so it reads while the agent is in a round; a ledger not yet at the current
    revision is upgraded all the same, as a writer would, and one an agent killed mid-write left
    with a hot journal is opened as a writer, which rolls the unfinished write back.
    """

    def __init__(self, url: str, *, schema: str | None = None, migrate: bool = True) -> None:
        self.url = make_url(url)
        self.schema = schema
        self._where = self.url.render_as_string(hide_password=True)
        if not migrate:
            self._engine = make_engine(url, schema, writer=False)
            try:
                if current_revision(self._engine, SITE) == head_revision(SITE):
                    return
            except OperationalError as exc:
                # An agent killed mid-write leaves a hot journal that only a writer may roll
                # back (SQLite does so on its next open): open as a writer, which does that.
                if not is_read_only_error(exc):
                    raise
            self._engine.dispose()
        self._engine = _make_engine(url, schema)
        # The schema comes from the migrations in ledger/migrations_site, run (serialised
        # between processes) to head; a database an earlier release created is adopted as is.
        upgrade(self._engine, schema, SITE)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> SiteLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, dataset_digest: str) -> Iterator[LedgerTransaction]:
        """A transaction that holds the data set's write lock; commits when the block ends."""
        digest = _check_digest(dataset_digest)
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            pg = self._engine.dialect.name == "postgresql"
            session.execute(
                (postgresql.insert if pg else sqlite.insert)(BudgetRow)
                .values(dataset_digest=digest, created_at=_now())
                .on_conflict_do_nothing(index_elements=["dataset_digest"])
            )
            # A row lock on PostgreSQL; SQLite ignores FOR UPDATE (BEGIN IMMEDIATE already locks).
            session.execute(
                select(BudgetRow.dataset_digest)
                .where(BudgetRow.dataset_digest == digest)
                .with_for_update()
            )
            yield LedgerTransaction(session, digest)

    def history(self, dataset_digest: str) -> list[Mechanism]:
        with Session(self._engine) as session:
            return LedgerTransaction(session, _check_digest(dataset_digest)).history()

    def epsilon(
        self,
        dataset_digest: str,
        delta: float,
        accountant: str,
        max_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
    ) -> float:
        """The data set's eps, recomputed from its whole counted history (AccountingTooCostly
        where that would take more than `max_mb`)."""
        return epsilon_of(self.history(dataset_digest), delta, accountant, max_mb)

    def reserve(self, dataset_digest: str, mechanism: Mechanism, ctx: SpendContext) -> int:
        """Record the spend before training (own committed transaction); returns the entry id."""
        with self.transaction(dataset_digest) as tx:
            return tx.reserve(mechanism, ctx)

    def record_refusal(
        self, dataset_digest: str, mechanism: Mechanism, ctx: SpendContext, reason: str
    ) -> int:
        with self.transaction(dataset_digest) as tx:
            return tx.refuse(mechanism, ctx, reason)

    def commit(
        self, entry_id: int, actual_steps: int, signed: tuple[str, str] | None = None
    ) -> SpendEntry:
        """Mark a reservation as spent; `signed`, the signed consortium-ledger entry (canonical
        JSON, signature hex) that leaves with the spend (a round's `trained` entry, the
        `released` entry of evaluation counts), is kept with it in the same transaction (see
        `signed_entries`).

        Fewer steps than reserved keep the reserved number (over-count rather than under-count:
        the data were exposed to the reserved plan). More steps than reserved are recorded as
        they ran, eps_after recomputed, and then PrivacyLedgerError is raised: the gate approved
        less than was spent (and nothing is kept to be sent: that round's update is not sent).
        """
        if isinstance(actual_steps, bool) or not isinstance(actual_steps, int) or actual_steps < 0:
            raise ValueError(
                f"privacy ledger: actual_steps must be an int >= 0, got {actual_steps!r}"
            )
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            row = session.get(SpendRow, entry_id, with_for_update=True)
            if row is None:
                raise PrivacyLedgerError(f"privacy ledger {self._where}: no entry {entry_id}")
            if row.status != "reserved":
                raise PrivacyLedgerError(
                    f"privacy ledger {self._where}: entry {entry_id} is {row.status}, not reserved"
                )
            if row.reported_in is not None:
                raise PrivacyLedgerError(
                    f"privacy ledger {self._where}: entry {entry_id} was reported as an "
                    f"interrupted spend by entry {row.reported_in} (another round claimed it "
                    "while this one ran); it stays counted as reserved, this round's update is "
                    "not sent"
                )
            row.status = "committed"
            overrun = actual_steps > row.steps
            if overrun:
                reserved = row.steps
                row.steps = actual_steps
                row.reason = f"ran {actual_steps} steps, {reserved} reserved"
                history = LedgerTransaction(session, row.dataset_digest).history()
                row.epsilon_after = epsilon_of(history, row.delta, row.accountant)
            elif signed is not None:
                row.signed_entry, row.entry_signature = signed
            entry = SpendEntry.of(row)
        if overrun:
            raise PrivacyLedgerError(
                f"privacy ledger {self._where}: entry {entry_id} {entry.reason}; recorded as run"
            )
        return entry

    def signed_entries(
        self, run_id: str, upto_round: int | None, limit: int
    ) -> list[tuple[str, str]]:
        """The signed entries (canonical JSON, signature hex) the site kept with its committed
        spends of run `run_id` in rounds up to `upto_round` (None: every round), training and
        evaluation alike: the latest `limit`, oldest first."""
        where = [
            SpendRow.run_id == run_id,
            SpendRow.status == "committed",
            SpendRow.signed_entry.is_not(None),
            SpendRow.entry_signature.is_not(None),
        ]
        if upto_round is not None:
            where.append(SpendRow.global_round <= upto_round)
        query = (
            select(SpendRow.signed_entry, SpendRow.entry_signature)
            .where(*where)
            .order_by(SpendRow.id.desc())
            .limit(limit)
        )
        with Session(self._engine) as session:
            rows = session.execute(query).all()
        return [(str(body), str(signature)) for body, signature in reversed(rows)]

    def to_send_again(
        self, run_id: str, upto_round: int | None, own: str = ""
    ) -> list[tuple[str, str]]:
        """The signed entries a reply sends again: the latest MAX_RESENT of `signed_entries`,
        the reply's `own` entry left out. A round result, an evaluation reply and the answer to
        the final receipt carry them: a spend the coordinator never recorded (stopped mid-round
        or mid-evaluation, the reply lost) is recorded then, before the entry whose eps covers
        it."""
        kept = self.signed_entries(run_id, upto_round, MAX_RESENT + 1)
        return [pair for pair in kept if pair[0] != own][-MAX_RESENT:]

    def entries(self, dataset_digest: str | None = None) -> list[SpendEntry]:
        """Every entry (all statuses), oldest first; one data set's when a digest is given."""
        query = select(SpendRow).order_by(SpendRow.id)
        if dataset_digest is not None:
            query = query.where(SpendRow.dataset_digest == _check_digest(dataset_digest))
        with Session(self._engine) as session:
            return [SpendEntry.of(row) for row in session.scalars(query)]


def interrupted(entries: list[SpendEntry]) -> list[tuple[SpendEntry, bool]]:
    """Every reservation never committed in `entries` (one data set's, as `entries` returns
    them), with whether a report has left the site with it (claimed by an entry that is not
    itself still reserved). A round still training shows here as not reported, too."""
    reserved = {e.id for e in entries if e.status == "reserved"}
    return [
        (e, e.reported_in is not None and e.reported_in not in reserved)
        for e in entries
        if e.status == "reserved"
    ]


def _make_engine(url: str, schema: str | None) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        if schema is not None:
            raise ValueError(f"privacy ledger: SQLite has no schemas (schema={schema!r})")
        return explicit_begin(create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}))
    if backend != "postgresql":
        raise ValueError(f"privacy ledger: unsupported database {backend!r} (sqlite, postgresql)")
    # The schema as the search path (as for the consortium ledger), so that the migrations and
    # their version table land in it too.
    args = {"options": f"-csearch_path={schema}"} if schema is not None else {}
    return create_engine(url, pool_pre_ping=True, connect_args=args)
