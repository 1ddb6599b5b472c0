"""The coordinator's run store (SQLAlchemy): runs, completed rounds and run events.

SQLite inside the run directory by default; any SQLAlchemy URL (PostgreSQL in production) works.
A round's row is written after its checkpoint, in one transaction, so the store never claims a
round whose checkpoint is missing; on resume the checkpoints are the source of truth.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, DateTime, Float, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from coordinator.strategy import RoundSummary
from ledger.db import MigrationSet, make_engine, upgrade

RUN_STORE = MigrationSet(
    Path(__file__).parent / "migrations_run",
    "medfed_run_store_version",
    7321017,
    "run store",
    # before its migrations the coordinator created these with create_all
    legacy_tables=("medfed_runs", "medfed_rounds", "medfed_run_events"),
    baseline="0001",
)


class Base(DeclarativeBase):
    pass


def _now() -> datetime:
    return datetime.now(UTC)


class RunRow(Base):
    __tablename__ = "medfed_runs"
    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    curriculum: Mapped[str] = mapped_column(String(200))
    curriculum_digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="running")
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class RoundRow(Base):
    __tablename__ = "medfed_rounds"
    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    global_round: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage: Mapped[str] = mapped_column(String(64))
    stage_round: Mapped[int] = mapped_column(Integer)
    sampled: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    refusals: Mapped[int] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer)
    dropped_nodes: Mapped[list[int]] = mapped_column(JSON)
    num_examples: Mapped[int] = mapped_column(Integer)
    loss_before: Mapped[float] = mapped_column(Float)
    loss_after: Mapped[float] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float)
    max_epsilon: Mapped[float] = mapped_column(Float, default=0.0)
    halted: Mapped[bool] = mapped_column(default=False)
    checkpoint_digest: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class EventRow(Base):
    __tablename__ = "medfed_run_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    global_round: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


RUN_STORE_FILE = "run.sqlite"  # in the run directory


def sqlite_url(run_dir: Path) -> str:
    return f"sqlite:///{(run_dir / RUN_STORE_FILE).resolve()}"


class RunStore:
    """Thin shell over the tables; each method is one transaction. The schema comes from the
    store's Alembic migrations (`coordinator/migrations_run`), run when the store is opened
    for writing; `migrate=False` (a reader such as `coordinator status`) changes nothing."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        # as the ledgers: on SQLite every transaction BEGIN IMMEDIATE, so the tables and their
        # revision are made in one (a crash leaves no half-made store, two openers take turns);
        # a reader opens the file read-only
        self.engine = make_engine(url, None, writer=migrate)
        if migrate:
            upgrade(self.engine, None, RUN_STORE)

    def start_run(
        self, run_id: str, curriculum: str, digest: str, settings: dict[str, Any]
    ) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(RunRow, run_id)
            if row is None:
                s.add(
                    RunRow(
                        run_id=run_id,
                        curriculum=curriculum,
                        curriculum_digest=digest,
                        settings=json.loads(json.dumps(settings, default=str)),
                    )
                )
            else:
                if row.curriculum_digest != digest:
                    raise ValueError(
                        f"run {run_id!r} was started with curriculum {row.curriculum_digest[:12]}, "
                        f"not {digest[:12]}"
                    )
                row.status = "running"

    def record_round(
        self, run_id: str, summary: RoundSummary, checkpoint_digest: str, **details: Any
    ) -> None:
        fields = asdict(summary)
        fields["dropped_nodes"] = list(summary.dropped_nodes)
        with Session(self.engine) as s, s.begin():
            s.add(
                RoundRow(
                    run_id=run_id,
                    checkpoint_digest=checkpoint_digest,
                    details=json.loads(json.dumps(details, default=str)),
                    **fields,
                )
            )

    def record_event(self, run_id: str, kind: str, global_round: int = 0, **detail: Any) -> None:
        with Session(self.engine) as s, s.begin():
            s.add(
                EventRow(
                    run_id=run_id,
                    kind=kind,
                    global_round=global_round,
                    detail=json.loads(json.dumps(detail, default=str)),
                )
            )

    def finish_run(self, run_id: str, status: str) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(RunRow, run_id)
            if row is None:
                raise ValueError(f"no run {run_id!r} in the run store")
            row.status = status

    def rounds(self, run_id: str) -> list[RoundRow]:
        with Session(self.engine) as s:
            q = select(RoundRow).where(RoundRow.run_id == run_id).order_by(RoundRow.global_round)
            return list(s.scalars(q))

    def events(self, run_id: str, kind: str | None = None) -> list[EventRow]:
        with Session(self.engine) as s:
            q = select(EventRow).where(EventRow.run_id == run_id)
            if kind is not None:
                q = q.where(EventRow.kind == kind)
            return list(s.scalars(q.order_by(EventRow.id)))

    def run(self, run_id: str) -> RunRow | None:
        with Session(self.engine) as s:
            return s.get(RunRow, run_id)
