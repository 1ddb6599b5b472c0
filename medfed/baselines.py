"""`medfed eval baselines`: federated vs local-only vs centralized on the synthetic benchmark.

See `evaluation.baselines` for what each arm is and how it is scored. This module runs them: the
sites curated first (as their agents curate them, a site a core at once), the federation through
`medfed.demo.run_demo` (Flower simulation, SecAgg+, DP), then the local-only,
centralized and base models with the sites' own training code, each trained and scored in its
own worker process (`--jobs`, side by side on the machine's cores) or one after the other in
this process (`--jobs 1`), then the majority answer.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch

from coordinator.settings import CoordinatorSettings
from evaluation.baselines import (
    BASE,
    CENTRALIZED,
    FEDERATED,
    HELD_OUT,
    LOCAL_PREFIX,
    MAJORITY,
    PLOT_FILE,
    Arm,
    Target,
    answer_with,
    check_targets,
    constant_closed,
    elapsed,
    majority_answers,
    save_plot,
    score_sets,
    write_predictions,
    write_results,
)
from evaluation.items import EvalItem
from meddata import load_site
from meddata.samples import Split
from medfed.console import progress_bar
from medfed.curricula import BENCHMARK_CURRICULUM, BENCHMARK_STUDIES
from medfed.demo import (
    DEMO_EPSILON_CAP,
    DEMO_MIN_STUDIES,
    DemoOptions,
    check_studies_fit_the_cap,
    run_demo,
    synthesize_hospitals,
)
from medfed.workers import map_unordered
from model import attach_lora, default_base_dir, load_base, make_processor, set_trainable_groups
from model.device import pick_device, place
from protocols.accounting import Mechanism, check_accountant, epsilon_of
from protocols.curriculum import Curriculum, Stage
from site_agent.agent import CuratedData, curated_data, round_seed, round_units
from site_agent.dp import DPTrainingConfig, train_local_dp
from site_agent.examples import Example
from site_agent.settings import default_agent_dir, site_info, training_sites
from site_agent.trainer import ImageCache, LocalTrainingConfig, train_local

Say = Callable[[str], None]
CENTRAL_SEED_NAME = "centralized"


@dataclass(frozen=True)
class BaselineOptions:
    out: Path
    curriculum: Path = BENCHMARK_CURRICULUM
    sites: int = 3
    studies: int = BENCHMARK_STUDIES
    seed: int = 0
    private_local: bool = True  # local-only models train under the stage's DP settings
    max_items: int | None = None  # per evaluation set; None: every question
    batch_size: int = 32
    max_new_tokens: int = 8
    show_progress: bool = True
    accountant: str = "rdp"  # what the simulated sites' policies use
    # Existing sites to compare on (see `evaluation_site`); None: synthetic hospitals.
    data_root: Path | None = None
    jobs: int | None = None  # models trained at once after the federation; None: `default_jobs`

    def __post_init__(self) -> None:
        if self.data_root is not None:
            evaluation_site(self.data_root)  # raises ValueError naming the problem
        if self.max_items is not None and self.max_items < 1:
            raise ValueError(f"--max-items must be >= 1, got {self.max_items}")
        if self.sites < 3:
            raise ValueError(f"--sites must be >= 3 (secure aggregation needs 3), got {self.sites}")
        if not self.curriculum.is_file():
            raise ValueError(f"--curriculum: no file at {self.curriculum}")
        if self.data_root is None:
            if self.studies < DEMO_MIN_STUDIES:
                raise ValueError(f"--studies must be >= {DEMO_MIN_STUDIES}, got {self.studies}")
            check_studies_fit_the_cap(self.curriculum, self.studies, DEMO_EPSILON_CAP)
        if self.batch_size < 1 or self.max_new_tokens < 1:
            raise ValueError("--batch-size and --max-new-tokens must be >= 1")
        if self.jobs is not None and self.jobs < 1:
            raise ValueError(f"--jobs must be >= 1, got {self.jobs}")


@dataclass
class BaselineResult:
    out: Path
    arms: list[Arm]
    targets: list[Target]
    set_names: list[str]
    results_file: Path
    plot: Path
    seconds: float


@dataclass(frozen=True)
class SiteTrainingData:
    """A training site's curated data, as its agent reads it."""

    name: str
    curated: CuratedData


def evaluation_site(data_root: Path) -> str:
    """The out-of-distribution hospital under `data_root`: the one site whose site.json says
    "evaluation_only": true. It never trains; all its studies are scored."""
    if not data_root.is_dir():
        raise ValueError(f"--data-root: no directory at {data_root}")
    found = sorted(
        p.name
        for p in data_root.iterdir()
        if (p / "site.json").is_file() and site_info(p / "site.json").get("evaluation_only") is True
    )
    if len(found) != 1:
        raise ValueError(
            f"--data-root {data_root}: needs exactly one site whose site.json has "
            f'"evaluation_only": true (the OOD hospital), found {found or "none"}'
        )
    return found[0]


def eval_sets(
    data_root: Path, sites: Sequence[str], max_items: int | None, ood: str
) -> dict[str, list[EvalItem]]:
    """Each training site's held-out VQA (from its curated copy, as federated evaluation reads
    it), every study of the OOD hospital `ood` (it never trains), and HELD_OUT, the sites
    pooled."""
    out: dict[str, list[EvalItem]] = {}
    for site in [*sites, ood]:
        site_dir = data_root / site
        agent = default_agent_dir(site_dir)
        curated_data(str(site_dir), str(agent / "curated"), str(agent))  # curates once
        splits: tuple[Split, ...] = ("test", "train") if site == ood else ("test",)
        samples = [s for split in splits for s in load_site(agent / "curated", split).vqa]
        samples.sort(key=lambda s: (s.source, s.qid))
        items = [
            EvalItem(qid=f"{site}:{s.source}:{s.qid}", question=s.question, answer=s.answer,
                     answer_type=s.answer_type, image=s.image, modality=s.modality)
            for s in samples
        ]  # fmt: skip
        out[site] = items[:max_items] if max_items else items
    out[HELD_OUT] = [item for site in sites for item in out[site]]
    return out


def _round_examples(
    site: SiteTrainingData, stage: Stage, seed: int, global_round: int, tokenizer: Any, preset: Any
) -> list[Example]:
    """What the site trains on in that round of the federation: its study units (the same in
    every round; the seed only drives sampling)."""
    del seed, global_round
    return round_units(site.curated, stage, tokenizer, preset)


def _fresh_model(
    base_dir: Path, cur: Curriculum, lora_rank: int, seed: int
) -> tuple[Any, Any, Any]:
    base, tokenizer, preset = load_base(base_dir)
    model = attach_lora(base, cur.all_groups, r=lora_rank, seed=seed)
    place(model, pick_device())
    return model, tokenizer, preset


def train_local_only(
    site: SiteTrainingData,
    cur: Curriculum,
    base_dir: Path,
    lora_rank: int,
    seed: int,
    private: bool,
    accountant: str,
    say: Say,
) -> tuple[Any, Any, Any, dict[str, float] | None]:
    """The curriculum at one site alone; returns (model, tokenizer, preset, eps or None). The
    site's own recipe, without the federation's server step (a step size or momentum over the
    rounds' updates): on one site's DP updates, unaveraged, the benchmark's momentum made the
    local-only models worse (bench/README.md, "Server momentum")."""
    model, tokenizer, preset = _fresh_model(base_dir, cur, lora_rank, seed)
    images = ImageCache()
    history: list[Mechanism] = []
    delta: float | None = None
    global_round = 0
    for stage in cur.stages:
        for _ in range(stage.rounds):
            global_round += 1
            examples = _round_examples(site, stage, seed, global_round, tokenizer, preset)
            rs = round_seed(seed, site.name, global_round)
            if private and stage.dp is not None:
                cfg = DPTrainingConfig.for_stage(
                    stage, len(examples), rs, accountant=check_accountant(accountant, "baselines")
                )
                result = train_local_dp(model, tokenizer, preset, examples, cfg, pick_device(),
                                        images)  # fmt: skip
                history.append(result.mechanism)
                delta = stage.dp.delta
                report = result.report
            else:
                set_trainable_groups(model, stage.trainable_groups)
                lcfg = LocalTrainingConfig.for_stage(stage, len(examples), rs)
                report = train_local(
                    model, tokenizer, preset, examples, lcfg, pick_device(), images
                )
            say(
                f"  local {site.name} round {global_round} [{stage.name}] "
                f"{len(examples)} examples, loss {report.loss_before:.3f} → {report.loss_after:.3f}"
            )
    eps = None
    if private and delta is not None:
        eps = {site.name: epsilon_of(history, delta, accountant)}
    return model, tokenizer, preset, eps


def train_centralized(
    sites: Sequence[SiteTrainingData],
    cur: Curriculum,
    base_dir: Path,
    lora_rank: int,
    seed: int,
    say: Say,
) -> tuple[Any, Any, Any]:
    """Every site's round examples pooled, no DP; a round takes as many steps as all sites take
    together in a federated round (the same number of examples seen)."""
    model, tokenizer, preset = _fresh_model(base_dir, cur, lora_rank, seed)
    images = ImageCache()
    global_round = 0
    for stage in cur.stages:
        for _ in range(stage.rounds):
            global_round += 1
            per_site = [
                _round_examples(s, stage, seed, global_round, tokenizer, preset) for s in sites
            ]
            pooled = [ex for exs in per_site for ex in exs]
            steps = sum(stage.steps_per_round(len(exs)) for exs in per_site)
            rs = round_seed(seed, CENTRAL_SEED_NAME, global_round)
            cfg = replace(LocalTrainingConfig.for_stage(stage, len(pooled), rs), steps=steps)
            set_trainable_groups(model, stage.trainable_groups)
            report = train_local(model, tokenizer, preset, pooled, cfg, pick_device(), images)
            say(
                f"  centralized round {global_round} [{stage.name}] {len(pooled)} examples, "
                f"{steps} steps, loss {report.loss_before:.3f} → {report.loss_after:.3f}"
            )
    return model, tokenizer, preset


def federated_epsilons(ledger_url: str, run_id: str) -> tuple[dict[str, float], dict[str, int]]:
    """Each site's eps at the end of the run, as its signed consortium-ledger entries say
    (training and the evaluation releases after rounds), and how many evaluation releases
    (`released` entries) of the site that eps includes."""
    from ledger.store import ConsortiumLedger
    from protocols.ledger_entry import SiteRoundEntry

    eps: dict[str, float] = {}
    releases: dict[str, int] = {}
    with ConsortiumLedger(ledger_url, migrate=False) as ledger:
        for record in ledger.entries(run_id):
            entry = record.entry
            if isinstance(entry, SiteRoundEntry):
                eps[entry.site] = max(eps.get(entry.site, 0.0), entry.epsilon_after)
                releases[entry.site] = releases.get(entry.site, 0) + (entry.status == "released")
    return eps, releases


@dataclass(frozen=True)
class ArmJob:
    """A model trained (or, for the base, not) and scored after the federation."""

    kind: str  # "local" | "centralized" | "base"
    site: str | None = None  # the local-only model's site


@dataclass(frozen=True)
class ArmContext:
    """What training and scoring an arm needs; picklable, for a worker process."""

    data_root: Path
    site_names: tuple[str, ...]
    ood_site: str
    cur: Curriculum
    base_dir: Path
    lora_rank: int
    seed: int
    private_local: bool
    accountant: str
    max_items: int | None
    batch_size: int
    max_new_tokens: int
    preds_dir: Path

    @property
    def set_names(self) -> list[str]:
        return [*self.site_names, HELD_OUT, self.ood_site]


def default_jobs(arms: int, asked: int | None = None, cores: int | None = None) -> tuple[int, int]:
    """(models trained at once, torch threads each): `asked` (at most `arms`), else one per core
    of `cores` (default: this machine's) up to `arms`; the cores shared among them.

    Each model on one thread of its own uses the cores better than one model on all of them:
    on 2 cores a DP step takes 1.37 s on one thread and 0.84 s on two (bench/README.md), so two
    models side by side do about 1.2 times the steps of one on both cores."""
    cores = cores or os.cpu_count() or 1
    jobs = max(1, min(asked or cores, arms))
    return jobs, max(1, cores // jobs)


_LOADED: dict[tuple[Any, ...], Any] = {}  # per process: curated sites and evaluation sets


def loaded_sites(ctx: ArmContext, names: Sequence[str] | None = None) -> list[SiteTrainingData]:
    """The curated data of the training sites `names` (default: all), as their agents read it;
    each site loaded once a process (a local-only model's worker loads its own site alone)."""
    sites = []
    for name in ctx.site_names if names is None else names:
        key = ("site", ctx.data_root, name)
        if key not in _LOADED:
            agent = default_agent_dir(ctx.data_root / name)
            curated = curated_data(str(ctx.data_root / name), str(agent / "curated"), str(agent))
            _LOADED[key] = SiteTrainingData(name, curated)
        sites.append(_LOADED[key])
    return sites


def loaded_sets(ctx: ArmContext) -> dict[str, list[EvalItem]]:
    """`eval_sets` for the comparison (loaded once a process)."""
    key = ("sets", ctx.data_root, ctx.site_names, ctx.max_items, ctx.ood_site)
    if key not in _LOADED:
        _LOADED[key] = eval_sets(ctx.data_root, ctx.site_names, ctx.max_items, ctx.ood_site)
    return dict(_LOADED[key])


def score_arm(arm: Arm, model: Any, processor: Any, ctx: ArmContext, show_progress: bool) -> Arm:
    """Answer every evaluation item with `model`, write its predictions, score them into arm."""
    sets = loaded_sets(ctx)
    items = [i for name in (*ctx.site_names, ctx.ood_site) for i in sets[name]]
    with progress_bar(f"{arm.name} answers", len(items), show_progress) as bar:
        task = bar.task_ids[0]
        answers = answer_with(
            model, processor, items, ctx.batch_size, ctx.max_new_tokens,
            lambda done, total: bar.update(task, completed=done, total=total),
        )  # fmt: skip
    write_predictions(ctx.preds_dir / f"{arm.name.replace(':', '-')}.jsonl", answers)
    arm.scores = score_sets({n: sets[n] for n in ctx.set_names}, answers)
    return arm


def run_arm(job: ArmJob, ctx: ArmContext, say: Say, show_progress: bool) -> Arm:
    """Train the job's model as the comparison defines it, then score it; `seconds` is the
    training's (the base's: loading it)."""
    t = time.monotonic()
    if job.kind == "local":
        if job.site not in ctx.site_names:
            raise ValueError(f"local-only model: {job.site!r} is not a training site")
        (site,) = loaded_sites(ctx, [job.site])
        model, tokenizer, preset, eps = train_local_only(
            site, ctx.cur, ctx.base_dir, ctx.lora_rank, ctx.seed, ctx.private_local,
            ctx.accountant, say,
        )  # fmt: skip
        arm = Arm(f"{LOCAL_PREFIX}{site.name}", "local", [site.name], eps)
    elif job.kind == "centralized":
        model, tokenizer, preset = train_centralized(
            loaded_sites(ctx), ctx.cur, ctx.base_dir, ctx.lora_rank, ctx.seed, say
        )
        arm = Arm(CENTRALIZED, "centralized", list(ctx.site_names), None)
    elif job.kind == BASE:
        model, tokenizer, preset = _fresh_model(ctx.base_dir, ctx.cur, ctx.lora_rank, ctx.seed)
        arm = Arm(BASE, BASE, [], None)  # LoRA B = 0: the base as shipped
    else:
        raise ValueError(f"unknown baseline arm kind {job.kind!r}")
    arm.seconds = elapsed(t)
    return score_arm(arm, model, make_processor(preset, tokenizer), ctx, show_progress)


def _job_name(job: ArmJob) -> str:
    return f"the {job.kind} model" + (f" of {job.site}" if job.site else "")


def _arm_in_worker(task: tuple[ArmJob, ArmContext, int]) -> tuple[ArmJob, Arm, list[str]]:
    """`run_arm` in a worker process on `threads` torch threads; returns its progress lines."""
    from transformers.utils import logging as hf_logging

    job, ctx, threads = task
    torch.set_num_threads(threads)
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    lines: list[str] = []
    return job, run_arm(job, ctx, lines.append, show_progress=False), lines


def run_arms(
    jobs: Sequence[ArmJob], ctx: ArmContext, workers: int, threads: int, say: Say,
    show_progress: bool,
) -> list[Arm]:  # fmt: skip
    """Every job's arm, in the order of `jobs`: one after the other in this process (workers
    1), else in `workers` spawned processes of `threads` torch threads, the longest first (the
    centralized model trains as many steps as all sites together). A model that fails stops
    the others at once (their processes are terminated, `medfed.workers`) and its error
    is raised here."""
    if workers == 1:
        return [run_arm(job, ctx, say, show_progress) for job in jobs]
    order = sorted(jobs, key=lambda j: {"centralized": 0, "local": 1}.get(j.kind, 2))
    say(f"  {len(jobs)} models, {workers} at a time in worker processes, {threads} "
        f"thread{'s' if threads > 1 else ''} each")  # fmt: skip
    done: dict[ArmJob, Arm] = {}
    tasks = [(job, ctx, threads) for job in order]
    with (
        progress_bar("models trained and scored", len(jobs), show_progress) as bar,
        closing(map_unordered(_arm_in_worker, tasks, workers, lambda t: _job_name(t[0]))) as arms,
    ):  # leaving the block terminates the workers still running
        for job, arm, lines in arms:
            for line in lines:
                say(line)
            say(f"  {arm.name}: trained in {arm.seconds:.0f} s, scored")
            done[job] = arm
            bar.update(bar.task_ids[0], advance=1)
    return [done[job] for job in jobs]


def _curate_in_worker(site_dir: Path) -> str:
    agent = default_agent_dir(site_dir)
    curated_data(str(site_dir), str(agent / "curated"), str(agent))
    return site_dir.name


def curate_sites(data_root: Path, names: Sequence[str], workers: int, show_progress: bool) -> None:
    """Each site's curated copy, made as its agent makes it (`curated_data`: its own
    curation secret, in its agent directory) where it is missing, `workers` sites at a time in
    spawned processes; a site already curated is checked against its manifest."""
    dirs = [data_root / name for name in names]
    with progress_bar("sites curated", len(dirs), show_progress) as bar:
        if workers == 1 or len(dirs) == 1:
            for site_dir in dirs:
                _curate_in_worker(site_dir)
                bar.update(bar.task_ids[0], advance=1)
            return
        with closing(map_unordered(_curate_in_worker, dirs, workers, lambda d: d.name)) as done:
            for _ in done:
                bar.update(bar.task_ids[0], advance=1)


def run_baselines(opts: BaselineOptions, say: Say) -> BaselineResult:
    started = time.monotonic()
    out = opts.out
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(opts.seed)
    data_root = opts.data_root or out / "hospitals"
    if opts.data_root is None:
        if data_root.exists():
            shutil.rmtree(data_root)
        synthesize_hospitals(data_root, opts.sites, opts.studies, opts.seed, opts.show_progress)
    site_names = [p.name for p in training_sites(data_root)]
    ood_site = evaluation_site(data_root)
    jobs = [*(ArmJob("local", name) for name in site_names), ArmJob("centralized"), ArmJob(BASE)]
    workers, threads = default_jobs(len(jobs), opts.jobs)
    # Every site curated first, as its agent would in the federation's first round, a site a
    # core at once (the OOD hospital too, which no agent curates in the federation).
    curate_sites(data_root, [*site_names, ood_site], workers, opts.show_progress)

    say("[bold]1/3 federated[/]: the demo federation (Flower simulation, SecAgg+, DP-SGD)")
    t = time.monotonic()
    demo = run_demo(
        DemoOptions(out=out, sites=opts.sites, curriculum=opts.curriculum,
                    studies=opts.studies, seed=opts.seed, show_progress=opts.show_progress,
                    data_root=data_root)
    )  # fmt: skip
    if demo.export is None:
        raise RuntimeError("the federation exported no model")
    fed_seconds = elapsed(t)
    settings = CoordinatorSettings.load(out / "run")
    ctx = ArmContext(
        data_root=data_root, site_names=tuple(site_names), ood_site=ood_site,
        cur=settings.curriculum, base_dir=default_base_dir(), lora_rank=settings.lora_rank,
        seed=opts.seed, private_local=opts.private_local, accountant=opts.accountant,
        max_items=opts.max_items, batch_size=opts.batch_size,
        max_new_tokens=opts.max_new_tokens, preds_dir=out / "predictions",
    )  # fmt: skip
    set_names = ctx.set_names
    sites, sets = loaded_sites(ctx), loaded_sets(ctx)

    from medfed.export_check import load_export

    fed_model, fed_processor = load_export(demo.export)
    fed_eps, fed_releases = federated_epsilons(demo.ledger_url, settings.run_id)
    fed_arm = Arm(FEDERATED, "federated", site_names, fed_eps, seconds=fed_seconds,
                  releases=fed_releases)  # fmt: skip
    arms = [score_arm(fed_arm, fed_model, fed_processor, ctx, opts.show_progress)]
    del fed_model

    kind = "DP-SGD, same settings as the federation" if opts.private_local else "no DP"
    say(f"[bold]2/3 local-only[/] (each site alone, same curriculum, {kind}), [bold]centralized"
        "[/] (all sites' data pooled, no DP) and the [bold]untrained base[/] (the shipped base "
        "model as it is)")  # fmt: skip
    arms += run_arms(jobs, ctx, workers, threads, say, opts.show_progress)

    say("[bold]3/3 majority answer[/]: no model, the most common training answer per question")
    train_pairs = [(s.question, s.answer) for site in sites for s in site.curated.train.vqa]
    all_items = [i for name in (*site_names, ood_site) for i in sets[name]]
    answers = majority_answers(train_pairs, all_items)
    write_predictions(ctx.preds_dir / f"{MAJORITY}.jsonl", answers)
    arms.append(Arm(MAJORITY, MAJORITY, site_names, None,
                    scores=score_sets({n: sets[n] for n in set_names}, answers)))  # fmt: skip

    targets = check_targets(arms, ood_site)
    meta = {
        "constant_closed_answers": constant_closed(arms),
        "curriculum": ctx.cur.name,
        "curriculum_file": str(opts.curriculum),
        "sites": site_names,
        "ood_site": ood_site,
        "studies_per_site": opts.studies,
        "seed": opts.seed,
        "private_local": opts.private_local,
        "evaluation_sets": {n: len(sets[n]) for n in set_names},
        "lora_rank": ctx.lora_rank,
        "parallel_models": workers,
        "threads_per_model": threads if workers > 1 else torch.get_num_threads(),
    }
    results = write_results(out, arms, targets, meta)
    plot = save_plot(arms, set_names, out / PLOT_FILE)
    return BaselineResult(out, arms, targets, set_names, results, plot, elapsed(started))
