"""DP-SGD step time and peak memory against non-private training, per Opacus grad-sample mode.

Every (preset, mode) runs in its own subprocess on the same model weights and the same batch:
mode "none" is the plain step (per-sample mean loss, backward, AdamW), the others wrap the model
with Opacus (site_agent.dp.private_training) and take site_agent.dp.private_step. Memory on CPU
is the process's peak RSS during the steps (VmHWM, reset just before them through
/proc/self/clear_refs; ru_maxrss where that is not allowed), on CUDA max_memory_allocated.
"train" memory is that peak minus what was resident before the first step. Modes run in
interleaved rounds so that load from other processes hits each alike; "best" is the fastest
step seen (the least disturbed), "median" the typical one.

    .venv/bin/python bench/dp_overhead.py                      # tiny and ~10M presets, all modes
    .venv/bin/python bench/dp_overhead.py --presets tiny --modes none,hooks --steps 5
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODES = ("none", "hooks", "functorch", "ghost")
PRESETS = ("tiny", "10m")
# ~10.8M parameters: the tiny architecture, wider and deeper.
WIDE: dict[str, Any] = dict(
    vision_hidden_size=192, vision_intermediate_size=384, vision_num_layers=4, vision_num_heads=6,
    text_hidden_size=384, text_intermediate_size=384, text_num_layers=4, text_num_heads=8,
    text_num_kv_heads=4, text_head_dim=48,
)  # fmt: skip
TARGET_TIME, TARGET_MEM = 1.15, 1.10


def _rss_reset() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


def worker(
    preset_name: str, mode: str, batch_size: int, steps: int, warmup: int, threads: int
) -> dict[str, Any]:
    import torch

    if threads > 0:
        torch.set_num_threads(threads)

    sys.path.insert(0, str(ROOT))
    from bench.train_step import GROUPS, step_times
    from meddata import load_site
    from model import attach_lora, build_model, default_base_dir, load_base, pick_device
    from model.loss import per_sample_loss
    from simulation.synth import synthesize
    from site_agent.dp import DPTrainingConfig, index_loader, private_step, private_training
    from site_agent.examples import build_examples
    from site_agent.trainer import ImageCache, _autocast, make_batch

    device = pick_device()
    base, tokenizer, preset = load_base(default_base_dir(), device=device)
    if preset_name != "tiny":
        preset = dataclasses.replace(preset, name="bench-10m", **WIDE)
        base = build_model(preset, tokenizer, seed=0, device=device)
    model = attach_lora(base, GROUPS, seed=0).to(device)
    n_params = sum(p.numel() for p in model.parameters())
    with tempfile.TemporaryDirectory() as tmp:
        synthesize(Path(tmp), sites=1, studies_per_site=12)
        site = next(p for p in sorted(Path(tmp).iterdir()) if p.is_dir())
        examples = build_examples(load_site(site, "train"), ["vqa"])[:batch_size]
        batch = make_batch(examples, tokenizer, preset, ImageCache(), 128, device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=1e-4, weight_decay=0.0)
    cfg = DPTrainingConfig(
        steps=1, batch_size=batch_size, learning_rate=1e-4, max_length=128, seed=0,
        noise_multiplier=1.0, max_grad_norm=1.0, trainable_groups=GROUPS,
        grad_sample_mode=mode if mode != "none" else "hooks",  # type: ignore[arg-type]
    )  # fmt: skip
    loader = index_loader(len(examples), batch_size)
    model.train()

    def plain_step() -> None:
        optimizer.zero_grad(set_to_none=True)
        with _autocast(device):
            loss = per_sample_loss(model, batch).mean()
        loss.backward()
        optimizer.step()

    reset = _rss_reset()
    rss0 = _status_kib("VmRSS")
    mem_before = torch.cuda.memory_allocated() if device.type == "cuda" else rss0 * 1024
    if mode == "none":
        times = step_times(plain_step, steps, warmup, device)
    else:
        with private_training(model, optimizer, loader, cfg, device) as parts:
            times = step_times(lambda: private_step(parts, batch), steps, warmup, device)
    if device.type == "cuda":
        peak = torch.cuda.max_memory_allocated()
    else:
        peak_kib = (
            _status_kib("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        )
        peak = peak_kib * 1024
    return {
        "preset": preset_name, "mode": mode, "params": n_params, "device": str(device),
        "batch": int(batch["input_ids"].shape[0]), "tokens": int(batch["input_ids"].shape[1]),
        "threads": torch.get_num_threads(), "times": times,
        "peak_bytes": peak, "train_bytes": peak - mem_before,
        "peak_source": "cuda" if device.type == "cuda" else ("VmHWM" if reset else "ru_maxrss"),
    }  # fmt: skip


def _run_worker(args: argparse.Namespace, preset: str, mode: str) -> dict[str, Any]:
    cmd = [
        sys.executable, __file__, "--worker", "--presets", preset, "--modes", mode,
        "--batch", str(args.batch), "--steps", str(args.steps), "--warmup", str(args.warmup),
        "--threads", str(args.threads),
    ]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"bench worker {preset}/{mode} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One mode over all rounds: best and median step, median memory."""
    times = [t for r in runs for t in r["times"]]
    row = {k: v for k, v in runs[0].items() if k not in ("times", "peak_bytes", "train_bytes")}
    row["best_s"], row["median_s"] = min(times), statistics.median(times)
    row["peak_bytes"] = statistics.median(r["peak_bytes"] for r in runs)
    row["train_bytes"] = statistics.median(r["train_bytes"] for r in runs)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--presets", default=",".join(PRESETS))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=10, help="timed steps per run")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3, help="runs per mode, interleaved")
    ap.add_argument(
        "--threads", type=int, default=1,
        help="torch threads per run (0: torch's default). 1 keeps timings stable on a shared\n"
        "2-core machine: OpenMP threads that lose their core make a step 10-30x slower",
    )  # fmt: skip
    ap.add_argument("--json", type=Path, help="also write the rows here")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    presets, modes = args.presets.split(","), args.modes.split(",")
    if args.worker:
        row = worker(presets[0], modes[0], args.batch, args.steps, args.warmup, args.threads)
        print(json.dumps(row))
        return 0
    modes = ["none", *(m for m in modes if m != "none")]  # the baseline first
    rows = []
    for preset in presets:
        # Interleaved rounds, so load from other processes hits every mode alike.
        runs: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
        for _ in range(args.rounds):
            for mode in modes:
                runs[mode].append(_run_worker(args, preset, mode))
        base = _summary(runs["none"])
        for mode in modes:
            row = _summary(runs[mode])
            for key, ref in (("best_s", "best"), ("median_s", "median")):
                row[f"time_ratio_{ref}"] = row[key] / base[key]
            row["peak_ratio"] = row["peak_bytes"] / base["peak_bytes"]
            row["train_ratio"] = row["train_bytes"] / max(base["train_bytes"], 1)
            rows.append(row)
            print(
                f"{preset:5} {row['params'] / 1e6:5.1f}M {mode:9} "
                f"step best {row['best_s'] * 1e3:7.1f} ms x{row['time_ratio_best']:.2f} "
                f"median {row['median_s'] * 1e3:7.1f} ms x{row['time_ratio_median']:.2f} | "
                f"peak {row['peak_bytes'] / 2**20:7.1f} MiB x{row['peak_ratio']:.2f} "
                f"train {row['train_bytes'] / 2**20:6.1f} MiB x{row['train_ratio']:.2f} "
                f"({row['device']}, batch {row['batch']}x{row['tokens']}, {row['threads']} thr)",
                flush=True,
            )
    print(f"targets: DP step <= {TARGET_TIME}x, memory <= {TARGET_MEM}x the non-private step")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
