"""Evaluation: scoring medical VQA and text QA, loaders for public benchmark layouts.

Public API, re-exported from the modules that own each concept. Generation
(`evaluation.generate.predict`) needs torch and a model, so it is imported from its module.
"""

from evaluation.items import EvalAnswerType, EvalDataError, EvalItem, option_labels
from evaluation.loaders import detect_layout, load_eval_data
from evaluation.multiple_choice import parse_choice
from evaluation.normalize import answer_tokens, normalize_answer
from evaluation.predictions import read_predictions, write_predictions
from evaluation.scoring import (
    Accuracy,
    EvalReport,
    GroupScores,
    ItemScore,
    OpenMeans,
    score_item,
    score_items,
    unknown_qids,
)
from evaluation.text_metrics import (
    OpenScores,
    bleu1,
    closed_correct,
    exact_match,
    open_scores,
    rouge_l,
    token_f1,
    token_precision,
    token_recall,
    yes_no_correct,
)

__all__ = [
    "Accuracy",
    "EvalAnswerType",
    "EvalDataError",
    "EvalItem",
    "EvalReport",
    "GroupScores",
    "ItemScore",
    "OpenMeans",
    "OpenScores",
    "answer_tokens",
    "bleu1",
    "closed_correct",
    "detect_layout",
    "exact_match",
    "load_eval_data",
    "normalize_answer",
    "open_scores",
    "option_labels",
    "parse_choice",
    "read_predictions",
    "rouge_l",
    "score_item",
    "score_items",
    "token_f1",
    "token_precision",
    "token_recall",
    "unknown_qids",
    "write_predictions",
    "yes_no_correct",
]
