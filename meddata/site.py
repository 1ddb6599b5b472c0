"""One hospital's training or test data, from the standard directory layout or the site's own.

The standard layout (what `medfed synth` writes and curation produces)::

    images/  dicom/  reports/                      image files, DICOM, one text report a study
    vqa/vqa_rad_{train,test}.json   slake/{train,test}.json
    captions/{train,test}.jsonl     conversations/llava_med_{train,test}.json

A hospital whose files sit elsewhere says where in its ``site.json`` (no patient data in it),
every path relative to the site directory and inside it; any entry left out keeps its standard
place::

    {"name": "st-mary", "evaluation_only": false,
     "layout": {"images": "pacs/png", "dicom": "pacs/dcm", "reports": "ris/notes",
                "vqa-rad": {"train": "qa/rad-train.json", "test": "qa/rad-test.json"},
                "slake": {"train": "qa/slake-train.json"},
                "captions": {"train": "text/captions.jsonl"},
                "llava-med": {"train": "text/conversations.json"}}}

Where one study has several images (a PA and a lateral view), they are one study, one privacy
unit (`SiteData.study_of`, one rule for the raw site and its curated copy): a site may write
``studies.json`` in the site directory mapping images (paths under the images directory) to
study identifiers, which wins; else a DICOM image's StudyInstanceUID, or that of the DICOM file at
the same path under ``dicom/``, groups it; else an image is a study of its own. Where a study's
images are linked by the map, map all of them, DICOM ones too. Curation writes the curated
copy's map for every image, the studies pseudonymised.

A real site may hold only some of the datasets; absent files are skipped and the ones found
are listed in ``SiteData.sources``, but a site with none of them is an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from meddata.errors import DatasetError
from meddata.samples import SiteData, Split, VQASample
from meddata.text import load_captions, load_llava_med
from meddata.vqa import SLAKE, VQA_RAD, load_slake, load_vqa_rad

SPLITS: tuple[Split, ...] = ("train", "test")
SITE_FILE = "site.json"
LAYOUT_KEY = "layout"
DIRECTORIES = ("images", "dicom", "reports")
DATASETS = (VQA_RAD, SLAKE, "captions", "llava-med")
STUDIES_FILE = "studies.json"  # image path under images/ -> its study (see the module doc)


def _standard_files() -> dict[str, dict[str, str]]:
    return {
        VQA_RAD: {s: f"vqa/vqa_rad_{s}.json" for s in SPLITS},
        SLAKE: {s: f"slake/{s}.json" for s in SPLITS},
        "captions": {s: f"captions/{s}.jsonl" for s in SPLITS},
        "llava-med": {s: f"conversations/llava_med_{s}.json" for s in SPLITS},
    }


@dataclass(frozen=True)
class SiteLayout:
    """Where a site keeps each directory and dataset file, relative to the site directory."""

    directories: dict[str, str] = field(default_factory=lambda: {d: d for d in DIRECTORIES})
    files: dict[str, dict[str, str]] = field(default_factory=_standard_files)
    # the entries site.json names ("images", "vqa-rad.train", ...): each must exist
    given: frozenset[str] = frozenset()

    def directory(self, site_dir: Path, name: str) -> Path:
        return site_dir / self.directories[name]

    def file(self, site_dir: Path, dataset: str, split: Split) -> Path:
        return site_dir / self.files[dataset][split]


STANDARD_LAYOUT = SiteLayout()


def _relative(site_json: Path, where: str, value: Any) -> str:
    path = PurePosixPath(value) if isinstance(value, str) else None
    if path is None or not value or path.is_absolute() or ".." in path.parts:
        raise DatasetError(
            site_json, f"{where} must be a path relative to the site directory, got {value!r}"
        )
    return str(path)


def parse_layout(site_json: Path, raw: Any) -> SiteLayout:
    """The layout from a site.json "layout" object; errors name the field and value."""
    if not isinstance(raw, dict):
        raise DatasetError(site_json, f"{LAYOUT_KEY} must be an object, got {raw!r}")
    unknown = sorted(set(raw) - set(DIRECTORIES) - set(DATASETS))
    if unknown:
        raise DatasetError(
            site_json,
            f"{LAYOUT_KEY}: unknown entries {unknown}; known: {[*DIRECTORIES, *DATASETS]}",
        )
    dirs = {d: _relative(site_json, f"{LAYOUT_KEY}.{d}", raw.get(d, d)) for d in DIRECTORIES}
    files = _standard_files()
    named = {d for d in DIRECTORIES if d in raw}
    for dataset in DATASETS:
        given = raw.get(dataset, {})
        if not isinstance(given, dict) or set(given) - set(SPLITS):
            raise DatasetError(
                site_json, f"{LAYOUT_KEY}.{dataset} must map train/test to files, got {given!r}"
            )
        for split, value in given.items():
            files[dataset][split] = _relative(site_json, f"{LAYOUT_KEY}.{dataset}.{split}", value)
            named.add(f"{dataset}.{split}")
    return SiteLayout(dirs, files, frozenset(named))


def check_layout(site_dir: Path, layout: SiteLayout, split: Split | None = None) -> None:
    """DatasetError naming the first entry of site.json's layout (a directory, or a data set
    file of `split`; of both splits when None) that names nothing in the site directory: a
    mistyped path would otherwise read as a data set the site does not hold."""
    for name in sorted(layout.given):
        dataset, _, part = name.partition(".")
        if part and split is not None and part != split:
            continue
        path = (
            layout.file(site_dir, dataset, part)  # type: ignore[arg-type]
            if part
            else layout.directory(site_dir, dataset)
        )
        if not (path.is_file() if part else path.is_dir()):
            what = "file" if part else "directory"
            raise DatasetError(
                site_dir / SITE_FILE,
                f"{LAYOUT_KEY}.{name}: no {what} {path.relative_to(site_dir)} in the site",
            )


def site_layout(site_dir: Path) -> SiteLayout:
    """The site's layout: its site.json "layout", else the standard one."""
    site_json = Path(site_dir) / SITE_FILE
    if not site_json.is_file():
        return STANDARD_LAYOUT
    info = site_info(site_json)
    if LAYOUT_KEY not in info:
        return STANDARD_LAYOUT
    return parse_layout(site_json, info[LAYOUT_KEY])


def site_info(site_json: Path) -> dict[str, Any]:
    """A site.json's object (the one reader of the file); DatasetError naming it otherwise."""
    return _json_object(site_json)


def _json_object(path: Path) -> dict[str, Any]:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(path, f"cannot read: {exc}") from exc
    if not isinstance(info, dict):
        raise DatasetError(path, f"must hold a JSON object, got {type(info).__name__}")
    return info


def site_files(site_dir: Path, split: Split) -> dict[str, Path]:
    layout = site_layout(Path(site_dir))
    return {dataset: layout.file(Path(site_dir), dataset, split) for dataset in DATASETS}


def _fill_modality(vqa: list[VQASample], slake: list[VQASample]) -> list[VQASample]:
    """VQA-RAD has no modality field; borrow it from SLAKE questions about the same image."""
    known = {s.image: s.modality for s in slake if s.modality is not None}
    return [
        VQASample(s.qid, s.image, s.question, s.answer, s.answer_type, known.get(s.image), s.source)
        if s.modality is None
        else s
        for s in vqa
    ]


def load_site(site_dir: Path, split: Split) -> SiteData:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise DatasetError(site_dir, "site directory not found")
    check_layout(site_dir, site_layout(site_dir), split)
    files = site_files(site_dir, split)
    found = tuple(name for name, path in files.items() if path.is_file())
    if not found:
        expected = ", ".join(str(p.relative_to(site_dir)) for p in files.values())
        expected += f" (the standard layout, or {SITE_FILE}'s {LAYOUT_KEY!r})"
        raise DatasetError(site_dir, f"no {split} dataset files found (looked for {expected})")
    layout = site_layout(site_dir)
    images = layout.directory(site_dir, "images")
    rad = load_vqa_rad(files[VQA_RAD], images) if VQA_RAD in found else []
    slake = load_slake(files[SLAKE], images) if SLAKE in found else []
    captions = load_captions(files["captions"], images) if "captions" in found else []
    conversations = load_llava_med(files["llava-med"], images) if "llava-med" in found else []
    return SiteData(
        vqa=_fill_modality(rad, slake) + slake,
        captions=captions,
        conversations=conversations,
        sources=found,
        studies=read_studies(site_dir / STUDIES_FILE, images),
        images_dir=images,
        dicom_dir=layout.directory(site_dir, "dicom"),
    )


def read_studies(path: Path, images: Path) -> dict[Path, str]:
    """A site's study map (`STUDIES_FILE`): {image path under images/: study}, as
    {images / name: study}; none when the file is absent, a DatasetError naming it when it is
    not a JSON object of non-empty strings."""
    if not path.is_file():
        return {}
    raw = _json_object(path)
    bad = next(
        ((k, v) for k, v in raw.items() if not (isinstance(v, str) and v.strip() and k.strip())),
        None,
    )
    if bad is not None:
        raise DatasetError(path, f"image {bad[0]!r}: its study must be a non-empty string, "
                                 f"got {bad[1]!r}")  # fmt: skip
    root = images.resolve()  # as the loaders resolve an image's path (meddata.records)
    return {(root / _relative(path, "image", k)).resolve(): v.strip() for k, v in raw.items()}
