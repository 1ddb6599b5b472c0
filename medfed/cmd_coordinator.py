"""`medfed coordinator ...`: the operator's commands for simulated runs on one machine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail

if TYPE_CHECKING:
    from coordinator.server_app import RunObserver
    from coordinator.settings import CoordinatorSettings
    from coordinator.status import ProgressPrinter
    from coordinator.strategy import RoundSummary
    from protocols.curriculum import Stage


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
    coordinator_key: Annotated[
        Path | None,
        typer.Option(
            help="The coordinator's Ed25519 private key (e.g. CONSORTIUM/keys/"
            "curriculum-signing.key): it signs the ledger entries the coordinator appends, and "
            "so the receipts the sites keep. Without it, entries are unsigned and sites get "
            "no receipts."
        ),
    ] = None,
) -> None:
    """Run a signed curriculum over the simulated sites under DATA_ROOT (Flower simulation).
    Checkpoints after every round; a crashed run continues with `coordinator resume OUT`.

    Prints, after every round: stage and round of the total, the round's sites (sampled,
    trained, refused with their codes, failed) and the eps each site has spent per study over
    its data set's lifetime; then the outcome. Exit code: 0 completed, 1 halted (or did not
    complete), 2 bad input."""
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
            coordinator_key=coordinator_key.resolve() if coordinator_key else None,
        )  # fmt: skip
    except (CurriculumError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    quiet_frameworks()
    _run_with_progress(settings)


def resume(
    run_dir: Annotated[Path, typer.Argument(help="The run directory of an interrupted run.")],
) -> None:
    """Continue a run from its last completed round (its checkpoints and run.json), with the
    same progress lines and exit codes as `coordinator run`: 0 completed, 1 halted (or did not
    complete), 2 bad input."""
    from coordinator.settings import CoordinatorSettings, SettingsError
    from simulation.simulate import quiet_frameworks

    try:
        settings = CoordinatorSettings.load(run_dir)
    except SettingsError as exc:
        raise _fail(str(exc)) from exc
    quiet_frameworks()
    _run_with_progress(settings)


def _print(line: str) -> None:
    console.print(escape(line), highlight=False, soft_wrap=True)


def _run_with_progress(settings: CoordinatorSettings) -> None:
    """Run (or resume) with a progress block after every round and an outcome line; exits 0
    only when the run completed, 1 when it halted or did not complete."""
    import time

    from coordinator.status import ProgressPrinter
    from coordinator.strategy import StageHalted
    from simulation.simulate import run_simulated

    printer = ProgressPrinter(settings.out_dir, _print, time.monotonic)
    try:
        run_simulated(settings, _observer(printer))
    except StageHalted:
        pass  # recorded in the run store (halted, with its reasons): the outcome line reads it
    except RuntimeError as exc:  # Flower's simulation runtime ended with an error (Ray, ...)
        _print(f"the simulation ended with an error: {exc}")
    view = printer.finish()
    if view.status != "completed":
        raise typer.Exit(1)
    console.print(f"export in {settings.out_dir / 'export'}", highlight=False, soft_wrap=True)


def _observer(printer: ProgressPrinter) -> RunObserver:
    """After every round, print what the run directory now says (`coordinator status`'s own
    reading of the run store and the consortium ledger)."""
    from sqlalchemy.exc import SQLAlchemyError

    from coordinator.server_app import RunObserver

    class ProgressObserver(RunObserver):
        def on_stage_start(self, stage: Stage, index: int, total: int, first_round: int) -> None:
            _print(
                f"stage {index + 1}/{total} {stage.name!r} from round {first_round}: trains "
                + ", ".join(stage.trainable_groups)
            )

        def on_round_end(self, summary: RoundSummary) -> None:
            try:
                printer.refresh()
            except (OSError, ValueError, SQLAlchemyError) as exc:  # a display never stops a run
                _print(f"(progress unavailable after round {summary.global_round}: {exc})")

    return ProgressObserver()


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

    if watch is not None:
        _seconds(watch, "--watch", zero_ok=False)
    if db is not None:
        from coordinator.ledger_url import checked_url

        try:
            checked_url(db, "--db")
        except LedgerUrlError as exc:
            raise _fail(
                f"{exc}; e.g. postgresql+psycopg://user@host/db or sqlite:////abs/ledger.sqlite"
            ) from exc
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
                _print(line)
        if watch is None or view.status in ("completed", "halted", "failed"):
            return
        time.sleep(watch)


WEEK = 7 * 24 * 3600.0
# How long `follow` waits for run.json once Flower says the run is running: the ServerApp
# writes it as it starts, so a RUN_DIR still without one is not this run's directory.
RUN_FILE_GRACE_S = 60.0


def _seconds(value: float, option: str, zero_ok: bool = True) -> float:
    """A duration option: finite and >= 0 (> 0 unless `zero_ok`), else exit 2 naming it."""
    import math

    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_ok):
        bound = ">= 0" if zero_ok else "> 0"
        raise _fail(f"{option} must be a finite number of seconds {bound}, got {value:g}")
    return value


def follow(
    run_dir: Annotated[
        Path, typer.Argument(help="The run's directory on this host: the run config's out-dir/RUN.")
    ],
    flwr_run_id: Annotated[str, typer.Option(help="The run id `flwr run` answered.")],
    superlink: Annotated[
        str, typer.Option(help="The `flwr` connection name ($FLWR_HOME/config.toml).")
    ],
    poll: Annotated[float, typer.Option(help="Seconds between two status polls.")] = 10.0,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the run at most.")] = WEEK,
) -> None:
    """Follow a deployed run (`flwr run`) until it ends: polls Flower for the run's status (a
    failed poll is retried with backoff) and after every poll prints what the run directory
    says, as `coordinator status` reads it: stage and round of the total, the last round's
    sites (sampled, trained, refused with codes, failed), eps per study per site over its
    data set's lifetime. Run it where the run directory is readable (the SuperLink host).
    Exit code: 0 completed, 1 halted or failed or stopped, 2 bad input, 3 still running when
    --timeout ran out."""
    import time

    from sqlalchemy.exc import SQLAlchemyError

    from coordinator.settings import RUN_FILE
    from coordinator.status import ProgressPrinter
    from deploy.flwr_cli import FlwrConfigError, FlwrError, RunStatus, wait_for_run

    _seconds(poll, "--poll")
    _seconds(timeout, "--timeout")
    if run_dir.exists() and not run_dir.is_dir():
        raise _fail(f"RUN_DIR {run_dir}: a file, not a run directory")
    printer = ProgressPrinter(run_dir, _print, time.monotonic, follower=True)
    shown: list[str] = []
    running_since: list[float] = []

    def show(polled: RunStatus) -> None:
        if not shown or shown[-1] != polled.status:
            shown.append(polled.status)
            _print(f"Flower: run {polled.run_id} {polled.status}")
        if polled.status == "running" and not (run_dir / RUN_FILE).is_file():
            running_since[:1] = running_since[:1] or [time.monotonic()]
            if time.monotonic() - running_since[0] >= RUN_FILE_GRACE_S:
                raise _NotTheRunDir(
                    f"RUN_DIR {run_dir}: no {RUN_FILE} though Flower has said run "
                    f"{polled.run_id} is running for {RUN_FILE_GRACE_S:g} s, so this is not its "
                    "run directory (the run config's out-dir/RUN, on this host)"
                )
        try:
            printer.refresh()
        except (OSError, ValueError, SQLAlchemyError) as exc:  # retried at the next poll
            _print(f"(run directory unreadable now: {exc})")

    try:
        final = wait_for_run(superlink, flwr_run_id, timeout, poll=poll, on_status=show)
    except _NotTheRunDir as exc:
        raise _fail(str(exc)) from exc
    except FlwrConfigError as exc:  # a connection name or flwr configuration to fix first
        raise _fail(f"--superlink {superlink!r}: {exc}") from exc
    except FlwrError as exc:
        raise _fail(str(exc), code=1) from exc
    if not final.finished:
        _print(
            f"outcome: Flower run {flwr_run_id} still {final.status} after {timeout:g} s of waiting"
        )
        raise typer.Exit(3)
    view = printer.refresh()
    if view is not None:
        printer.finish()
    if not final.completed:
        _print(f"Flower: run {flwr_run_id} {final.status}: {final.details}")
        raise typer.Exit(1)
    if view is None or view.status != "completed":
        _print(f"{run_dir}: the run directory does not say completed")
        raise typer.Exit(1)


class _NotTheRunDir(Exception):
    """`follow`'s RUN_DIR never got the run's run.json."""


def register(coordinator_app: typer.Typer) -> None:
    coordinator_app.command("status")(status)
    coordinator_app.command("prepare")(prepare)
    coordinator_app.command("run")(run)
    coordinator_app.command("resume")(resume)
    coordinator_app.command("follow")(follow)
