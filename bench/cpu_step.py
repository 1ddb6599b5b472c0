"""What a site's training step costs on the CPU, with and without MedFed's two step-time choices,
side by side in one run on a real instruction batch.

The choices (both compute the same loss and gradients, to fp32 rounding):
- **experts**: transformers' MoE experts as "eager" (a loop over the experts, what MedFed sets
  on the CPU, `model.device.fit_experts`) or "grouped_mm" (transformers' default, which on the
  CPU has no grouped kernel and falls back to gathering every token's expert bias);
- **loss**: logits only at the supervised positions (`model.loss.per_sample_loss`, MedFed's) or
  at every position, as the model's own forward computes them (the loss before it).

A fifth row times MedFed's choices under bf16 autocast (`--bf16`: what a CPU with native bf16
trains in by default, `model.device.cpu_autocast_bf16`; weights, per-study gradients and the
noise stay fp32), and the speed-up of each row is also given against fp32.

Curates SITE under DATA_ROOT once (as a site does), takes the curriculum's instruction stage's
study units, collates one batch of BATCH of them (seeded), and times non-private steps and
DP-SGD steps (`site_agent.dp.private_training` + `private_step`, the stage's noise and clip) for
each combination, the combinations alternating `--repeats` times so the machine's drift falls on
all of them. Prints each combination's median step time and its ratio to the one before both
choices (grouped_mm, every position), and the batch's tokens, padding and supervised share.

    .venv/bin/medfed synth --out DIR --studies 600 --ood
    .venv/bin/python bench/cpu_step.py --data-root DIR [--site hospital-c] [--batch-size 256]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from readout import chosen_site, curated_site  # noqa: E402

import site_agent.dp as dp  # noqa: E402
import site_agent.trainer as trainer  # noqa: E402
from medfed.curricula import BENCHMARK_CURRICULUM  # noqa: E402
from model import attach_lora, default_base_dir, load_base, set_trainable_groups  # noqa: E402
from model.device import set_experts  # noqa: E402
from model.loss import model_inputs, per_sample_loss  # noqa: E402
from model.prompting import IGNORE_INDEX  # noqa: E402
from protocols.curriculum_file import load_curriculum  # noqa: E402
from simulation.prepare import DEFAULT_LORA_RANK  # noqa: E402
from site_agent.agent import round_units  # noqa: E402
from site_agent.trainer import ImageCache, make_batch  # noqa: E402

EXPERTS = ("grouped_mm", "eager")
LOSSES = ("every position", "supervised only")
PRECISIONS = ("fp32", "bf16 autocast")


def full_sequence_loss(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """The per-sample loss with logits at every position (what per_sample_loss did before)."""
    out = model(**model_inputs(batch), use_cache=False)
    logits = out.logits[:, :-1].float()
    labels = batch["labels"][:, 1:]
    tok = F.cross_entropy(logits.transpose(1, 2), labels, ignore_index=IGNORE_INDEX,
                          reduction="none")  # fmt: skip
    mask = (labels != IGNORE_INDEX).float()
    return (tok * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--site", default=None, help="the training site (default: the last one)")
    ap.add_argument("--curriculum", type=Path, default=BENCHMARK_CURRICULUM)
    ap.add_argument("--batch-size", type=int, default=None,
                    help="studies in the batch (default: the stage's)")  # fmt: skip
    ap.add_argument("--repeats", type=int, default=3, help="timed steps of each kind")
    ap.add_argument("--bf16", action="store_true",
                    help="also time eager + supervised only under CPU bf16 autocast")  # fmt: skip
    args = ap.parse_args()
    torch.manual_seed(0)
    _, site = chosen_site(ap, args.data_root, args.site)
    curated = curated_site(args.data_root, site)
    stage = next(s for s in load_curriculum(args.curriculum).stages if s.name == "instruction")
    base, tokenizer, preset = load_base(default_base_dir())
    model = attach_lora(base, stage.trainable_groups, r=DEFAULT_LORA_RANK, seed=0)
    set_trainable_groups(model, stage.trainable_groups)
    units = round_units(curated, stage, tokenizer, preset)
    size = min(args.batch_size or stage.batch_size, len(units))
    chosen = torch.randperm(len(units), generator=torch.Generator().manual_seed(0))[:size]
    batch = make_batch([units[int(i)] for i in chosen], tokenizer, preset, ImageCache(),
                       stage.max_length, torch.device("cpu"), stage.tiling)  # fmt: skip
    ids, labels = batch["input_ids"], batch["labels"]
    real = int(batch["attention_mask"].sum())
    supervised = int((labels[:, 1:] != IGNORE_INDEX).sum())
    print(f"{site}: {size} of {len(units)} instruction units, batch {tuple(ids.shape)}: "
          f"{real / ids.numel():.0%} real tokens, {supervised / ids.numel():.1%} supervised, "
          f"most supervised in a sample {int((labels[:, 1:] != IGNORE_INDEX).sum(1).max())}; "
          f"trainable {','.join(stage.trainable_groups)}", flush=True)  # fmt: skip

    params = [p for p in model.parameters() if p.requires_grad]
    assert stage.dp is not None
    cfg = dp.DPTrainingConfig(
        steps=1, batch_size=size, learning_rate=stage.learning_rate,
        max_length=stage.max_length, seed=0, noise_multiplier=stage.dp.noise_multiplier,
        max_grad_norm=stage.dp.clipping_norm, trainable_groups=stage.trainable_groups,
    )  # fmt: skip
    losses: dict[str, Callable[..., torch.Tensor]] = {
        LOSSES[0]: full_sequence_loss, LOSSES[1]: per_sample_loss,
    }  # fmt: skip
    combos = [(e, loss, PRECISIONS[0]) for e, loss in itertools.product(EXPERTS, LOSSES)]
    if args.bf16:
        combos.append((EXPERTS[1], LOSSES[1], PRECISIONS[1]))
    fp32_dtype = lambda device: None  # noqa: E731
    bf16_dtype = lambda device: torch.bfloat16  # noqa: E731
    precision = {PRECISIONS[0]: fp32_dtype, PRECISIONS[1]: bf16_dtype}
    plain: dict[tuple[str, str, str], list[float]] = {c: [] for c in combos}
    private: dict[tuple[str, str, str], list[float]] = {c: [] for c in combos}
    optimizer = torch.optim.AdamW(params, lr=stage.learning_rate)

    def plain_step(loss_fn: Callable[..., torch.Tensor]) -> None:
        optimizer.zero_grad(set_to_none=True)
        with trainer._autocast(torch.device("cpu")):
            loss = loss_fn(model, dict(batch)).mean()
        loss.backward()
        optimizer.step()

    loader = dp.index_loader(len(units), size)
    with dp.private_training(model, optimizer, loader, cfg, torch.device("cpu")) as parts:
        for rep in range(args.repeats + 1):  # the first pass warms up, untimed
            for combo in combos:
                set_experts(model, combo[0])
                dp.per_sample_loss = losses[combo[1]]  # type: ignore[attr-defined]
                trainer.autocast_dtype = precision[combo[2]]
                t = time.perf_counter()
                dp.private_step(parts, batch)
                if rep:
                    private[combo].append(time.perf_counter() - t)
    dp.per_sample_loss = per_sample_loss  # type: ignore[attr-defined]
    for rep in range(args.repeats + 1):
        for combo in combos:
            set_experts(model, combo[0])
            trainer.autocast_dtype = precision[combo[2]]
            t = time.perf_counter()
            plain_step(losses[combo[1]])
            if rep:
                plain[combo].append(time.perf_counter() - t)

    before = combos[0]
    rows: list[Any] = []
    for combo in combos:
        p, q = statistics.median(plain[combo]), statistics.median(private[combo])
        rows.append((combo, p, q, statistics.median(plain[before]) / p,
                     statistics.median(private[before]) / q))  # fmt: skip
    print(f"\n{'experts':<11} {'loss':<16} {'precision':<14} {'plain s':>8} {'DP s':>7} "
          f"{'plain speed-up':>15} {'DP speed-up':>12}")  # fmt: skip
    for (experts, loss, prec), p, q, sp, sq in rows:
        print(f"{experts:<11} {loss:<16} {prec:<14} {p:8.2f} {q:7.2f} {sp:14.2f}x {sq:11.2f}x")
    print(f"(median of {args.repeats} steps each, alternating; speed-up against "
          f"{before[0]} + {before[1]} in fp32, the step before both choices)")  # fmt: skip
    if args.bf16:
        ours, cast = combos[3], combos[4]
        med = statistics.median
        print(f"bf16 autocast against fp32 (eager, supervised only): plain "
              f"{med(plain[ours]) / med(plain[cast]):.2f}x, DP "
              f"{med(private[ours]) / med(private[cast]):.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
