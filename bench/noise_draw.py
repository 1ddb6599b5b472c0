"""What drawing one DP-SGD step's noise costs a site, side by side in one run.

The noise is drawn on the CPU from the site's own CSPRNG-seeded stream (site_agent.randomness
.SecureNoise: the sum of four Gaussians after a discarded draw, in float64). On a GPU site the
step itself takes a second or two, and a draw of the whole trainable set on one core took about
as long (bench/README.md, "DP step on a 20b-width slice"). Timed here, for the real
instruction stage's trainable parameters (projector + LM LoRA r=16 of gpt-oss-20b: 19,211,904
values) by default:

- "one pass, one thread": the draw before (one `standard_normal` call after another over each
  parameter, in the calling thread);
- "chunks, 1 thread" and "chunks, N threads": `SecureNoise.for_tensors`;
- "prefetched behind a step": `SecureNoise.prefetch` at the step's start, the step stood in for
  by --step-seconds of waiting (a GPU computing: the CPU idle), then `for_tensors`; reported is
  the time beyond the step, what the noise adds to it.

    .venv/bin/python bench/noise_draw.py [--values 19211904] [--step-seconds 1.0] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from site_agent.randomness import SecureNoise, round_randomness  # noqa: E402

INSTRUCTION_TRAINABLE = 19_211_904  # tests/test_memory_plan.py: projector + LM LoRA of 20b


def one_pass(rng: np.random.Generator, std: float, reference: torch.Tensor) -> torch.Tensor:
    """The draw before chunks and threads (site_agent.randomness until this benchmark)."""
    rng.standard_normal()
    total = np.zeros(tuple(reference.shape), dtype=np.float64)
    for _ in range(4):
        total += rng.standard_normal(tuple(reference.shape))
    return torch.from_numpy(total * (std / 2.0)).to(dtype=reference.dtype)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--values", type=int, default=INSTRUCTION_TRAINABLE)
    ap.add_argument("--step-seconds", type=float, default=1.0)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    reference = [torch.zeros(args.values)]
    workers = SecureNoise(np.random.default_rng()).workers  # what a site draws on
    stream = round_randomness("seeded-insecure", 0).noise
    rows: dict[str, list[float]] = {}

    def timed(label: str, draw: object) -> None:
        t0 = time.perf_counter()
        draw()  # type: ignore[operator]
        rows.setdefault(label, []).append(time.perf_counter() - t0)

    single, threaded = SecureNoise(stream, workers=1), SecureNoise(stream, workers=workers)
    for _ in range(args.repeats):  # alternating, so drift falls on every row
        timed("one pass, one thread (before)", lambda: one_pass(stream, 1.0, reference[0]))
        timed("chunks, 1 thread", lambda: single.for_tensors(1.0, reference))
        timed(f"chunks, {workers} threads", lambda: threaded.for_tensors(1.0, reference))

        def behind_a_step() -> None:
            threaded.prefetch(args.values)
            time.sleep(args.step_seconds)  # the GPU computes; the CPU waits
            t0 = time.perf_counter()
            threaded.for_tensors(1.0, reference)
            rows.setdefault(f"prefetched, {workers} threads, beyond the step", []).append(
                time.perf_counter() - t0
            )

        behind_a_step()
    before = statistics.median(rows["one pass, one thread (before)"])
    print(f"{args.values:,} noise values, {os.cpu_count()} CPUs, median of {args.repeats}:")
    for label, times in rows.items():
        median = statistics.median(times)
        print(f"  {label:<44} {median:7.3f} s   {before / max(median, 1e-9):7.1f}x faster")


if __name__ == "__main__":
    main()
