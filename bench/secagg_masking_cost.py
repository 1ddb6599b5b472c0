"""The compute of SecAgg+'s two heavy steps, Flower 1.42's arithmetic against MedFed's, one process.

- site: quantize a 7.96M-value update (4 float32 arrays) weighted by its example count, add the
  private mask and k-1 pairwise masks, reduce modulo 2**32, serialize the arrays as they are
  sent (Flower: int64, then the uint32 copy MedFed's earlier upload mod made; MedFed: uint32);
- server: remove the private masks of n sites from the summed vector.

Flower's side calls Flower's own functions (`quantize`, `pseudo_rand_gen`, `parameters_*`), as
its `secaggplus_mod` / `SecAggPlusWorkflow` do; MedFed's calls `protocols.secagg_masking`. No
key agreement, Shamir sharing or messaging: those are the same on both sides and small (see
bench/secagg_overhead.py's stage table). Runs interleave the two and the table shows the
fastest of the repeats, which on a shared machine is the least disturbed.

    .venv/bin/python bench/secagg_masking_cost.py                  # k = 11, n = 30 (30 sites)
    .venv/bin/python bench/secagg_masking_cost.py --shares 15 --sites 100 --repeats 2
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SIZE_20B = 7_962_624
ARRAYS = 4
MODULUS = 2**32
RANGE = 2**22
CLIP = 0.5
MAX_WEIGHT = 1024.0
EXAMPLES = 300


def update() -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    n = SIZE_20B // ARRAYS
    return [rng.standard_normal(n, dtype=np.float32) * np.float32(1e-3) for _ in range(ARRAYS)]


def flower_site(arrays: list[np.ndarray], shares: int) -> list[bytes]:
    from flwr.common import ndarray_to_bytes
    from flwr.common.secure_aggregation.ndarrays_arithmetic import (
        factor_combine,
        parameters_addition,
        parameters_mod,
        parameters_multiply,
        parameters_subtraction,
    )
    from flwr.common.secure_aggregation.quantization import quantize
    from flwr.common.secure_aggregation.secaggplus_utils import pseudo_rand_gen

    q_ratio = round(EXAMPLES / MAX_WEIGHT * RANGE)
    vec = parameters_multiply(arrays, q_ratio / RANGE)
    vec = factor_combine(q_ratio, quantize(vec, CLIP, RANGE))
    dims = [a.shape for a in vec]
    vec = parameters_addition(vec, pseudo_rand_gen(os.urandom(32), MODULUS, dims))
    for i in range(shares - 1):
        mask = pseudo_rand_gen(os.urandom(44), MODULUS, dims)
        vec = parameters_addition(vec, mask) if i % 2 else parameters_subtraction(vec, mask)
    vec = parameters_mod(vec, MODULUS)
    return [ndarray_to_bytes(a.astype(np.uint32)) for a in vec]


def medfed_site(arrays: list[np.ndarray], shares: int) -> list[bytes]:
    from flwr.common import ndarray_to_bytes

    from protocols.secagg_masking import (
        masked_update,
        quantize_weighted,
        quantized_weight,
        split_flat,
    )

    q = quantized_weight(EXAMPLES, MAX_WEIGHT, RANGE)
    quantized = quantize_weighted(arrays, q, CLIP, RANGE, np.random.default_rng())
    pairwise = [(os.urandom(44), 1 if i % 2 else -1) for i in range(shares - 1)]
    vec = masked_update(quantized, os.urandom(32), pairwise, MODULUS)
    shapes = [(1,), *(a.shape for a in arrays)]
    return [ndarray_to_bytes(a) for a in split_flat(vec, shapes)]


def flower_server(arrays: list[np.ndarray], sites: int) -> None:
    from flwr.common.secure_aggregation.ndarrays_arithmetic import (
        parameters_mod,
        parameters_subtraction,
    )
    from flwr.common.secure_aggregation.secaggplus_utils import pseudo_rand_gen

    vec = [np.zeros(1, np.int64), *(np.zeros(a.shape, np.int64) for a in arrays)]
    dims = [a.shape for a in vec]
    for _ in range(sites):
        vec = parameters_subtraction(vec, pseudo_rand_gen(os.urandom(32), MODULUS, dims))
    parameters_mod(vec, MODULUS)


def medfed_server(arrays: list[np.ndarray], sites: int) -> None:
    from protocols.secagg_masking import unmask_sum

    vec = np.zeros(1 + sum(a.size for a in arrays), np.uint32)
    unmask_sum(vec, [os.urandom(32) for _ in range(sites)], [], MODULUS)


def best_of(fn: Callable[[], object], times: list[float]) -> None:
    t0 = time.perf_counter()
    fn()
    times.append(time.perf_counter() - t0)


def main(argv: Sequence[str] | None = None) -> None:
    sys.path.insert(0, str(ROOT))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--shares", type=int, default=11, help="k: neighbours incl. itself (11)")
    p.add_argument("--sites", type=int, default=30, help="n: private masks to remove (30)")
    p.add_argument("--repeats", type=int, default=3, help="interleaved runs of each (3)")
    args = p.parse_args(argv)
    if args.shares < 3 or args.sites < 3 or args.repeats < 1:
        p.error("--shares and --sites must be >= 3, --repeats >= 1")
    arrays = update()
    times: dict[str, list[float]] = {k: [] for k in ("fs", "ms", "fu", "mu")}
    for _ in range(args.repeats):
        best_of(lambda: flower_site(arrays, args.shares), times["fs"])
        best_of(lambda: medfed_site(arrays, args.shares), times["ms"])
        best_of(lambda: flower_server(arrays, args.sites), times["fu"])
        best_of(lambda: medfed_server(arrays, args.sites), times["mu"])
    fs, ms, fu, mu = (min(times[k]) for k in ("fs", "ms", "fu", "mu"))
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average at end {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"params {SIZE_20B:,}, k = {args.shares}, n = {args.sites}, best of {args.repeats}")
    print("| step | Flower 1.42 s | MedFed s | Flower / MedFed |")
    print("|---|---|---|---|")
    site = f"site: quantize + {args.shares} masks + serialize"
    print(f"| {site} | {fs:.3f} | {ms:.3f} | {fs / ms:.1f} |")
    print(f"| server: remove {args.sites} private masks | {fu:.3f} | {mu:.3f} | {fu / mu:.1f} |")


if __name__ == "__main__":
    main()
