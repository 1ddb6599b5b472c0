"""What computing eps costs, by accountant, as a function of the mechanisms it composes.

Each case runs `protocols.accounting.epsilon_of` on a history of `k` distinct Poisson-subsampled
Gaussian mechanisms (noise sigma, 1.01 sigma, ...; rate q) of `steps` steps in all, in a fresh
subprocess with its address space capped (`--limit-gb`), and reports the wall time, the peak of
the Python heap (tracemalloc: numpy's arrays included), the process's peak resident set, and the
size of the grid the PRV accountant discretizes on (Opacus's own domain, computed before it
allocates anything).

    .venv/bin/python bench/accounting_cost.py [--limit-gb 6] [--cases default|grid]
    .venv/bin/python bench/accounting_cost.py --case prv 0.1 10000 1.0 1
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DELTA = 1e-5

# (accountant, q, steps in all, sigma, distinct mechanisms)
DEFAULT_CASES = [
    (acc, q, steps, sigma, k)
    for acc in ("rdp", "prv")
    for q, steps, sigma, k in [
        (0.01, 1000, 1.0, 1),
        (0.01, 30_000, 0.8, 1),
        (0.01, 100_000, 1.0, 1),
        (0.1, 1000, 1.0, 1),
        (0.1, 10_000, 1.0, 1),
        (0.1, 10_000, 2.0, 1),
        (1.0, 100, 1.0, 1),
        (1.0, 300, 1.0, 1),
        (1.0, 1000, 1.0, 1),
        (1.0, 1000, 2.0, 1),
        (0.1, 3000, 1.0, 2),
        (0.1, 1000, 1.0, 4),
        (0.1, 3000, 1.0, 8),
        (0.1, 1000, 1.0, 16),
        (0.05, 5000, 1.0, 32),
        (0.01, 10_000, 1.0, 64),
        (1.0, 10_000, 1.0, 1),
        (1.0, 100_000, 1.0, 1),
    ]
]


def history(q: float, steps: int, sigma: float, k: int, accountant: str) -> list[object]:
    from protocols.accounting import Mechanism

    per, extra = divmod(steps, k)
    return [
        Mechanism(sigma * (1 + 0.01 * i), q, per + (1 if i < extra else 0), 1.0, DELTA,
                  accountant)  # type: ignore[arg-type]
        for i in range(k)
    ]  # fmt: skip


def worker(accountant: str, q: float, steps: int, sigma: float, k: int, limit_gb: float) -> None:
    limit = int(limit_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import warnings

    warnings.filterwarnings("ignore")
    from protocols.accounting import accounting_cost, epsilon_of

    mechs = history(q, steps, sigma, k, accountant)
    cost = accounting_cost(mechs, DELTA, "prv")  # the grid PRV would take, whichever is timed
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        # no limit here: this measures what the limit guards against
        eps: float | str = epsilon_of(mechs, DELTA, accountant, max_mb=1e12)  # type: ignore[arg-type]
    except MemoryError:
        eps = "MemoryError"
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "accountant": accountant, "q": q, "steps": steps, "sigma": sigma, "k": k,
        "eps": eps, "seconds": round(seconds, 3), "tracemalloc_mb": round(peak / 2**20, 1),
        "rss_mb": round(rss / 1024, 1), "rss_growth_mb": round((rss - base_rss) / 1024, 1),
        "grid_points": cost.grid_points, "estimate_mb": round(cost.megabytes, 1),
        "rss_bytes_per_point": round((rss - base_rss) * 1024 / cost.grid_points, 1),
    }))  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit-gb", type=float, default=6.0)
    ap.add_argument("--case", nargs=5, metavar=("ACCOUNTANT", "Q", "STEPS", "SIGMA", "K"))
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        acc, q, steps, sigma, k = args.case
        worker(acc, float(q), int(steps), float(sigma), int(k), args.limit_gb)
        return
    cases = [tuple(args.case)] if args.case else DEFAULT_CASES
    for case in cases:
        cmd = [sys.executable, __file__, "--worker", "--limit-gb", str(args.limit_gb),
               "--case", *map(str, case)]  # fmt: skip
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        line = out.stdout.strip().splitlines()[-1:] or [f"failed: {out.stderr.strip()[-300:]}"]
        print(case, line[0], flush=True)


if __name__ == "__main__":
    main()
