"""A stage's training set at a site: examples of the stage's data kinds, mixed as it asks.

Kinds: `vqa` (VQA-RAD + SLAKE questions), `caption` (image-caption pairs; with several images per
sample, their captions in order), `conversation` (one example per turn, earlier turns as context),
`text` (text-only clinical passages: the site's de-identified reports of training studies).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from meddata import SiteData
from protocols.curriculum import Stage

CAPTION_PROMPT = "Describe the image."
MULTI_CAPTION_PROMPT = "Describe the images in order."
TEXT_PROMPT = "Summarize the clinical note."


@dataclass(frozen=True)
class Example:
    """One supervised example: the answer is the only supervised text."""

    images: tuple[Path, ...]
    question: str
    answer: str
    kind: str = "vqa"


def _caption_examples(data: SiteData, per_sample: int) -> list[Example]:
    caps = data.captions
    if per_sample <= 1:
        return [Example((c.image,), CAPTION_PROMPT, c.caption, "caption") for c in caps]
    out = []
    for i in range(0, len(caps) - per_sample + 1, per_sample):
        group = caps[i : i + per_sample]
        answer = " ".join(f"{n + 1}: {c.caption}" for n, c in enumerate(group))
        out.append(Example(tuple(c.image for c in group), MULTI_CAPTION_PROMPT, answer, "caption"))
    return out


def _text_examples(data: SiteData, reports_dir: Path | None) -> list[Example]:
    if reports_dir is None or not reports_dir.is_dir():
        return []
    train_studies = {c.image.stem for c in data.captions}
    out = []
    for path in sorted(reports_dir.glob("*.txt")):
        if path.stem in train_studies:
            body = " ".join(path.read_text(errors="replace").split())
            out.append(Example((), TEXT_PROMPT, body, "text"))
    return out


def examples_by_kind(
    data: SiteData,
    kinds: Sequence[str],
    images_per_sample: int = 1,
    reports_dir: Path | None = None,
) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {}
    if "vqa" in kinds:
        out["vqa"] = [Example((s.image,), s.question, s.answer, "vqa") for s in data.vqa]
    if "caption" in kinds:
        out["caption"] = _caption_examples(data, images_per_sample)
    if "conversation" in kinds:
        conv: list[Example] = []
        for c in data.conversations:
            history = ""
            for human, gpt in c.turns:
                conv.append(
                    Example(tuple(c.images), (history + human).strip(), gpt, "conversation")
                )
                history += f"{human}\n{gpt}\n"
        out["conversation"] = conv
    if "text" in kinds:
        out["text"] = _text_examples(data, reports_dir)
    return out


def build_examples(data: SiteData, kinds: Sequence[str]) -> list[Example]:
    """All examples of the given kinds (no mixing), in a stable order."""
    by_kind = examples_by_kind(data, kinds)
    return [ex for k in kinds for ex in by_kind.get(k, [])]


def stage_examples(
    data: SiteData, stage: Stage, seed: int, reports_dir: Path | None = None
) -> list[Example]:
    """The stage's data set, mixed as its weights ask.

    Kinds are subsampled (never repeated) so their shares match the mix: the largest set whose
    share of each kind is exact given what the site holds. A fixed data set with uniform (or
    Poisson) sampling keeps DP-SGD's sample rate meaningful. A kind the site lacks is skipped.
    """
    by_kind = examples_by_kind(data, stage.data_kinds, stage.images_per_sample, reports_dir)
    mix = {k: w for k, w in stage.data_mix.items() if by_kind.get(k)}
    if not mix:
        return []
    total_w = sum(mix.values())
    size = min(len(by_kind[k]) / (w / total_w) for k, w in mix.items())
    rng = np.random.default_rng(seed)
    out: list[Example] = []
    for kind in sorted(mix):
        pool = by_kind[kind]
        take = max(1, int(size * mix[kind] / total_w))
        idx = np.sort(rng.choice(len(pool), size=min(take, len(pool)), replace=False))
        out.extend(pool[i] for i in idx)
    return out
