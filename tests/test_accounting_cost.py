"""What computing eps costs, and the limit on it: the PRV accountant's grid is sized before it is
allocated (against the grid Opacus actually discretizes on), a history too costly to account is
refused in a fraction of a second with no memory to speak of, eps below the limit is Opacus's own,
and the honest curricula are far below the default limit."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from opacus.accountants import PRVAccountant, prv

from protocols.accounting import (
    DEFAULT_MAX_ACCOUNTANT_MB,
    AccountingTooCostly,
    Mechanism,
    accounting_cost,
    epsilon_of,
    poisson_rate,
)
from protocols.curriculum import stage_noise_multiplier
from protocols.curriculum_file import load_curriculum

ROOT = Path(__file__).resolve().parents[1]
DELTA = 1e-5


def mech(steps: int, q: float, sigma: float = 1.0, acct: str = "prv") -> Mechanism:
    return Mechanism(sigma, q, steps, 1.0, DELTA, acct)  # type: ignore[arg-type]


@pytest.mark.parametrize("history", [
    [mech(100, 0.01)],
    [mech(30, 0.05), mech(20, 0.05, sigma=1.5)],
    [mech(8, 0.25), mech(40, 0.01, sigma=2.0), mech(8, 0.25)],  # the same mechanism merged
])  # fmt: skip
def test_the_grid_sized_is_the_grid_opacus_discretizes_on(
    history: list[Mechanism], monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    discretize = prv.discretize

    def spy(tprv: object, domain: object) -> object:
        out = discretize(tprv, domain)  # type: ignore[arg-type]
        sizes.append(len(out.pmf))
        return out

    monkeypatch.setattr(prv, "discretize", spy)
    cost = accounting_cost(history, DELTA, "prv")
    epsilon_of(history, DELTA, "prv")
    assert sizes == [cost.grid_points] * cost.mechanisms
    assert (cost.mechanisms, cost.steps) == (len({(m.noise_multiplier, m.sample_rate)
                                                  for m in history}),
                                             sum(m.steps for m in history))  # fmt: skip


def test_the_limit_refuses_exactly_what_the_estimate_puts_over_it() -> None:
    history = [mech(200, 0.02)]
    cost = accounting_cost(history, DELTA, "prv")
    assert 0 < cost.megabytes < DEFAULT_MAX_ACCOUNTANT_MB
    with pytest.raises(AccountingTooCostly) as info:
        epsilon_of(history, DELTA, "prv", max_mb=cost.megabytes * 0.99)
    assert info.value.cost == cost
    # Below the limit, eps is Opacus's own PRV eps: the limit never changes a value.
    oracle = PRVAccountant()
    oracle.history = [(1.0, 0.02, 200)]
    assert epsilon_of(history, DELTA, "prv", max_mb=cost.megabytes * 1.01) == (
        oracle.get_epsilon(delta=DELTA)
    )


@pytest.mark.parametrize(("q", "steps", "sigma"), [
    (1.0, 100_000, 1.0),  # a grid of 11 billion points: about 2.3 TB
    (1.0, 10_000, 1.0),  # 370 million points: an out-of-memory kill where it was tried
    (0.1, 10_000, 1.0),  # 10 million points: 2 GB measured
])  # fmt: skip
def test_a_history_too_costly_is_refused_before_anything_is_allocated(
    q: float, steps: int, sigma: float
) -> None:
    history = [mech(steps, q, sigma)]
    t0 = time.perf_counter()
    with pytest.raises(AccountingTooCostly):
        epsilon_of(history, DELTA, "prv")
    assert time.perf_counter() - t0 < 2.0
    tracemalloc.start()  # slows Python's own arithmetic several times over: timed without it
    try:
        with pytest.raises(AccountingTooCostly) as info:
            epsilon_of(history, DELTA, "prv")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, peak
    message = str(info.value)
    assert f"{steps:,} steps" in message
    assert f"over the limit of {DEFAULT_MAX_ACCOUNTANT_MB} MB" in message
    assert info.value.cost.megabytes > DEFAULT_MAX_ACCOUNTANT_MB
    # RDP keeps a few numbers per mechanism whatever the values: never refused for its cost.
    rdp = [mech(steps, q, sigma, "rdp")]
    assert accounting_cost(rdp, DELTA, "rdp").megabytes == 0.0
    assert epsilon_of(rdp, DELTA, "rdp", max_mb=1e-6) > 1.0


def test_a_limit_must_be_a_positive_number() -> None:
    for bad in (0, -1.0, float("nan"), float("inf"), True):
        with pytest.raises(ValueError, match="accounting memory limit"):
            epsilon_of([mech(10, 0.01)], DELTA, "prv", max_mb=bad)


CURRICULA = sorted((ROOT / "curricula").glob("*.toml")) + [
    ROOT / "bench" / "benchmark-120-steps.toml",
    ROOT / "tests" / "data" / "tiny-curriculum.toml",
]


@pytest.mark.parametrize("path", CURRICULA, ids=lambda p: p.name)
@pytest.mark.parametrize("studies", [300, 3000])
def test_a_whole_honest_curriculum_costs_a_fraction_of_the_default_limit(
    path: Path, studies: int
) -> None:
    """Every DP stage of the curriculum, every round, at the rate and noise a site declaring
    `studies` trains at (what `medfed site check` prices), composed in one history: the PRV
    grid it asks is a fraction of the default limit."""
    history = [
        Mechanism(stage_noise_multiplier(stage, studies), poisson_rate(studies, stage.batch_size),
                  stage.rounds * stage.steps_per_round(studies), stage.dp.clipping_norm, DELTA,
                  "prv")
        for stage in load_curriculum(path).stages
        if stage.dp is not None
    ]  # fmt: skip
    assert history
    cost = accounting_cost(history, DELTA, "prv")
    assert cost.megabytes < DEFAULT_MAX_ACCOUNTANT_MB / 4, cost.describe()
