"""Typed samples the training code consumes, independent of the file layout they came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

AnswerType = Literal["closed", "open"]
Split = Literal["train", "test"]


@dataclass(frozen=True)
class VQASample:
    qid: str
    image: Path
    question: str
    answer: str
    answer_type: AnswerType
    modality: str | None  # lowercase ("x-ray", "ct", "mri", ...), None when the source lacks it
    source: str  # "vqa-rad" | "slake"; (source, qid) identifies a sample


@dataclass(frozen=True)
class CaptionSample:
    image: Path
    caption: str


@dataclass(frozen=True)
class Conversation:
    id: str
    images: list[Path]
    turns: list[tuple[str, str]]  # (human, gpt), image markers removed from the human text


@dataclass(frozen=True)
class SiteData:
    vqa: list[VQASample]
    captions: list[CaptionSample]
    conversations: list[Conversation]
    sources: tuple[str, ...]  # which dataset files were found, e.g. ("vqa-rad", "slake")
    # image path -> the study it belongs to, where the site says so (`meddata.site.STUDIES_FILE`)
    studies: Mapping[Path, str] = field(default_factory=dict, hash=False, compare=False)
    # the site's DICOM directory: a raster there as <stem>.dcm belongs to that file's study
    dicom_dir: Path | None = field(default=None, compare=False)

    def study_of(self, image: Path) -> str:
        """The study (the privacy unit) an image belongs to: the site's study map, else a
        DICOM image's own StudyInstanceUID, else that of the DICOM file of the same name in the
        site's DICOM directory (as curation pairs them), else the image's file stem (an image on
        its own is one study). Several images of one study are one study, so one DP unit."""
        from meddata.images import DICOM_SUFFIXES, dicom_study_uid

        mapped = self.studies.get(image)
        if mapped:
            return f"study {mapped}"
        uid = dicom_study_uid(image)
        if uid is None and self.dicom_dir is not None:
            uid = next(
                (u for suffix in DICOM_SUFFIXES
                 if (u := dicom_study_uid(self.dicom_dir / f"{image.stem}{suffix}"))),
                None,
            )  # fmt: skip
        return f"study {uid}" if uid else image.stem
