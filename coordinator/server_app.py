"""The coordinator's Flower ServerApp: runs the curriculum's stages in order over the sites,
checkpoints every round, resumes after a crash, and exports the final model.

Each stage is one Flower workflow (legacy path: SecAgg+ lives there) with its own strategy; global
round numbers continue across stages and across a resume.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from flwr.app import Context
from flwr.server import ServerConfig
from flwr.server.compat import LegacyContext
from flwr.serverapp import Grid, ServerApp

from coordinator import secure_agg
from coordinator.checkpoints import (
    Checkpoint,
    CheckpointError,
    list_checkpoints,
    read_server_state,
    read_state,
    write_checkpoint,
)
from coordinator.consortium_log import ConsortiumLog
from coordinator.ledger_url import resolve_ledger_url, shown
from coordinator.model_card import write_model_card
from coordinator.receipts import send_receipt
from coordinator.run_store import RunStore, sqlite_url
from coordinator.server_step import ServerStep, ServerStepError
from coordinator.settings import CoordinatorSettings, settings_from_run_config
from coordinator.strategy import (
    EvalSummary,
    RoundHook,
    RoundRecord,
    RoundSummary,
    SiteLedgerEntry,
    StageHalted,
    StageStrategy,
    State,
    halt_reason,
)
from coordinator.workflow import ResumableWorkflow
from model import attach_lora, export_hf, load_base, load_trainable_state, trainable_state
from protocols import update_codec
from protocols.curriculum import Curriculum, Stage
from protocols.curriculum_file import curriculum_digest
from protocols.keys import load_private_key

log = logging.getLogger("medfed.coordinator")


class RunObserver:
    """Hooks for progress display; the default logs."""

    def on_stage_start(self, stage: Stage, index: int, total: int, first_round: int) -> None:
        log.info(
            "stage %d/%d %r from round %d: groups %s",
            index + 1, total, stage.name, first_round, ",".join(stage.trainable_groups),
        )  # fmt: skip

    def on_round_end(self, summary: RoundSummary) -> None:
        log.info(
            "round %d (%s): %d/%d sites trained, %d refused, loss %.4f -> %.4f",
            summary.global_round, summary.stage, summary.participants, summary.sampled,
            summary.refusals, summary.loss_before, summary.loss_after,
        )  # fmt: skip

    def on_evaluation(self, summary: EvalSummary) -> None:
        acc = EvalSummary.accuracy(summary.overall)
        log.info("evaluation after round %d: closed accuracy %s over %d sites",
                 summary.global_round, f"{acc:.3f}" if acc is not None else "n/a",
                 len(summary.per_site))  # fmt: skip

    def on_export(self, path: Path) -> None:
        log.info("exported model to %s", path)

    def on_halt(self, reason: str) -> None:
        log.error("run halted: %s", reason)


def _resume_point(settings: CoordinatorSettings) -> Checkpoint | None:
    ckpts = list_checkpoints(settings.out_dir / "checkpoints")
    return ckpts[-1] if ckpts else None


def _backfill_rounds(store: RunStore, settings: CoordinatorSettings) -> None:
    """A crash between a checkpoint's rename and its run-store row leaves the row missing: the
    checkpoint (the source of truth) carries the round's summary, so write it now."""
    known = {r.global_round for r in store.rounds(settings.run_id)}
    for ckpt in list_checkpoints(settings.out_dir / "checkpoints"):
        if ckpt.global_round not in known:
            fields = dict(ckpt.manifest["summary"])
            fields["dropped_nodes"] = tuple(fields["dropped_nodes"])
            store.record_round(
                settings.run_id,
                RoundSummary(**fields),
                ckpt.manifest["state_digest"],
                backfilled=True,
            )


def record_to_manifest(record: RoundRecord) -> dict[str, Any]:
    return {
        "site_entries": [
            {"body": e.body, "signature": e.signature.hex(), "node_id": e.node_id}
            | ({"resent": [[b, sig.hex()] for b, sig in e.resent]} if e.resent else {})
            for e in record.site_entries
        ],
        "aggregate_digest": record.aggregate_digest,
    }


def _record_from_manifest(ckpt: Checkpoint) -> RoundRecord:
    doc = ckpt.manifest.get("record") or {}
    entries = tuple(
        SiteLedgerEntry(
            str(e["body"]),
            bytes.fromhex(str(e["signature"])),
            int(e["node_id"]),
            resent=tuple((str(b), bytes.fromhex(str(sig))) for b, sig in e.get("resent", [])),
        )
        for e in doc.get("site_entries", [])
    )
    return RoundRecord(entries, str(doc.get("aggregate_digest", "")))


def backfill_ledger(ledger: ConsortiumLog, checkpoints: Path) -> list[int]:
    """A crash between a checkpoint's rename and the round's ledger entries leaves the round
    checkpointed but not in the consortium ledger: append its entries now, from the record the
    checkpoint keeps (the sites' signed entries, as they arrived), so that the resumed run
    neither skips the round in the ledger nor loses the sites' spends in it."""
    logged = ledger.logged_rounds()
    written = []
    for ckpt in list_checkpoints(checkpoints):
        if ckpt.global_round in logged:
            continue
        fields = dict(ckpt.manifest["summary"])
        fields["dropped_nodes"] = tuple(fields["dropped_nodes"])
        if "record" not in ckpt.manifest:
            log.warning("round %d: its checkpoint keeps no site entries (written by an older "
                        "release); the ledger gets the coordinator's entry alone",
                        ckpt.global_round)  # fmt: skip
        ledger.round(RoundSummary(**fields), _record_from_manifest(ckpt),
                     ckpt.manifest["state_digest"], backfill=True)  # fmt: skip
        written.append(ckpt.global_round)
    return written


def run_federation(
    grid: Grid, context: Context, settings: CoordinatorSettings, observer: RunObserver
) -> State:
    """Run (or continue) every stage of the curriculum; returns the final global state."""
    cur = settings.curriculum
    out = settings.out_dir
    settings.save()
    store = RunStore(sqlite_url(out))
    digest = curriculum_digest(cur)
    store.start_run(settings.run_id, cur.name, digest, {"seed": settings.seed})
    try:
        return _federate(grid, context, settings, observer, store, digest)
    except StageHalted:
        raise  # recorded as "halted", with its reason, where it was raised
    except BaseException as exc:  # a run that stops for any other reason is not left "running"
        try:
            store.record_event(settings.run_id, "failure", error=f"{type(exc).__name__}: {exc}")
            store.finish_run(settings.run_id, "failed")
        except Exception:  # the run store itself failing must not hide the run's own error
            log.exception("could not record run %s as failed", settings.run_id)
        raise


def _federate(
    grid: Grid,
    context: Context,
    settings: CoordinatorSettings,
    observer: RunObserver,
    store: RunStore,
    digest: str,
) -> State:
    cur, out = settings.curriculum, settings.out_dir
    base, tokenizer, _preset = load_base(settings.base_model)
    model = attach_lora(base, cur.all_groups, r=settings.lora_rank, seed=settings.seed)
    state = trainable_state(model, cur.all_groups)
    url, source = resolve_ledger_url(settings.ledger_url, out)
    log.info("consortium ledger: %s (from %s)", shown(url), source)
    signing_key = load_private_key(settings.coordinator_key) if settings.coordinator_key else None
    if signing_key is None:
        log.warning("no coordinator key: ledger entries are unsigned and sites get no receipts")
    ledger = ConsortiumLog(url, settings.run_id, digest, signing_key)
    ledger.register_sites(settings.site_registry)
    last = _resume_point(settings)
    done = 0
    velocity: State = {}  # the server momentum where the last checkpoint left it
    if last is not None:
        state = read_state(last)
        done = last.global_round
        # checked before anything is written for the resume
        velocity = resumed_velocity(
            cur, done, read_server_state(last), state,
            lambda groups: list(trainable_state(model, groups)), str(last.path),
        )  # fmt: skip
        _backfill_rounds(store, settings)
        for backfilled in backfill_ledger(ledger, out / "checkpoints"):
            log.warning("round %d was checkpointed but not in the consortium ledger: its "
                        "entries are written now, from the checkpoint", backfilled)  # fmt: skip
        total = sum(stage.rounds for stage in cur.stages)
        nothing_left = done >= total
        if nothing_left:
            log.warning("run %s: all %d rounds were done before this start (checkpoint of round "
                        "%d): nothing is trained, the export is written again", settings.run_id,
                        total, done)  # fmt: skip
        store.record_event(
            settings.run_id, "resume", done, checkpoint=last.manifest["state_digest"],
            nothing_left=nothing_left,
        )  # fmt: skip
        ledger.resumed(done, last.manifest["state_digest"])

    def on_round(stage: Stage) -> RoundHook:
        def hook(summary: RoundSummary, global_state: State, record: RoundRecord) -> None:
            reason = halt_reason(summary, stage.min_sites, record.refusal_codes)
            if reason is not None:  # no checkpoint: a resume retries this round
                observer.on_round_end(summary)
                ledger.round(summary, record, update_codec.state_digest(global_state))
                store.record_event(settings.run_id, "halt", summary.global_round,
                                   stage=stage.name, reason=reason, summary=asdict(summary),
                                   refusal_codes=list(record.refusal_codes),
                                   failures=list(record.failures))  # fmt: skip
                raise StageHalted(reason)
            ckpt = write_checkpoint(
                out / "checkpoints",
                summary.global_round,
                global_state,
                {"run_id": settings.run_id, "stage": stage.name, "curriculum_digest": digest,
                 "summary": asdict(summary), "record": record_to_manifest(record),
                 "rng": {"seed": settings.seed, "site_seeds": "derived per (site, round)"}},
                server_state=record.server_state,
            )  # fmt: skip
            store.record_round(settings.run_id, summary, ckpt.manifest["state_digest"],
                               refusal_codes=list(record.refusal_codes),
                               failures=list(record.failures))  # fmt: skip
            ledger.round(summary, record, ckpt.manifest["state_digest"])
            observer.on_round_end(summary)

        return hook

    def on_evaluate(summary: EvalSummary) -> None:
        ledger.evaluation(summary)  # the sites' spends for releasing their counts
        store.record_event(settings.run_id, "evaluation", summary.global_round,
                           stage=summary.stage, per_site=summary.per_site,
                           overall=summary.overall, failures=summary.failures)  # fmt: skip
        observer.on_evaluation(summary)

    try:
        state = _run_stages(grid, context, settings, observer, model, state, done, ledger, store,
                            on_round, on_evaluate, velocity)  # fmt: skip
    except StageHalted as exc:
        store.finish_run(settings.run_id, "halted")
        if ledger.head is not None:
            ledger.record_resent(send_receipt(grid, ledger.head)[1])
        ledger.close()
        observer.on_halt(str(exc))
        raise

    if ledger.head is not None:  # the sites' spends whose replies were lost, recorded
        ledger.record_resent(send_receipt(grid, ledger.head)[1])
    load_trainable_state(model, state)
    export_dir = out / "export"
    export_hf(model, tokenizer, export_dir)
    write_model_card(export_dir, settings, store.rounds(settings.run_id), ledger.site_epsilons())
    store.finish_run(settings.run_id, "completed")
    ledger.close()
    observer.on_export(export_dir)
    return state


def resumed_velocity(
    cur: Curriculum,
    done: int,
    velocity: State,
    state: State,
    trainable_names: Callable[[tuple[str, ...]], list[str]],
    where: str,
) -> State:
    """The server momentum a resume after round `done` goes on with: the checkpoint's velocity
    when `done` falls inside a stage that keeps one (checked against that stage's update: names,
    shapes, finite values), else nothing. CheckpointError, naming the checkpoint `where`, when it
    is missing there or does not fit."""
    offset = 0
    for stage in cur.stages:
        if offset < done < offset + stage.rounds:  # inside this stage, not at its end
            if stage.server_momentum and not velocity:
                raise CheckpointError(
                    f"checkpoint {where} (round {done}) holds no server momentum, which stage "
                    f"{stage.name!r} keeps: resuming there would not take the steps of the "
                    "uninterrupted run"
                )
            template = {k: state[k] for k in trainable_names(stage.trainable_groups)}
            try:
                ServerStep.for_stage(stage, velocity, template)
            except ServerStepError as exc:
                raise CheckpointError(f"checkpoint {where} (round {done}): {exc}") from None
            return velocity
        offset += stage.rounds
    return {}  # a stage's last round: the next stage starts without momentum


def _run_stages(
    grid: Grid,
    context: Context,
    settings: CoordinatorSettings,
    observer: RunObserver,
    model: Any,
    state: State,
    done: int,
    ledger: ConsortiumLog,
    store: RunStore,
    on_round: Callable[[Stage], RoundHook],
    on_evaluate: Callable[[EvalSummary], None],
    velocity: State,
) -> State:
    """Every stage not yet done, in order; StageHalted when one cannot go on. `velocity`: the
    server momentum of the stage a resume lands in the middle of."""
    cur = settings.curriculum
    offset = 0
    for index, stage in enumerate(cur.stages):
        if offset + stage.rounds <= done:
            offset += stage.rounds
            continue
        first = max(1, done - offset + 1)
        online = len(list(grid.get_node_ids()))
        if online < stage.min_sites:
            reason = (
                f"stage {stage.name!r} halted before round {offset + first}: {online} sites "
                f"connected, the stage needs min_sites = {stage.min_sites}"
            )
            store.record_event(settings.run_id, "halt", offset + first, stage=stage.name,
                               reason=reason)  # fmt: skip
            raise StageHalted(reason)
        observer.on_stage_start(stage, index, len(cur.stages), offset + first)
        store.record_event(settings.run_id, "stage", offset + first, stage=stage.name)
        ledger.stage(cur.stages[index - 1].name if index else None, stage.name, offset + first)
        trainable_names = list(trainable_state(model, stage.trainable_groups))
        strategy = StageStrategy(
            run_id=settings.run_id, stage=stage, round_offset=offset, global_state=state,
            trainable_names=trainable_names, lora_rank=settings.lora_rank, seed=settings.seed,
            num_sites=settings.num_sites, curriculum_json=settings.curriculum_json,
            signature_config=settings.signed.to_config(), on_round=on_round(stage),
            on_evaluate=on_evaluate,
            extra_config=lambda: ledger.head.to_config() if ledger.head else {},
            velocity=velocity if first > 1 else None, max_weight=settings.secagg.max_weight,
            check_entry=ledger.check_entry, site_binding=ledger.binding,
            check_release=ledger.check_release,
        )  # fmt: skip
        legacy = LegacyContext(
            context, config=ServerConfig(num_rounds=stage.rounds), strategy=strategy
        )
        fit = (
            secure_agg.fit_workflow(settings.secagg, settings.num_sites)
            if settings.secagg.enabled
            else None
        )
        ResumableWorkflow(first_round=first, fit_workflow=fit)(grid, legacy)
        strategy.finish()
        state = strategy.global_state
        offset += stage.rounds
    return state


def make_server_app(
    settings: CoordinatorSettings, observer: RunObserver | None = None
) -> ServerApp:
    """A ServerApp bound to explicit settings (the demo, `coordinator run/resume` and tests)."""
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
    settings = settings_from_run_config(context.run_config, num_sites)
    run_federation(grid, context, settings, RunObserver())
