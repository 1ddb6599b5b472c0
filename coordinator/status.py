"""The operator's view of a run (`medfed coordinator status`): what the run store, the
consortium ledger and (given a SuperLink connection) Flower say, gathered once into one
document. Read-only: the ledger is opened without migrating, the run store only queried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator.ledger_url import resolve_ledger_url, shown
from coordinator.run_store import RunStore, sqlite_url
from coordinator.settings import RUN_FILE, CoordinatorSettings
from ledger.store import ConsortiumLedger
from protocols.ledger_entry import CoordinatorRoundEntry, SiteRoundEntry


@dataclass
class SiteStatus:
    name: str
    epsilon_cap: float
    last_round: int | None = None
    last_outcome: str = "none yet"  # trained, refused, dropped
    reason: str | None = None
    epsilon: float | None = None  # per study, over the site's lifetime, as it last logged


@dataclass
class RunStatusView:
    run_id: str | None
    status: str  # running, completed, halted, ... (the run store); "unknown" from a ledger only
    stage: str | None
    global_round: int
    rounds_total: int | None
    ledger: str
    sites: dict[str, SiteStatus] = field(default_factory=dict)
    connected_nodes: list[int] | None = None  # from `flwr supernode list`, when asked
    halt: str | None = None
    # dropouts the ledger names by node id (the node never replied in this run), last round
    dropped_nodes: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "status": self.status, "stage": self.stage,
            "global_round": self.global_round, "rounds_total": self.rounds_total,
            "ledger": self.ledger, "halt": self.halt,
            "connected_nodes": self.connected_nodes, "dropped_nodes": self.dropped_nodes,
            "sites": {n: vars(s) for n, s in self.sites.items()},
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
            site.last_round, site.last_outcome = entry.global_round, entry.status
            site.reason, site.epsilon = entry.reason, entry.epsilon_after
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
        store = RunStore(sqlite_url(run_dir))
        row = store.run(settings.run_id)
        view.status = row.status if row is not None else "not started"
        rounds = store.rounds(settings.run_id)
        if rounds:
            view.global_round, view.stage = rounds[-1].global_round, rounds[-1].stage
        halts = store.events(settings.run_id, "halt")
        if halts and view.status == "halted":
            view.halt = str(halts[-1].detail.get("reason"))
        if url is None:
            url, _ = resolve_ledger_url(settings.ledger_url, run_dir)
    if url is None:
        raise ValueError("give a run directory or a ledger URL (--db)")
    view.ledger = shown(url)
    with ConsortiumLedger(url, migrate=False) as ledger:
        _from_ledger(view, ledger)
    if online is not None:
        view.connected_nodes = sorted(online())
    return view


def render(view: RunStatusView) -> list[str]:
    """Plain lines for a terminal."""
    total = f"/{view.rounds_total}" if view.rounds_total else ""
    lines = [
        f"run {view.run_id or '(none)'}: {view.status}, stage {view.stage or '-'}, "
        f"round {view.global_round}{total}",
        f"ledger: {view.ledger}",
    ]
    if view.halt:
        lines.append(f"halted: {view.halt}")
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
        lines.append(f"  {s.name}: {last}; eps per study {eps} of cap {s.epsilon_cap:g}")
    return lines
