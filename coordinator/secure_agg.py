"""Flower SecAgg+ for every training round: settings, the fit workflow, and the error bound.

How the sizes were chosen. A site uploads the delta of its trainable groups. SecAgg+ multiplies it
by n/max_weight (n = the site's example count, capped at max_weight), clips to +-clipping_range and
quantizes to `quantization_range` levels; the server divides the integer sum by the sum of ratios.
So a raw value is clipped at clipping_range * max_weight / n >= clipping_range (n <= max_weight),
and each aggregated value is off by at most

    k * (2 * clipping_range / quantization_range) / sum_i(n_i / max_weight)

for k sites (one quantization step per site, stochastic rounding). Projector/LoRA deltas after a
round are ~1e-3..1e-1 per value (Adam steps times the learning rate; DP clipping bounds them), so
clipping_range = 0.5 with max_weight = 1024 clips nothing real for sites of up to ~1,000 examples a
round (larger sites are weighted as 1,024 and clipped at 0.5), and with 2**22 levels the bound is
~1e-6 for 3 sites of 100-300 examples: three orders of magnitude under the update itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from flwr.server.workflow import SecAggPlusWorkflow


@dataclass(frozen=True)
class SecAggSettings:
    enabled: bool = True
    clipping_range: float = 0.5
    max_weight: float = 1024.0
    quantization_range: int = 2**22
    timeout: float | None = 300.0

    def __post_init__(self) -> None:
        if self.clipping_range <= 0:
            raise ValueError(f"secagg clipping_range must be > 0, got {self.clipping_range}")
        if self.max_weight <= 0:
            raise ValueError(f"secagg max_weight must be > 0, got {self.max_weight}")
        if self.quantization_range < 2:
            raise ValueError(
                f"secagg quantization_range must be >= 2, got {self.quantization_range}"
            )
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"secagg timeout must be > 0 or None, got {self.timeout}")


def shares_and_threshold(num_sites: int) -> tuple[int, int]:
    """Every site holds a share of every other's secret; any 2/3 of them can rebuild one (so a
    third of the sites may drop out after key sharing and the round still completes)."""
    if num_sites < 3:
        raise ValueError(f"SecAgg+ needs at least 3 sites, got {num_sites}")
    return num_sites, max(2, math.ceil(2 * num_sites / 3))


def fit_workflow(settings: SecAggSettings, num_sites: int) -> SecAggPlusWorkflow:
    shares, threshold = shares_and_threshold(num_sites)
    return SecAggPlusWorkflow(
        num_shares=shares,
        reconstruction_threshold=threshold,
        max_weight=settings.max_weight,
        clipping_range=settings.clipping_range,
        quantization_range=settings.quantization_range,
        timeout=settings.timeout,
    )


def error_bound(settings: SecAggSettings, example_counts: Sequence[int]) -> float:
    """Largest absolute error of one aggregated value against the plaintext weighted mean."""
    ratios = [min(n, settings.max_weight) / settings.max_weight for n in example_counts]
    if not ratios or sum(ratios) <= 0:
        raise ValueError("error bound needs at least one site with examples")
    step = 2 * settings.clipping_range / settings.quantization_range
    return len(ratios) * step / sum(ratios)
