"""Typed samples the training code consumes, independent of the file layout they came from."""

from __future__ import annotations

from dataclasses import dataclass
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
