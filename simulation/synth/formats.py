"""Writers for the public dataset layouts: VQA-RAD, SLAKE, caption JSONL and LLaVA-Med JSON.

Field names and value conventions follow the released files, so the loaders that read these
also read a hospital's own copies of those datasets.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from simulation.synth.findings import Findings
from simulation.synth.qa import QA

Split = Literal["train", "test"]
SPLITS: tuple[Split, ...] = ("train", "test")


@dataclass(frozen=True)
class Study:
    """One synthesised study and all the language attached to it."""

    study_id: str
    index: int  # position within the site, stable across splits
    split: Split
    findings: Findings
    rad_qas: tuple[QA, ...]
    slake_qas: tuple[QA, ...]
    caption: str
    turns: tuple[tuple[str, str], ...]

    @property
    def image_name(self) -> str:
        return f"{self.study_id}.png"


def vqa_rad_records(studies: Sequence[Study], qids: Iterator[int]) -> list[dict[str, Any]]:
    return [
        {
            "qid": next(qids),
            "image_name": s.image_name,
            "image_organ": s.findings.spec.organ,
            "question": qa.question,
            "answer": qa.answer,
            "answer_type": "CLOSED" if qa.closed else "OPEN",
            "question_type": qa.vqa_rad_type,
            "phrase_type": "freeform",
        }
        for s in studies
        for qa in s.rad_qas
    ]


def slake_records(studies: Sequence[Study], qids: Iterator[int]) -> list[dict[str, Any]]:
    return [
        {
            "img_id": s.index,
            "img_name": s.image_name,
            "question": qa.question,
            "answer": qa.answer,
            "q_lang": "en",
            "location": s.findings.spec.slake_location,
            "modality": s.findings.spec.slake_modality,
            "answer_type": "CLOSED" if qa.closed else "OPEN",
            "base_type": "vqa",
            "content_type": qa.slake_content,
            "triple": ["vhead", "_", "_"],
            "qid": next(qids),
        }
        for s in studies
        for qa in s.slake_qas
    ]


def caption_lines(studies: Sequence[Study]) -> str:
    return "".join(
        json.dumps({"image": s.image_name, "caption": s.caption}, ensure_ascii=False) + "\n"
        for s in studies
    )


def llava_med_records(studies: Sequence[Study]) -> list[dict[str, Any]]:
    out = []
    for s in studies:
        messages = []
        for i, (human, gpt) in enumerate(s.turns):
            # LLaVA places the image token once, in the first human turn.
            value = f"<image>\n{human}" if i == 0 else human
            messages += [{"from": "human", "value": value}, {"from": "gpt", "value": gpt}]
        out.append({"id": s.study_id, "image": s.image_name, "conversations": messages})
    return out


def write_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_datasets(site_dir: Path, studies: Sequence[Study]) -> dict[str, int]:
    """All four layouts for both splits; returns record counts keyed like ``vqa_rad_train``."""
    rad_qids, slake_qids = itertools.count(), itertools.count()
    counts: dict[str, int] = {}
    for split in SPLITS:
        part = [s for s in studies if s.split == split]
        rad = vqa_rad_records(part, rad_qids)
        slake = slake_records(part, slake_qids)
        write_json(site_dir / "vqa" / f"vqa_rad_{split}.json", rad)
        write_json(site_dir / "slake" / f"{split}.json", slake)
        write_text(site_dir / "captions" / f"{split}.jsonl", caption_lines(part))
        write_json(site_dir / "conversations" / f"llava_med_{split}.json", llava_med_records(part))
        counts[f"vqa_rad_{split}"] = len(rad)
        counts[f"slake_{split}"] = len(slake)
        counts[f"captions_{split}"] = len(part)
        counts[f"conversations_{split}"] = len(part)
    return counts
