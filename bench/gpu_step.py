"""One training step of a 20b-width MedGPT-oss slice on a CUDA GPU: DP-SGD against non-private.

The slice is the real model's width with fewer layers: two full-width GPT-oss layers (hidden 2880,
64 heads, 32 experts top-4, the 201,088-token vocabulary and its embeddings/head) and the
real-size CLIP ViT-L/14-336 tower, built from the `medgpt-oss-20b` preset in bf16, with the
projector and LM LoRA (r=16) trainable. Both modes run the same batch and the project's per-sample
loss (model.loss.per_sample_loss), AdamW: "plain" is loss.mean().backward(); "dp" wraps the model
in Opacus's GradSampleModule (hooks) and steps a DPOptimizer (clip 1.0, noise 1.0). Reported: the
median step time over --steps after --warmup, and torch.cuda.max_memory_allocated per mode.

    python bench/gpu_step.py                           # 2 layers, batch 2 x 1024 tokens
    python bench/gpu_step.py --tokens 4096 --batch 1 --checkpointing
    python bench/gpu_step.py --cpu-smoke               # tiny dimensions on the CPU: checks the
                                                       # code path only, its times mean nothing

--checkpointing checkpoints each layer as the site trainers do (`model.checkpointing`, with
Opacus's hooks paused while a layer is recomputed, `site_agent.dp.opacus_hooks_paused`).
Without a CUDA device (and without --cpu-smoke) it exits with code 2 and says so; a mode that
fails is reported and the exit code is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import statistics
import sys
from functools import partial
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import train_step  # noqa: E402
from model import PRESETS, default_corpus, train_tokenizer  # noqa: E402
from model.checkpointing import activation_checkpointing  # noqa: E402
from model.loss import per_sample_loss  # noqa: E402
from site_agent.dp import opacus_hooks_paused  # noqa: E402


def make_batch(model: Any, preset: Any, tokens: int, batch: int, device: torch.device) -> dict:
    """train_step.synthetic_batch on `device` (bf16 pixels, ids below 4000); --tokens checked."""
    if tokens <= preset.image_seq_length + train_step.ANSWER_TOKENS:
        raise SystemExit(
            f"--tokens {tokens} must exceed {preset.image_seq_length} image tokens + "
            f"{train_step.ANSWER_TOKENS} answer tokens"
        )
    return train_step.synthetic_batch(
        model,
        preset,
        tokens,
        batch,
        max_token_id=min(4000, preset.vocab_size),
        device=device,
        pixel_dtype=torch.bfloat16,
    )


def timed(step: Any, steps: int, warmup: int, device: torch.device) -> tuple[float, float]:
    times = train_step.step_times(step, steps, warmup, device)
    peak = torch.cuda.max_memory_allocated() / 1e9 if device.type == "cuda" else float("nan")
    return statistics.median(times), peak


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--layers", type=int, default=2, help="GPT-oss layers in the slice (default 2)")
    p.add_argument("--tokens", type=int, default=1024, help="sequence length (default 1024)")
    p.add_argument("--batch", type=int, default=2, help="samples per step (default 2)")
    p.add_argument("--steps", type=int, default=5, help="timed steps per mode (default 5)")
    p.add_argument("--warmup", type=int, default=2, help="untimed steps per mode (default 2)")
    p.add_argument("--checkpointing", action="store_true", help="activation checkpointing")
    p.add_argument("--cpu-smoke", action="store_true", help="tiny dimensions on the CPU")
    args = p.parse_args(argv)
    if min(args.layers, args.tokens, args.batch, args.steps) < 1 or args.warmup < 0:
        p.error("--layers, --tokens, --batch, --steps must be >= 1 and --warmup >= 0")

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
    else:
        device = torch.device("cuda")
        preset = dataclasses.replace(
            PRESETS["medgpt-oss-20b"], name="medgpt-oss-20b-slice", text_num_layers=args.layers
        )
        tokens = args.tokens

    from opacus import GradSampleModule
    from opacus.optimizers import DPOptimizer

    results: dict[str, dict[str, float]] = {}
    failed: dict[str, str] = {}
    for mode in ("plain", "dp"):
        model = train_step.trainable_model(preset, tokenizer, device=device, dtype=torch.bfloat16)
        batch = make_batch(model.get_base_model(), preset, tokens, args.batch, device)
        params = [q for q in model.parameters() if q.requires_grad]
        optimizer: Any = torch.optim.AdamW(params, lr=1e-4)
        net: Any = model
        paused = None
        if mode == "dp":
            net = GradSampleModule(model, batch_first=True, loss_reduction="mean", strict=False)
            optimizer = DPOptimizer(
                optimizer, noise_multiplier=1.0, max_grad_norm=1.0, expected_batch_size=args.batch
            )
            paused = partial(opacus_hooks_paused, net)  # what site_agent.dp does
        checkpointing = activation_checkpointing(model, paused) if args.checkpointing else None

        def step(net: Any = net, optimizer: Any = optimizer, batch: dict = batch) -> None:
            loss = per_sample_loss(net, batch).mean()
            loss.backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)

        try:
            with checkpointing or contextlib.nullcontext():
                seconds, peak = timed(step, args.steps, args.warmup, device)
        except (RuntimeError, ValueError) as exc:
            # report it rather than lose the other mode's figures
            print(json.dumps({"mode": mode, "failed": f"{type(exc).__name__}: {exc}"}), flush=True)
            failed[mode] = f"{type(exc).__name__}: {exc}"
            continue
        results[mode] = {"step_s": round(seconds, 4), "peak_gb": round(peak, 2)}
        print(json.dumps({"mode": mode, **results[mode]}), flush=True)
        del model, net, optimizer, batch
        if device.type == "cuda":
            torch.cuda.empty_cache()

    summary = {
        "preset": preset.name,
        "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu (smoke test)",
        "layers": preset.text_num_layers,
        "tokens": tokens,
        "batch": args.batch,
        "checkpointing": args.checkpointing,
        "trainable_groups": list(train_step.GROUPS),
        **{f"{m}_{k}": v for m, r in results.items() for k, v in r.items()},
        **{f"{m}_failed": why for m, why in failed.items()},
    }
    if not failed:
        summary["dp_over_plain_time"] = round(
            results["dp"]["step_s"] / results["plain"]["step_s"], 2
        )
    print(json.dumps(summary, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
