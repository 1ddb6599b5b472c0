"""`medfed eval`: score predictions on a medical benchmark, or generate them with an export.

`register(app)` adds the group to the root command. Both commands write OUT/metrics.json,
OUT/per_item.jsonl and, when matplotlib is installed, OUT/accuracy.png, then print a table
(or, with --json, the metrics on stdout). Bad input (data, predictions, paths) exits 2 with a
message naming the file, record or line and field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.table import Table

from evaluation.baselines import constant_closed, epsilon_text
from evaluation.items import EvalItem
from evaluation.loaders import load_eval_data
from evaluation.outputs import (
    matplotlib_available,
    save_accuracy_plot,
    write_metrics,
    write_per_item,
)
from evaluation.predictions import read_predictions, write_predictions
from evaluation.scoring import EvalReport, GroupScores, score_items, unknown_qids
from meddata import DatasetError
from medfed.console import JsonOpt, console, emit_json, progress_bar
from medfed.console import fail as _fail
from medfed.curricula import BENCHMARK_CURRICULUM, BENCHMARK_STUDIES

if TYPE_CHECKING:
    from medfed.baselines import BaselineResult

DataOpt = Annotated[Path, typer.Option("--data", help="Benchmark file (or datasets directory).")]
OutOpt = Annotated[Path, typer.Option("--out", help="Directory for metrics and per-item scores.")]
ImagesOpt = Annotated[
    Path | None,
    typer.Option("--images", help="Image directory (default: images/ beside or above the data)."),
]
PREDICTIONS_FILE = "predictions.jsonl"
_SHOWN_UNKNOWN = 5
OPEN_COLUMNS = (("f1", "F1"), ("bleu1", "BLEU-1"), ("rouge_l", "ROUGE-L"), ("exact_match", "EM"))


def _load(data: Path, images: Path | None) -> list[EvalItem]:
    if images is not None and not images.is_dir():
        raise _fail(f"--images {images}: not a directory")
    try:
        return load_eval_data(data, images)
    except DatasetError as exc:
        raise _fail(str(exc)) from exc


def _prepare_out(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise _fail(f"--out {out}: not a directory") from exc


def _fmt(value: float | None, n: int | None = None) -> str:
    if value is None:
        return "-"
    percent = f"{100 * value:.1f}"
    return percent if n is None else f"{percent} ({n})"


def _open_cell(metric: str) -> Callable[[GroupScores], str]:
    return lambda g: _fmt(g.open.get(metric))


def metrics_table(report: EvalReport) -> Table:
    """A row for all items, then one per modality, answer type and question type; columns only
    for the answer types present. Accuracies and open recall show their n in parentheses."""
    overall = report.overall
    columns: list[tuple[str, Callable[[GroupScores], str]]] = [("n", lambda g: str(g.n))]
    if overall.closed.n:
        columns.append(("closed", lambda g: _fmt(g.closed.accuracy, g.closed.n)))
    if overall.open.n:
        columns.append(("recall", lambda g: _fmt(g.open.get("recall"), g.open.n)))
        columns.extend((title, _open_cell(metric)) for metric, title in OPEN_COLUMNS)
    if overall.choice.n:
        columns.append(("choice", lambda g: _fmt(g.choice.accuracy, g.choice.n)))
    table = Table(
        title="MedFed eval: percent, (n) = items scored",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
        pad_edge=False,
    )
    table.add_column("group", no_wrap=True)
    for title, _ in columns:
        table.add_column(title, justify="right", no_wrap=True, min_width=len(title))
    table.add_row("all", *(cell(overall) for _, cell in columns))
    for title, groups in (
        ("modality", report.by_modality),
        ("answer type", report.by_answer_type),
        ("question type", report.by_question_type),
    ):
        if groups:
            table.add_row(f"[bold]{title}[/]")
        for name, group in groups.items():
            table.add_row(f"  {name}", *(cell(group) for _, cell in columns))
    return table


def _warnings(
    items: Sequence[EvalItem], predictions: Mapping[str, str], report: EvalReport
) -> list[str]:
    out = []
    unknown = unknown_qids(items, predictions)
    if unknown:
        shown = ", ".join(unknown[:_SHOWN_UNKNOWN])
        more = ", ..." if len(unknown) > _SHOWN_UNKNOWN else ""
        out.append(f"{len(unknown)} predicted qids are not in the data: {shown}{more}")
    if report.missing:
        out.append(f"{report.missing} of {report.overall.n} items have no prediction (misses)")
    if not matplotlib_available():
        out.append("matplotlib is not installed: accuracy.png was not written")
    return out


def _finish(
    items: Sequence[EvalItem],
    predictions: Mapping[str, str],
    out: Path,
    inputs: Mapping[str, str],
    json_out: bool,
) -> None:
    """Score, write OUT/*, report: the part `score` and `run` share."""
    report = score_items(items, predictions)
    warnings = _warnings(items, predictions, report)
    files = {
        "metrics": str(write_metrics(out, report, {"inputs": dict(inputs), "warnings": warnings})),
        "per_item": str(write_per_item(out, report)),
        "plot": str(save_accuracy_plot(report, out)) if matplotlib_available() else None,
    }
    for warning in warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if json_out:
        emit_json({"files": files, "warnings": warnings, "metrics": report.as_dict()})
        return
    console.print(metrics_table(report))
    console.print(f"written to {out}: " + ", ".join(Path(p).name for p in files.values() if p))


def score(
    data: DataOpt,
    predictions: Annotated[
        Path, typer.Option("--predictions", help='JSONL, one {"qid": ..., "answer": ...} a line.')
    ],
    out: OutOpt,
    images: ImagesOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Score a predictions file against a benchmark (VQA-RAD, SLAKE, LLaVA-Med, MedQA,
    PubMedQA, or a Hugging Face datasets table such as PathVQA: a save_to_disk directory or
    Parquet): closed accuracy, open-answer recall/F1/BLEU-1/ROUGE-L, option accuracy."""
    items = _load(data, images)
    try:
        answers = read_predictions(predictions)
    except DatasetError as exc:
        raise _fail(str(exc)) from exc
    if items and not any(item.qid in answers for item in items):
        some = ", ".join(repr(q) for q in list(answers)[:3])
        raise _fail(
            f"--predictions {predictions}: no qid matches a question of --data {data} (its "
            f"{len(answers)} prediction(s) name e.g. {some or 'nothing'}; the data's qids are "
            f"e.g. {', '.join(repr(i.qid) for i in items[:3])}): predictions for another "
            "benchmark or split?"
        )
    _prepare_out(out)
    _finish(items, answers, out, {"data": str(data), "predictions": str(predictions)}, json_out)


def run(
    model: Annotated[
        Path, typer.Option("--model", help="Export directory (base/ and adapter/), as trained.")
    ],
    data: DataOpt,
    out: OutOpt,
    images: ImagesOpt = None,
    batch_size: Annotated[int, typer.Option(help="Questions per generate call.")] = 8,
    max_new_tokens: Annotated[int, typer.Option(help="Most tokens generated per answer.")] = 32,
    json_out: JsonOpt = False,
) -> None:
    """Answer a benchmark with an exported model (greedy decoding), write OUT/predictions.jsonl,
    then score it as `medfed eval score` does."""
    missing = [f"{p.name}/" for p in (model / "base", model / "adapter") if not p.is_dir()]
    if missing:
        raise _fail(f"--model {model}: not an export directory (no {' or '.join(missing)})")
    if batch_size < 1 or max_new_tokens < 1:
        raise _fail(f"--batch-size {batch_size} and --max-new-tokens {max_new_tokens} must be >= 1")
    items = _load(data, images)
    _prepare_out(out)

    from evaluation.generate import predict
    from medfed.export_check import load_export

    loaded_model, processor = load_export(model)
    with progress_bar("answering", total=len(items), enabled=not json_out) as bar:
        task = bar.task_ids[0]
        answers = predict(
            loaded_model,
            processor,
            items,
            batch_size=batch_size,
            max_new_tokens=max_new_tokens,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    written = write_predictions(out / PREDICTIONS_FILE, answers)
    inputs = {"data": str(data), "model": str(model), "predictions": str(written)}
    _finish(items, answers, out, inputs, json_out)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _short(set_name: str) -> str:
    return set_name.removeprefix("hospital-")


def baselines_table(result: BaselineResult, closed: bool) -> Table:
    """Rows: models; columns: evaluation sets (site names without "hospital-"); percent."""
    what = "closed-question accuracy" if closed else "accuracy over all questions (open: exact)"
    table = Table(title=f"baselines: {what}, percent", box=box.SIMPLE_HEAD)
    table.add_column("model", no_wrap=True)
    for name in result.set_names:
        table.add_column(_short(name), justify="right", no_wrap=True)
    for arm in result.arms:
        cells = []
        for name in result.set_names:
            score = arm.scores.get(name)
            cells.append(_pct(None if score is None else
                              score.closed_accuracy if closed else score.accuracy))  # fmt: skip
        table.add_row(arm.name, *cells)
    return table


def privacy_table(result: BaselineResult) -> Table:
    table = Table(title="what each model cost its sites", box=box.SIMPLE_HEAD)
    table.add_column("model", no_wrap=True)
    table.add_column("trained on")
    table.add_column("privacy")
    table.add_column("seconds", justify="right")
    for arm in result.arms:
        table.add_row(arm.name, ", ".join(_short(s) for s in arm.trained_on),
                      epsilon_text(arm), f"{arm.seconds:.0f}")  # fmt: skip
    return table


def baselines(
    out: OutOpt,
    curriculum: Annotated[
        Path, typer.Option(help="Signed and run by the federation; the other models follow it too.")
    ] = BENCHMARK_CURRICULUM,
    sites: Annotated[int, typer.Option(help="Training hospitals (>= 3); plus the OOD one.")] = 3,
    studies: Annotated[
        int,
        typer.Option(
            help="Synthetic studies per hospital (the benchmark curriculum is sized for 3,000; "
            "fewer than it needs under the sites' eps cap are refused before anything is "
            "written, with the number that fits)."
        ),
    ] = BENCHMARK_STUDIES,
    seed: Annotated[int, typer.Option(help="Seed for data, initialisation and sampling.")] = 0,
    private_local: Annotated[
        bool,
        typer.Option(
            "--private-local/--non-private-local",
            help="Local-only models under the stage's DP-SGD (each site's federated training "
            "eps; the federation's eps adds its evaluation releases, where the curriculum "
            "evaluates), or without DP (the strongest a site can do alone).",
        ),
    ] = True,
    max_items: Annotated[
        int | None, typer.Option(help="Score at most this many questions a set (default: all).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check-targets", help="Exit 1 when a target is missed.")
    ] = False,
    data_root: Annotated[
        Path | None,
        typer.Option(
            help="Compare on these sites instead of synthetic ones: every directory with a "
            'site.json trains, except the one whose site.json has "evaluation_only": true '
            "(the OOD hospital)."
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="After the federation, train and score this many of the other models at once, "
            "each in its own process (default: one per core, up to the 5 models; 1: one after "
            "the other in this process). Results do not depend on it beyond float rounding.",
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Federated (DP + SecAgg+) vs local-only at each site vs centralized pooled training, all by
    the same curriculum (the federation's server step and momentum apply to the federation
    only), beside the untrained base model and a no-model majority answer, scored
    on every site's held-out split and on an out-of-distribution hospital that never trains.
    Writes OUT/baselines.json, OUT/baselines.png and OUT/predictions/; prints the tables, each
    model's eps, and whether the targets hold (evaluation.baselines.check_targets: centralized
    >= 90% closed held-out; federated at eps <= 8 per study >= 85% and >= 90% of centralized,
    >= 5 points over the best local-only model on OOD, >= 15 over the majority answer, >= 5
    over the untrained base; no trained model answers every closed question the same)."""
    from medfed.baselines import BaselineOptions, run_baselines

    try:
        opts = BaselineOptions(out=out, curriculum=curriculum, sites=sites, studies=studies,
                               seed=seed, private_local=private_local, max_items=max_items,
                               show_progress=not json_out, data_root=data_root,
                               jobs=jobs)  # fmt: skip
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    quiet = json_out
    try:
        result = run_baselines(opts, say=(lambda _msg: None) if quiet else console.print)
    except (RuntimeError, ValueError) as exc:  # a federation that halted, data it could not use
        raise _fail(str(exc), code=1) from exc
    if json_out:
        emit_json(json.loads(result.results_file.read_text()))
    else:
        console.print(baselines_table(result, closed=True))
        console.print(baselines_table(result, closed=False))
        console.print(privacy_table(result))
        for target in result.targets:
            mark = {True: "[green]met[/]", False: "[red]missed[/]", None: "[yellow]n/a[/]"}
            console.print(f"target {mark[target.met]}: {target.name}: {target.detail}")
        constant = constant_closed(result.arms)
        if constant:
            console.print(
                f"[yellow]caution:[/] {', '.join(constant)} gave every held-out closed question "
                "the same answer: their closed accuracy is the answer prior's, not what they see "
                "in the images, so closed-accuracy comparisons among them say nothing"
            )
        console.print(
            f"written: {result.results_file}, {result.plot}, {result.out / 'predictions'}/ "
            f"({result.seconds:.0f} s)"
        )
    if check and not all(t.met for t in result.targets):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the `eval` group (score, run, baselines) to the root `medfed` command."""
    eval_app = typer.Typer(
        help="Evaluation: score predictions on a medical benchmark, or generate them first.",
        no_args_is_help=True,
    )
    eval_app.command("score")(score)
    eval_app.command("run")(run)
    eval_app.command("baselines")(baselines)
    app.add_typer(eval_app, name="eval")
