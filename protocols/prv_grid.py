"""Opacus's PRV accountant, made to show the grid it chose before it allocates anything on it.

`PRVAccountant.get_epsilon` picks a domain for the history (`_get_domain`: RDP arithmetic only,
no arrays), then evaluates every distinct mechanism's distribution on that grid and composes
them with FFTs; the grid's size, which the history alone sets, is what its memory follows.
`SizedPRVAccountant` hands that size to a check first, so a history too costly to account is
refused before the first array exists; `grid_points` computes the same size without composing.
Imported only where eps is computed (`protocols.accounting`): it loads Opacus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from opacus.accountants import PRVAccountant
from opacus.accountants.analysis.prv import Domain, PoissonSubsampledGaussianPRV

# PRVAccountant.get_epsilon's own defaults, the ones `protocols.accounting.epsilon_of` uses.
EPS_ERROR = 0.01


def delta_error(delta: float) -> float:
    return delta / 1000


GridCheck = Callable[[int, Sequence[int]], None]
"""Called with the grid's points and the steps of each distinct mechanism; raises to refuse."""


class SizedPRVAccountant(PRVAccountant):  # type: ignore[misc]
    """The PRV accountant, its grid checked before the mechanisms are discretized on it."""

    def __init__(self, check: GridCheck) -> None:
        super().__init__()
        self._check = check

    def _get_domain(
        self,
        prvs: list[PoissonSubsampledGaussianPRV],
        num_self_compositions: list[int],
        eps_error: float,
        delta_error: float,
    ) -> Domain:
        domain = super()._get_domain(
            prvs=prvs,
            num_self_compositions=num_self_compositions,
            eps_error=eps_error,
            delta_error=delta_error,
        )
        self._check(int(domain.size), num_self_compositions)
        return domain


def grid_points(entries: Sequence[tuple[float, float, int]], delta: float) -> int:
    """Points of the grid `get_epsilon(delta)` discretizes the Opacus history `entries`
    ((sigma, q, steps), distinct) on."""
    domain = PRVAccountant()._get_domain(
        prvs=[PoissonSubsampledGaussianPRV(q, sigma) for sigma, q, _ in entries],
        num_self_compositions=[steps for _, _, steps in entries],
        eps_error=EPS_ERROR,
        delta_error=delta_error(delta),
    )
    return int(domain.size)
