"""The `medfed` command: sub-commands grouped by who uses them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from medfed.cmd_app import register as register_app
from medfed.cmd_audit import register as register_audit
from medfed.cmd_consortium import register_consortium, register_site_init
from medfed.cmd_coordinator import register as register_coordinator
from medfed.cmd_curriculum import register as register_curriculum
from medfed.cmd_eval import register as register_eval
from medfed.cmd_model import register as register_model
from medfed.cmd_site import register as register_site
from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail

app = typer.Typer(
    name="medfed",
    help=(
        "MedFed trains the MedGPT-oss vision-language model across hospitals without moving "
        "patient data: a coordinator (Flower ServerApp) runs a curriculum, site agents (Flower "
        "ClientApps) train adapters on their own data, auditors check the privacy ledger."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
coordinator_app = typer.Typer(
    help="Operator: run, resume and export federated training.", no_args_is_help=True
)
site_app = typer.Typer(
    help="Hospital site: inspect and prepare the site's data.", no_args_is_help=True
)
model_app = typer.Typer(
    help="The MedGPT-oss model: presets, base checkpoints, digests, memory plans.",
    no_args_is_help=True,
)
app.add_typer(coordinator_app, name="coordinator")
app.add_typer(site_app, name="site")
app.add_typer(model_app, name="model")
register_site(site_app)
register_coordinator(coordinator_app)
register_curriculum(app)
register_eval(app)
register_audit(app)
register_consortium(app)
register_site_init(site_app)
register_model(model_app)
register_app(app, site_app)


@app.command()
def demo(
    out: Annotated[
        Path, typer.Option(help="Run directory (hospitals, checkpoints, export).")
    ] = Path("runs/demo"),
    sites: Annotated[int, typer.Option(help="Number of training hospitals (>= 3).")] = 3,
    curriculum: Annotated[
        Path | None, typer.Option(help="Curriculum file (default: curricula/demo.toml).")
    ] = None,
    studies: Annotated[
        int,
        typer.Option(
            help="Imaging studies per synthetic hospital (>= 10: a quarter are held out, and a "
            "site's policy trains on >= 8). Fewer studies cost each one more eps: below what "
            "the curriculum needs under the sites' eps cap the run is refused before it starts, "
            "with the number that fits."
        ),
    ] = 600,
    seed: Annotated[int, typer.Option(help="Seed for data, sampling and initialisation.")] = 0,
    db: Annotated[
        str | None,
        typer.Option(
            help="Consortium ledger URL, e.g. postgresql+psycopg://u@host/db "
            "(default: SQLite in OUT/run)."
        ),
    ] = None,
    data_root: Annotated[
        Path | None,
        typer.Option(
            help="Train on these sites instead of synthetic ones (each a directory with a "
            'site.json; "evaluation_only": true ones never train).'
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Generate synthetic hospitals, sign the curriculum, and run every stage of it as a federated
    training of MedGPT-oss over the hospitals (Flower simulation with SecAgg+ on this machine);
    export the model to OUT/run/export."""
    from medfed.curricula import DEMO_CURRICULUM
    from medfed.demo import DemoOptions, run_demo

    try:
        opts = DemoOptions(
            out=out,
            sites=sites,
            curriculum=curriculum or DEMO_CURRICULUM,
            studies=studies,
            seed=seed,
            show_progress=not json_out,
            ledger_url=db,
            data_root=data_root,
        )
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    try:
        result = run_demo(opts)
    except (RuntimeError, ValueError) as exc:  # a run that failed, or a value it could not use
        raise _fail(str(exc), code=1) from exc
    if json_out:
        emit_json(
            {
                "out": str(result.out),
                "sites": result.sites,
                "rounds": result.rounds,
                "export": str(result.export),
                "seconds": round(result.seconds, 1),
                "export_check": result.export_check.as_dict() if result.export_check else None,
            }
        )


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="Directory to write the hospitals into.")],
    sites: Annotated[int, typer.Option(help="Number of training hospitals.")] = 3,
    seed: Annotated[int, typer.Option(help="Seed: the same seed writes the same files.")] = 0,
    studies: Annotated[
        int, typer.Option(min=4, help="Imaging studies per hospital (>= 4: both splits).")
    ] = 160,
    ood: Annotated[bool, typer.Option(help="Also write an out-of-distribution hospital.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            help="Hospitals written at once, each in its own process (the files are the same "
            "whatever this is). Default: one a core for large runs, else 1.",
            min=1,
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Write synthetic hospitals in real formats: DICOM with synthetic PHI, free-text reports,
    VQA-RAD and SLAKE JSON, captions and LLaVA-Med conversations, each with a held-out split."""
    from medfed.demo import synthesize_with_progress

    try:
        summary = synthesize_with_progress(out, sites, studies, seed, ood, not json_out, jobs)
    except (ValueError, FileExistsError) as exc:
        raise _fail(str(exc)) from exc
    if json_out:
        emit_json({"out": str(summary.out), "sites": summary.sites, "counts": summary.counts})
    else:
        for name in summary.sites:
            console.print(f"{name}: {summary.counts[name]}")


@site_app.command("inspect")
def site_inspect(
    site_dir: Annotated[
        Path, typer.Argument(help="A site directory: the standard layout or its site.json's.")
    ],
    curriculum: Annotated[
        Path | None,
        typer.Option(help="Say what each stage of this curriculum finds (default: the demo's)."),
    ] = None,
    decode: Annotated[
        bool,
        typer.Option(
            help="Decode every image the data sets name, as training will, and list those that "
            "do not decode (about 0.1 s a 3000 x 2500 radiograph on one core; --no-decode skips "
            "it, to check a large archive's layout first)."
        ),
    ] = True,
    json_out: JsonOpt = False,
) -> None:
    """Load a site's data with the same loaders training uses and report what it holds, and
    what each stage of a curriculum will train on: its study units (one per study, the privacy
    unit, whatever number of images it has: docs/DEPLOY.md) of the stage's data kinds, or a
    refusal with the reason code "data" where the site holds no data set (layout file) of any
    of them."""
    from meddata import DatasetError, load_site
    from meddata.site import site_layout
    from medfed.curricula import DEMO_CURRICULUM
    from protocols.curriculum_file import load_curriculum
    from site_agent.examples import declared_kinds, study_images, study_units

    counts: dict[str, dict[str, int]] = {}
    stages: list[dict[str, Any]] = []
    images: set[Path] = set()
    try:
        layout = site_layout(site_dir)
        loaded = {split: load_site(site_dir, split) for split in ("train", "test")}
        for split, data in loaded.items():
            images |= {s.image for s in data.vqa} | {c.image for c in data.captions}
            images |= {p for c in data.conversations for p in c.images}
            closed = sum(1 for s in data.vqa if s.answer_type == "closed")
            of_study = study_images(data)
            counts[split] = {
                "studies": len(of_study),
                "studies_with_several_images": sum(len(i) > 1 for i in of_study.values()),
                "vqa": len(data.vqa),
                "vqa_closed": closed,
                "captions": len(data.captions),
                "conversations": len(data.conversations),
            }
        train = loaded["train"]
        root = train.images_root
        unmapped = sorted(p.relative_to(root).as_posix() if root and p.is_relative_to(root)
                          else str(p) for p in set(train.studies) - images)  # fmt: skip
        reports = layout.directory(site_dir, "reports")
        for stage in load_curriculum(curriculum or DEMO_CURRICULUM).stages:
            declared = declared_kinds(train, reports)
            units = len(study_units(train, stage, reports))
            missing = [k for k in stage.data_kinds if k not in declared]
            offered = len(missing) < len(stage.data_kinds)
            stages.append({
                "stage": stage.name, "kinds": list(stage.data_kinds), "missing_kinds": missing,
                "study_units": units, "refused": None if offered else "data",
            })  # fmt: skip
    except (DatasetError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    unreadable = _undecodable(sorted(images), show_progress=not json_out) if decode else None
    if json_out:
        emit_json({"site": str(site_dir), "splits": counts, "stages": stages,
                   "images": len(images), "unreadable_images": unreadable,
                   "study_map_entries_naming_no_image": unmapped})  # fmt: skip
        return
    if unmapped:
        console.print(
            f"[yellow]{len(unmapped)} entries of studies.json name no image of the data sets[/] "
            f"(they link nothing; check the paths, relative to the images directory): "
            + ", ".join(unmapped[:5]) + (" ..." if len(unmapped) > 5 else ""),
            highlight=False, soft_wrap=True,
        )  # fmt: skip
    if unreadable is None:
        console.print(f"{len(images)} images named; not decoded (--no-decode)")
    elif unreadable:
        console.print(
            f"[yellow]{len(unreadable)} of {len(images)} images do not decode[/]: curation skips "
            "them and leaves out the rows that name them (the counts below include those rows)"
        )
        for line in unreadable[:10]:
            console.print(f"  {line}", highlight=False, soft_wrap=True)
    for split, c in counts.items():
        console.print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    for st in stages:
        lacks = f"; lacks {', '.join(map(str, st['missing_kinds']))}" if st["missing_kinds"] else ""
        verdict = (
            "refused (data): the site holds no data set of its kinds" if st["refused"]
            else f"{st['study_units']} study units"
            + ("" if st["study_units"] else " (it runs, its update the DP noise alone)")
        )  # fmt: skip
        console.print(f"stage {st['stage']}: {verdict}{lacks}")


def _undecodable(paths: list[Path], show_progress: bool) -> list[str]:
    """'path: reason' for each image the training loader cannot decode."""
    from meddata import DatasetError
    from meddata.images import load_image_unstandardised
    from medfed.console import progress_bar

    out = []
    with progress_bar("decoding images", total=len(paths), enabled=show_progress) as progress:
        task = progress.task_ids[0]
        for path in paths:
            try:
                load_image_unstandardised(path)
            except DatasetError as exc:
                out.append(str(exc))
            progress.advance(task)
    return out


def main() -> None:
    """The `medfed` command. A file-system error no command foresaw (a directory where a file
    goes, a path with no permission, a full disk) is one line, naming the path where the error
    has one, exit 2, never a traceback."""
    try:
        app()
    except OSError as exc:
        raise SystemExit(_fail(_os_error(exc)).exit_code) from None


def _os_error(exc: OSError) -> str:
    where = " -> ".join(str(p) for p in (exc.filename, exc.filename2) if p is not None)
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else reason


if __name__ == "__main__":
    main()
