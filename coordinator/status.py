"""The operator's view of a run (`medfed coordinator status`): what the run store, the
consortium ledger and (given a SuperLink connection) Flower say, gathered once into one
document. Read-only: the ledger is opened without migrating, the run store only queried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from coordinator.ledger_url import resolve_ledger_url, shown
from coordinator.run_store import RUN_STORE_FILE, RunStore, sqlite_url
from coordinator.settings import RUN_FILE, CoordinatorSettings
from ledger.store import ConsortiumLedger, LedgerStoreError
from protocols.ledger_entry import CoordinatorRoundEntry, SiteRoundEntry

ROUND_FIELDS = ("global_round", "stage", "sampled", "participants", "refusals", "failures",
                "dropped_nodes")  # fmt: skip


@dataclass
class SiteStatus:
    name: str
    epsilon_cap: float
    last_round: int | None = None
    last_outcome: str = "none yet"  # trained, refused, dropped
    reason: str | None = None
    epsilon: float | None = None  # per study, over the site's lifetime, as it last logged


@dataclass
class RoundOutcome:
    """The last round the coordinator finished, or halted on, as its run store recorded it."""

    global_round: int
    stage: str
    sampled: int
    participants: int  # trained and aggregated
    refusals: int
    failures: int
    dropped: int
    refusal_codes: dict[str, int] = field(default_factory=dict)  # generic code -> sites
    halted: bool = False

    @classmethod
    def from_record(cls, summary: dict[str, Any], codes: list[str], halted: bool) -> RoundOutcome:
        counts: dict[str, int] = {}
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
        return cls(
            global_round=int(summary["global_round"]), stage=str(summary["stage"]),
            sampled=int(summary["sampled"]), participants=int(summary["participants"]),
            refusals=int(summary["refusals"]), failures=int(summary["failures"]),
            dropped=len(summary["dropped_nodes"]), refusal_codes=counts, halted=halted,
        )  # fmt: skip


@dataclass
class RunStatusView:
    run_id: str | None
    status: str  # running, completed, halted, failed (the run store); "unknown" from a ledger only
    stage: str | None
    global_round: int
    rounds_total: int | None
    ledger: str
    sites: dict[str, SiteStatus] = field(default_factory=dict)
    connected_nodes: list[int] | None = None  # from `flwr supernode list`, when asked
    halt: str | None = None  # why it halted, or the error it failed with
    last_round: RoundOutcome | None = None
    # dropouts the ledger names by node id (the node never replied in this run), last round
    dropped_nodes: dict[str, int] = field(default_factory=dict)
    # the last federated evaluation (counts only, as the sites sent them): round, stage, overall
    # and per-site counts (closed_n, closed_correct, open_n, open_exact)
    evaluation: dict[str, Any] | None = None
    # the run's last start found every round done (a completed run submitted again)
    nothing_left: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "status": self.status, "stage": self.stage,
            "global_round": self.global_round, "rounds_total": self.rounds_total,
            "ledger": self.ledger, "halt": self.halt,
            "last_round": vars(self.last_round) if self.last_round else None,
            "connected_nodes": self.connected_nodes, "dropped_nodes": self.dropped_nodes,
            "sites": {n: vars(s) for n, s in self.sites.items()},
            "evaluation": self.evaluation, "nothing_left": self.nothing_left,
        }  # fmt: skip


def _from_ledger(view: RunStatusView, ledger: ConsortiumLedger) -> None:
    for name, site_record in ledger.sites().items():
        view.sites[name] = SiteStatus(name, site_record.epsilon_cap)
    runs = ledger.runs()
    if view.run_id is None and runs:
        view.run_id = runs[-1]
    for record in ledger.entries(view.run_id) if view.run_id else []:
        entry = record.entry
        if isinstance(entry, SiteRoundEntry) and entry.site in view.sites:
            site = view.sites[entry.site]
            site.epsilon = entry.epsilon_after
            if entry.status != "released":  # evaluation counts: a spend, not the round's outcome
                site.last_round, site.last_outcome = entry.global_round, entry.status
                site.reason = entry.reason
        elif isinstance(entry, CoordinatorRoundEntry):
            view.stage = entry.stage
            view.global_round = max(view.global_round, entry.global_round)
            for name in entry.dropouts:
                if name in view.sites:
                    site = view.sites[name]
                    site.last_round, site.last_outcome = entry.global_round, "dropped"
                    site.reason = None
                else:
                    view.dropped_nodes[name] = entry.global_round


def gather(
    run_dir: Path | None,
    db: str | None = None,
    online: Callable[[], list[int]] | None = None,
) -> RunStatusView:
    """The run's status from its directory (run store, and the ledger it used) or from a ledger
    URL alone; `online` lists the SuperNodes Flower sees connected."""
    view = RunStatusView(None, "unknown", None, 0, None, "")
    url = db
    if run_dir is not None:
        if not (run_dir / RUN_FILE).is_file():
            raise FileNotFoundError(f"{run_dir}: no {RUN_FILE}, so not a MedFed run directory")
        settings = CoordinatorSettings.load(run_dir)
        view.run_id = settings.run_id
        view.rounds_total = sum(s.rounds for s in settings.curriculum.stages)
        store = run_dir / RUN_STORE_FILE
        if store.exists():  # read-only: a reader changes nothing
            try:
                _from_run_store(view, settings.run_id, RunStore(sqlite_url(run_dir), migrate=False))
            except (SQLAlchemyError, LedgerStoreError) as exc:
                reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                raise ValueError(f"{store}: not a readable MedFed run store ({reason})") from exc
        else:
            view.status = "not started"
        if url is None:
            url, _ = resolve_ledger_url(settings.ledger_url, run_dir)
    if url is None:
        raise ValueError("give a run directory or a ledger URL (--db)")
    view.ledger = shown(url)
    if run_dir is not None and view.status == "failed" and not _ledger_exists(url):
        view.ledger += " (never written: the run failed before it opened its ledger)"
    else:
        with ConsortiumLedger(url, migrate=False) as ledger:
            _from_ledger(view, ledger)
    if online is not None:
        view.connected_nodes = sorted(online())
    return view


def _from_run_store(view: RunStatusView, run_id: str, store: RunStore) -> None:
    row = store.run(run_id)
    view.status = row.status if row is not None else "not started"
    rounds = store.rounds(run_id)
    if rounds:
        last = rounds[-1]
        view.global_round, view.stage = last.global_round, last.stage
        summary = {c: getattr(last, c) for c in ROUND_FIELDS}
        codes = list(last.details.get("refusal_codes", []))
        view.last_round = RoundOutcome.from_record(summary, codes, halted=False)
    halts = store.events(run_id, "halt")
    if halts and view.status == "halted":
        view.halt = str(halts[-1].detail.get("reason"))
        halted_round = halts[-1].detail.get("summary")
        if isinstance(halted_round, dict):  # the round it halted on left no checkpoint
            codes = list(halts[-1].detail.get("refusal_codes", []))
            view.last_round = RoundOutcome.from_record(halted_round, codes, halted=True)
            view.stage = view.last_round.stage
    resumes = store.events(run_id, "resume")
    view.nothing_left = bool(resumes and resumes[-1].detail.get("nothing_left"))
    evaluations = store.events(run_id, "evaluation")
    if evaluations:
        last_eval = evaluations[-1]
        view.evaluation = {"global_round": last_eval.global_round, **last_eval.detail}
    failures = store.events(run_id, "failure")
    if failures and view.status == "failed":
        view.halt = str(failures[-1].detail.get("error"))


def _ledger_exists(url: str) -> bool:
    """False only for a SQLite ledger whose file is not there (a PostgreSQL one is asked)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True
    return Path(parsed.database).is_file()


def render(view: RunStatusView) -> list[str]:
    """Plain lines for a terminal."""
    total = f"/{view.rounds_total}" if view.rounds_total else ""
    lines = [
        f"run {view.run_id or '(none)'}: {view.status}, stage {view.stage or '-'}, "
        f"round {view.global_round}{total}",
        f"ledger: {view.ledger}",
    ]
    if view.halt:
        lines.append(f"{'failed' if view.status == 'failed' else 'halted'}: {view.halt}")
    if view.last_round is not None:
        lines.append(round_line(view.last_round))
    if view.evaluation is not None:
        lines.append(evaluation_line(view.evaluation))
    if view.connected_nodes is not None:
        nodes = ", ".join(map(str, view.connected_nodes)) or "none"
        lines.append(f"SuperNodes online: {len(view.connected_nodes)} ({nodes})")
    if view.dropped_nodes:
        nodes = ", ".join(f"{n} (round {r})" for n, r in view.dropped_nodes.items())
        lines.append(f"dropped out before any reply named their site: {nodes}")
    lines.append(f"sites registered: {len(view.sites)}")
    for s in view.sites.values():
        eps = f"{s.epsilon:.3f}" if s.epsilon is not None else "-"
        why = f" ({s.reason})" if s.reason else ""
        last = f"round {s.last_round}: {s.last_outcome}{why}" if s.last_round else s.last_outcome
        lines.append(
            f"  {s.name}: {last}; eps per study over its lifetime {eps} of cap {s.epsilon_cap:g}"
        )
    return lines


def _share(hit: int, n: int) -> str:
    return f"{100 * hit / n:.1f}% ({hit}/{n})" if n else "-"


def evaluation_line(ev: dict[str, Any]) -> str:
    """`last evaluation (round 7, instruction): closed 72.7% (218/300), open exact ...`: the
    sites' held-out questions, from the counts they sent (no item leaves a site)."""
    overall = ev.get("overall") or {}
    per_site = ev.get("per_site") or {}
    closed = _share(int(overall.get("closed_correct", 0)), int(overall.get("closed_n", 0)))
    opened = _share(int(overall.get("open_exact", 0)), int(overall.get("open_n", 0)))
    sites = ", ".join(
        f"{name} {_share(int(c.get('closed_correct', 0)), int(c.get('closed_n', 0)))}"
        for name, c in sorted(per_site.items())
    )
    return (
        f"last evaluation (round {ev.get('global_round')}, {ev.get('stage')}): held-out closed "
        f"questions {closed}, open exact {opened}"
        + (f"; closed by site: {sites}" if sites else "")
        + " (the sites send counts only, each noised under DP and charged to their privacy "
        "budgets, so the figures are rough; not the majority answer to compare with: "
        "`medfed eval baselines` prints it, on the export's exact answers)"
    )


def round_line(r: RoundOutcome) -> str:
    """`last round 3 [vqa]: 3 sampled, 2 trained, 1 refused (budget), 0 failed`."""
    codes = ", ".join(
        f"{code}" if n == 1 else f"{code} x{n}" for code, n in sorted(r.refusal_codes.items())
    )
    refused = f"{r.refusals} refused" + (f" ({codes})" if codes else "")
    dropped = f", {r.dropped} dropped" if r.dropped else ""
    halted = " - halted" if r.halted else ""
    return (
        f"last round {r.global_round} [{r.stage}]: {r.sampled} sampled, {r.participants} "
        f"trained, {refused}, {r.failures} failed{dropped}{halted}"
    )


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def progress_lines(view: RunStatusView, elapsed: float) -> list[str]:
    """What `coordinator run/resume` (and a deployed run's poller) print as the run moves."""
    total = f"/{view.rounds_total}" if view.rounds_total else ""
    lines = [
        f"[{_clock(elapsed)}] run {view.run_id}: {view.status}, stage {view.stage or '-'}, "
        f"round {view.global_round}{total}"
    ]
    if view.last_round is not None:
        lines.append("  " + round_line(view.last_round))
    spent = [
        f"{s.name} {s.epsilon:.3f}/{s.epsilon_cap:g}"
        for s in view.sites.values()
        if s.epsilon is not None
    ]
    if spent:
        lines.append(
            "  eps spent per study (each site's lifetime budget, of its cap): " + ", ".join(spent)
        )
    return lines


def outcome_line(view: RunStatusView, elapsed: float | None) -> str:
    """The last line of a run: completed, or halted with the stage and the reasons. `elapsed`
    is how long the caller watched it move; None where it had already ended when the caller
    first looked (a `coordinator follow` started after the run), which the line says instead of
    a time it did not measure."""
    total = f"/{view.rounds_total}" if view.rounds_total else ""
    took = (
        f"after {_clock(elapsed)}" if elapsed is not None else "ended before this command started"
    )
    if view.status == "completed":
        again = (
            " (every round was done before its last start: that start trained nothing and "
            "wrote the export again)"
            if view.nothing_left
            else ""
        )
        return (
            f"outcome: run {view.run_id} completed, {view.global_round}{total} rounds, {took}"
            + again
        )
    if view.status == "halted":
        return f"outcome: run {view.run_id} halted in stage {view.stage or '-'}, {took}: " + (
            view.halt or "no reason recorded"
        )
    return (
        f"outcome: run {view.run_id} did not complete ({view.status}) at round "
        f"{view.global_round}{total}, {took}" + (f": {view.halt}" if view.halt else "")
    )


class ProgressPrinter:
    """Prints `progress_lines` for a run directory each time the run moves on (a round ends,
    the status changes); used by `coordinator run/resume` after every round and by a deployed
    run's poller after every poll. The run directory is the source of truth, as for `status`."""

    def __init__(
        self,
        run_dir: Path,
        emit: Callable[[str], None],
        clock: Callable[[], float],
        *,
        follower: bool = False,
    ) -> None:
        """`follower`: the run was started elsewhere (`coordinator follow`), so a run already
        ended at the first reading gets no duration in its outcome line."""
        self.run_dir = run_dir
        self.emit = emit
        self.clock = clock
        self.started = clock()
        self._shown: tuple[Any, ...] | None = None
        # whether the run was still to end when this printer first read it (None: not read yet)
        self._watched: bool | None = None if follower else True

    def elapsed(self) -> float:
        return self.clock() - self.started

    def refresh(self) -> RunStatusView | None:
        """Print the run's progress if it changed; the view (None before run.json exists)."""
        if not (self.run_dir / RUN_FILE).is_file():
            return None
        view = gather(self.run_dir)
        if self._watched is None:
            self._watched = view.status in ("running", "not started")
        key = (view.status, view.stage, view.global_round, view.last_round)
        if key != self._shown:
            self._shown = key
            for line in progress_lines(view, self.elapsed()):
                self.emit(line)
        return view

    def finish(self) -> RunStatusView:
        """The final progress (if it moved) and the outcome line; the final view."""
        view = self.refresh()
        if view is None:
            raise FileNotFoundError(f"{self.run_dir}: no {RUN_FILE}, the run never started")
        self.emit(outcome_line(view, self.elapsed() if self._watched else None))
        return view
