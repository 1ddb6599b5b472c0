"""The coordinator's Flower ServerApp: runs the curriculum's stages in order over the sites,
checkpoints every round and exports the final model.

Each stage is one `DefaultWorkflow` with its own strategy (legacy path: SecAgg+ lives there);
global round numbers continue across stages.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from flwr.app import Context
from flwr.server import ServerConfig
from flwr.server.compat import LegacyContext
from flwr.serverapp import Grid, ServerApp

from coordinator import secure_agg
from coordinator.checkpoints import write_checkpoint
from coordinator.settings import CoordinatorSettings, settings_from_run_config
from coordinator.strategy import RoundSummary, StageStrategy, State
from coordinator.workflow import ResumableWorkflow
from model import attach_lora, export_hf, load_base, load_trainable_state, trainable_state
from protocols.curriculum import Stage

log = logging.getLogger("medfed.coordinator")


class RunObserver:
    """Hooks for progress display; the default logs."""

    def on_stage_start(self, stage: Stage, index: int, total: int) -> None:
        log.info(
            "stage %d/%d %r: groups %s, %d rounds",
            index + 1,
            total,
            stage.name,
            ",".join(stage.trainable_groups),
            stage.rounds,
        )

    def on_round_end(self, summary: RoundSummary) -> None:
        log.info(
            "round %d (%s): %d/%d sites, loss %.4f -> %.4f",
            summary.global_round,
            summary.stage,
            summary.participants,
            summary.sampled,
            summary.loss_before,
            summary.loss_after,
        )

    def on_export(self, path: Path) -> None:
        log.info("exported model to %s", path)


def run_federation(
    grid: Grid, context: Context, settings: CoordinatorSettings, observer: RunObserver
) -> State:
    """Run every stage of the curriculum; returns the final global trainable state."""
    cur = settings.curriculum
    out = settings.out_dir
    out.mkdir(parents=True, exist_ok=True)
    base, tokenizer, _preset = load_base(settings.base_model)
    model = attach_lora(base, cur.all_groups, r=settings.lora_rank, seed=settings.seed)
    state = trainable_state(model, cur.all_groups)
    rounds: list[dict[str, object]] = []

    def on_round(stage: Stage) -> Callable[[RoundSummary, State], None]:
        def hook(summary: RoundSummary, global_state: State) -> None:
            write_checkpoint(
                out / "checkpoints",
                summary.global_round,
                global_state,
                {"run_id": settings.run_id, "stage": stage.name, "summary": asdict(summary)},
            )
            rounds.append(asdict(summary))
            observer.on_round_end(summary)

        return hook

    offset = 0
    for index, stage in enumerate(cur.stages):
        observer.on_stage_start(stage, index, len(cur.stages))
        trainable_names = list(trainable_state(model, stage.trainable_groups))
        strategy = StageStrategy(
            run_id=settings.run_id,
            stage=stage,
            round_offset=offset,
            global_state=state,
            model_groups=cur.all_groups,
            trainable_names=trainable_names,
            lora_rank=settings.lora_rank,
            seed=settings.seed,
            num_sites=settings.num_sites,
            on_round=on_round(stage),
        )
        legacy = LegacyContext(
            context, config=ServerConfig(num_rounds=stage.rounds), strategy=strategy
        )
        fit = (
            secure_agg.fit_workflow(settings.secagg, settings.num_sites)
            if (settings.secagg.enabled)
            else None
        )
        ResumableWorkflow(fit_workflow=fit)(grid, legacy)
        state = strategy.global_state
        offset += stage.rounds

    load_trainable_state(model, state)
    export_dir = out / "export"
    export_hf(model, tokenizer, export_dir)
    (out / "rounds.json").write_text(json.dumps(rounds, indent=2))
    observer.on_export(export_dir)
    return state


def make_server_app(
    settings: CoordinatorSettings, observer: RunObserver | None = None
) -> ServerApp:
    """A ServerApp bound to explicit settings (the demo and tests use this)."""
    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        run_federation(grid, context, settings, observer or RunObserver())

    return app


app = ServerApp()


@app.main()
def main(grid: Grid, context: Context) -> None:
    """Entry point for `flwr run .`: settings come from the app's run config."""
    num_sites = len(list(grid.get_node_ids()))
    settings = settings_from_run_config(context.run_config, str(context.run_id), num_sites)
    run_federation(grid, context, settings, RunObserver())
