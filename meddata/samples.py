"""Typed samples the training code consumes, independent of the file layout they came from."""

from __future__ import annotations

import functools
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
    # where the site keeps its images and its DICOM files (`study_of` pairs them by path)
    images_dir: Path | None = field(default=None, compare=False)
    dicom_dir: Path | None = field(default=None, compare=False)

    @functools.cached_property
    def images_root(self) -> Path | None:
        """The images directory, resolved once, as the loaders resolve an image's path."""
        return self.images_dir.resolve() if self.images_dir is not None else None

    def study_of(self, image: Path) -> str:
        """The study (the privacy unit) an image belongs to, by one rule that curation applies
        to the source site too (its curated copy's study map then names every image): the
        site's study map; else the image's own DICOM StudyInstanceUID; else that of the DICOM
        file at the same path under the site's DICOM directory (``images/a/x.png`` and
        ``dicom/a/x.dcm``, ``.DCM``, ``.dicom`` or no suffix); else the image alone, by its
        path under the images directory without its suffix. Several images of one study are
        one study, so one DP unit."""
        from meddata.images import DICOM_SUFFIXES, dicom_study_uid

        mapped = self.studies.get(image)
        if mapped:  # one namespace with the UIDs: an image mapped to a UID joins that study
            return f"study {mapped}"
        uid = dicom_study_uid(image)
        root = self.images_root
        alone = (
            image.relative_to(root).with_suffix("").as_posix()
            if root is not None and image.is_relative_to(root)
            else image.stem
        )
        if uid is None and self.dicom_dir is not None:
            uid = next(
                (u for suffix in (*DICOM_SUFFIXES, *(s.upper() for s in DICOM_SUFFIXES), "")
                 if (u := dicom_study_uid(self.dicom_dir / f"{alone}{suffix}"))),
                None,
            )  # fmt: skip
        return f"study {uid}" if uid else alone
