"""The site's randomness for a round: Poisson sampling, DP noise, the loss-evaluation batch and
SecAgg+'s stochastic rounding, drawn from the operating system's CSPRNG at the site.

Nothing the coordinator sends or knows goes into it: by default every round gets 256 fresh bits
from `secrets` (os.urandom), expanded by numpy's PCG64DXSM (a 128-bit-state generator seeded
through SeedSequence), so a coordinator that knows the run's seed, replays a round or sends the
same instruction twice cannot predict, regenerate or cancel the noise.

Opacus's own `secure_mode` needs `torchcsprng`, whose last release predates this torch; the
noise here is drawn by `SecureNoise` and added in place of Opacus's `add_noise`, with the same
floating-point hardening Opacus's secure mode uses (the sum of four Gaussians of std sigma/2,
after one discarded draw; Mironov 2012, Holohan et al. 2021).

A reproducible mode exists for tests and benchmarks only: the site's own policy must say
`randomness = "seeded-insecure"`, and every ledger entry of such a round says so.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import torch

RandomnessMode = Literal["os-csprng", "seeded-insecure"]
RANDOMNESS_MODES: tuple[RandomnessMode, ...] = get_args(RandomnessMode)
ENTROPY_BITS = 256


@dataclass(frozen=True)
class RoundRandomness:
    """Independent streams for one round at one site."""

    mode: RandomnessMode
    sampling: np.random.Generator
    noise: np.random.Generator
    evaluation: np.random.Generator
    rounding_seed: np.ndarray  # uint32 words for numpy's global generator (SecAgg+ rounding)
    turn_order: np.random.Generator  # the order of each study unit's turns in a batch


def round_randomness(mode: RandomnessMode, insecure_seed: int | None = None) -> RoundRandomness:
    """Fresh streams from the OS CSPRNG, or, only in "seeded-insecure" mode, from
    `insecure_seed` (which the caller derives from values the coordinator knows)."""
    if mode == "os-csprng":
        entropy = secrets.randbits(ENTROPY_BITS)
    elif mode == "seeded-insecure":
        if insecure_seed is None:
            raise ValueError("seeded-insecure randomness needs a seed")
        entropy = int(insecure_seed)
    else:
        raise ValueError(f"randomness mode {mode!r} not in {list(RANDOMNESS_MODES)}")
    # the fifth stream was added later: spawn(5)'s first four are spawn(4)'s
    sampling, noise, evaluation, rounding, order = np.random.SeedSequence(entropy).spawn(5)
    return RoundRandomness(
        mode=mode,
        sampling=np.random.Generator(np.random.PCG64DXSM(sampling)),
        noise=np.random.Generator(np.random.PCG64DXSM(noise)),
        evaluation=np.random.Generator(np.random.PCG64DXSM(evaluation)),
        rounding_seed=rounding.generate_state(8),
        turn_order=np.random.Generator(np.random.PCG64DXSM(order)),
    )


class SecureNoise:
    """Gaussian noise for DP-SGD from a CSPRNG-seeded generator, hardened against the
    floating-point attack as Opacus's secure mode is: one discarded draw, then the sum of four
    draws of std sigma divided by 2 (std sigma)."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng

    def like(self, std: float, reference: torch.Tensor) -> torch.Tensor:
        if std == 0:
            return torch.zeros_like(reference)
        self.rng.standard_normal()  # discarded, as in Opacus's secure mode
        shape = tuple(reference.shape)
        total = np.zeros(shape, dtype=np.float64)
        for _ in range(4):
            total += self.rng.standard_normal(shape)
        noise = torch.from_numpy(total * (std / 2.0))
        return noise.to(device=reference.device, dtype=reference.dtype)


def poisson_batch(rng: np.random.Generator, num_units: int, rate: float) -> np.ndarray:
    """Indices of the units in one Poisson batch: each unit independently with prob `rate`."""
    return np.flatnonzero(rng.random(num_units) < rate)
