"""`medfed coordinator ...`: the operator's commands for simulated runs on one machine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail

if TYPE_CHECKING:
    from coordinator.settings import CoordinatorSettings


def prepare(
    data_root: Annotated[Path, typer.Option(help="Directory of the simulated sites.")],
    curriculum: Annotated[Path, typer.Option(help="Curriculum file (TOML).")],
    consortium: Annotated[Path, typer.Option(help="Consortium directory (signing key).")],
    run_id: Annotated[
        str, typer.Option(help="Name of the run the signature is for (sites refuse others).")
    ] = "run",
    epsilon_cap: Annotated[
        float, typer.Option(help="Each new site policy's eps cap, per study over its lifetime.")
    ] = 10.0,
    randomness: Annotated[
        str,
        typer.Option(
            help="Each new site policy's randomness: os-csprng (noise and sampling from the "
            "OS CSPRNG), or seeded-insecure (reproducible runs for tests; never with patient "
            "data)."
        ),
    ] = "os-csprng",
    json_out: JsonOpt = False,
) -> None:
    """Sign the curriculum with the consortium's key (made if missing) for the shipped base
    model and one run (30 days' validity), and write a policy trusting that key for every
    simulated site that has none."""
    from model import default_base_dir
    from protocols.curriculum import CurriculumError
    from simulation.prepare import sign_curriculum, write_site_policies

    try:
        prepared = sign_curriculum(curriculum, default_base_dir(), consortium, run_id)
        policies = write_site_policies(
            data_root, prepared, default_cap=epsilon_cap, randomness=randomness
        )
    except (CurriculumError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    payload = {
        "signature": str(prepared.signature_file),
        "public_key": str(prepared.public_key),
        "curriculum_digest": prepared.signed.curriculum_digest,
        "policies_written": [str(p) for p in policies],
    }
    if json_out:
        emit_json(payload)
    else:
        for k, v in payload.items():
            console.print(f"{k}: {v}")


def run(
    data_root: Annotated[Path, typer.Option(help="Directory of the simulated sites.")],
    curriculum: Annotated[Path, typer.Option(help="Curriculum file (TOML).")],
    signature: Annotated[Path, typer.Option(help="The curriculum's .sig.json.")],
    out: Annotated[Path, typer.Option(help="Run directory (checkpoints, run store, export).")],
    seed: Annotated[int, typer.Option(help="Seed for initialisation and the sites' sampling.")] = 0,
    secure_aggregation: Annotated[
        bool, typer.Option(help="SecAgg+ on every round (needs >= 3 sites).")
    ] = True,
    db: Annotated[
        str | None, typer.Option(help="Consortium ledger URL (default: SQLite in OUT).")
    ] = None,
) -> None:
    """Run a signed curriculum over the simulated sites under DATA_ROOT (Flower simulation).
    Checkpoints after every round; a crashed run continues with `coordinator resume OUT`."""
    from coordinator.secure_agg import SecAggSettings
    from coordinator.settings import CoordinatorSettings
    from ledger.registry import registry_dir
    from model import default_base_dir
    from protocols.curriculum import CurriculumError
    from protocols.curriculum_file import load_curriculum
    from protocols.signing import SignedCurriculum
    from simulation.simulate import quiet_frameworks
    from site_agent.settings import training_sites

    if (out / "run.json").exists():
        raise _fail(f"{out} already holds a run: resume it with `medfed coordinator resume {out}`")
    try:
        settings = CoordinatorSettings(
            out_dir=out, base_model=default_base_dir(),
            curriculum=load_curriculum(curriculum), signed=SignedCurriculum.load(signature),
            num_sites=len(training_sites(data_root)), seed=seed,
            secagg=SecAggSettings(enabled=secure_aggregation), data_root=data_root.resolve(),
            ledger_url=db, site_registry=registry_dir(signature.resolve().parent),
        )  # fmt: skip
    except (CurriculumError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    quiet_frameworks()
    _run_reporting_halts(settings)
    _report(out)


def resume(
    run_dir: Annotated[Path, typer.Argument(help="The run directory of an interrupted run.")],
) -> None:
    """Continue a run from its last completed round (its checkpoints and run.json)."""
    from coordinator.settings import CoordinatorSettings, SettingsError
    from simulation.simulate import quiet_frameworks

    try:
        settings = CoordinatorSettings.load(run_dir)
    except SettingsError as exc:
        raise _fail(str(exc)) from exc
    quiet_frameworks()
    _run_reporting_halts(settings)
    _report(run_dir)


def _run_reporting_halts(settings: CoordinatorSettings) -> None:
    from coordinator.strategy import StageHalted
    from simulation.simulate import run_simulated

    try:
        run_simulated(settings)
    except StageHalted as exc:
        console.print(f"[bold red]{exc}[/]", highlight=False, soft_wrap=True)


def _report(out: Path) -> None:
    from coordinator.run_store import RunStore, sqlite_url
    from coordinator.settings import CoordinatorSettings

    settings = CoordinatorSettings.load(out)
    store = RunStore(sqlite_url(out))
    rounds = store.rounds(settings.run_id)
    row = store.run(settings.run_id)
    for r in rounds:
        console.print(
            f"round {r.global_round} [{r.stage}] {r.participants}/{r.sampled} sites, "
            f"loss {r.loss_before:.3f} -> {r.loss_after:.3f}"
        )
    if row is None or row.status != "completed":
        status = row.status if row is not None else "not started"
        console.print(f"[bold red]run {settings.run_id} did not complete ({status})[/]")
        raise typer.Exit(1)
    console.print(f"run {settings.run_id} completed: export in {out / 'export'}")


def status(
    run_dir: Annotated[
        Path | None, typer.Argument(help="The run directory (run.json, run store).")
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(help="Consortium ledger URL (default: the run's, or MEDFED_DATABASE_URL)."),
    ] = None,
    superlink: Annotated[
        str | None,
        typer.Option(help="A `flwr` connection name: also list the SuperNodes online."),
    ] = None,
    watch: Annotated[
        float | None, typer.Option(help="Refresh every this many seconds until interrupted.")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """The run's state for the operator: status, stage and round, sites registered (and online,
    with --superlink), each site's last outcome with its reason, eps per study against its cap."""
    import time

    from sqlalchemy.exc import SQLAlchemyError

    from coordinator.ledger_url import LedgerUrlError
    from coordinator.settings import SettingsError
    from coordinator.status import gather, render
    from deploy.flwr_cli import FlwrError, online_nodes
    from ledger.store import LedgerStoreError

    online = (lambda: online_nodes(superlink)) if superlink else None
    while True:
        try:
            view = gather(run_dir, db, online)
        except (OSError, ValueError, SettingsError, LedgerUrlError, LedgerStoreError,
                SQLAlchemyError, FlwrError) as exc:  # fmt: skip
            raise _fail(str(exc)) from exc
        if json_out:
            emit_json(view.as_dict())
        else:
            for line in render(view):
                console.print(line, highlight=False, soft_wrap=True)
        if watch is None or view.status in ("completed", "halted"):
            return
        time.sleep(watch)


def register(coordinator_app: typer.Typer) -> None:
    coordinator_app.command("status")(status)
    coordinator_app.command("prepare")(prepare)
    coordinator_app.command("run")(run)
    coordinator_app.command("resume")(resume)
