"""Curate one site directory into a de-identified copy in the same layout.

``curate_site`` reads a site as `medfed synth` (or a hospital following that layout) writes it and
writes a copy that ``meddata.load_site`` still loads:

- ``dicom/``: every file is de-identified (``deid_dicom``: Annex E, dates shifted per patient);
  files that are not DICOM, cannot be parsed, lack required UIDs or have undecodable pixel data
  are skipped and counted, never fatal; exact duplicate images (same pixel-data hash) are kept
  once. Images that may carry text in their pixels are refused: ``BurnedInAnnotation = YES``, and
  modalities and classes known for burned-in text (ultrasound, secondary capture, ...) unless the
  site's options allow that modality *and* give a pixel check that passes.
- ``reports/``: scrubbed (``scrub_text``) with the identifiers of the DICOM header of the same
  study (same file stem) and the site's staff and institution names from every header; dates
  shifted by that patient's offset.
- dataset files (VQA-RAD, SLAKE, captions, LLaVA-Med): every string field is scrubbed except the
  few that are codes by format (``CODE_KEYS``); image references point to the new names. A site
  whose train and test files refer to the same study (same DICOM StudyInstanceUID, or the same
  image when there is no DICOM for it) is refused with an error naming the study and the files.
- ``images/``: rasters are re-encoded from their pixels alone (``raster``); DICOM there is
  de-identified instead.
- ``site.json`` (no patient data by design) is copied; other files are not.

Every output file gets a keyed pseudonymous name (``paths``). Symbolic links and anything that
resolves outside the site are refused. The output is written to a temporary directory beside DST
and renamed into place at the end, so an interrupted run leaves no half-curated data set.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydicom.dataset import Dataset

from meddata.errors import DatasetError
from meddata.images import DICOM_SUFFIXES, is_dicom
from meddata.samples import SiteData
from meddata.site import (
    DATASETS,
    LAYOUT_KEY,
    SPLITS,
    STANDARD_LAYOUT,
    STUDIES_FILE,
    SiteLayout,
    check_layout,
    read_studies,
    site_layout,
)
from site_agent.curation.deid_dicom import Pseudonymizer, deidentify, header_identifiers
from site_agent.curation.dicom_io import DicomSkip, pixel_digest, read_checked, write_dicom
from site_agent.curation.manifest import write_manifest
from site_agent.curation.paths import (
    RASTER_SUFFIXES,
    image_name,
    is_inside,
    list_files,
    pseudonym_name,
)
from site_agent.curation.raster import RasterSkip, reencode_png
from site_agent.curation.scrub_text import KnownIdentifiers, clear_caches, scrub_text

# Dataset fields that hold codes or numbers by format, never free text: kept as they are.
CODE_KEYS = frozenset(
    {"qid", "img_id", "answer_type", "question_type", "phrase_type", "q_lang", "base_type",
     "content_type", "triple", "from"}
)  # fmt: skip
# Dataset fields that name an image file, and the one that names a study (LLaVA-Med "id").
IMAGE_KEYS = frozenset({"image", "image_name", "img_name"})
STUDY_KEYS = frozenset({"id"})
# Modalities whose pixels often carry text (ultrasound, secondary capture, other, endoscopy,
# photography, microscopy, scanned documents); the SOP classes of secondary capture likewise.
BURNED_IN_MODALITIES = frozenset(
    {"US", "IVUS", "SC", "OT", "XC", "ES", "GM", "SM", "DOC", "OP", "OPT", "VL", "TG", "ECG"}
)
_SECONDARY_CAPTURE_ROOT = "1.2.840.10008.5.1.4.1.1.7"
Progress = Callable[[int, int], None]
PixelCheck = Callable[[Dataset], bool]


class CurationError(ValueError):
    """Bad input to a curation run: a missing source, a non-empty destination, a short secret."""


@dataclass(frozen=True)
class CurationOptions:
    """What a site may allow beyond the defaults; validated when built.

    ``allow_burned_in_modalities`` lets images of those modalities in, but only through
    ``pixel_check`` (True: no text in the pixels), which the site must supply: the header alone
    never vouches for pixels.
    """

    allow_burned_in_modalities: frozenset[str] = frozenset()
    pixel_check: PixelCheck | None = None

    def __post_init__(self) -> None:
        unknown = sorted(set(self.allow_burned_in_modalities) - BURNED_IN_MODALITIES)
        if unknown:
            raise CurationError(
                f"allow_burned_in_modalities: {unknown} are not modalities curation refuses "
                f"(those are {sorted(BURNED_IN_MODALITIES)})"
            )
        if self.allow_burned_in_modalities and self.pixel_check is None:
            raise CurationError(
                "allow_burned_in_modalities needs a pixel_check: images of "
                f"{sorted(self.allow_burned_in_modalities)} are only accepted after one"
            )


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
    images_skipped: int
    refused_paths: int
    manifest_digest: str
    # Dataset rows left out because an image they ask about is not in the curated copy (skipped
    # as corrupt, refused, or missing from the source): the loader would stop on such a row, and
    # with it every stage that reads its file.
    dataset_rows_dropped: int = 0
    # Site-local detail for the operator (source paths and reasons); never sent anywhere.
    problems: tuple[str, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"problems": list(self.problems)}


@dataclass
class _Run:
    src: Path
    root: Path  # src, resolved
    out: Path
    ids: Pseudonymizer
    options: CurationOptions
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    by_stem: dict[str, KnownIdentifiers] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)  # study stem -> date offset
    site_known: KnownIdentifiers = field(default_factory=KnownIdentifiers)
    pixel_hashes: set[str] = field(default_factory=set)
    written: set[Path] = field(default_factory=set)
    image_sources: dict[str, Path] = field(default_factory=dict)  # curated image -> source
    # refused DICOM by `_pair_key`: whose header says text is burned in, or whose modality risks it
    burned_in: dict[str, Path] = field(default_factory=dict)
    risky: dict[str, Path] = field(default_factory=dict)
    # the source's directories and studies (`SiteData.study_of`: the site's map, DICOM headers,
    # the image alone), read before any file (`_source_studies`)
    source: SiteData = field(default_factory=lambda: SiteData([], [], [], ()))

    def where(self, path: Path) -> str:
        try:
            return path.relative_to(self.src).as_posix()
        except ValueError:
            return str(path)

    def skip(self, counter: str, path: Path, reason: str) -> None:
        self.counts[counter] += 1
        self.problems.append(f"{self.where(path)}: {reason}")

    def target(self, top: str, name: str) -> Path:
        dst = self.out / top / name
        if dst in self.written:
            raise FileExistsError(f"two source files map to the same curated name {top}/{name}")
        self.written.add(dst)
        dst.parent.mkdir(parents=True, exist_ok=True)
        return dst

    def site_offset(self) -> int:
        return self.ids.date_offset("")  # text that belongs to no known patient


def _refused_modality(ds: Dataset, options: CurationOptions) -> str | None:
    modality = str(ds.get("Modality", "")).strip().upper()
    sop = str(ds.get("SOPClassUID", ""))
    risky = modality if modality in BURNED_IN_MODALITIES else None
    if sop.startswith(_SECONDARY_CAPTURE_ROOT):
        risky = risky or "SC"
    if risky is None:
        return None
    if risky not in options.allow_burned_in_modalities or options.pixel_check is None:
        return f"modality {risky} often carries text in its pixels; the site does not allow it"
    if not options.pixel_check(ds):
        return f"modality {risky}: the site's pixel check found text in the pixels"
    return None


def _dicom(run: _Run, path: Path, top: str, name: str, *, dedupe: bool) -> bool:
    """De-identify one DICOM file into ``top/name``; False when it was skipped."""
    try:
        ds = read_checked(path)
    except DicomSkip as skip:
        run.skip(skip.counter, path, skip.reason)
        if skip.counter == "skipped_burned_in":
            _refused(run, path, run.burned_in)
        return False
    run.counts["dicom_read"] += 1
    refusal = _refused_modality(ds, run.options)
    if refusal is not None:
        run.skip("skipped_burned_in", path, refusal)
        _refused(run, path, run.risky)
        return False
    found = header_identifiers(ds)
    run.by_stem[path.stem] = run.by_stem.get(path.stem, KnownIdentifiers()) | found.patient
    offset = run.ids.date_offset(str(ds.get("PatientID", "")))
    run.offsets.setdefault(path.stem, offset)
    run.site_known = run.site_known | found.site
    if dedupe and "PixelData" in ds:
        digest = pixel_digest(ds)
        if digest in run.pixel_hashes:
            run.counts["duplicates_removed"] += 1
            return False
        run.pixel_hashes.add(digest)
    try:
        deidentify(ds, run.ids, known=found.patient | run.site_known, date_offset=offset)
        write_dicom(ds, run.target(top, name))
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
    offset = run.offsets.get(path.stem, run.site_offset())
    out = scrub_text(text, known, date_offset=offset)
    run.target("reports", pseudonym_name(run.ids, path.stem, ".txt")).write_text(
        out, encoding="utf-8"
    )
    run.counts["reports_scrubbed"] += 1


def _row_context(run: _Run, row: Any) -> tuple[KnownIdentifiers, int]:
    """The identifiers and date offset of the study a dataset row's image belongs to."""
    for ref in _refs(row, IMAGE_KEYS):
        stem = PurePosixPath(ref.replace("\\", "/")).stem
        if stem in run.by_stem:
            return run.by_stem[stem] | run.site_known, run.offsets[stem]
    return run.site_known, run.site_offset()


def _refs(row: Any, keys: frozenset[str]) -> list[str]:
    """The non-empty file references a dataset row holds under `keys`: one, or a list."""
    if not isinstance(row, dict):
        return []
    out = []
    for key in keys:
        value = row.get(key)
        out += [v for v in (value if isinstance(value, list) else [value])
                if isinstance(v, str) and v.strip()]  # fmt: skip
    return out


def _scrub_json(run: _Run, value: Any, known: KnownIdentifiers, offset: int, key: Any) -> Any:
    if isinstance(value, dict):
        return {k: _scrub_json(run, v, known, offset, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(run, v, known, offset, key) for v in value]
    if not isinstance(value, str) or key in CODE_KEYS:
        return value
    if key in IMAGE_KEYS:
        return image_name(run.ids, value)
    if key in STUDY_KEYS:
        return run.ids.file_stem(value)
    return scrub_text(value, known, date_offset=offset)


def _scrub_rows(run: _Run, data: Any, path: Path) -> Any:
    if isinstance(data, list):
        rows = [_scrub_json(run, row, *_row_context(run, row), None) for row in data]
        kept = [row for row in rows if not _asks_missing_image(run, row)]
        if len(kept) < len(rows):
            run.counts["dataset_rows_dropped"] += len(rows) - len(kept)
            run.problems.append(
                f"{run.where(path)}: {len(rows) - len(kept)} row(s) left out: they ask about an "
                "image the curated copy does not hold (skipped, refused or missing)"
            )
        return kept
    return _scrub_json(run, data, *_row_context(run, data), None)


def _asks_missing_image(run: _Run, row: Any) -> bool:
    """Whether a curated row names an image (one, or a list of them) that curation did not
    write under images/: the loader would stop on it, and with it every stage reading the file."""
    # written, not just named: a raster that failed to re-encode was named before it failed
    return any(not (run.out / "images" / ref.strip()).is_file() for ref in _refs(row, IMAGE_KEYS))


def _row_studies(run: _Run, row: Any) -> set[str]:
    """The studies a dataset row refers to (`SiteData.study_of` of each image it names; an id
    field names its study's DICOM file, as an image of the same name would)."""
    root = run.source.images_root
    assert root is not None  # `_source_studies` sets it, before any file is read
    return {run.source.study_of((root / ref.replace("\\", "/").strip()).resolve())
            for ref in _refs(row, IMAGE_KEYS | STUDY_KEYS)}  # fmt: skip


def _check_splits(run: _Run, files: list[tuple[Path, str]]) -> None:
    """Refuse a site whose train and test files refer to the same study (a leak: the test
    would score images the model trained on)."""
    seen: dict[str, dict[str, set[str]]] = {}  # study -> split -> files
    for path, split in files:
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".jsonl":
                rows: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                rows = json.loads(text)
        except (OSError, ValueError):
            continue  # reported as a skipped dataset file
        for row in rows if isinstance(rows, list) else [rows]:
            for study in _row_studies(run, row):
                seen.setdefault(study, {}).setdefault(split, set()).add(run.where(path))
    shared = sorted(study for study, splits in seen.items() if len(splits) > 1)
    if shared:
        first = seen[shared[0]]
        where = "; ".join(f"{split}: {', '.join(sorted(first[split]))}" for split in sorted(first))
        raise CurationError(
            f"{len(shared)} studies are in more than one split (train and test must not share a "
            f"study); first: {shared[0]} ({where}). Move each study's rows to one split."
        )


def _dataset_file(run: _Run, path: Path, dst: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            scrubbed = _scrub_rows(run, rows, path)
            out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in scrubbed)
        else:
            data = _scrub_rows(run, json.loads(text), path)
            out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    except (OSError, ValueError) as exc:
        run.skip("dataset_files_skipped", path, f"cannot read dataset file: {exc}")
        return
    # Written under its standard name (meddata.site): dataset file names carry no identifier.
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(out, encoding="utf-8")
    run.counts["dataset_files"] += 1


def _image(run: _Run, path: Path, images: Path) -> None:
    relative = path.relative_to(images).as_posix()
    name = image_name(run.ids, relative)
    if is_dicom(path):
        suffix = path.suffix.lower() or ".dcm"
        if _dicom(run, path, "images", name[:-4] + suffix, dedupe=False):
            run.image_sources[name[:-4] + suffix] = path.resolve()
        return
    if path.suffix.lower() not in RASTER_SUFFIXES:
        run.skip("images_skipped", path, "not an image format curation reads")
        return
    export = _export_of(run, relative, run.burned_in)
    if export is not None:  # the same pixels, exported: the same text in them
        run.skip("skipped_burned_in", path, f"a raster of {run.where(export)}, whose header says "
                                            "identifiers are burned into its pixels")  # fmt: skip
        return
    export = _export_of(run, relative, run.risky)
    if export is not None:  # kept (a raster says no modality), and said
        run.problems.append(
            f"{run.where(path)}: kept, but it is a raster of {run.where(export)}, refused for its "
            "modality's risk of text in the pixels: check this image for burned-in text"
        )
    try:
        reencode_png(path, run.target("images", name))
    except RasterSkip as exc:
        run.skip("images_skipped", path, str(exc))
        return
    run.image_sources[name] = path.resolve()
    run.counts["images_copied"] += 1


_EXPORT_SUFFIXES = frozenset(DICOM_SUFFIXES) | RASTER_SUFFIXES


def _pair_key(relative: str) -> str:
    """What pairs a raster with the DICOM it was exported from: the path under its directory
    (DICOM's or images'), every image suffix taken off ("us.dcm.png", "us.DCM", "us" alike) and
    case folded. Pairing too much refuses a raster; too little lets burned-in text through."""
    path = PurePosixPath(relative.replace("\\", "/"))
    name = path.name
    while PurePosixPath(name).suffix.lower() in _EXPORT_SUFFIXES:
        name = name[: -len(PurePosixPath(name).suffix)]
    return (path.parent / name).as_posix().casefold()


def _refused(run: _Run, path: Path, into: dict[str, Path]) -> None:
    """Remember a refused DICOM, under the key its raster exports will have."""
    where = path.resolve()
    for top in (run.source.dicom_dir, run.source.images_dir):
        if top is not None and where.is_relative_to(root := top.resolve()):
            into.setdefault(_pair_key(where.relative_to(root).as_posix()), path)


def _export_of(run: _Run, relative: str, refused: dict[str, Path]) -> Path | None:
    """The refused DICOM (under the DICOM directory or among the images) that the raster at
    `relative` under the images directory was exported from, by `_pair_key`. A DICOM whose
    header says identifiers are burned in takes its raster with it; one refused for its
    modality's risk (US, SC, SM, ...) leaves the raster, said in the report: a raster carries
    no modality, and a site exports slides and scans it means to train on."""
    return refused.get(_pair_key(relative))


def _source_studies(run: _Run, layout: SiteLayout) -> None:
    """The source's directories and studies (`SiteData.study_of`), its own study map included,
    for pairing rasters with their DICOM, the split check and the curated copy's map; a
    malformed map stops curation before anything is curated."""
    source, images = run.src / STUDIES_FILE, layout.directory(run.src, "images")
    studies: dict[Path, str] = {}
    if source.is_symlink() or (source.exists() and not is_inside(source, run.root)):
        run.skip("refused_paths", source, "symbolic link or path outside the site refused")
    else:
        try:
            studies = read_studies(source, images)
        except DatasetError as exc:
            raise CurationError(str(exc)) from exc
    run.source = SiteData([], [], [], (), studies=studies, images_dir=images,
                          dicom_dir=layout.directory(run.src, "dicom"))  # fmt: skip


def _write_studies(run: _Run) -> None:
    """The curated copy's study map (`meddata.site.STUDIES_FILE`): every curated image -> a
    pseudonym of its source's study (`SiteData.study_of`, by the same rule the loader applies
    to the source), so the images of one study train as one privacy unit, and the curated copy
    groups them as the source site does."""
    studies = {
        name: run.ids.file_stem(f"study {run.source.study_of(path)}")
        for name, path in sorted(run.image_sources.items())
    }
    if studies:
        (run.out / STUDIES_FILE).write_text(json.dumps(studies, indent=1) + "\n", encoding="utf-8")
    root = run.source.images_root
    linked = set(run.image_sources.values())
    unlinked = sorted(p.relative_to(root).as_posix() if root and p.is_relative_to(root) else str(p)
                      for p in run.source.studies if p not in linked)  # fmt: skip
    if unlinked:  # a typo in the map would leave a study's images as studies of their own
        run.problems.append(
            f"{STUDIES_FILE}: {len(unlinked)} entries name no image this curation kept (check the "
            f"paths, relative to the images directory): "
            + ", ".join(unlinked[:5])
            + (" ..." if len(unlinked) > 5 else "")
        )


def _check_dirs(src: Path, dst: Path) -> None:
    if not src.is_dir():
        raise CurationError(f"source site directory not found: {src}")
    if dst.exists() and not dst.is_dir():
        raise CurationError(f"destination {dst} is a file, not a directory")
    if dst.exists() and any(dst.iterdir()):
        raise CurationError(f"destination {dst} exists and is not an empty directory")
    s, d = src.resolve(), dst.resolve()
    if d == s or d.is_relative_to(s) or s.is_relative_to(d):
        raise CurationError(f"destination {dst} must lie outside the source {src} and vice versa")


def curate_site(
    src_site_dir: Path,
    dst_site_dir: Path,
    secret: bytes,
    progress: Progress | None = None,
    options: CurationOptions | None = None,
) -> CurationReport:
    """Write a de-identified copy of ``src_site_dir`` to ``dst_site_dir`` (new or empty)."""
    src, dst = Path(src_site_dir), Path(dst_site_dir)
    _check_dirs(src, dst)
    try:
        ids = Pseudonymizer(secret)
    except ValueError as exc:
        raise CurationError(str(exc)) from exc
    root = src.resolve()
    try:
        layout = site_layout(src)
        check_layout(src, layout)
    except DatasetError as exc:
        raise CurationError(str(exc)) from exc
    images_dir = layout.directory(src, "images")
    listings = {
        top: list_files(layout.directory(src, top), root) for top in ("dicom", "reports", "images")
    }
    dicoms, reports = listings["dicom"].files, listings["reports"].files
    images = listings["images"].files
    datasets: list[tuple[Path, Path, str]] = []  # (source, curated copy, split)
    refused = [r for listing in listings.values() for r in listing.refused]
    for split in SPLITS:
        for dataset in DATASETS:
            path = layout.file(src, dataset, split)
            if path.is_symlink() or (path.exists() and not is_inside(path, root)):
                refused.append((path, "symbolic link or path outside the site refused"))
            elif path.is_file():
                datasets.append((path, STANDARD_LAYOUT.file(Path(), dataset, split), split))
    total, done = len(dicoms) + len(reports) + len(images) + len(datasets) + 1, 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dst.name}.", suffix=".partial", dir=dst.parent))
    try:
        run = _Run(src=src, root=root, out=tmp, ids=ids, options=options or CurationOptions())
        _source_studies(run, layout)
        for path, reason in refused:
            run.skip("refused_paths", path, reason)
        for path in dicoms:  # first: the headers' identifiers help scrub the text
            name = pseudonym_name(ids, path.stem, path.suffix.lower() or ".dcm")
            _dicom(run, path, "dicom", name, dedupe=True)
            tick()
        for path in images:  # DICOM among the images adds its identifiers, too
            if is_dicom(path):
                _image(run, path, images_dir)
                tick()
        for path in images:  # before the dataset files, which leave out rows of skipped ones
            if not is_dicom(path):
                _image(run, path, images_dir)
                tick()
        for path in reports:
            _report(run, path)
            tick()
        _check_splits(run, [(path, split) for path, _, split in datasets])
        for path, standard, _ in datasets:
            _dataset_file(run, path, tmp / standard)
            tick()
        _write_studies(run)
        site_json = src / "site.json"
        if site_json.is_file() and is_inside(site_json, root):
            info = json.loads(site_json.read_text(encoding="utf-8"))
            if isinstance(info, dict) and LAYOUT_KEY in info:  # the copy is in the standard one
                del info[LAYOUT_KEY]
                (tmp / "site.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
            else:
                shutil.copyfile(site_json, tmp / "site.json")
        digest = write_manifest(tmp)
        tick()
        if dst.exists():
            dst.rmdir()  # empty, checked above
        os.replace(tmp, dst)
    finally:
        clear_caches()
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
        images_skipped=c["images_skipped"],
        refused_paths=c["refused_paths"],
        manifest_digest=digest,
        dataset_rows_dropped=c["dataset_rows_dropped"],
        problems=tuple(run.problems),
    )
