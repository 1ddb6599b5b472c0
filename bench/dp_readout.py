"""One site's local-only arm under DP-SGD, with the instruction stage's levers and its noise
exposed, scored per question kind beside the untrained base model.

Trains the local-only model of `medfed eval baselines` (`medfed.baselines.train_local_only`: one
site's study units, the stage's DP-SGD, the shipped base) on SITE under DATA_ROOT, with the
curriculum's instruction stage changed as the options say, then answers the held-out questions of
every training site and every question of the OOD hospital as the baselines do (`--max-items` a
site, greedy generation), and prints closed accuracy per question kind (presence, side, large)
beside the same figures for the base model before any training and for the site's majority
answer, the model's most common closed answer's share (1.0: a constant answer) and the site's eps
per study (patient) over the whole curriculum; then closed accuracy per modality (as the sites'
data names them) for the same three.

A local-only model at a site is what the federation averages: it says in about a minute whether
the stage's DP settings let the site's training add anything to the base. `--noise-multiplier`
changes the instruction stage's noise alone (a tiny value such as 0.01 is clipping without
meaningful noise: eps is printed, not checked); `--non-private` trains without DP.

    .venv/bin/medfed synth --out DIR --studies 1000 --ood
    .venv/bin/python bench/dp_readout.py --data-root DIR [--site hospital-c] [--local-steps 30]
        [--batch-size 64] [--noise-multiplier 1.01] [--groups vision.lora,projector,lm.lora]
        [--turns-per-unit 1] [--freeze-lora-a] [--optimizer sgd] [--adam-bc 0.1]
        [--public-subspace 32] [--pooled]

The last six options are experiments (`bench/dp_variants.py`), not site settings. `--pooled`
trains on every training site's units pooled, each DP stage at n times the batch and sqrt(n)
times the noise multiplier (after the other options set the site's values): the noise of n sites'
noisy sums averaged, with the optimizer applied once to the average, which is what any federation
of these sites with the same eps per site could at best do. Its printed eps is the pooled
mechanism's, not a site's (each site's is the recipe's own).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import dp_variants  # noqa: E402
from readout import chosen_site, curated_site, instruction_variant, per_kind  # noqa: E402

from evaluation.baselines import HELD_OUT, answer_with, majority_answers  # noqa: E402
from medfed.baselines import (  # noqa: E402
    SiteTrainingData,
    eval_sets,
    evaluation_site,
    train_local_only,
)
from medfed.curricula import BENCHMARK_CURRICULUM  # noqa: E402
from model import default_base_dir, load_base, make_processor  # noqa: E402
from protocols.curriculum import Curriculum  # noqa: E402
from protocols.curriculum_file import load_curriculum  # noqa: E402
from simulation.prepare import DEFAULT_LORA_RANK  # noqa: E402

KINDS = ("presence", "side", "large", "closed")


def modalities_of(items: list[Any]) -> list[str]:
    """The modalities the closed questions name, as the sites' data names them."""
    return sorted({i.modality or "unknown" for i in items if i.answer_type == "closed"})


def per_modality(
    items: list[Any], answers: dict[str, str], modalities: list[str]
) -> dict[str, float | None]:
    """Closed accuracy on each modality's questions (None where a set has none of them)."""
    out: dict[str, float | None] = {}
    for modality in modalities:
        sub = [
            i for i in items if i.answer_type == "closed" and (i.modality or "unknown") == modality
        ]
        out[modality] = per_kind(sub, answers)["closed"]["accuracy"] if sub else None
    return out


def with_noise(cur: Curriculum, noise: float | None) -> Curriculum:
    if noise is None:
        return cur
    stages = tuple(
        dataclasses.replace(s, dp=dataclasses.replace(s.dp, noise_multiplier=noise))
        if s.name == "instruction" and s.dp is not None
        else s
        for s in cur.stages
    )
    return dataclasses.replace(cur, stages=stages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--site", default=None, help="the training site (default: the last one)")
    ap.add_argument("--curriculum", type=Path, default=BENCHMARK_CURRICULUM)
    ap.add_argument("--max-items", type=int, default=300, help="questions per evaluation set")
    ap.add_argument("--lr", type=float, default=None, help="instruction learning rate")
    ap.add_argument("--groups", default=None, help="instruction trainable groups, comma-separated")
    ap.add_argument("--batch-size", type=int, default=None, help="instruction expected batch")
    ap.add_argument("--rounds", type=int, default=None, help="instruction rounds")
    ap.add_argument("--local-steps", type=int, default=None, help="instruction steps a round")
    ap.add_argument("--max-length", type=int, default=None, help="instruction max_length")
    ap.add_argument("--noise-multiplier", type=float, default=None,
                    help="instruction DP noise multiplier")  # fmt: skip
    ap.add_argument("--lora-rank", type=int, default=DEFAULT_LORA_RANK,
                    help="LoRA rank of the vision and LM adapters")  # fmt: skip
    ap.add_argument("--non-private", action="store_true", help="every stage without DP")
    ap.add_argument("--turns-per-unit", type=int, default=None,
                    help="experiment: train only this many blocks of a unit's shuffled turns "
                         "each time it is batched (bench/dp_variants.py)")  # fmt: skip
    ap.add_argument("--freeze-lora-a", action="store_true",
                    help="experiment: LoRA A factors frozen, only B trains (FFA-LoRA)")  # fmt: skip
    ap.add_argument("--optimizer", choices=("adamw", "sgd"), default=None,
                    help="experiment: the DP trainer's optimizer in every stage")  # fmt: skip
    ap.add_argument("--adam-bc", type=float, default=None, metavar="FLOOR",
                    help="experiment: DP-AdamBC in the instruction stage, v - noise variance "
                         "floored at FLOOR x noise variance")  # fmt: skip
    ap.add_argument("--public-subspace", type=int, default=None, metavar="K",
                    help="experiment: projected DP-SGD in the instruction stage, on the top K "
                         "directions of public-scene gradients")  # fmt: skip
    ap.add_argument("--public-samples", type=int, default=512,
                    help="public scenes whose gradients span --public-subspace")  # fmt: skip
    ap.add_argument("--pooled", action="store_true",
                    help="experiment: every training site's units pooled, each DP stage at "
                         "n x the batch and sqrt(n) x the noise")  # fmt: skip
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    if args.turns_per_unit is not None and args.turns_per_unit < 1:
        ap.error(f"--turns-per-unit: {args.turns_per_unit} must be >= 1")
    if args.public_subspace is not None and not 0 < args.public_subspace <= args.public_samples:
        ap.error(f"--public-subspace: {args.public_subspace} must be between 1 and "
                 f"--public-samples ({args.public_samples})")  # fmt: skip
    args.vqa_only = args.skip_long_context = False  # what readout's instruction_variant reads
    torch.manual_seed(args.seed)
    started = time.monotonic()
    cur = with_noise(instruction_variant(load_curriculum(args.curriculum), args),
                     args.noise_multiplier)  # fmt: skip
    names, site = chosen_site(ap, args.data_root, args.site)
    curated = curated_site(args.data_root, site)
    if args.pooled:
        training = []
        for name in names:  # each site's curated copy, read once (the chosen site's above)
            data = curated if name == site else curated_site(args.data_root, name)
            training.append(SiteTrainingData(name, data))
        cur = dp_variants.pooled_sites(training, cur, not args.non_private)
    ood = evaluation_site(args.data_root)
    sets = eval_sets(args.data_root, names, args.max_items, ood)
    stage = next(s for s in cur.stages if s.name == "instruction")
    dp = "no DP" if args.non_private or stage.dp is None else (
        f"noise {stage.dp.noise_multiplier:g}, clip {stage.dp.clipping_norm:g}")  # fmt: skip
    who = f"{site}, {len(curated.train.vqa)}"
    if args.pooled:
        who = f"{', '.join(names)} pooled, {sum(len(t.curated.train.vqa) for t in training)}"
    print(f"{who} training questions; instruction: "
          f"{','.join(stage.trainable_groups)}, {stage.rounds} x {stage.local_steps} steps at "
          f"batch {stage.batch_size}, lr {stage.learning_rate:g}, {dp}", flush=True)  # fmt: skip

    base, tokenizer, preset = load_base(default_base_dir())
    processor = make_processor(preset, tokenizer)
    if args.turns_per_unit is not None:
        dp_variants.one_block_per_appearance(args.turns_per_unit)
    if args.freeze_lora_a:
        dp_variants.freeze_lora_a()
    if args.optimizer is not None:
        dp_variants.plain_optimizer(args.optimizer)
    if args.adam_bc is not None:
        dp_variants.adam_without_noise_variance(args.adam_bc)
    if args.public_subspace is not None:
        dp_variants.public_subspace(args.public_subspace, args.public_samples, [tokenizer, preset])
    scored = {}
    by_modality: dict[tuple[str, str], dict[str, float | None]] = {}
    train_pairs = [(s.question, s.answer) for s in curated.train.vqa]  # the site's own answers
    if args.pooled:  # every site's answers, as the baselines' majority arm pools them
        train_pairs = [(s.question, s.answer) for t in training for s in t.curated.train.vqa]
    modalities = modalities_of([i for set_name in (HELD_OUT, ood) for i in sets[set_name]])

    def score(model_name: str, set_name: str, answers: dict[str, str]) -> None:
        scored[(model_name, set_name)] = per_kind(sets[set_name], answers)
        by_modality[(model_name, set_name)] = per_modality(sets[set_name], answers, modalities)

    for set_name in (HELD_OUT, ood):
        score("majority", set_name, majority_answers(train_pairs, sets[set_name]))
        score("base", set_name, answer_with(base, processor, sets[set_name], 32, 8))
    del base
    t = time.monotonic()
    model, tokenizer, preset, eps = train_local_only(
        SiteTrainingData(site, curated), cur, default_base_dir(), args.lora_rank, args.seed,
        not args.non_private, "rdp", lambda m: None,
    )  # fmt: skip
    trained = time.monotonic() - t
    processor = make_processor(preset, tokenizer)
    for set_name in (HELD_OUT, ood):
        score("local", set_name, answer_with(model, processor, sets[set_name], 32, 8))
    eps_text = "non-private" if eps is None else (
        f"eps {eps[site]:.2f} per study over the whole curriculum (rdp, delta 1e-5)")  # fmt: skip
    if args.pooled and eps is not None:  # the pooled mechanism's, not what any site spends
        eps_text = (f"pooled mechanism's eps {eps[site]:.2f} (not a site's: each site spends "
                    "its recipe's own eps per study)")  # fmt: skip
    arm = "pooled sites" if args.pooled else f"local-only {site}"
    print(f"{arm}: {eps_text}, {trained:.0f} s training")
    print("| set | model | " + " | ".join(KINDS) + " | most common closed answer |")
    print("| --- | --- | " + " | ".join("---:" for _ in KINDS) + " | ---: |")
    for (model_name, set_name), kinds in scored.items():
        cells = " | ".join(f"{100 * kinds[k]['accuracy']:.1f}" for k in KINDS)
        top = 100 * kinds["closed"]["top_share"]
        print(f"| {set_name} | {model_name} | {cells} | {top:.0f}% |")
    print("\nclosed accuracy per modality:")
    print("| set | model | " + " | ".join(modalities) + " |")
    print("| --- | --- | " + " | ".join("---:" for _ in modalities) + " |")
    for (model_name, set_name), accs in by_modality.items():
        cells = " | ".join("-" if a is None else f"{100 * a:.1f}" for a in accs.values())
        print(f"| {set_name} | {model_name} | {cells} |")
    print(f"{time.monotonic() - started:.0f} s in all")
    if args.json:
        options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
        result = {
            "options": options,
            "epsilon": eps,
            "training_seconds": trained,
            "scores": {f"{m} / {s}": k for (m, s), k in scored.items()},
            "per_modality": {f"{m} / {s}": a for (m, s), a in by_modality.items()},
        }
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
