"""Activation checkpointing on the CPU: peak memory and step time with and without, side by side.

A wider-than-tiny MedGPT-oss (the tiny preset with --hidden, --layers, and the tokenizer's
vocabulary) in fp32 on the CPU, projector + LM LoRA trainable, one batch of --batch x --tokens
(one image's tokens up front, the last 32 supervised). Four runs, each in its own process so
that each has its own high-water mark: non-private (train_local's step) and DP-SGD (the site
trainer's own `private_training` / `private_step`, Opacus hooks), each without and with
`activation_checkpointing`. Reported per run: the median step time over --steps after one
warm-up step, and the step's peak memory: the process's max RSS minus its RSS just before the
first step (weights, optimizer state and the torch runtime are already in the baseline).

    nice -n 10 .venv/bin/python bench/activation_checkpointing.py [--hidden 512 --layers 6
        --tokens 512 --batch 4 --steps 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.train_step import (  # noqa: E402
    ANSWER_TOKENS,
    GROUPS,
    step_times,
    synthetic_batch,
    tiny_preset,
    trainable_model,
)
from model import default_corpus, train_tokenizer  # noqa: E402
from model.checkpointing import activation_checkpointing  # noqa: E402
from model.loss import per_sample_loss  # noqa: E402
from site_agent.dp import (  # noqa: E402
    DPTrainingConfig,
    index_loader,
    private_step,
    private_training,
)

RUNS = [("plain", False), ("plain", True), ("dp", False), ("dp", True)]


def _rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize()


def _peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def child(args: argparse.Namespace, mode: str, checkpointing: bool) -> dict[str, Any]:
    torch.set_num_threads(args.threads)
    tokenizer = train_tokenizer(default_corpus())
    preset = tiny_preset(
        tokenizer, name="tiny-wide", text_hidden_size=args.hidden,
        text_intermediate_size=2 * args.hidden, text_num_layers=args.layers,
        text_num_heads=args.hidden // 64, text_num_kv_heads=2,
        text_head_dim=64, max_position_embeddings=max(1024, args.tokens),
    )  # fmt: skip
    model = trainable_model(preset, tokenizer)
    batch = synthetic_batch(model, preset, args.tokens, args.batch)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=1e-4)
    cpu = torch.device("cpu")
    with contextlib.ExitStack() as stack:
        if mode == "dp":
            cfg = DPTrainingConfig(
                steps=1, batch_size=args.batch, learning_rate=1e-4, max_length=args.tokens,
                seed=0, noise_multiplier=1.0, max_grad_norm=1.0, trainable_groups=GROUPS,
                activation_checkpointing=checkpointing,
            )  # fmt: skip
            loader = index_loader(args.batch * 8, args.batch)
            parts = stack.enter_context(private_training(model, optimizer, loader, cfg, cpu))

            def step() -> None:
                private_step(parts, batch)

        else:
            if checkpointing:
                stack.enter_context(activation_checkpointing(model))

            def step() -> None:
                loss = per_sample_loss(model, batch).mean()
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()

        baseline = _rss_bytes()
        # one warm-up step: the optimizer's state is allocated there, so it counts in the peak
        times = step_times(step, args.steps, 1, cpu)
    return {
        "mode": mode,
        "checkpointing": checkpointing,
        "step_s": round(statistics.median(times), 3),
        "peak_step_mb": round((_peak_rss_bytes() - baseline) / 1e6, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--hidden", type=int, default=512, help="GPT-oss hidden size (default 512)")
    p.add_argument("--layers", type=int, default=6, help="GPT-oss layers (default 6)")
    p.add_argument("--tokens", type=int, default=512, help="sequence length (default 512)")
    p.add_argument("--batch", type=int, default=4, help="samples per step (default 4)")
    p.add_argument("--steps", type=int, default=3, help="timed steps per run (default 3)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    p.add_argument("--child", nargs=2, metavar=("MODE", "CKPT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if min(args.hidden, args.layers, args.tokens, args.batch, args.steps, args.threads) < 1:
        p.error("--hidden, --layers, --tokens, --batch, --steps, --threads must be >= 1")
    if args.hidden % 64:
        p.error(f"--hidden {args.hidden} must be a multiple of 64 (heads of 64)")
    if args.tokens <= 16 + ANSWER_TOKENS:
        p.error(f"--tokens {args.tokens} must exceed 16 image + {ANSWER_TOKENS} answer tokens")
    if args.child:
        mode, ckpt = args.child
        print(json.dumps(child(args, mode, ckpt == "on")))
        return 0

    shared = [f"--{k}={getattr(args, k)}" for k in ("hidden", "layers", "tokens", "batch",
                                                   "steps", "threads")]  # fmt: skip
    results = {}
    for mode, ckpt in RUNS:
        out = subprocess.run(
            [sys.executable, __file__, *shared, "--child", mode, "on" if ckpt else "off"],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        row = json.loads(out.stdout.strip().splitlines()[-1])
        results[(mode, ckpt)] = row
        print(json.dumps(row), flush=True)
    print(f"\nhidden {args.hidden}, {args.layers} layers, batch {args.batch} x {args.tokens} "
          f"tokens, fp32, {args.threads} thread(s), projector + lm.lora")  # fmt: skip
    print(f"{'mode':6} {'peak MB off':>12} {'peak MB on':>11} {'mem on/off':>11} "
          f"{'step s off':>11} {'step s on':>10} {'time on/off':>12}")  # fmt: skip
    for mode in ("plain", "dp"):
        off, on = results[(mode, False)], results[(mode, True)]
        print(f"{mode:6} {off['peak_step_mb']:>12} {on['peak_step_mb']:>11} "
              f"{on['peak_step_mb'] / off['peak_step_mb']:>11.2f} {off['step_s']:>11} "
              f"{on['step_s']:>10} {on['step_s'] / off['step_s']:>12.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
