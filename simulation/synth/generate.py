"""Entry point: synthesise a set of hospitals under one output directory."""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulation.synth.profiles import SiteProfile, default_profile, ood_profile
from simulation.synth.site import TEST_FRACTION, SiteRequest, synthesize_site


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


def default_workers(sites: int, studies_per_site: int, cores: int | None = None) -> int:
    """Hospitals written at once: one a core when there is enough to write that starting
    worker processes (about a second each) pays; else one, in this process."""
    if sites * studies_per_site < 400:
        return 1
    return max(1, min(sites, cores or os.cpu_count() or 1))


def site_profiles(sites: int, ood: bool) -> list[SiteProfile]:
    return [default_profile(k) for k in range(sites)] + ([ood_profile()] if ood else [])


def synthesize(
    out: Path,
    sites: int = 3,
    seed: int = 0,
    studies_per_site: int = 160,
    test_fraction: float = TEST_FRACTION,
    ood: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> SynthSummary:
    """Write ``sites`` training hospitals (plus ``hospital-ood`` if ``ood``) under ``out``.

    The same arguments always produce the same files, whatever ``workers`` (hospitals written
    at once, each in its own process; every hospital draws from its own seed). Refuses to write
    into a non-empty site directory, since leftovers from a larger earlier run would silently
    join the new data.
    """
    _check_args(sites, seed, studies_per_site, test_fraction)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be an integer >= 1, got {workers!r}")
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

    requests = [
        (out / p.name, SiteRequest(p, seed, studies_per_site, test_fraction)) for p in profiles
    ]
    if min(workers, len(requests)) > 1:
        counts = _in_workers(requests, min(workers, len(requests)), tick)
    else:
        counts = {
            req.profile.name: synthesize_site(site_dir, req, tick) for site_dir, req in requests
        }
    return SynthSummary(out=out, sites=[p.name for p in profiles], counts=counts)


_STUDIES_DONE: Any = None  # in a worker process: where each written study is counted


def _start_worker(studies_done: Any) -> None:
    global _STUDIES_DONE
    _STUDIES_DONE = studies_done


def _site_in_worker(task: tuple[Path, SiteRequest]) -> tuple[str, dict[str, int]]:
    site_dir, req = task
    return req.profile.name, synthesize_site(site_dir, req, lambda: _STUDIES_DONE.put(1))


def _in_workers(
    requests: list[tuple[Path, SiteRequest]], workers: int, tick: Callable[[], None]
) -> dict[str, dict[str, int]]:
    """Each hospital in a spawned worker process, `workers` at a time; `tick` once a study, in
    this process. A worker's error is raised here (the others are stopped)."""
    context = multiprocessing.get_context("spawn")
    studies_done = context.Queue()
    total, counted, quiet = sum(req.studies for _, req in requests), 0, 0.0
    with context.Pool(workers, _start_worker, (studies_done,)) as pool:
        result = pool.map_async(_site_in_worker, requests)
        while counted < total:
            try:
                studies_done.get(timeout=0.2)
            except queue.Empty:
                quiet = quiet + 0.2 if result.ready() else 0.0
                if result.ready() and (not result.successful() or quiet > 10.0):
                    break  # failed (raised below), or counts lost: the files are written
                continue
            counted, quiet = counted + 1, 0.0
            tick()
        found = dict(result.get())  # raises a worker's error
    return {req.profile.name: found[req.profile.name] for _, req in requests}
