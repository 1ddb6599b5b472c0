"""`medfed demo`: synthetic hospitals, a signed curriculum, a Flower simulation of its stages with
SecAgg+, and an exported model."""

from __future__ import annotations

import math
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.progress import Progress, TaskID
from rich.table import Table

from auditor.verify import verify_ledger
from coordinator.server_app import RunObserver
from coordinator.settings import CoordinatorSettings
from coordinator.strategy import EvalSummary, RoundSummary
from ledger.store import ConsortiumLedger
from ledger.store import default_url as ledger_default_url
from medfed.console import console
from medfed.curricula import DEMO_CURRICULUM
from medfed.export_check import ExportCheck, check_export
from model import default_base_dir
from protocols.curriculum import Stage
from simulation.prepare import (
    MIN_DATASET_SIZE,
    POLICY_DELTA,
    registry_dir,
    sign_curriculum,
    write_site_policies,
)
from simulation.simulate import quiet_frameworks, run_simulated
from simulation.synth import SynthSummary, default_workers, synthesize
from simulation.synth.site import TEST_FRACTION, fewest_studies_to_train_on, held_out_count
from site_agent.settings import default_agent_dir, training_sites

# The fewest studies per synthetic hospital that leave, after the test split, the
# training.min_dataset_size its policy states: with fewer, every site refuses every round.
DEMO_MIN_STUDIES = fewest_studies_to_train_on(MIN_DATASET_SIZE, TEST_FRACTION)
# The eps cap per study over each site's lifetime that the simulated hospitals' policies state.
DEMO_EPSILON_CAP = 10.0


def curriculum_epsilon(curriculum: Path, train: int) -> float:
    """eps per study, over the whole curriculum, at a synthetic hospital that declares `train`
    training studies and takes part in every round (its training alone, at the simulated
    policies' delta, RDP; the evaluations it releases cost more): math.inf where a stage's batch
    is larger than the data set and its noise must be derived from a target eps."""
    from protocols.accounting import epsilon_of
    from protocols.curriculum import stage_mechanism
    from protocols.curriculum_file import load_curriculum

    history = []
    for stage in load_curriculum(curriculum).stages:
        if stage.dp is None:
            continue
        if stage.batch_size > train and stage.dp.noise_multiplier is None:
            return math.inf
        history.append(stage_mechanism(stage, train, POLICY_DELTA, "rdp"))
    return epsilon_of(history, POLICY_DELTA, "rdp")


def _train_of(studies: int) -> int:
    """Training studies of a synthetic hospital of `studies` studies (one alone is not split)."""
    n = max(studies, 0)
    return n - held_out_count(n, TEST_FRACTION) if n > 1 else n


def check_studies_fit_the_cap(curriculum: Path, studies: int, cap: float) -> None:
    """ValueError, before anything is synthesized, when synthetic hospitals of `studies` studies
    could not run the whole curriculum under the sites' eps cap: each would refuse a stage once
    its spend would pass the cap, and the run would halt there."""
    eps = curriculum_epsilon(curriculum, _train_of(studies))
    if eps <= cap:
        return
    lo, hi = studies, 1 << 20  # the fewest studies that fit, by bisection (eps falls with N)
    if curriculum_epsilon(curriculum, _train_of(hi)) > cap:
        hint = "no number of studies brings it under the cap: lower the curriculum's steps"
    else:
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (
                (lo, mid) if curriculum_epsilon(curriculum, _train_of(mid)) <= cap else (mid, hi)
            )
        hint = f"give --studies {hi} or more"
    raise ValueError(
        f"--studies {studies} is too few for {curriculum.name}: each hospital would declare "
        f"{_train_of(studies)} training studies, at which the curriculum costs eps "
        f"{eps:.1f} per study (its training alone), over the sites' cap of {cap:g} per study "
        f"over each site's lifetime, so the sites would refuse a stage and the run would halt "
        f"there; {hint}"
    )


@dataclass(frozen=True)
class DemoOptions:
    out: Path
    sites: int = 3
    curriculum: Path = DEMO_CURRICULUM
    studies: int = 600
    seed: int = 0
    show_progress: bool = True
    ledger_url: str | None = None  # consortium ledger; default SQLite in the run directory
    # The simulated hospitals' policies: eps cap per study over each site's lifetime, where
    # noise comes from ("os-csprng"; "seeded-insecure" only for reproducible tests), and whether
    # exact training losses may leave.
    epsilon_cap: float = DEMO_EPSILON_CAP
    randomness: str = "os-csprng"
    share_training_loss: bool = False
    # Existing site directories (each with a site.json) to train on instead of synthetic ones;
    # sites whose site.json says "evaluation_only": true never train.
    data_root: Path | None = None

    def __post_init__(self) -> None:
        if self.data_root is not None:
            if not self.data_root.is_dir():
                raise ValueError(f"--data-root: no directory at {self.data_root}")
            if len(training_sites(self.data_root)) < 3:
                raise ValueError(
                    f"--data-root {self.data_root}: needs >= 3 training sites (directories with a "
                    "site.json without evaluation_only), secure aggregation needs 3"
                )
        if self.sites < 3:
            raise ValueError(f"--sites must be >= 3 (secure aggregation needs 3), got {self.sites}")
        if self.data_root is None and self.studies < DEMO_MIN_STUDIES:
            train = _train_of(self.studies)
            raise ValueError(
                f"--studies must be >= {DEMO_MIN_STUDIES}, got {self.studies}: each hospital "
                f"would hold {train} training studies, fewer than the {MIN_DATASET_SIZE} its "
                "policy needs to train (training.min_dataset_size)"
            )
        if not self.curriculum.is_file():
            raise ValueError(f"--curriculum: no file at {self.curriculum}")
        if self.data_root is None:
            check_studies_fit_the_cap(self.curriculum, self.studies, self.epsilon_cap)


@dataclass
class DemoResult:
    out: Path
    sites: list[str]
    curriculum: str
    rounds: list[dict[str, Any]] = field(default_factory=list)
    evaluations: list[dict[str, Any]] = field(default_factory=list)
    export: Path | None = None
    export_check: ExportCheck | None = None
    ledger_url: str = ""
    agent_dirs: list[Path] = field(default_factory=list)  # the training sites' agent directories
    ledger_ok: bool = False
    ledger_summary: str = ""
    seconds: float = 0.0
    majority_closed: float | None = None  # no model: the majority answer, same held-out items
    base_closed: float | None = None  # the untrained base model, the same held-out items
    export_closed: float | None = None  # the exported model, exact, the same held-out items


class ConsoleObserver(RunObserver):
    """Round progress as a rich progress bar plus one line per stage and round."""

    def __init__(self, progress: Progress, task: TaskID, result: DemoResult) -> None:
        self.progress = progress
        self.task = task
        self.result = result

    def on_stage_start(self, stage: Stage, index: int, total: int, first_round: int) -> None:
        self.progress.console.print(
            f"[bold cyan]stage {index + 1}/{total}: {stage.name}[/] from round {first_round} — "
            f"trains {', '.join(stage.trainable_groups)} on {', '.join(stage.data_kinds)}, "
            f"{stage.max_length} tokens, {stage.image_inputs_per_sample} image input(s) a sample"
        )

    def on_round_end(self, summary: RoundSummary) -> None:
        self.result.rounds.append(asdict(summary))
        refused = f", {summary.refusals} refused" if summary.refusals else ""
        eps = (
            f", site eps per study (lifetime) up to {summary.max_epsilon:.2f}"
            if summary.max_epsilon
            else ""
        )
        self.progress.console.print(
            f"  round {summary.global_round} [{summary.stage}] "
            f"{summary.participants}/{summary.sampled} sites{refused}, "
            f"{summary.num_examples} studies, loss {_loss(summary.loss_before, summary.loss_after)}"
            f"{eps} ({summary.seconds:.1f} s)"
        )
        self.progress.advance(self.task)

    def on_evaluation(self, summary: EvalSummary) -> None:
        self.result.evaluations.append(asdict(summary))
        parts = [
            f"{site} {_pct(EvalSummary.accuracy(c))}"
            for site, c in sorted(summary.per_site.items())
        ]
        self.progress.console.print(
            f"  evaluation after round {summary.global_round}: closed-question accuracy "
            f"{_pct(EvalSummary.accuracy(summary.overall))} ({', '.join(parts)})"
        )

    def on_export(self, path: Path) -> None:
        self.result.export = path


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def run_demo(opts: DemoOptions) -> DemoResult:
    started = time.monotonic()
    quiet_frameworks()
    data_root = opts.data_root or opts.out / "hospitals"
    stale_dirs = [opts.out / "run", opts.out / "consortium"]
    for stale in stale_dirs if opts.data_root else [data_root, *stale_dirs]:
        if stale.exists():
            shutil.rmtree(stale)
    if opts.data_root is None:
        synthesize_hospitals(data_root, opts.sites, opts.studies, opts.seed, opts.show_progress)
    sites = [p.name for p in training_sites(data_root)]
    if opts.data_root is not None:
        console.print(f"[bold]{len(sites)} training sites[/] under {data_root}: {', '.join(sites)}")
    base = default_base_dir()
    prepared = sign_curriculum(opts.curriculum, base, opts.out / "consortium", run_id="demo")
    write_site_policies(
        data_root,
        prepared,
        default_cap=opts.epsilon_cap,
        randomness=opts.randomness,
        share_training_loss=opts.share_training_loss,
    )
    console.print(
        f"curriculum [bold]{prepared.curriculum.name}[/] signed "
        f"({prepared.signed.curriculum_digest[:12]}…) by {prepared.public_key}; "
        "each site's policy trusts that key and the base model's configuration"
    )
    cur = prepared.curriculum
    result = DemoResult(out=opts.out, sites=sites, curriculum=cur.name)
    settings = CoordinatorSettings(
        out_dir=opts.out / "run",
        base_model=base,
        curriculum=cur,
        signed=prepared.signed,
        num_sites=len(sites),
        seed=opts.seed,
        data_root=data_root,
        ledger_url=opts.ledger_url,
        site_registry=registry_dir(opts.out / "consortium"),
    )
    with Progress(console=console, disable=not opts.show_progress) as progress:
        task = progress.add_task("federated rounds", total=cur.total_rounds)
        run_simulated(settings, ConsoleObserver(progress, task, result))
    if result.export is None or len(result.rounds) != cur.total_rounds:
        raise RuntimeError(
            f"the federation did not complete: {len(result.rounds)}/{cur.total_rounds} rounds ran"
        )
    idle = [r["global_round"] for r in result.rounds if r["participants"] == 0]
    if idle:
        console.print(
            f"[yellow]note:[/] no site trained in round(s) {idle} (each refused: see the sites' "
            "reasons above; with --studies small, the privacy budget runs out sooner)"
        )
    result.export_check = check_export(result.export, data_root / sites[0])
    # the first held-out questions of every training site that holds a held-out split: the
    # majority answer, the untrained base and the export, each scored exactly (the federated
    # evaluation's counts are noised)
    scored = [site for site in sites if holds_held_out(data_root, site)]
    if scored:
        result.majority_closed = majority_closed_accuracy(data_root, scored)
        result.base_closed = base_closed_accuracy(
            data_root, scored, base, cur.all_groups, prepared.signed.lora_rank
        )
        result.export_closed = export_closed_accuracy(result.export, data_root, scored)
    result.ledger_url = settings.ledger_url or ledger_default_url(settings.out_dir)
    result.agent_dirs = [default_agent_dir(data_root / site) for site in sites]
    with ConsortiumLedger(result.ledger_url, migrate=False) as ledger:
        result.ledger_ok, result.ledger_summary = _verified(
            ledger, result.agent_dirs, opts.randomness != "os-csprng"
        )
    result.seconds = time.monotonic() - started
    _print_summary(result)
    if not result.ledger_ok:
        raise RuntimeError(f"the consortium ledger failed verification: {result.ledger_summary}")
    return result


def synthesize_with_progress(
    out: Path, sites: int, studies: int, seed: int, ood: bool, show_progress: bool,
    workers: int | None = None,
) -> SynthSummary:  # fmt: skip
    """`simulation.synth.synthesize` behind a progress bar, `workers` hospitals at once
    (default: `default_workers`)."""
    with Progress(console=console, disable=not show_progress) as progress:
        task = progress.add_task("synthetic hospitals", total=(sites + ood) * studies)
        return synthesize(
            out,
            sites=sites,
            seed=seed,
            studies_per_site=studies,
            ood=ood,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
            workers=workers or default_workers(sites + ood, studies),
        )


def synthesize_hospitals(
    data_root: Path, sites: int, studies: int, seed: int, show_progress: bool
) -> None:
    """`sites` synthetic training hospitals and the OOD one under `data_root`, said so."""
    summary = synthesize_with_progress(data_root, sites, studies, seed, True, show_progress)
    console.print(
        f"[bold]{len(summary.sites)} hospitals[/] written to {data_root} "
        f"({', '.join(summary.sites)}); the OOD hospital never trains"
    )


def holds_held_out(data_root: Path, site: str) -> bool:
    """Whether `site`'s curated copy holds a held-out split (a hospital may hold training data
    only)."""
    from meddata import DatasetError
    from site_agent.evaluate import held_out_items
    from site_agent.settings import default_agent_dir

    try:
        held_out_items(default_agent_dir(data_root / site) / "curated")
    except DatasetError:
        return False
    return True


def majority_closed_accuracy(data_root: Path, sites: list[str]) -> float | None:
    """Closed-question accuracy on the sites' held-out splits of the majority answer: each
    question federated evaluation asks answered as it was most often answered in the sites'
    training data (no model)."""
    from dataclasses import replace

    from evaluation.baselines import majority_answers
    from meddata import load_site
    from site_agent.evaluate import held_out_items
    from site_agent.settings import default_agent_dir

    train = [(s.question, s.answer) for site in sites
             for s in load_site(data_root / site, "train").vqa]  # fmt: skip
    items = [
        replace(item, qid=f"{site}:{item.qid}")
        for site in sites
        for item in held_out_items(default_agent_dir(data_root / site) / "curated")
        if item.answer_type == "closed"
    ]
    if not items:
        return None
    answers = majority_answers(train, items)
    return sum(answers[i.qid] == i.answer for i in items) / len(items)


def base_closed_accuracy(
    data_root: Path, sites: list[str], base_dir: Path, groups: tuple[str, ...], lora_rank: int
) -> float | None:
    """Closed-question accuracy of the untrained base model (the global model before round 1:
    the base with the run's LoRA, which adds nothing yet) on the sites' first held-out questions
    (`held_out_items`, answered on the device and in the batches the sites use): what the
    federation's figure must beat for its training to count."""
    from model import attach_lora, load_base, make_processor, pick_device, place

    base, tokenizer, preset = load_base(base_dir)
    model = attach_lora(base, groups, r=lora_rank, seed=0)
    place(model, pick_device())
    return held_out_closed_accuracy(model, make_processor(preset, tokenizer), data_root, sites)


def export_closed_accuracy(export: Path, data_root: Path, sites: list[str]) -> float | None:
    """Closed-question accuracy of the exported model, loaded back with transformers + peft as
    `medfed eval baselines` loads it, on the same questions as `base_closed_accuracy`: exact,
    as only a demo that holds every hospital's data can score it (the consortium sees the sites'
    noised counts)."""
    from medfed.export_check import load_export

    model, processor = load_export(export)
    return held_out_closed_accuracy(model, processor, data_root, sites)


def held_out_closed_accuracy(
    model: Any, processor: Any, data_root: Path, sites: list[str]
) -> float | None:
    """`model`'s exact closed-question accuracy on the first held-out questions of `sites`."""
    from site_agent.evaluate import held_out_items, score_held_out
    from site_agent.settings import default_agent_dir

    right = asked = 0
    for site in sites:
        items = held_out_items(default_agent_dir(data_root / site) / "curated")
        closed = score_held_out(model, processor, items).overall.closed
        right, asked = right + closed.correct, asked + closed.n
    return right / asked if asked else None


def _verified(
    ledger: ConsortiumLedger, agent_dirs: list[Path], allow_seeded: bool
) -> tuple[bool, str]:
    """The ledger verified as an auditor would, the sites' own privacy ledgers included (their
    receipts, keys and spends)."""
    from ledger.receipts import SITE_LEDGER_FILE, read_site_ledgers

    held, spends = read_site_ledgers(a / SITE_LEDGER_FILE for a in agent_dirs)
    check = verify_ledger(ledger, receipts=held, site_spends=spends, allow_seeded=allow_seeded)
    return check.ok, check.summary()


def _loss(before: float, after: float) -> str:
    """Sites send exact training losses only when their policies share them (0.0 otherwise)."""
    if before == 0.0 and after == 0.0:
        return "withheld by the sites' policies"
    return f"{before:.3f} → {after:.3f}"


def _loss_cells(before: float, after: float) -> tuple[str, str]:
    if before == 0.0 and after == 0.0:
        return "withheld", "withheld"
    return f"{before:.3f}", f"{after:.3f}"


def _print_summary(result: DemoResult) -> None:
    table = Table(title="federated rounds (eps per study, the privacy unit, over each site's life)")
    for col in ("round", "stage", "sites", "loss before", "loss after", "max site eps", "seconds"):
        table.add_column(col)
    for r in result.rounds:
        table.add_row(
            str(r["global_round"]),
            str(r["stage"]),
            f"{r['participants']}/{r['sampled']}",
            *_loss_cells(r["loss_before"], r["loss_after"]),
            f"{r['max_epsilon']:.2f}",
            f"{r['seconds']:.1f}",
        )
    console.print(table)
    if result.evaluations:
        sites = sorted({s for e in result.evaluations for s in e["per_site"]})
        ev = Table(
            title="federated evaluation: closed-question accuracy on held-out splits, from the "
            "counts the sites released under DP (noised: eps per study, over each site's life)"
        )
        for col in ("after round", "stage", *sites, "all sites"):
            ev.add_column(col)
        for e in result.evaluations:
            cells = [_pct(EvalSummary.accuracy(e["per_site"].get(s, {}))) for s in sites]
            ev.add_row(str(e["global_round"]), e["stage"], *cells,
                       _pct(EvalSummary.accuracy(e["overall"])))  # fmt: skip
        console.print(ev)
    console.print(
        "[bold]closed-question accuracy[/], exact, on the training sites' first held-out "
        "questions (scored here: the demo holds every hospital's data)\n"
        f"  federated model (the export): {_pct(result.export_closed)}\n"
        f"  majority answer (no model): {_pct(result.majority_closed)}\n"
        f"  untrained base model (before any site trained): {_pct(result.base_closed)}"
    )
    if result.export_closed is not None and result.base_closed is not None:
        gain = 100 * (result.export_closed - result.base_closed)
        console.print(f"  federated against the untrained base: {gain:+.1f} points")
    if result.export_check is not None:
        ec = result.export_check
        console.print(f"[bold]exported model[/]: {result.export} (loads with transformers + peft)")
        for q, a, gold in ec.samples:
            console.print(f"  Q: {q}  model: {a!r}  gold: {gold!r}")
    console.print(f"[bold]consortium ledger[/]: {result.ledger_summary}")
    console.print(
        f"  audit it yourself: medfed audit verify --db {result.ledger_url}"
        + "".join(f" --receipts {a / 'privacy.sqlite'}" for a in result.agent_dirs)
        + "\n"
        f"  report for a DPO:  medfed audit report --db {result.ledger_url} "
        f"--out {result.out / 'audit'}"
    )
    console.print(f"done in {result.seconds:.0f} s")
