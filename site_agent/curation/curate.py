"""Curate one site directory into a de-identified copy in the same layout.

``curate_site`` reads a site as `medfed synth` (or a hospital following that layout) writes it and
writes a copy that ``meddata.load_site`` still loads:

- ``dicom/``: every file is de-identified with the Basic Profile (``deid_dicom``); files that are
  not DICOM, cannot be parsed, lack required UIDs or have undecodable pixel data are skipped and
  counted, never fatal; exact duplicate images (same pixel-data hash) are kept once.
- ``reports/``: scrubbed (``scrub_text``) with the identifiers of the DICOM header of the same
  study (same file stem) and the site's staff and institution names from every header.
- dataset files (VQA-RAD, SLAKE, captions, LLaVA-Med): copied with their free-text fields scrubbed.
- ``images/``: copied (PNG carries no header PHI); a DICOM file there is de-identified instead.
- ``site.json`` (no patient data by design) is copied; other files are not.

File names are kept, because the dataset files refer to images by name: a site whose file names
carry identifiers must rename them first. The output is written to a temporary directory beside
DST and renamed into place at the end, so an interrupted run leaves no half-curated data set.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from meddata.images import is_dicom
from meddata.site import SPLITS, site_files
from site_agent.curation.deid_dicom import Pseudonymizer, deidentify, header_identifiers
from site_agent.curation.dicom_io import DicomSkip, pixel_digest, read_checked, write_dicom
from site_agent.curation.manifest import write_manifest
from site_agent.curation.scrub_text import KnownIdentifiers, scrub_text

FREE_TEXT_KEYS = frozenset({"question", "answer", "caption", "value"})
Progress = Callable[[int, int], None]


class CurationError(ValueError):
    """Bad input to a curation run: a missing source, a non-empty destination, a short secret."""


@dataclass(frozen=True)
class CurationReport:
    """Counts of one run and the curated data set's manifest digest. No PHI, no file names."""

    dicom_read: int
    dicom_deidentified: int
    skipped_corrupt: int
    skipped_not_dicom: int
    skipped_burned_in: int
    duplicates_removed: int
    reports_scrubbed: int
    reports_skipped: int
    dataset_files: int
    dataset_files_skipped: int
    images_copied: int
    manifest_digest: str
    # Site-local detail for the operator (source paths and reasons); never sent anywhere.
    problems: tuple[str, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"problems": list(self.problems)}


@dataclass
class _Run:
    src: Path
    out: Path
    ids: Pseudonymizer
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    by_stem: dict[str, KnownIdentifiers] = field(default_factory=dict)
    site_known: KnownIdentifiers = field(default_factory=KnownIdentifiers)
    pixel_hashes: set[str] = field(default_factory=set)

    def skip(self, counter: str, path: Path, reason: str) -> None:
        self.counts[counter] += 1
        self.problems.append(f"{path.relative_to(self.src).as_posix()}: {reason}")

    def target(self, path: Path) -> Path:
        dst = self.out / path.relative_to(self.src)
        dst.parent.mkdir(parents=True, exist_ok=True)
        return dst


def _dicom(run: _Run, path: Path, *, dedupe: bool) -> bool:
    """De-identify one DICOM file into the output; False when it was skipped."""
    try:
        ds = read_checked(path)
    except DicomSkip as skip:
        run.skip(skip.counter, path, skip.reason)
        return False
    run.counts["dicom_read"] += 1
    found = header_identifiers(ds)
    run.by_stem[path.stem] = run.by_stem.get(path.stem, KnownIdentifiers()) | found.patient
    run.site_known = run.site_known | found.site
    if dedupe and "PixelData" in ds:
        digest = pixel_digest(ds)
        if digest in run.pixel_hashes:
            run.counts["duplicates_removed"] += 1
            return False
        run.pixel_hashes.add(digest)
    try:
        deidentify(ds, run.ids, known=found.patient | run.site_known)
        write_dicom(ds, run.target(path))
    except Exception as exc:  # a malformed value can fail anywhere in pydicom: skip the file
        run.skip("skipped_corrupt", path, f"cannot de-identify: {exc}")
        return False
    run.counts["dicom_deidentified"] += 1
    return True


def _report(run: _Run, path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        run.skip("reports_skipped", path, f"not a UTF-8 text report: {exc}")
        return
    known = run.by_stem.get(path.stem, KnownIdentifiers()) | run.site_known
    run.target(path).write_text(scrub_text(text, known), encoding="utf-8")
    run.counts["reports_scrubbed"] += 1


def _scrub_json(value: Any, known: KnownIdentifiers, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _scrub_json(v, known, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, known, key) for v in value]
    if isinstance(value, str) and key in FREE_TEXT_KEYS:
        return scrub_text(value, known)
    return value


def _dataset_file(run: _Run, path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            scrubbed = [_scrub_json(row, run.site_known) for row in rows]
            out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in scrubbed)
        else:
            data = _scrub_json(json.loads(text), run.site_known)
            out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    except (OSError, ValueError) as exc:
        run.skip("dataset_files_skipped", path, f"cannot read dataset file: {exc}")
        return
    run.target(path).write_text(out, encoding="utf-8")
    run.counts["dataset_files"] += 1


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file()) if directory.is_dir() else []


def _check_dirs(src: Path, dst: Path) -> None:
    if not src.is_dir():
        raise CurationError(f"source site directory not found: {src}")
    if dst.exists() and (not dst.is_dir() or any(dst.iterdir())):
        raise CurationError(f"destination {dst} exists and is not an empty directory")
    s, d = src.resolve(), dst.resolve()
    if d == s or d.is_relative_to(s) or s.is_relative_to(d):
        raise CurationError(f"destination {dst} must lie outside the source {src} and vice versa")


def curate_site(
    src_site_dir: Path, dst_site_dir: Path, secret: bytes, progress: Progress | None = None
) -> CurationReport:
    """Write a de-identified copy of ``src_site_dir`` to ``dst_site_dir`` (new or empty)."""
    src, dst = Path(src_site_dir), Path(dst_site_dir)
    _check_dirs(src, dst)
    try:
        ids = Pseudonymizer(secret)
    except ValueError as exc:
        raise CurationError(str(exc)) from exc
    dicoms, reports, images = _files(src / "dicom"), _files(src / "reports"), _files(src / "images")
    image_dicoms = [p for p in images if is_dicom(p)]  # referenced by name: de-identify, keep all
    rasters = [p for p in images if not is_dicom(p)]
    datasets = [p for split in SPLITS for p in site_files(src, split).values() if p.is_file()]
    total, done = len(dicoms) + len(reports) + len(images) + len(datasets) + 1, 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dst.name}.", suffix=".partial", dir=dst.parent))
    try:
        run = _Run(src=src, out=tmp, ids=ids)
        for path in dicoms:  # first: the headers' identifiers help scrub the text
            _dicom(run, path, dedupe=True)
            tick()
        for path in image_dicoms:
            _dicom(run, path, dedupe=False)
            tick()
        for path in reports:
            _report(run, path)
            tick()
        for path in datasets:
            _dataset_file(run, path)
            tick()
        for path in rasters:
            shutil.copyfile(path, run.target(path))
            run.counts["images_copied"] += 1
            tick()
        if (src / "site.json").is_file():
            shutil.copyfile(src / "site.json", tmp / "site.json")
        digest = write_manifest(tmp)
        tick()
        if dst.exists():
            dst.rmdir()  # empty, checked above
        os.replace(tmp, dst)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    c = run.counts
    return CurationReport(
        dicom_read=c["dicom_read"],
        dicom_deidentified=c["dicom_deidentified"],
        skipped_corrupt=c["skipped_corrupt"],
        skipped_not_dicom=c["skipped_not_dicom"],
        skipped_burned_in=c["skipped_burned_in"],
        duplicates_removed=c["duplicates_removed"],
        reports_scrubbed=c["reports_scrubbed"],
        reports_skipped=c["reports_skipped"],
        dataset_files=c["dataset_files"],
        dataset_files_skipped=c["dataset_files_skipped"],
        images_copied=c["images_copied"],
        manifest_digest=digest,
        problems=tuple(run.problems),
    )
