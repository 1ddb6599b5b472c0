"""What the audit report shows, gathered from one run's ledger entries. Pure: no I/O, no plots.

Only entries that parse are shown; anything else is a verification problem and the report lists
those separately. eps values are the verifier's points: the logged eps next to the recomputed one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from auditor.verify import VerifyResult, parse_rows
from ledger.store import SiteRecord, StoredRow
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    ResumeEntry,
    SiteRoundEntry,
    StageTransition,
)


@dataclass(frozen=True)
class RoundInfo:
    global_round: int
    stage: str
    participants: tuple[str, ...]
    dropouts: tuple[str, ...]
    refusals: tuple[tuple[str, str], ...]  # (site, reason)
    aggregate_digest: str
    checkpoint_digest: str


@dataclass(frozen=True)
class StageSpan:
    stage: str
    first_round: int
    last_round: int


@dataclass(frozen=True)
class EpsPoint:
    site: str
    budget: str  # the site's lifetime budget: one line per site
    global_round: int
    logged: float
    recomputed: float | None
    status: str


@dataclass(frozen=True)
class InterruptedInfo:
    """A spend a site reserved for a round that was killed mid-training, as it reported it."""

    site: str
    run_id: str
    stage: str
    global_round: int
    reported_round: int  # the round of the entry that reports it (in this run)
    steps: int
    logged: float
    recomputed: float | None


@dataclass(frozen=True)
class SiteSummary:
    name: str
    key_fingerprint: str
    cap: float
    final_eps: tuple[tuple[str, float], ...]  # (budget, last logged eps per study)
    rounds_trained: int
    refusals: int
    # releases of federated evaluation counts in the run (each a spend under DP), and the eps
    # per study they added: each the rise of the recomputed eps at its release, summed (None
    # where one could not be recomputed)
    evaluation_releases: int = 0
    evaluation_eps: float | None = 0.0

    @property
    def peak_eps(self) -> float:
        return max((eps for _, eps in self.final_eps), default=0.0)


@dataclass(frozen=True)
class RunReport:
    run_id: str
    entries: int
    head_hash: str
    rounds: tuple[RoundInfo, ...]
    stages: tuple[StageSpan, ...]
    transitions: tuple[StageTransition, ...]
    resumes: tuple[ResumeEntry, ...]
    curriculum_digests: tuple[str, ...]
    eps: tuple[EpsPoint, ...]
    sites: tuple[SiteSummary, ...]
    verification: VerifyResult
    interrupted: tuple[InterruptedInfo, ...] = ()


def _stage_spans(rounds: Sequence[RoundInfo]) -> tuple[StageSpan, ...]:
    spans: list[StageSpan] = []
    for info in sorted(rounds, key=lambda r: r.global_round):
        last = spans[-1] if spans else None
        if last is not None and last.stage == info.stage:
            spans[-1] = StageSpan(last.stage, last.first_round, info.global_round)
        else:
            spans.append(StageSpan(info.stage, info.global_round, info.global_round))
    return tuple(spans)


def build_run_report(
    rows: Sequence[StoredRow],
    sites: Mapping[str, SiteRecord],
    verification: VerifyResult,
    run_id: str,
) -> RunReport:
    run_rows = sorted((r for r in rows if r.run_id == run_id), key=lambda r: r.seq)
    parsed, _ = parse_rows(run_rows)
    entries = [parsed[r.id] for r in run_rows if r.id in parsed]
    site_entries = [e for e in entries if isinstance(e, SiteRoundEntry)]
    reasons = {
        (e.global_round, e.site): e.reason or "" for e in site_entries if e.status == "refused"
    }
    rounds = tuple(
        RoundInfo(
            global_round=e.global_round,
            stage=e.stage,
            participants=e.participants,
            dropouts=e.dropouts,
            refusals=tuple((s, reasons.get((e.global_round, s), "")) for s in e.refusals),
            aggregate_digest=e.aggregate_digest,
            checkpoint_digest=e.checkpoint_digest,
        )
        for e in entries
        if isinstance(e, CoordinatorRoundEntry)
    )
    points = [
        p for p in sorted(verification.points, key=lambda p: p.row.id) if p.row.run_id == run_id
    ]
    eps = tuple(
        EpsPoint(
            site=p.entry.site,
            budget=f"eps per {p.entry.privacy_unit}",
            global_round=p.entry.global_round
            if p.interrupted is None
            else p.interrupted.global_round,
            logged=p.logged,
            recomputed=p.recomputed,
            status=p.entry.status if p.interrupted is None else "interrupted",
        )
        for p in points
    )
    interrupted = tuple(
        InterruptedInfo(
            site=p.entry.site,
            run_id=s.run_id,
            stage=s.stage,
            global_round=s.global_round,
            reported_round=p.entry.global_round,
            steps=s.steps,
            logged=p.logged,
            recomputed=p.recomputed,
        )  # fmt: skip
        for p in points
        if (s := p.interrupted) is not None
    )
    names = sorted({*sites, *(e.site for e in site_entries)})
    summaries = []
    for name in names:
        mine = [e for e in site_entries if e.site == name]
        released = [p for p in points if p.released and p.entry.site == name]
        added = [p.added for p in released]
        final = {f"eps per {e.privacy_unit}": e.epsilon_after for e in mine}
        record = sites.get(name)
        summaries.append(
            SiteSummary(
                name=name,
                key_fingerprint=record.key_fingerprint if record else "(not registered)",
                cap=record.epsilon_cap if record else float("nan"),
                final_eps=tuple(sorted(final.items())),
                rounds_trained=len({e.global_round for e in mine if e.status == "trained"}),
                refusals=sum(1 for e in mine if e.status == "refused"),
                evaluation_releases=len(released),
                evaluation_eps=None if None in added else sum(a for a in added if a is not None),
            )
        )
    curricula = {e.curriculum_digest: None for e in entries if isinstance(e, CoordinatorRoundEntry)}
    return RunReport(
        run_id=run_id,
        entries=len(run_rows),
        head_hash=run_rows[-1].entry_hash if run_rows else "",
        rounds=rounds,
        stages=_stage_spans(rounds),
        transitions=tuple(e for e in entries if isinstance(e, StageTransition)),
        resumes=tuple(e for e in entries if isinstance(e, ResumeEntry)),
        curriculum_digests=tuple(curricula),
        eps=eps,
        sites=tuple(summaries),
        verification=verification,
        interrupted=interrupted,
    )
