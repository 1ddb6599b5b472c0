"""One synthetic hospital on disk: DICOM, PNG, reports, dataset files and ``site.json``.

Each study draws from its own child of the site's seed sequence, so a study's content depends
only on (seed, site, study index): changing how many studies a site has does not reshuffle the
ones it already had.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from simulation.synth.dicom import build_dataset, make_uids, write_dicom
from simulation.synth.findings import Findings, sample_findings
from simulation.synth.formats import Split, Study, write_datasets, write_json, write_text
from simulation.synth.images import apply_scanner, render, to_png8
from simulation.synth.phi import Institution, make_institution, make_patient, make_visit
from simulation.synth.profiles import SiteProfile
from simulation.synth.qa import ask, caption, conversation
from simulation.synth.reports import describe, write_report

FORMAT_VERSION = 1


@dataclass(frozen=True)
class SiteRequest:
    profile: SiteProfile
    seed: int
    studies: int
    test_fraction: float


def site_seed(seed: int, name: str) -> np.random.SeedSequence:
    # crc32 rather than hash(): str hashing is salted per process.
    return np.random.SeedSequence([seed, zlib.crc32(name.encode("utf-8"))])


# The share of a hospital's studies in the test split unless a caller says otherwise.
TEST_FRACTION = 0.25


def held_out_count(n: int, test_fraction: float) -> int:
    """How many of a hospital's `n` studies go to the test split (both splits get one)."""
    return min(n - 1, max(1, round(n * test_fraction)))


def fewest_studies_to_train_on(train: int, test_fraction: float) -> int:
    """The fewest studies a hospital needs for `train` of them to land in the train split."""
    n = train + 1
    while n - held_out_count(n, test_fraction) < train:
        n += 1
    return n


def split_assignment(rng: np.random.Generator, n: int, test_fraction: float) -> list[Split]:
    """Per study index, its split; both splits get at least one study."""
    n_test = held_out_count(n, test_fraction)
    test = set(rng.permutation(n)[:n_test].tolist())
    return ["test" if i in test else "train" for i in range(n)]


def _study(
    req: SiteRequest,
    index: int,
    split: Split,
    rng: np.random.Generator,
    institution: Institution,
    patients: tuple[Any, ...],
    site_dir: Path,
) -> Study:
    profile = req.profile
    study_id = f"{profile.name}-{index:04d}"
    pick = int(rng.choice(len(profile.modalities), p=profile.modality_probabilities))
    findings: Findings = sample_findings(
        rng, profile.modalities[pick], profile.lesion_prevalence, profile.large_fraction
    )
    stored = apply_scanner(render(findings, rng), profile, rng)
    Image.fromarray(to_png8(stored)).save(site_dir / "images" / f"{study_id}.png")
    visit = make_visit(rng, institution, patients)
    uids = make_uids(req.seed, profile.name, study_id)
    ds = build_dataset(stored, findings, visit, profile, study_id, uids)
    write_dicom(site_dir / "dicom" / f"{study_id}.dcm", ds)
    write_text(site_dir / "reports" / f"{study_id}.txt", write_report(findings, visit, rng))
    rad_qas = ask(findings, rng, "vqa_rad")
    slake_qas = ask(findings, rng, "slake")
    turns = conversation(findings, rad_qas, describe(findings)[0], rng)
    return Study(
        study_id=study_id,
        index=index,
        split=split,
        findings=findings,
        rad_qas=tuple(rad_qas),
        slake_qas=tuple(slake_qas),
        caption=caption(findings, rng),
        turns=tuple(turns),
    )


def synthesize_site(
    site_dir: Path, req: SiteRequest, on_study: Callable[[], None] | None = None
) -> dict[str, int]:
    """Write the site and return its counts (also stored in ``site.json``)."""
    for sub in ("dicom", "images", "reports"):
        (site_dir / sub).mkdir(parents=True, exist_ok=True)
    streams = site_seed(req.seed, req.profile.name).spawn(req.studies + 2)
    site_rng = np.random.default_rng(streams[0])
    institution = make_institution(site_rng)
    n_patients = max(1, round(0.75 * req.studies))
    patients = tuple(make_patient(site_rng, institution) for _ in range(n_patients))
    splits = split_assignment(np.random.default_rng(streams[1]), req.studies, req.test_fraction)
    studies = []
    for i in range(req.studies):
        rng = np.random.default_rng(streams[i + 2])
        studies.append(_study(req, i, splits[i], rng, institution, patients, site_dir))
        if on_study is not None:
            on_study()
    counts = {
        "studies": req.studies,
        "train": splits.count("train"),
        "test": splits.count("test"),
        "with_lesions": sum(s.findings.present for s in studies),
        **write_datasets(site_dir, studies),
    }
    modalities = Counter(s.findings.modality for s in studies)
    write_json(
        site_dir / "site.json",
        {
            "format_version": FORMAT_VERSION,
            "name": req.profile.name,
            "seed": req.seed,
            "evaluation_only": req.profile.evaluation_only,
            "profile": req.profile.to_json(),
            "counts": counts,
            "modalities": {m: modalities[m] for m in req.profile.modalities},
        },
    )
    return counts
