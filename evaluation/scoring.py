"""Scoring a set of predictions against benchmark items: per item, then aggregated.

Every item counts in its denominators. A missing prediction is scored as wrong (closed and
choice) or as zero on every open metric, never dropped; an unparsable choice answer is a miss.

- closed items: `closed_correct` (yes/no rule or exact match); accuracy = correct / n.
- open items: the `OpenScores` metrics, averaged over the open items; an open item's `correct`
  is its exact match.
- choice items: `parse_choice` must give the gold option; accuracy = correct / n.

The report gives these for all items and per modality, answer type and (when any item has one)
question type; items without a modality or question type fall in the "unknown" cell. A cell
with no item of a kind reports n = 0 and None for that kind's metrics, not 0.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from evaluation.items import ANSWER_TYPES, OPTION_LABELS, EvalAnswerType, EvalItem
from evaluation.multiple_choice import parse_choice
from evaluation.text_metrics import OPEN_METRICS, ZERO_OPEN, OpenScores, closed_correct, open_scores

UNKNOWN = "unknown"


@dataclass(frozen=True)
class ItemScore:
    item: EvalItem
    prediction: str | None  # None: no prediction was given for this qid
    correct: bool
    open: OpenScores | None = None  # open items only
    parsed: str | None = None  # choice items: the label the answer picked, None if none

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "qid": self.item.qid,
            "answer_type": self.item.answer_type,
            "modality": self.item.modality,
            "question_type": self.item.question_type,
            "gold": self.item.gold_text,
            "prediction": self.prediction,
            "correct": self.correct,
        }
        if self.open is not None:
            out["metrics"] = self.open.as_dict()
        if self.item.answer_type == "choice":
            out["parsed"] = self.parsed
        return out


def score_item(item: EvalItem, prediction: str | None) -> ItemScore:
    if item.answer_type == "closed":
        ok = prediction is not None and closed_correct(item.answer, prediction)
        return ItemScore(item, prediction, ok)
    if item.answer_type == "open":
        scores = ZERO_OPEN if prediction is None else open_scores(item.answer, prediction)
        return ItemScore(item, prediction, scores.exact_match == 1.0, open=scores)
    if item.options is None:  # EvalItem guarantees options on choice items
        raise ValueError(f"choice item {item.qid} has no options")
    index = None if prediction is None else parse_choice(prediction, item.options)
    parsed = None if index is None else OPTION_LABELS[index]
    return ItemScore(item, prediction, index == item.gold_index, parsed=parsed)


@dataclass(frozen=True)
class Accuracy:
    n: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "correct": self.correct, "accuracy": self.accuracy}


@dataclass(frozen=True)
class OpenMeans:
    n: int
    means: dict[str, float] = field(default_factory=dict)  # empty when n == 0

    def get(self, metric: str) -> float | None:
        return self.means.get(metric)

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, **{m: self.means.get(m) for m in OPEN_METRICS}}


@dataclass(frozen=True)
class GroupScores:
    n: int
    answered: int  # items with a prediction
    closed: Accuracy
    open: OpenMeans
    choice: Accuracy

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "answered": self.answered,
            "closed": self.closed.as_dict(),
            "open": self.open.as_dict(),
            "choice": self.choice.as_dict(),
        }


def aggregate(scores: Sequence[ItemScore]) -> GroupScores:
    def accuracy(kind: EvalAnswerType) -> Accuracy:
        of_kind = [s for s in scores if s.item.answer_type == kind]
        return Accuracy(n=len(of_kind), correct=sum(s.correct for s in of_kind))

    opened = [s.open for s in scores if s.open is not None]
    means = (
        {m: sum(getattr(o, m) for o in opened) / len(opened) for m in OPEN_METRICS}
        if opened
        else {}
    )
    return GroupScores(
        n=len(scores),
        answered=sum(s.prediction is not None for s in scores),
        closed=accuracy("closed"),
        open=OpenMeans(n=len(opened), means=means),
        choice=accuracy("choice"),
    )


def _breakdown(
    scores: Sequence[ItemScore], key: Callable[[EvalItem], str | None]
) -> dict[str, GroupScores]:
    groups: dict[str, list[ItemScore]] = {}
    for s in scores:
        groups.setdefault(key(s.item) or UNKNOWN, []).append(s)
    return {name: aggregate(groups[name]) for name in sorted(groups)}


@dataclass(frozen=True)
class EvalReport:
    overall: GroupScores
    by_modality: dict[str, GroupScores]
    by_answer_type: dict[str, GroupScores]
    by_question_type: dict[str, GroupScores]  # empty when no item has a question type
    items: tuple[ItemScore, ...]

    @property
    def missing(self) -> int:
        return self.overall.n - self.overall.answered

    def as_dict(self) -> dict[str, Any]:
        """Aggregates only (per-item scores are `items`), JSON-ready."""

        def table(groups: Mapping[str, GroupScores]) -> dict[str, Any]:
            return {name: g.as_dict() for name, g in groups.items()}

        return {
            "n": self.overall.n,
            "missing": self.missing,
            "overall": self.overall.as_dict(),
            "by_modality": table(self.by_modality),
            "by_answer_type": table(self.by_answer_type),
            "by_question_type": table(self.by_question_type),
        }


def score_items(items: Sequence[EvalItem], predictions: Mapping[str, str]) -> EvalReport:
    """Score every item; a qid absent from `predictions` is a miss. Qids must be unique."""
    seen: set[str] = set()
    for item in items:
        if item.qid in seen:
            raise ValueError(f"duplicate qid {item.qid!r} among the items")
        seen.add(item.qid)
    scores = [score_item(item, predictions.get(item.qid)) for item in items]
    by_type = _breakdown(scores, lambda i: i.answer_type)
    has_question_type = any(i.question_type is not None for i in items)
    return EvalReport(
        overall=aggregate(scores),
        by_modality=_breakdown(scores, lambda i: i.modality),
        by_answer_type={t: by_type[t] for t in ANSWER_TYPES if t in by_type},
        by_question_type=_breakdown(scores, lambda i: i.question_type) if has_question_type else {},
        items=tuple(scores),
    )


def unknown_qids(items: Sequence[EvalItem], predictions: Mapping[str, str]) -> list[str]:
    """Predicted qids that no item has (reported as warnings: likely a mismatched data file)."""
    known = {item.qid for item in items}
    return [qid for qid in predictions if qid not in known]
