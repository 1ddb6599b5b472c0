"""Per-answer metrics, pure functions of a gold and a predicted answer.

Every metric works on `answer_tokens` (normalised words). Token overlap is a multiset
intersection: a gold word that appears twice must appear twice in the prediction to count twice.

- closed yes/no (`yes_no_correct`): the prediction must contain exactly one of the words "yes"
  and "no" (either may repeat), and it must be the gold one. "yes and no", "" and "maybe" are
  wrong.
- other closed answers and `exact_match`: normalised strings equal.
- `token_recall`: overlap / len(gold), the LLaVA-Med open-question "recall" (fraction of gold
  words present in the prediction); `token_precision`: overlap / len(prediction); `token_f1`
  their harmonic mean.
- `bleu1`: BP * clipped unigram precision, BP = 1 if c > r else exp(1 - r / c), c and r the
  prediction and gold lengths (Papineni et al. 2002, one reference, weights (1, 0, 0, 0)).
- `rouge_l`: LCS-based F-measure of Lin (2004), R = LCS / len(gold), P = LCS / len(prediction),
  F = (1 + beta^2) R P / (R + beta^2 P) with beta = 1.2 by default, as the COCO caption
  evaluation (pycocoevalcap `Rouge`) sets it; pass beta=1.0 for the F1 that Google's
  `rouge_score` reports.

When the gold or the prediction has no words after normalisation, every overlap metric is 1.0 if
both are empty and 0.0 otherwise (the SQuAD convention).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from evaluation.normalize import answer_tokens, normalize_answer

YES_NO = frozenset({"yes", "no"})
ROUGE_L_BETA = 1.2


def is_yes_no(gold: str) -> bool:
    return normalize_answer(gold) in YES_NO


def yes_no_correct(gold: str, prediction: str) -> bool:
    said = YES_NO.intersection(answer_tokens(prediction))
    return len(said) == 1 and said == {normalize_answer(gold)}


def exact_match(gold: str, prediction: str) -> bool:
    return normalize_answer(gold) == normalize_answer(prediction)


def closed_correct(gold: str, prediction: str) -> bool:
    """Yes/no questions by the yes/no rule, every other closed answer by exact match."""
    if is_yes_no(gold):
        return yes_no_correct(gold, prediction)
    return exact_match(gold, prediction)


def _overlap(gold: Sequence[str], pred: Sequence[str]) -> int:
    return sum((Counter(gold) & Counter(pred)).values())


def _empty_score(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """The score when either side has no words, None when both have some."""
    if gold and pred:
        return None
    return float(not gold and not pred)


def token_recall(gold: Sequence[str], pred: Sequence[str]) -> float:
    empty = _empty_score(gold, pred)
    return empty if empty is not None else _overlap(gold, pred) / len(gold)


def token_precision(gold: Sequence[str], pred: Sequence[str]) -> float:
    empty = _empty_score(gold, pred)
    return empty if empty is not None else _overlap(gold, pred) / len(pred)


def token_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    recall, precision = token_recall(gold, pred), token_precision(gold, pred)
    if recall + precision == 0:
        return 0.0
    return 2 * recall * precision / (recall + precision)


def bleu1(gold: Sequence[str], pred: Sequence[str]) -> float:
    empty = _empty_score(gold, pred)
    if empty is not None:
        return empty
    c, r = len(pred), len(gold)
    brevity = 1.0 if c > r else math.exp(1 - r / c)
    return brevity * _overlap(gold, pred) / c


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Longest common subsequence length, O(len(a) * len(b)) time, O(len(b)) memory."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev_diag = 0
        for j, y in enumerate(b, start=1):
            prev_diag, row[j] = row[j], prev_diag + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def rouge_l(gold: Sequence[str], pred: Sequence[str], beta: float = ROUGE_L_BETA) -> float:
    if beta <= 0:
        raise ValueError(f"beta must be > 0, got {beta}")
    empty = _empty_score(gold, pred)
    if empty is not None:
        return empty
    lcs = lcs_length(gold, pred)
    if lcs == 0:
        return 0.0
    recall, precision = lcs / len(gold), lcs / len(pred)
    return (1 + beta**2) * recall * precision / (recall + beta**2 * precision)


@dataclass(frozen=True)
class OpenScores:
    """Every open-answer metric for one (gold, prediction) pair, each in [0, 1]."""

    recall: float
    precision: float
    f1: float
    exact_match: float
    bleu1: float
    rouge_l: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


OPEN_METRICS: tuple[str, ...] = ("recall", "precision", "f1", "exact_match", "bleu1", "rouge_l")
ZERO_OPEN = OpenScores(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def open_scores(gold: str, prediction: str) -> OpenScores:
    g, p = answer_tokens(gold), answer_tokens(prediction)
    return OpenScores(
        recall=token_recall(g, p),
        precision=token_precision(g, p),
        f1=token_f1(g, p),
        exact_match=float(g == p),
        bleu1=bleu1(g, p),
        rouge_l=rouge_l(g, p),
    )
