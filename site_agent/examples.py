"""A stage's training set at a site: one sample per study (the privacy unit).

Kinds: `vqa` (VQA-RAD + SLAKE questions), `caption` (image-caption pairs), `conversation`
(LLaVA-Med turns), `text` (the site's de-identified report of the study).

`study_units` makes ONE sample of each study: its image, then all of the study's supervised text
of the stage's kinds as one conversation about that image (kinds in the order of their weights,
heaviest first; within a kind in a stable order). DP-SGD samples and clips these units, so what
it bounds is one study's whole contribution, and a study's sample depends on that study alone:
adding or removing one study adds or removes exactly one unit and changes no other. A study is
what `SiteData.study_of` says (DICOM StudyInstanceUID, the site's study map, else the image file
on its own): a study of several images is one unit of several views, one drawn each time.

The trainers take a unit's turns in a fresh random order every time they put it in a batch
(`shuffled_turns`, drawn from the site's own generator; a dialogue's turns move as one block, in
their order): every question is sometimes the first one, answered from the image alone as
evaluation asks it, and where the conversation is longer than the stage's max_length a
different subset of turns is trained each time instead of always the same first few. Measured
on the centralized arm (bench/README.md, "Result with the rebuilt base and shuffled turns"):
side questions 37% in the stored order, 97.5% shuffled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from meddata import SiteData
from meddata.vqa import SLAKE, VQA_RAD
from protocols.curriculum import Stage

CAPTION_PROMPT = "Describe the image."
TEXT_PROMPT = "Summarize the clinical note."


@dataclass(frozen=True)
class Example:
    """One supervised sample: the answers are the only supervised text. `followups` are later
    turns (question, answer) of the same conversation about the same images."""

    images: tuple[Path, ...]
    question: str
    answer: str
    kind: str = "vqa"
    followups: tuple[tuple[str, str], ...] = ()
    unit: str = ""  # the study this sample is (`SiteData.study_of`; a report's: its image's)
    # Lengths of the runs of consecutive turns that stay together, in order, when the turns are
    # shuffled (one dialogue's turns refer back to each other); () = every turn on its own.
    blocks: tuple[int, ...] = ()
    # The study's other images, each as the same study's sample about that image (`study_units`):
    # one unit, of which a trainer takes one view per draw (`shuffled_turns`).
    views: tuple[Example, ...] = ()

    @property
    def turns(self) -> tuple[tuple[str, str], ...]:
        return ((self.question, self.answer), *self.followups)


def shuffled_turns(example: Example, rng: np.random.Generator) -> Example:
    """The same sample with its turns (question and followups) in a random order from `rng`;
    the turns of one block (`Example.blocks`: a dialogue) move together and keep their order.
    A unit of several views (a study with several images) is first one of its views, drawn
    from `rng`."""
    if example.views:
        pick = int(rng.integers(1 + len(example.views)))
        example = dataclasses.replace((example, *example.views)[pick], views=())
    if not example.followups:
        return example
    turns = example.turns
    sizes = example.blocks or (1,) * len(turns)
    if sum(sizes) != len(turns):
        raise ValueError(f"unit {example.unit!r}: blocks {sizes} do not cover {len(turns)} turns")
    starts = np.cumsum((0, *sizes))
    order = rng.permutation(len(sizes))
    (question, answer), *rest = (t for b in order for t in turns[starts[b] : starts[b + 1]])
    blocks = tuple(sizes[b] for b in order) if example.blocks else ()
    return dataclasses.replace(
        example, question=question, answer=answer, followups=tuple(rest), blocks=blocks
    )


def _text_examples(data: SiteData, reports_dir: Path | None) -> list[Example]:
    if reports_dir is None or not reports_dir.is_dir():
        return []
    train_studies = {c.image.stem for c in data.captions}
    out = []
    for path in sorted(reports_dir.glob("*.txt")):
        if path.stem in train_studies:
            body = " ".join(path.read_text(errors="replace").split())
            out.append(Example((), TEXT_PROMPT, body, "text", unit=path.stem))
    return out


def examples_by_kind(
    data: SiteData, kinds: Sequence[str], reports_dir: Path | None = None
) -> dict[str, list[Example]]:
    """One example per question, caption, conversation turn or report (not a privacy unit: for
    non-private benchmarks and tests; training at a site uses `study_units`)."""
    out: dict[str, list[Example]] = {}
    if "vqa" in kinds:
        out["vqa"] = [Example((s.image,), s.question, s.answer, "vqa") for s in data.vqa]
    if "caption" in kinds:
        out["caption"] = [
            Example((c.image,), CAPTION_PROMPT, c.caption, "caption") for c in data.captions
        ]
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


def declared_kinds(data: SiteData, reports_dir: Path | None = None) -> frozenset[str]:
    """The kinds of data the site holds a data set of: from which of its layout's files exist
    (`SiteData.sources`) and whether it has a reports directory, never from what the studies in
    them hold. A stage of none of these kinds is refused for data; one of them trains, on
    whatever units there are."""
    kinds = set()
    if {VQA_RAD, SLAKE} & set(data.sources):
        kinds.add("vqa")
    if "captions" in data.sources:
        kinds.add("caption")
        if reports_dir is not None and reports_dir.is_dir():
            kinds.add("text")  # a report trains where its study is a training study (captions)
    if "llava-med" in data.sources:
        kinds.add("conversation")
    return frozenset(kinds)


def study_images(data: SiteData) -> dict[str, set[Path]]:
    """Every study in the site's data (`SiteData.study_of`), whatever a stage would use, with
    the images of it that the data sets ask about."""
    images = (
        {s.image for s in data.vqa}
        | {c.image for c in data.captions}
        | {c.images[0] for c in data.conversations if c.images}
    )
    out: dict[str, set[Path]] = {}
    for image in images:
        out.setdefault(data.study_of(image), set()).add(image)
    return out


def site_studies(data: SiteData) -> set[str]:
    """Every study in the site's data (`study_images`), whatever a stage would use."""
    return set(study_images(data))


def study_units(data: SiteData, stage: Stage, reports_dir: Path | None = None) -> list[Example]:
    """One sample per study holding all its text of the stage's kinds (see the module doc). A
    study with none of the stage's kinds yields no unit.

    A study with several images (`SiteData.study_of`: a PA and a lateral view) is still ONE
    unit: a sample has one image, so the unit holds one view per image (its first image's in
    the unit itself, the others' in `Example.views`), each with that image's turns and the
    study's report; a trainer takes one view each time it draws the unit (`shuffled_turns`)."""
    if stage.images_per_sample > 1:
        raise ValueError(
            f"stage {stage.name!r}: images_per_sample {stage.images_per_sample}: a sample is one "
            "study (one image)"
        )
    kinds = sorted(stage.data_kinds, key=lambda k: (-stage.data_mix[k], k))
    # per study, image (None: the study's text without an image) and kind, blocks of turns: one
    # turn each, except a dialogue's turns (one block)
    turns: dict[str, dict[Path | None, dict[str, list[list[tuple[str, str]]]]]] = {}
    stems: dict[str, set[str]] = {}

    def add(
        image: Path | None,
        study: str,
        kind: str,
        question: str,
        answer: str,
        *,
        new: bool = True,
        stem: str = "",
    ) -> None:
        stems.setdefault(study, set()).add(image.stem if image is not None else stem)
        blocks = turns.setdefault(study, {}).setdefault(image, {}).setdefault(kind, [])
        if new or not blocks:
            blocks.append([])
        blocks[-1].append((question, answer))

    if "caption" in kinds:
        for c in data.captions:
            add(c.image, data.study_of(c.image), "caption", CAPTION_PROMPT, c.caption)
    if "vqa" in kinds:
        for s in sorted(data.vqa, key=lambda s: (s.image.stem, s.source, str(s.qid))):
            add(s.image, data.study_of(s.image), "vqa", s.question, s.answer)
    if "conversation" in kinds:
        for conv in data.conversations:
            if conv.images:
                image = conv.images[0]
                for i, (human, gpt) in enumerate(conv.turns):
                    add(image, data.study_of(image), "conversation", human, gpt, new=i == 0)
    if "text" in kinds:
        # a report is named as its study's image is (`_text_examples`: a training caption's)
        image_of = {c.image.stem: c.image for c in data.captions}
        for ex in _text_examples(data, reports_dir):
            study = data.study_of(image_of[ex.unit]) if ex.unit in image_of else ex.unit
            add(None, study, "text", ex.question, ex.answer, stem=ex.unit)
    units = []
    for study in sorted(turns):
        by_image = turns[study]
        text = by_image.get(None, {})
        images = sorted((i for i in by_image if i is not None), key=lambda p: (p.name, str(p)))
        views = [
            _view(
                study,
                image,
                [b for k in kinds for b in by_image[image].get(k, []) + text.get(k, [])],
            )  # fmt: skip
            for image in images
        ] or [_view(study, None, [b for k in kinds for b in text.get(k, [])])]
        units.append(dataclasses.replace(views[0], views=tuple(views[1:])))
    # in the order of the study's first file stem (its images' and report's), which depends on
    # the study alone
    return sorted(units, key=lambda u: (min(stems[u.unit]), u.unit))


def _view(study: str, image: Path | None, blocks: list[list[tuple[str, str]]]) -> Example:
    (question, answer), *rest = [t for b in blocks for t in b]
    return Example(
        images=(image,) if image is not None else (),
        question=question,
        answer=answer,
        kind="study",
        followups=tuple(rest),
        unit=study,
        blocks=tuple(len(b) for b in blocks) if any(len(b) > 1 for b in blocks) else (),
    )
