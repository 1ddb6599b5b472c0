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

Sizes of the upload: Flower's masked vector is int64 (pseudo_rand_gen draws int64 masks), but
every value lies in [0, modulus_range) = [0, 2**32); `protocols.secagg_upload.compact_masked_upload`
(a client mod outside `secaggplus_mod`) sends it as uint32, which the server's sum handles exactly
(uint32 addition wraps modulo 2**32, the protocol's own modulus). Smaller is not possible with
these APIs: the modulus must exceed quantization_range * sites (2**22 levels here).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from flwr.server.compat import LegacyContext
from flwr.server.workflow import SecAggPlusWorkflow
from flwr.server.workflow.constant import MAIN_CONFIGS_RECORD
from flwr.server.workflow.constant import Key as WorkflowKey
from flwr.server.workflow.secure_aggregation.secaggplus_workflow import WorkflowState
from flwr.serverapp import Grid


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


# Neighbours per site (its own share included) per doubling of the consortium: k grows as
# c * log2(n), so the masking work of a site, k pairwise masks over its update, grows
# logarithmically instead of linearly in the number of sites.
SHARES_PER_LOG2 = 2.0
MIN_SHARES = 3


def shares_and_threshold(num_sites: int) -> tuple[int, int]:
    """(num_shares k, reconstruction_threshold t) for a round of `num_sites` sites.

    k = min(n, max(3, ceil(2 * log2 n))), made odd below n (Flower's ring of neighbours takes
    k // 2 on each side, so it rounds an even k up anyway); t = ceil(2k / 3), below k.
    What that buys (Bell et al. 2020, SecAgg+, against an honest-but-curious server): a site's
    masks are only recoverable from t of the k shares of its neighbourhood, so the server learns
    a site's update only if it colludes with at least t of that site's k neighbours; and a round
    still completes when up to k - t (a third) of any site's neighbours drop out after key
    sharing. Flower 1.42 builds the neighbourhoods as a ring over the sampled nodes' order, not
    the random graph of the paper; collusion of a contiguous run of t sites is the worst case.
    """
    if num_sites < 3:
        raise ValueError(f"SecAgg+ needs at least 3 sites, got {num_sites}")
    k = min(num_sites, max(MIN_SHARES, math.ceil(SHARES_PER_LOG2 * math.log2(num_sites))))
    if k < num_sites and k % 2 == 0:
        k += 1
    threshold = min(k - 1, max(2, math.ceil(2 * k / 3)))
    return k, threshold


class RefusalAwareSecAggPlus(SecAggPlusWorkflow):
    """Flower's SecAgg+ workflow, except a round in which every site that answered refused
    (each uploads weight 0): Flower would divide the unmasked sum by the sum of the weights, 0.
    Such a round has nothing to unmask; its results (refusal codes, signed ledger entries) go
    to the strategy as they are, which records the refusals and keeps the global state."""

    def unmask_stage(self, grid: Grid, context: LegacyContext, state: WorkflowState) -> bool:
        results = state.legacy_results
        if not results or any(res.num_examples > 0 for _, res in results):
            return super().unmask_stage(grid, context, state)
        cfg = context.state.config_records[MAIN_CONFIGS_RECORD]
        current_round = cast(int, cfg[WorkflowKey.CURRENT_ROUND])
        context.strategy.aggregate_fit(current_round, results, state.failures)  # type: ignore[arg-type]
        return True


def fit_workflow(settings: SecAggSettings, num_sites: int) -> SecAggPlusWorkflow:
    shares, threshold = shares_and_threshold(num_sites)
    return RefusalAwareSecAggPlus(
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
