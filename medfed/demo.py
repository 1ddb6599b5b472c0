"""`medfed demo`: synthetic hospitals, a Flower simulation of the curriculum, an exported model."""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flwr.simulation import run_simulation
from rich.progress import Progress, TaskID
from rich.table import Table

from coordinator.server_app import RunObserver, make_server_app
from coordinator.settings import CoordinatorSettings
from coordinator.strategy import RoundSummary
from medfed.console import console
from medfed.export_check import ExportCheck, check_export
from model import default_base_dir
from protocols.curriculum import Curriculum, Stage, demo_curriculum
from site_agent.client_app import make_client_app
from site_agent.settings import training_sites
from site_agent.synth import synthesize


@dataclass(frozen=True)
class DemoOptions:
    out: Path
    sites: int = 3
    rounds: int = 3
    local_steps: int = 30
    studies: int = 160
    seed: int = 0
    show_progress: bool = True

    def __post_init__(self) -> None:
        if self.sites < 3:
            raise ValueError(f"--sites must be >= 3 (secure aggregation needs 3), got {self.sites}")
        if self.rounds < 1:
            raise ValueError(f"--rounds must be >= 1, got {self.rounds}")


@dataclass
class DemoResult:
    out: Path
    sites: list[str]
    curriculum: str
    rounds: list[dict[str, Any]] = field(default_factory=list)
    export: Path | None = None
    export_check: ExportCheck | None = None
    seconds: float = 0.0


class ConsoleObserver(RunObserver):
    """Round progress as a rich progress bar plus one line per round."""

    def __init__(self, progress: Progress, task: TaskID, result: DemoResult) -> None:
        self.progress = progress
        self.task = task
        self.result = result

    def on_stage_start(self, stage: Stage, index: int, total: int) -> None:
        self.progress.console.print(
            f"[bold cyan]stage {index + 1}/{total}: {stage.name}[/] — trains "
            f"{', '.join(stage.trainable_groups)} on {', '.join(stage.data_kinds)} "
            f"for {stage.rounds} round(s)"
        )

    def on_round_end(self, summary: RoundSummary) -> None:
        self.result.rounds.append(summary.__dict__.copy())
        self.progress.console.print(
            f"  round {summary.global_round} [{summary.stage}] "
            f"{summary.participants}/{summary.sampled} sites, {summary.num_examples} examples, "
            f"loss {summary.loss_before:.3f} → {summary.loss_after:.3f} ({summary.seconds:.1f} s)"
        )
        self.progress.advance(self.task)

    def on_export(self, path: Path) -> None:
        self.result.export = path


def _quiet_frameworks() -> None:
    """Flower, Ray and transformers log every step; the demo shows its own progress instead."""
    import warnings

    from transformers.utils import logging as hf_logging

    for name in ("flwr", "ray"):
        logging.getLogger(name).setLevel(logging.ERROR)
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    # Ray warns that a future version stops overriding device variables for CPU-only actors.
    os.environ.setdefault("RAY_ACCEL_ENV_VAR_OVERRIDE_ON_ZERO", "0")
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"(ray|transformers|peft)\.")


def run_demo(opts: DemoOptions, curriculum: Curriculum | None = None) -> DemoResult:
    started = time.monotonic()
    _quiet_frameworks()
    cur = curriculum or demo_curriculum(rounds=opts.rounds, local_steps=opts.local_steps)
    data_root = opts.out / "hospitals"
    if data_root.exists():
        shutil.rmtree(data_root)
    if (opts.out / "run").exists():
        shutil.rmtree(opts.out / "run")
    with Progress(console=console, disable=not opts.show_progress) as progress:
        task = progress.add_task("synthetic hospitals", total=opts.sites * opts.studies)
        summary = synthesize(
            data_root,
            sites=opts.sites,
            seed=opts.seed,
            studies_per_site=opts.studies,
            ood=True,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    sites = [p.name for p in training_sites(data_root)]
    result = DemoResult(out=opts.out, sites=sites, curriculum=cur.name)
    console.print(
        f"[bold]{len(sites)} hospitals[/] written to {data_root} "
        f"({', '.join(summary.sites)}); the OOD hospital never trains"
    )

    settings = CoordinatorSettings(
        run_id="demo",
        out_dir=opts.out / "run",
        base_model=default_base_dir(),
        curriculum=cur,
        num_sites=len(sites),
        seed=opts.seed,
    )
    with Progress(console=console, disable=not opts.show_progress) as progress:
        task = progress.add_task("federated rounds", total=cur.total_rounds)
        observer = ConsoleObserver(progress, task, result)
        server_app = make_server_app(settings, observer)
        _run_simulation(server_app, len(sites), data_root)
    if result.export is None or len(result.rounds) != cur.total_rounds:
        raise RuntimeError(
            f"the federation did not complete: {len(result.rounds)}/{cur.total_rounds} rounds ran"
        )
    result.export_check = check_export(result.export, data_root / sites[0])
    result.seconds = time.monotonic() - started
    _print_summary(result)
    return result


def _run_simulation(server_app: Any, num_sites: int, data_root: Path) -> None:
    run_simulation(
        server_app=server_app,
        client_app=make_client_app(data_root=data_root.resolve()),
        num_supernodes=num_sites,
        backend_config={
            "client_resources": {"num_cpus": 1, "num_gpus": 0.0},
            "init_args": {"logging_level": logging.ERROR, "log_to_driver": False},
        },
    )


def _print_summary(result: DemoResult) -> None:
    table = Table(title="federated rounds")
    for col in ("round", "stage", "sites", "loss before", "loss after", "seconds"):
        table.add_column(col)
    for r in result.rounds:
        table.add_row(
            str(r["global_round"]),
            str(r["stage"]),
            f"{r['participants']}/{r['sampled']}",
            f"{r['loss_before']:.3f}",
            f"{r['loss_after']:.3f}",
            f"{r['seconds']:.1f}",
        )
    console.print(table)
    if result.export_check is not None:
        ec = result.export_check
        console.print(f"[bold]exported model[/]: {result.export} (loads with transformers + peft)")
        for q, a, gold in ec.samples:
            console.print(f"  Q: {q}  model: {a!r}  gold: {gold!r}")
    console.print(f"done in {result.seconds:.0f} s")
