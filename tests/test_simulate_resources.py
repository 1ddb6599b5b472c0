"""How the Flower simulation shares the machine's cores among the virtual SuperNodes."""

from __future__ import annotations

import pytest

from simulation.simulate import client_cpus


@pytest.mark.parametrize(
    ("sites", "cores", "share", "at_once"),
    [
        (3, 2, 0.666, 3),  # the demo and the benchmark on 2 cores: every site at once
        (2, 2, 1.0, 2),
        (3, 16, 1.0, 16),  # a core each where there are enough
        (5, 3, 0.6, 5),
        (7, 3, 0.5, 6),
        (10, 2, 0.5, 4),  # at most two sites a core: the rest wait their turn
        (100, 4, 0.5, 8),
        (1, 1, 1.0, 1),
    ],
)
def test_each_site_s_share_lets_a_round_s_sites_train_at_once(
    sites: int, cores: int, share: float, at_once: int
) -> None:
    got = client_cpus(sites, cores)
    assert got == share
    assert int(cores / got) == at_once  # Flower's actor pool: int(CPUs / num_cpus) actors
    assert at_once >= min(sites, cores)  # never fewer than one core a site would run


def test_no_sites_is_an_error() -> None:
    with pytest.raises(ValueError, match="num_sites must be >= 1"):
        client_cpus(0, 2)
