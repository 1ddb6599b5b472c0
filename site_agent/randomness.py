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
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import torch

from protocols.secagg_masking import threads

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


NOISE_CHUNK = 1 << 20  # noise values per child stream: 8 MB of float64, one thread's share


class SecureNoise:
    """Gaussian noise for DP-SGD from a CSPRNG-seeded generator, hardened against the
    floating-point attack as Opacus's secure mode is: one discarded draw, then the sum of four
    draws of std sigma divided by 2 (std sigma).

    One step's noise for all trainable parameters is drawn as one flat vector, in chunks of
    NOISE_CHUNK values, each from its own child stream spawned from `rng` (numpy's
    `Generator.spawn`: a child SeedSequence of the round's 256-bit entropy, so no more
    predictable than `rng` itself), on `workers` threads (numpy releases the GIL while it fills
    an array). `prefetch` starts the next step's draw in the background, so that on a GPU site
    it runs on the CPU while the GPU computes the step (`site_agent.dp` prefetches only there: on
    a CPU site the step itself uses the cores); the draw does not depend on the data.
    The chunks are spawned in the calling thread, so a seeded stream gives the same noise
    whatever the threads' timing."""

    def __init__(self, rng: np.random.Generator, workers: int | None = None) -> None:
        self.rng = rng
        self.workers = max(1, workers or threads())  # the cores this process may use, <= 8
        self._pending: tuple[int, Future[np.ndarray]] | None = None

    def _hardened(self, count: int) -> Callable[[], np.ndarray]:
        """A function drawing `count` values, each the sum of four standard normal draws
        (std 2), after one discarded draw per chunk; its streams are spawned now."""
        sizes = [min(NOISE_CHUNK, count - start) for start in range(0, count, NOISE_CHUNK)]
        children = self.rng.spawn(len(sizes)) if sizes else []

        def fill(child: np.random.Generator, out: np.ndarray) -> None:
            child.standard_normal()  # discarded, as in Opacus's secure mode
            child.standard_normal(out=out)
            part = np.empty_like(out)
            for _ in range(3):
                child.standard_normal(out=part)
                out += part

        def draw() -> np.ndarray:
            total = np.empty(count, dtype=np.float64)
            views = np.split(total, np.cumsum(sizes)[:-1]) if sizes else []
            if len(views) <= 1 or self.workers == 1:
                for child, view in zip(children, views, strict=True):
                    fill(child, view)
            else:
                with ThreadPoolExecutor(min(self.workers, len(views))) as pool:
                    list(pool.map(fill, children, views))
            return total

        return draw

    def prefetch(self, count: int) -> None:
        """Start drawing the next `count` values in the background (nothing if a draw is
        already pending); `for_tensors` of that many values takes them."""
        if self._pending is None:
            pool = ThreadPoolExecutor(1)
            self._pending = (count, pool.submit(self._hardened(count)))
            pool.shutdown(wait=False)

    def values(self, std: float, count: int) -> np.ndarray:
        """`count` hardened Gaussian values of std `std` (float64), drawn now."""
        return self._hardened(count)() * (std / 2.0)

    def for_tensors(self, std: float, references: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        """Noise of std `std` shaped, typed and placed like each of `references`."""
        if std == 0:
            return [torch.zeros_like(r) for r in references]
        count = sum(r.numel() for r in references)
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == count:
            total = pending[1].result()
        else:  # nothing, or a draw of another size (never used: fresh noise is drawn)
            total = self._hardened(count)()
        total *= std / 2.0
        out, start = [], 0
        for ref in references:
            part = torch.from_numpy(total[start : start + ref.numel()]).view(ref.shape)
            out.append(part.to(dtype=ref.dtype).to(device=ref.device, non_blocking=True))
            start += ref.numel()
        return out

    def like(self, std: float, reference: torch.Tensor) -> torch.Tensor:
        return self.for_tensors(std, [reference])[0]


def poisson_batch(rng: np.random.Generator, num_units: int, rate: float) -> np.ndarray:
    """Indices of the units in one Poisson batch: each unit independently with prob `rate`."""
    return np.flatnonzero(rng.random(num_units) < rate)
