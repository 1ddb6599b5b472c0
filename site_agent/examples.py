"""Turn a site's loaded data into (images, question, answer) training examples for a stage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from site_agent.data import SiteData

CAPTION_PROMPT = "Describe the image."


@dataclass(frozen=True)
class Example:
    """One supervised example: the answer is the only supervised text."""

    images: tuple[Path, ...]
    question: str
    answer: str


def build_examples(data: SiteData, kinds: Sequence[str]) -> list[Example]:
    """Examples of the requested data kinds, in a stable order (the trainer samples from them)."""
    out: list[Example] = []
    if "vqa" in kinds:
        out.extend(Example((s.image,), s.question, s.answer) for s in data.vqa)
    if "caption" in kinds:
        out.extend(Example((c.image,), CAPTION_PROMPT, c.caption) for c in data.captions)
    if "conversation" in kinds:
        # One example per turn: each turn's answer is supervised, earlier turns are context.
        for conv in data.conversations:
            history = ""
            for human, gpt in conv.turns:
                out.append(Example(tuple(conv.images), (history + human).strip(), gpt))
                history += f"{human}\n{gpt}\n"
    return out
