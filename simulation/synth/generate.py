"""Entry point: synthesise a set of hospitals under one output directory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from simulation.synth.profiles import SiteProfile, default_profile, ood_profile
from simulation.synth.site import SiteRequest, synthesize_site


@dataclass(frozen=True)
class SynthSummary:
    out: Path
    sites: list[str]
    counts: dict[str, dict[str, int]]


def _check_args(sites: int, seed: int, studies_per_site: int, test_fraction: float) -> None:
    if isinstance(sites, bool) or not isinstance(sites, int) or sites < 1:
        raise ValueError(f"sites must be an integer >= 1, got {sites!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be an integer >= 0, got {seed!r}")
    if isinstance(studies_per_site, bool) or not isinstance(studies_per_site, int):
        raise ValueError(f"studies_per_site must be an integer, got {studies_per_site!r}")
    if studies_per_site < 4:
        raise ValueError(f"studies_per_site must be >= 4, got {studies_per_site}")
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must be in (0, 1), got {test_fraction!r}")


def site_profiles(sites: int, ood: bool) -> list[SiteProfile]:
    return [default_profile(k) for k in range(sites)] + ([ood_profile()] if ood else [])


def synthesize(
    out: Path,
    sites: int = 3,
    seed: int = 0,
    studies_per_site: int = 160,
    test_fraction: float = 0.25,
    ood: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SynthSummary:
    """Write ``sites`` training hospitals (plus ``hospital-ood`` if ``ood``) under ``out``.

    The same arguments always produce the same files. Refuses to write into a non-empty site
    directory, since leftovers from a larger earlier run would silently join the new data.
    """
    _check_args(sites, seed, studies_per_site, test_fraction)
    out = Path(out)
    profiles = site_profiles(sites, ood)
    for profile in profiles:
        site_dir = out / profile.name
        if site_dir.exists() and any(site_dir.iterdir()):
            raise FileExistsError(f"{site_dir} already exists and is not empty")
    total = len(profiles) * studies_per_site
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    counts = {
        p.name: synthesize_site(
            out / p.name, SiteRequest(p, seed, studies_per_site, test_fraction), tick
        )
        for p in profiles
    }
    return SynthSummary(out=out, sites=[p.name for p in profiles], counts=counts)
