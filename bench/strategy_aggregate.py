"""What the coordinator's stage strategy spends on one round's results, side by side in one run.

Under SecAgg+ the coordinator unmasks one sum and hands every site's result the same mean
(`coordinator.secure_agg`: one Parameters object for all); under plain FedAvg each site's result
is its own update. `coordinator.strategy.StageStrategy.aggregate_fit` decodes and checks each
distinct Parameters once, digests it once, and takes the mean of one shared object as itself.
Timed here, for --sites results of --values float32 values in 4 arrays (the 20b's lm.lora r=16
update by default, 7,962,624 values, as bench/secagg_overhead.py's "20b" size):

- "SecAgg+: one shared mean": every result the same Parameters object;
- "FedAvg: a copy a site": every result its own Parameters with the same values (what the
  strategy did for SecAgg+ results before it shared the decoding, and what it does for FedAvg).

Modes alternate, --repeats each; the median is printed with the range.

    .venv/bin/python bench/strategy_aggregate.py [--sites 30] [--values 7962624] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flwr.common import Code, FitRes, Status, ndarrays_to_parameters  # noqa: E402

from coordinator.strategy import StageStrategy  # noqa: E402
from protocols.curriculum import Stage  # noqa: E402
from protocols.round import FitReport  # noqa: E402

UPDATE_20B = 7_962_624  # lm.lora r=16 on medgpt-oss-20b (tests/test_model_meta20b.py)
ARRAYS = 4


def one_round(sites: int, values: int, shared: bool, seed: int = 0) -> float:
    """Seconds of one aggregate_fit over `sites` results (fresh strategy, fresh results)."""
    sizes = [values // ARRAYS + (1 if i < values % ARRAYS else 0) for i in range(ARRAYS)]
    initial = {f"p{i}": np.zeros(n, np.float32) for i, n in enumerate(sizes)}
    rng = np.random.default_rng(seed)
    mean = [rng.standard_normal(n).astype(np.float32) * 1e-3 for n in sizes]
    stage = Stage("s", ("projector",), ("vqa",), 1, 1, 8, 1e-3)
    strategy = StageStrategy(
        run_id="bench", stage=stage, round_offset=0, global_state=initial,
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=sites,
        curriculum_json="{}", signature_config={},
    )  # fmt: skip
    metrics = FitReport(num_examples=100, steps=1, loss_before=1.0, loss_after=0.9).to_metrics()
    one = ndarrays_to_parameters(mean)
    results = [
        (SimpleNamespace(node_id=n),
         FitRes(Status(Code.OK, ""), one if shared else ndarrays_to_parameters(mean), 100,
                dict(metrics)))
        for n in range(sites)
    ]  # fmt: skip
    started = time.perf_counter()
    strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    if not np.array_equal(strategy.global_state["p0"], mean[0]):
        raise SystemExit("the aggregate is not the mean: the benchmark measured something else")
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=30)
    parser.add_argument("--values", type=int, default=UPDATE_20B)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(args.repeats):
        for shared in (True, False):
            times[shared].append(one_round(args.sites, args.values, shared))
    print(f"{args.sites} results of {args.values:,} values, median of {args.repeats}:")
    base = statistics.median(times[False])
    for shared, label in ((True, "SecAgg+: one shared mean"), (False, "FedAvg: a copy a site")):
        t = times[shared]
        print(f"  {label}: {statistics.median(t):.2f} s ({min(t):.2f}-{max(t):.2f}), "
              f"{base / statistics.median(t):.1f}x faster than a copy a site")  # fmt: skip


if __name__ == "__main__":
    main()
