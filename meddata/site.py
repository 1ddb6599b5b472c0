"""One hospital's training or test data from the standard directory layout.

A real site may hold only some of the datasets; absent files are skipped and the ones found
are listed in ``SiteData.sources``, but a site with none of them is an error.
"""

from __future__ import annotations

from pathlib import Path

from meddata.errors import DatasetError
from meddata.samples import SiteData, Split, VQASample
from meddata.text import load_captions, load_llava_med
from meddata.vqa import SLAKE, VQA_RAD, load_slake, load_vqa_rad

SPLITS: tuple[Split, ...] = ("train", "test")


def site_files(site_dir: Path, split: Split) -> dict[str, Path]:
    return {
        VQA_RAD: site_dir / "vqa" / f"vqa_rad_{split}.json",
        SLAKE: site_dir / "slake" / f"{split}.json",
        "captions": site_dir / "captions" / f"{split}.jsonl",
        "llava-med": site_dir / "conversations" / f"llava_med_{split}.json",
    }


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
    files = site_files(site_dir, split)
    found = tuple(name for name, path in files.items() if path.is_file())
    if not found:
        expected = ", ".join(str(p.relative_to(site_dir)) for p in files.values())
        raise DatasetError(site_dir, f"no {split} dataset files found (looked for {expected})")
    images = site_dir / "images"
    rad = load_vqa_rad(files[VQA_RAD], images) if VQA_RAD in found else []
    slake = load_slake(files[SLAKE], images) if SLAKE in found else []
    captions = load_captions(files["captions"], images) if "captions" in found else []
    conversations = load_llava_med(files["llava-med"], images) if "llava-med" in found else []
    return SiteData(
        vqa=_fill_modality(rad, slake) + slake,
        captions=captions,
        conversations=conversations,
        sources=found,
    )
