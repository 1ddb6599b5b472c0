"""Language derived from the findings: VQA pairs, captions and multi-turn conversations.

VQA-RAD and SLAKE ask the same things in partly different words, as the two public datasets do,
so that a model trained on both sees paraphrases of one underlying question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from simulation.synth.findings import COUNT_WORDS, Findings, Modality, Side

QuestionKind = Literal["presence", "side_closed", "size", "side_open", "count", "modality", "where"]
Style = Literal["vqa_rad", "slake"]


@dataclass(frozen=True)
class QA:
    kind: QuestionKind
    question: str
    answer: str

    @property
    def closed(self) -> bool:
        return self.kind in ("presence", "side_closed", "size")

    @property
    def vqa_rad_type(self) -> str:
        return _VQA_RAD_TYPES[self.kind]

    @property
    def slake_content(self) -> str:
        return _SLAKE_CONTENT[self.kind]


_VQA_RAD_TYPES: dict[QuestionKind, str] = {
    "presence": "PRES",
    "side_closed": "POS",
    "size": "SIZE",
    "side_open": "POS",
    "count": "COUNT",
    "modality": "MODALITY",
    "where": "POS",
}
_SLAKE_CONTENT: dict[QuestionKind, str] = {
    "presence": "Abnormality",
    "side_closed": "Position",
    "size": "Size",
    "side_open": "Position",
    "count": "Quantity",
    "modality": "Modality",
    "where": "Position",
}

# Per kind: (VQA-RAD phrasings, SLAKE phrasings). "{side}" is filled with left or right.
PHRASINGS: dict[QuestionKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "presence": (
        ("Is there a lesion?", "Is there a lesion in this image?", "Are there any lesions?"),
        ("Is there a lesion?", "Does the picture contain a lesion?", "Is there any lesion?"),
    ),
    "side_closed": (
        ("Is the lesion on the {side} side?", "Is the lesion located on the {side}?"),
        ("Is the lesion on the {side} side?", "Is the lesion on the {side} side of the image?"),
    ),
    "size": (
        ("Is the lesion large?", "Is the lesion big?"),
        ("Is the lesion large?", "Is the size of the lesion large?"),
    ),
    "side_open": (
        ("Which side is the lesion on?", "On which side is the lesion?"),
        ("Which side is the lesion on?", "Which side of the image is the lesion on?"),
    ),
    "count": (
        ("How many lesions are there?", "How many lesions are seen?"),
        ("How many lesions are there?", "How many lesions are in the image?"),
    ),
    "modality": (
        ("What imaging modality is this?", "What type of imaging is this?"),
        ("What imaging modality is this?", "What modality is used to take this image?"),
    ),
    "where": (
        ("Where is the abnormality?", "Where is the lesion located?"),
        ("Where is the abnormality?", "Where is the abnormality located?"),
    ),
}

KIND_ORDER: tuple[QuestionKind, ...] = (
    "presence",
    "modality",
    "count",
    "side_closed",
    "side_open",
    "where",
    "size",
)

MODALITY_PHRASES: dict[Modality, str] = {
    "xray": "chest x-ray",
    "ct": "axial CT of the abdomen",
    "mri": "axial T1-weighted MRI of the brain",
    "pathology": "H&E-stained breast pathology section",
}


def _pick(rng: np.random.Generator, options: tuple[str, ...]) -> str:
    return options[int(rng.integers(len(options)))]


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def ask(findings: Findings, rng: np.random.Generator, style: Style) -> list[QA]:
    """Every question that has a well-defined answer for these findings, in KIND_ORDER."""
    column = 0 if style == "vqa_rad" else 1
    # Asking about a random side keeps "yes" from meaning "left".
    asked: Side = "left" if rng.random() < 0.5 else "right"
    answers: dict[QuestionKind, str] = {
        "presence": _yes_no(findings.present),
        "modality": findings.spec.answer,
        "count": COUNT_WORDS[findings.count],
    }
    if findings.present:
        answers["side_closed"] = _yes_no(findings.side == asked)
        answers["side_open"] = str(findings.side)
        answers["where"] = str(findings.location)
        answers["size"] = _yes_no(bool(findings.large))
    out = []
    for kind in KIND_ORDER:
        if kind in answers:
            question = _pick(rng, PHRASINGS[kind][column]).format(side=asked)
            out.append(QA(kind, question, answers[kind]))
    return out


def caption(findings: Findings, rng: np.random.Generator) -> str:
    what = MODALITY_PHRASES[findings.modality]
    if not findings.present:
        return _pick(rng, (f"{what} with no focal lesion.", f"Normal {what}; no lesion seen."))
    noun = "lesion" if findings.count == 1 else "lesions"
    size = "large" if findings.large else "small"
    detail = f"{COUNT_WORDS[findings.count]} {size} {noun} in the {findings.location}"
    return _pick(rng, (f"{what} showing {detail}.", f"{what}: {detail}.")).capitalize()


def sentence(qa: QA, findings: Findings) -> str:
    """The answer as a full sentence, the way conversational data phrases it."""
    plural = findings.count > 1
    subject = "the lesions are" if plural else "the lesion is"
    if qa.kind == "presence":
        return (
            f"Yes, there {'are' if plural else 'is'} {COUNT_WORDS[findings.count]} "
            f"{'lesions' if plural else 'lesion'}."
            if findings.present
            else "No, there is no lesion in this image."
        )
    if qa.kind == "side_closed":
        return f"{qa.answer.capitalize()}, {subject} on the {findings.side} side."
    if qa.kind == "size":
        return f"{qa.answer.capitalize()}, {subject} {'large' if findings.large else 'small'}."
    if qa.kind == "side_open":
        return f"{subject.capitalize()} on the {findings.side} side of the image."
    if qa.kind == "count":
        if not findings.present:
            return "There are no lesions."
        return f"There {'are' if plural else 'is'} {qa.answer} {'lesions' if plural else 'lesion'}."
    if qa.kind == "modality":
        return f"This is a {MODALITY_PHRASES[findings.modality]}."
    return f"The abnormality is in the {findings.location}."


_OPENERS = (
    "Describe the findings in this image.",
    "What do you see in this image?",
    "Please summarise this study.",
)


def conversation(
    findings: Findings, qas: list[QA], report_findings: str, rng: np.random.Generator
) -> list[tuple[str, str]]:
    """(human, gpt) turns; the first human turn is where the image goes."""
    opening = f"This is a {MODALITY_PHRASES[findings.modality]}. {report_findings}"
    turns = [(_pick(rng, _OPENERS), opening)]
    n_follow = min(len(qas), int(rng.integers(2, 4)))
    for i in sorted(rng.choice(len(qas), size=n_follow, replace=False)):
        turns.append((qas[int(i)].question, sentence(qas[int(i)], findings)))
    return turns
