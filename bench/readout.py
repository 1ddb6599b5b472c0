"""The centralized arm alone, with the instruction stage's levers exposed, scored per question kind.

Trains the centralized model of `medfed eval baselines` (the sites' study units pooled, no DP,
`medfed.baselines.train_centralized`, the shipped base) on the sites under DATA_ROOT, with the
curriculum's instruction stage changed as the options say, then answers the held-out questions of
the training sites exactly as the baselines do (`--max-items` per site, greedy generation) and
prints closed accuracy per question kind (presence, side, large) beside the majority answer, the
model's most common closed answer's share (1.0: a constant answer) and the accuracy a read-out of
`bench/vision_probe.py`'s linear probe would give on the same questions.

    .venv/bin/medfed synth --out DIR --studies 600 --ood    # the baselines' data (seed 0)
    .venv/bin/python bench/readout.py --data-root DIR --max-items 300 [--lr 4e-3] [--steps-scale 2]
        [--groups projector,vision.lora] [--skip-long-context] [--lora-rank 8] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation.baselines import answer_with, majority_answers  # noqa: E402
from evaluation.normalize import normalize_answer  # noqa: E402
from evaluation.text_metrics import closed_correct  # noqa: E402
from medfed.baselines import SiteTrainingData, eval_sets, evaluation_site, train_centralized  # noqa: E402
from medfed.curricula import BENCHMARK_CURRICULUM  # noqa: E402
from model import (  # noqa: E402
    default_base_dir,
    format_followup,
    format_prompt,
    format_target,
    load_base,
    make_processor,
)
from protocols.curriculum import Curriculum, Stage  # noqa: E402
from protocols.curriculum_file import load_curriculum  # noqa: E402
from simulation.prepare import DEFAULT_LORA_RANK  # noqa: E402
from simulation.synth.qa import PHRASINGS  # noqa: E402
from site_agent import trainer  # noqa: E402
from site_agent.agent import CuratedData, curated_data, round_units  # noqa: E402
from site_agent.settings import default_agent_dir, training_sites  # noqa: E402


def curated_site(data_root: Path, name: str) -> CuratedData:
    """Site NAME under DATA_ROOT curated as the site agent curates it (into its agent
    directory, once: later calls read that copy)."""
    agent = default_agent_dir(data_root / name)
    return curated_data(str(data_root / name), str(agent / "curated"), str(agent))


def chosen_site(
    ap: argparse.ArgumentParser, data_root: Path, site: str | None
) -> tuple[list[str], str]:
    """The training sites under DATA_ROOT and the one `--site` names (default: the last one);
    an unknown name is a usage error listing them."""
    names = [p.name for p in training_sites(data_root)]
    chosen = site or names[-1]
    if chosen not in names:
        ap.error(f"--site: {chosen!r} is not a training site under {data_root} ({names})")
    return names, chosen


KINDS = {"presence": "presence", "side_closed": "side", "size": "large"}
_KIND_OF = {
    q.format(side=side): KINDS[kind]
    for kind, styles in PHRASINGS.items()
    if kind in KINDS
    for phrasings in styles
    for q in phrasings
    for side in ("left", "right")
}
# bench/vision_probe.py on the frozen shipped base (bench/README.md, 2026-11-30): presence is read
# from every study, side and large from studies with a lesion.
# bench/vision_probe.py on the shipped base's tokens (seed-0 sites of 600 studies, 2026-11-30)
PROBE = {"presence": 0.944, "side": 0.976, "large": 0.802}


def instruction_variant(cur: Curriculum, args: argparse.Namespace) -> Curriculum:
    stages = []
    for stage in cur.stages:
        if stage.name == "long-context" and args.skip_long_context:
            continue
        if stage.name == "instruction":
            changes: dict[str, Any] = {}
            if args.lr is not None:
                changes["learning_rate"] = args.lr
            if args.groups is not None:
                changes["trainable_groups"] = tuple(args.groups.split(","))
            if args.batch_size is not None:
                changes["batch_size"] = args.batch_size
            if args.rounds is not None:
                changes["rounds"] = args.rounds
            if args.local_steps is not None:
                changes["local_steps"] = args.local_steps
            if args.max_length is not None:
                changes["max_length"] = args.max_length
            if args.vqa_only:
                changes["data_kinds"], changes["data_weights"] = ("vqa",), (1.0,)
            stage = dataclasses.replace(stage, **changes)
        stages.append(stage)
    return dataclasses.replace(cur, stages=tuple(stages))


def trained_turns(
    sites: list[SiteTrainingData], stage: Stage, tokenizer: Any, preset: Any
) -> dict[str, tuple[int, int, int]]:
    """Per closed kind, over the sites' study units of `stage` in their stored order: (turns of
    that kind, those within max_length, those asked first). Counts tokens as `encode_batch` does
    (whole later turns that do not fit are left out)."""

    def n(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    out: dict[str, list[int]] = {k: [0, 0, 0] for k in PROBE}
    for site in sites:
        for unit in round_units(site.curated, stage, tokenizer, preset):
            prompt = format_prompt(unit.question, num_images=len(unit.images))
            used = n(prompt) + len(unit.images) * (preset.image_seq_length - 1)
            fits = True
            for i, (question, answer) in enumerate(unit.turns):
                if i:
                    cost = n(format_followup(question)) + n(format_target(answer))
                    fits = fits and used + cost <= stage.max_length
                    used += cost if fits else 0
                kind = _KIND_OF.get(question)
                if kind is not None:
                    out[kind][0] += 1
                    out[kind][1] += fits
                    out[kind][2] += i == 0
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def stored_order() -> None:
    """From now on, the sites' trainer takes each study unit's turns in their stored order (as
    it did before it shuffled them every batch): presence first, then modality, count, side,
    which side, where, size, then the second source and the conversation, cut to whole turns
    within max_length."""
    trainer.shuffled_turns = lambda example, rng: example  # type: ignore[assignment]


def per_kind(items: list[Any], answers: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Closed accuracy, count and most common answer's share per kind, and over all closed."""
    groups: dict[str, list[Any]] = {}
    for item in items:
        if item.answer_type != "closed":
            continue
        groups.setdefault(_KIND_OF.get(item.question, "other"), []).append(item)
        groups.setdefault("closed", []).append(item)
    out = {}
    for kind, its in groups.items():
        preds = [answers.get(i.qid, "") for i in its]
        ok = sum(closed_correct(i.answer, p) for i, p in zip(its, preds, strict=True))
        top = Counter(normalize_answer(p) for p in preds).most_common(1)[0][1]
        out[kind] = {"n": len(its), "accuracy": ok / len(its), "top_share": top / len(its)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--curriculum", type=Path, default=BENCHMARK_CURRICULUM)
    ap.add_argument("--max-items", type=int, default=300, help="held-out questions per site")
    ap.add_argument("--lr", type=float, default=None, help="instruction learning rate")
    ap.add_argument("--groups", default=None, help="instruction trainable groups, comma-separated")
    ap.add_argument("--batch-size", type=int, default=None, help="instruction batch size")
    ap.add_argument("--rounds", type=int, default=None, help="instruction rounds")
    ap.add_argument("--local-steps", type=int, default=None, help="instruction steps/site/round")
    ap.add_argument("--max-length", type=int, default=None, help="instruction max_length")
    ap.add_argument("--vqa-only", action="store_true", help="instruction on VQA turns only")
    ap.add_argument("--skip-long-context", action="store_true")
    ap.add_argument("--stored-order", action="store_true",
                    help="each study unit's turns in their stored order, not shuffled")  # fmt: skip
    ap.add_argument("--turns-only", action="store_true",
                    help="print which closed turns the instruction stage trains; stop")  # fmt: skip
    ap.add_argument("--lora-rank", type=int, default=DEFAULT_LORA_RANK)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    if args.stored_order:
        stored_order()
    started = time.monotonic()
    cur = instruction_variant(load_curriculum(args.curriculum), args)
    site_names = [p.name for p in training_sites(args.data_root)]
    sites = []
    for name in site_names:
        sites.append(SiteTrainingData(name, curated_site(args.data_root, name)))
    sets = eval_sets(args.data_root, site_names, args.max_items, evaluation_site(args.data_root))
    held_out = [i for name in site_names for i in sets[name]]
    for stage in cur.stages:
        groups, kinds = ",".join(stage.trainable_groups), ",".join(stage.data_kinds)
        print(f"stage {stage.name}: groups {groups}, {stage.rounds} rounds x {stage.local_steps} "
              f"steps/site at batch {stage.batch_size}, lr {stage.learning_rate:g}, max_length "
              f"{stage.max_length}, data {kinds}", flush=True)  # fmt: skip
    _, tok, pre = load_base(default_base_dir())
    instruction = next(s for s in cur.stages if s.name == "instruction")
    print(f"closed questions in the instruction stage's study units (stored turn order, "
          f"max_length {instruction.max_length}):")  # fmt: skip
    for kind, (total, fit, first) in trained_turns(sites, instruction, tok, pre).items():
        print(f"  {kind}: {total} turns, {fit} within max_length, {first} asked first")
    if args.turns_only:
        return
    model, tokenizer, preset = train_centralized(
        sites, cur, default_base_dir(), args.lora_rank, args.seed, lambda m: print(m, flush=True)
    )
    trained = time.monotonic() - started
    answers = answer_with(model, make_processor(preset, tokenizer), held_out, 32, 8)
    train_pairs = [(s.question, s.answer) for site in sites for s in site.curated.train.vqa]
    model_k = per_kind(held_out, answers)
    major_k = per_kind(held_out, majority_answers(train_pairs, held_out))
    probe_closed = sum(PROBE[k] * model_k[k]["n"] for k in PROBE) / model_k["closed"]["n"]
    print("| kind | n | centralized | most common answer's share | majority answer | probe |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for kind in (*PROBE, "closed"):
        m, j = model_k[kind], major_k[kind]
        p = PROBE.get(kind, probe_closed)
        print(f"| {kind} | {m['n']} | {100 * m['accuracy']:.1f} | {100 * m['top_share']:.1f}% | "
              f"{100 * j['accuracy']:.1f} | {100 * p:.1f} |")  # fmt: skip
    print(f"{trained:.0f} s training, {time.monotonic() - started:.0f} s in all")
    if args.json:
        options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
        result = {"options": options, "centralized": model_k, "majority": major_k,
                  "training_seconds": trained}  # fmt: skip
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
