"""One training step of a 20b-width MedGPT-oss slice on a CUDA GPU: DP-SGD against non-private,
through the site's own training code, with `medfed model plan`'s estimate beside each peak.

The slice is the real model's width with fewer layers (--layers of GPT-oss's 24; 24 is the whole
20b): full-width GPT-oss layers (hidden 2880, 64 heads, 32 experts top-4, the 201,088-token
vocabulary and its embeddings/head) and the real-size CLIP ViT-L/14-336 tower, built from the
`medgpt-oss-20b` preset with bf16 weights, the projector and LM LoRA (r=16) trainable. Both modes
train as a GPU site does: trainable parameters in fp32 (`site_agent.dp.trainable_in_fp32`), bf16
autocast (`site_agent.trainer.autocast_dtype`), the project's per-sample loss, AdamW, the batch
run as --micro-batch samples at a time:

- "plain": each micro-batch's mean loss backward, one optimizer step;
- "dp": `site_agent.dp.private_training` + `private_step` (Opacus hooks, clip 1.0, noise 1.0):
  each micro-batch's per-study gradients clipped and summed, the noise added once per batch.

--checkpointing recomputes each layer in the backward pass (`model.checkpointing`, Opacus's
hooks paused while a layer is recomputed, `site_agent.dp.opacus_hooks_paused`). --attention
flex is what a site trains with on CUDA (`model.device.training_attention`: flex attention with
GPT-oss's sinks, SDPA for CLIP); eager is the attention the model is built with.

Reported per mode: the median step time over --steps after --warmup; the peak of memory held by
tensors (`torch.cuda.max_memory_allocated`) and the device memory in use at the end of the mode
(total - free: tensors, the allocator's cache and the CUDA context: what a GPU must hold); and
the plan's peak for the same step (`model.memory_plan`, the stage's batch, micro-batch, length,
checkpointing and DP, attention "eager" or "flash" (memory-efficient) to match). The plan bounds
a sample whose every text token is a target, so by default every text token is supervised here.

    python bench/gpu_step.py                                 # 2 layers, batch 2 x 1024 tokens
    python bench/gpu_step.py --tokens 4096 --batch 2 --micro-batch 1 --checkpointing
    python bench/gpu_step.py --cpu-smoke                     # tiny dimensions on the CPU: checks
                                                             # the code path; its times mean nothing

Without a CUDA device (and without --cpu-smoke) it exits with code 2 and says so; a mode that
fails is reported and the exit code is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import json
import statistics
import sys
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import train_step  # noqa: E402
from model import PRESETS, default_corpus, train_tokenizer  # noqa: E402
from model import device as device_module  # noqa: E402
from model.checkpointing import activation_checkpointing  # noqa: E402
from model.device import CUDA_ATTENTION, training_attention  # noqa: E402
from model.loss import per_sample_loss  # noqa: E402
from model.memory_plan import GB, StagePlan, plan_curriculum  # noqa: E402
from model.presets import ModelPreset  # noqa: E402
from protocols.curriculum import Curriculum, DPSettings, Stage  # noqa: E402
from site_agent import dp  # noqa: E402
from site_agent.trainer import _autocast  # noqa: E402

MODES = ("plain", "dp")
CLIP, NOISE, LR = 1.0, 1.0, 1e-4


def step_stage(args: argparse.Namespace, tokens: int, private: bool) -> Stage:
    """The curriculum stage this benchmark's step is one step of (for the plan)."""
    return Stage(
        name="gpu-step",
        trainable_groups=train_step.GROUPS,
        data_kinds=("vqa",),
        rounds=1,
        local_steps=1,
        batch_size=args.batch,
        learning_rate=LR,
        max_length=tokens,
        micro_batch_size=args.micro_batch,
        activation_checkpointing=args.checkpointing,
        dp=DPSettings(clipping_norm=CLIP, delta=1e-5, noise_multiplier=NOISE) if private else None,
    )


def planned(
    preset: ModelPreset, args: argparse.Namespace, tokens: int, private: bool, gpu_gb: float
) -> StagePlan:
    attention = "eager" if args.attention == "eager" else "flash"
    curriculum = Curriculum(name="gpu-step", stages=(step_stage(args, tokens, private),))
    return plan_curriculum(preset, curriculum, gpu_gb, attention=attention)[0]


def chunks(batch: dict[str, torch.Tensor], size: int) -> list[dict[str, torch.Tensor]]:
    n = batch["input_ids"].shape[0]
    return [{k: v[i : i + size] for k, v in batch.items()} for i in range(0, n, size)]


def run_mode(
    mode: str,
    preset: ModelPreset,
    tokenizer: Any,
    args: argparse.Namespace,
    tokens: int,
    answer: int,
    device: torch.device,
) -> dict[str, float]:
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    model = train_step.trainable_model(preset, tokenizer, device=device, dtype=dtype)
    batch = train_step.synthetic_batch(
        model.get_base_model(), preset, tokens, args.batch, max_token_id=min(4000,
        preset.vocab_size or 4000), device=device, pixel_dtype=dtype, answer_tokens=answer,
    )  # fmt: skip
    micro = chunks(batch, args.micro_batch or args.batch)
    with contextlib.ExitStack() as stack:
        if mode == "plain":
            cast = dp.trainable_in_fp32(model) if dtype != torch.float32 else []
            stack.callback(lambda: [setattr(p, "data", p.data.to(t)) for p, t in cast])
            params = [q for q in model.parameters() if q.requires_grad]
            optimizer = torch.optim.AdamW(params, lr=LR)
            stack.enter_context(training_attention(model, device))  # as site_agent.trainer
            if args.checkpointing:
                stack.enter_context(activation_checkpointing(model))

            def step() -> None:
                for part in micro:
                    with _autocast(device):
                        losses = per_sample_loss(model, part)
                    (losses.sum() / args.batch).backward()
                optimizer.step()
                optimizer.zero_grad(set_to_none=True)

        else:
            optimizer = torch.optim.AdamW([q for q in model.parameters() if q.requires_grad], lr=LR)
            cfg = dp.DPTrainingConfig(
                steps=1, batch_size=args.batch, learning_rate=LR, max_length=tokens, seed=0,
                noise_multiplier=NOISE, max_grad_norm=CLIP, trainable_groups=train_step.GROUPS,
                micro_batch_size=args.micro_batch, activation_checkpointing=args.checkpointing,
            )  # fmt: skip
            loader = dp.index_loader(100 * args.batch, args.batch)
            parts = stack.enter_context(dp.private_training(model, optimizer, loader, cfg, device))

            def step() -> None:
                for i, part in enumerate(micro):
                    dp.private_step(parts, part, last=i == len(micro) - 1)

        times = train_step.step_times(step, args.steps, args.warmup, device)
        figures = {"step_s": round(statistics.median(times), 4)}
        if device.type == "cuda":
            free, total = torch.cuda.mem_get_info()
            figures["allocated_peak_gb"] = round(torch.cuda.max_memory_allocated() / GB, 2)
            figures["reserved_peak_gb"] = round(torch.cuda.max_memory_reserved() / GB, 2)
            figures["device_used_gb"] = round((total - free) / GB, 2)
    return figures  # the model, its optimizer and the batch go with this frame


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--layers", type=int, default=2, help="GPT-oss layers in the slice (default 2)")
    p.add_argument("--tokens", type=int, default=1024, help="sequence length (default 1024)")
    p.add_argument("--batch", type=int, default=2, help="samples per step (default 2)")
    p.add_argument("--micro-batch", type=int, default=None,
                   help="samples per forward/backward pass (default: the whole batch)")  # fmt: skip
    p.add_argument("--answer-tokens", type=int, default=None,
                   help="supervised tokens per sample (default: every text token)")  # fmt: skip
    p.add_argument("--attention", choices=("eager", "flex"), default="flex",
                   help="the LM's attention: flex (a site's on CUDA) or eager")  # fmt: skip
    p.add_argument("--steps", type=int, default=5, help="timed steps per mode (default 5)")
    p.add_argument("--warmup", type=int, default=2, help="untimed steps per mode (default 2)")
    p.add_argument("--checkpointing", action="store_true", help="activation checkpointing")
    p.add_argument("--modes", default="plain,dp", help="which of plain,dp to run (default both)")
    p.add_argument("--json-out", type=Path, default=None, help="also write the summary here")
    p.add_argument("--cpu-smoke", action="store_true", help="tiny dimensions on the CPU")
    args = p.parse_args(argv)
    if min(args.layers, args.tokens, args.batch, args.steps) < 1 or args.warmup < 0:
        p.error("--layers, --tokens, --batch, --steps must be >= 1 and --warmup >= 0")
    if args.micro_batch is not None and not 1 <= args.micro_batch <= args.batch:
        p.error(f"--micro-batch {args.micro_batch} must be in [1, --batch {args.batch}]")
    modes = [m for m in args.modes.split(",") if m]
    if not modes or set(modes) - set(MODES):
        p.error(f"--modes {args.modes!r}: a comma-separated subset of {','.join(MODES)}")

    if not args.cpu_smoke and not torch.cuda.is_available():
        print(
            "bench/gpu_step.py needs a CUDA GPU and torch.cuda.is_available() is False here "
            f"(torch {torch.__version__}). Run it on a machine with an NVIDIA GPU and a CUDA "
            "build of torch, or pass --cpu-smoke to check the code path with tiny dimensions.",
            file=sys.stderr,
        )
        return 2
    tokenizer = train_tokenizer(default_corpus())
    if args.cpu_smoke:
        device = torch.device("cpu")
        preset = train_step.tiny_preset(tokenizer)
        tokens = max(args.tokens if args.tokens != 1024 else 96, preset.image_seq_length + 40)
        if args.attention == "flex":
            p.error("--attention flex needs CUDA (GPT-oss's sinks); use --attention eager")
        gpu_gb = 1.0
    else:
        device = torch.device("cuda")
        preset = dataclasses.replace(
            PRESETS["medgpt-oss-20b"], name="medgpt-oss-20b-slice", text_num_layers=args.layers
        )
        tokens = args.tokens
        gpu_gb = torch.cuda.get_device_properties(0).total_memory / GB
    text = tokens - preset.image_seq_length
    answer = text if args.answer_tokens is None else args.answer_tokens
    if not 1 <= answer <= text:
        p.error(f"--answer-tokens {answer} must be in [1, {text}] (the sample's text tokens)")

    site_attention = device_module.CUDA_ATTENTION
    if args.attention == "eager":  # what a model is built with; the site trains with flex
        device_module.CUDA_ATTENTION = {**CUDA_ATTENTION, "text_config": "eager"}
    try:
        return run_modes(args, modes, preset, tokenizer, tokens, answer, device, gpu_gb)
    finally:
        device_module.CUDA_ATTENTION = site_attention


def run_modes(
    args: argparse.Namespace,
    modes: list[str],
    preset: ModelPreset,
    tokenizer: Any,
    tokens: int,
    answer: int,
    device: torch.device,
    gpu_gb: float,
) -> int:
    results: dict[str, dict[str, float]] = {}
    failed: dict[str, str] = {}
    for mode in modes:
        try:
            figures = run_mode(mode, preset, tokenizer, args, tokens, answer, device)
        except (RuntimeError, ValueError) as exc:  # report it, keep the other mode's figures
            failed[mode] = f"{type(exc).__name__}: {exc}"[:2000]
            print(json.dumps({"mode": mode, "failed": failed[mode]}), flush=True)
            continue
        finally:
            gc.collect()
            if device.type == "cuda":
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats()
        plan = planned(preset, args, tokens, mode == "dp", gpu_gb)
        figures["plan_peak_gb"] = plan.peak_gb
        figures["plan_activations_gb"] = plan.activations_gb
        if "device_used_gb" in figures:
            figures["plan_over_device_used"] = round(plan.peak_gb / figures["device_used_gb"], 3)
        results[mode] = figures
        print(json.dumps({"mode": mode, **figures}), flush=True)

    summary: dict[str, Any] = {
        "preset": preset.name,
        "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu (smoke test)",
        "torch": torch.__version__,
        "layers": preset.text_num_layers,
        "tokens": tokens,
        "supervised_tokens": answer,
        "batch": args.batch,
        "micro_batch": args.micro_batch or args.batch,
        "checkpointing": args.checkpointing,
        "attention": args.attention,
        "trainable_groups": list(train_step.GROUPS),
        **{f"{m}_{k}": v for m, r in results.items() for k, v in r.items()},
        **{f"{m}_failed": why for m, why in failed.items()},
    }
    if "plain" in results and "dp" in results:
        summary["dp_over_plain_time"] = round(
            results["dp"]["step_s"] / results["plain"]["step_s"], 3
        )
    print(json.dumps(summary, indent=2))
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
