"""Scoring: normalisation, every metric on hand-computed cases, the option parser, the report."""

from __future__ import annotations

import math

import pytest

from evaluation.items import EvalItem
from evaluation.multiple_choice import parse_choice
from evaluation.normalize import answer_tokens, normalize_answer
from evaluation.scoring import score_item, score_items, unknown_qids
from evaluation.text_metrics import (
    bleu1,
    closed_correct,
    exact_match,
    lcs_length,
    open_scores,
    rouge_l,
    token_f1,
    token_precision,
    token_recall,
    yes_no_correct,
)

# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The X-ray shows TWO nodules.", "x ray shows 2 nodules"),
        ("An MRI, a CT", "mri ct"),
        ("  Yes!!  ", "yes"),
        ("2.5 cm", "2.5 cm"),
        ("end. 5", "end 5"),
        ("Left/Right", "left right"),
        ("ten", "10"),
        ("zero", "0"),
        ("eleven", "eleven"),  # only zero..ten are mapped
        ("none", "none"),  # the VQA script's none -> 0 is deliberately not applied
        ("tenth", "tenth"),
        ("Theory", "theory"),  # articles are whole words only
        ("", ""),
        ("the", ""),
    ],
)
def test_normalize_answer(text: str, expected: str) -> None:
    assert normalize_answer(text) == expected
    assert answer_tokens(text) == expected.split()


# ---------------------------------------------------------------- closed answers


@pytest.mark.parametrize(
    ("gold", "prediction", "correct"),
    [
        ("yes", "Yes.", True),
        ("Yes", "yes, yes", True),  # one of the two words, repeated
        ("no", "No, there is none.", True),
        ("yes", "yes and no", False),
        ("yes", "", False),
        ("yes", "maybe", False),
        ("no", "yes", False),
        ("no", "nothing", False),  # "no" must be a word
        ("yes", "Yes, there is no effusion", False),  # says both words
    ],
)
def test_yes_no(gold: str, prediction: str, correct: bool) -> None:
    assert yes_no_correct(gold, prediction) is correct
    assert closed_correct(gold, prediction) is correct


@pytest.mark.parametrize(
    ("gold", "prediction", "correct"),
    [
        ("left", "Left.", True),
        ("left", "left side", False),
        ("2", "two", True),
        ("x-ray", "X ray", True),
        ("ct", "CT scan", False),
        ("the liver", "liver", True),
    ],
)
def test_other_closed_answers_are_exact_match(gold: str, prediction: str, correct: bool) -> None:
    assert closed_correct(gold, prediction) is correct
    assert exact_match(gold, prediction) is correct


# ---------------------------------------------------------------- open answers

GOLD = "right lower lobe"  # [right, lower, lobe]
PRED = "The lower lobe of the right lung"  # [lower, lobe, of, right, lung]


def test_open_metrics_hand_computed() -> None:
    g, p = answer_tokens(GOLD), answer_tokens(PRED)
    assert p == ["lower", "lobe", "of", "right", "lung"]
    # overlap {right, lower, lobe} = 3 words
    assert token_recall(g, p) == 3 / 3
    assert token_precision(g, p) == 3 / 5
    assert token_f1(g, p) == pytest.approx(2 * 1.0 * 0.6 / 1.6)  # 0.75
    # c = 5 > r = 3: no brevity penalty, BLEU-1 = unigram precision
    assert bleu1(g, p) == pytest.approx(3 / 5)
    # LCS = [lower, lobe]: R = 2/3, P = 2/5
    r, prec = 2 / 3, 2 / 5
    assert rouge_l(g, p) == pytest.approx((1 + 1.44) * r * prec / (r + 1.44 * prec))  # 0.5236
    assert rouge_l(g, p, beta=1.0) == pytest.approx(0.5)  # plain LCS F1
    scores = open_scores(GOLD, PRED)
    assert scores.as_dict() == pytest.approx(
        {
            "recall": 1.0,
            "precision": 0.6,
            "f1": 0.75,
            "exact_match": 0.0,
            "bleu1": 0.6,
            "rouge_l": 0.523605,
        },
        abs=1e-6,
    )


def test_bleu1_brevity_penalty_and_clipping() -> None:
    gold = answer_tokens("small nodule in the left upper lobe")  # 6 words
    assert bleu1(gold, ["left", "nodule"]) == pytest.approx(math.exp(1 - 6 / 2))  # p1 = 1
    assert bleu1(gold, gold) == 1.0
    # clipped: "no" counts once against a one-word gold
    assert bleu1(["no"], ["no", "no", "no"]) == pytest.approx(1 / 3)
    assert token_precision(["no"], ["no", "no", "no"]) == pytest.approx(1 / 3)
    assert token_recall(["left", "left"], ["left"]) == 0.5  # multiset overlap


def test_empty_answers_follow_the_squad_convention() -> None:
    for metric in (token_recall, token_precision, token_f1, bleu1, rouge_l):
        assert metric(["yes"], []) == 0.0
        assert metric([], ["yes"]) == 0.0
        assert metric([], []) == 1.0
    assert open_scores("pneumothorax", "").as_dict() == dict.fromkeys(
        ("recall", "precision", "f1", "exact_match", "bleu1", "rouge_l"), 0.0
    )


def test_lcs_and_rouge_identity() -> None:
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4  # the textbook example
    assert lcs_length([], ["a"]) == 0
    assert rouge_l(["a", "b"], ["a", "b"]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="beta"):
        rouge_l(["a"], ["a"], beta=0)


# ---------------------------------------------------------------- multiple choice

DRUGS = ("aspirin", "ibuprofen", "aspirin and clopidogrel", "E. coli", "warfarin")


@pytest.mark.parametrize(
    ("prediction", "expected"),
    [
        ("B", 1),
        ("(B)", 1),
        ("B.", 1),
        ("b", 1),
        ("Answer: B", 1),
        ("answer is: b", 1),
        ("The answer is B) aspirin", 1),  # the label wins over the text after it
        ("The answer is (C).", 2),
        ("Option D", 3),
        ("B: ibuprofen", 1),
        ("ibuprofen", 1),
        ("Ibuprofen.", 1),
        ("I would give ibuprofen", 1),
        ("Answer: warfarin", 4),
        ("aspirin and clopidogrel", 2),  # "aspirin" is part of the longer matched option
        ("E. coli", 3),  # option text before the label reading "E."
        ("E", 4),  # the label E: the fifth option
        ("A or B", None),
        ("A, C", None),
        ("A. aspirin or B. ibuprofen", None),
        ("aspirin or ibuprofen", None),
        ("F", None),  # not one of the labels
        ("", None),
        ("   ", None),
        ("I am not sure", None),
    ],
)
def test_parse_choice(prediction: str, expected: int | None) -> None:
    assert parse_choice(prediction, DRUGS) == expected


@pytest.mark.parametrize(
    ("prediction", "expected"),
    [("yes", 0), ("No.", 1), ("Maybe", 2), ("yes and no", None), ("A", 0), ("probably", None)],
)
def test_parse_choice_pubmedqa(prediction: str, expected: int | None) -> None:
    assert parse_choice(prediction, ("yes", "no", "maybe")) == expected


# ---------------------------------------------------------------- the report


def _items() -> list[EvalItem]:
    drugs = ("aspirin", "ibuprofen", "warfarin")
    return [
        EvalItem("c1", "Is there a lesion?", "yes", "closed", modality="ct", question_type="pres"),
        EvalItem("c2", "Is there an effusion?", "no", "closed", modality="ct"),
        EvalItem("c3", "Which side?", "left", "closed", modality="x-ray"),
        EvalItem("c4", "Is it normal?", "yes", "closed", modality="x-ray"),
        EvalItem("o1", "Where is the lesion?", GOLD, "open", modality="ct"),
        EvalItem("o2", "What is the finding?", "pneumothorax", "open"),
        EvalItem("m1", "Which is an NSAID?", "B", "choice", options=drugs),
        EvalItem("m2", "Which is antiplatelet?", "A", "choice", options=drugs),
    ]


PREDICTIONS = {
    "c1": "Yes",
    "c2": "yes and no",  # wrong: says both
    "c3": "Left.",
    # c4 and o2: no prediction, counted as misses
    "o1": PRED,
    "m1": "The answer is B) ibuprofen",
    "m2": "A or B",  # ambiguous: a miss
    "zzz": "an answer to a question the data does not have",
}


def test_score_items_hand_computed() -> None:
    report = score_items(_items(), PREDICTIONS)
    overall = report.overall
    assert (overall.n, overall.answered, report.missing) == (8, 6, 2)
    assert (overall.closed.n, overall.closed.correct, overall.closed.accuracy) == (4, 2, 0.5)
    assert (overall.choice.n, overall.choice.correct, overall.choice.accuracy) == (2, 1, 0.5)
    assert overall.open.n == 2
    assert overall.open.means == pytest.approx(
        {
            "recall": (1.0 + 0) / 2,
            "precision": (0.6 + 0) / 2,
            "f1": (0.75 + 0) / 2,
            "exact_match": 0.0,
            "bleu1": (0.6 + 0) / 2,
            "rouge_l": 0.523605 / 2,
        },
        abs=1e-6,
    )
    assert list(report.by_modality) == ["ct", "unknown", "x-ray"]
    ct, unknown, xray = (report.by_modality[k] for k in ("ct", "unknown", "x-ray"))
    assert (ct.n, ct.closed.n, ct.closed.accuracy, ct.open.n, ct.open.get("recall")) == (
        3,
        2,
        0.5,
        1,
        1.0,
    )
    assert (xray.n, xray.closed.n, xray.closed.correct, xray.open.n) == (2, 2, 1, 0)
    assert xray.open.get("recall") is None  # no open item there: not 0
    assert (unknown.n, unknown.closed.n, unknown.closed.accuracy) == (3, 0, None)
    assert (unknown.choice.n, unknown.choice.accuracy, unknown.open.get("f1")) == (2, 0.5, 0.0)
    assert list(report.by_answer_type) == ["closed", "open", "choice"]
    assert [g.n for g in report.by_answer_type.values()] == [4, 2, 2]
    assert {k: g.n for k, g in report.by_question_type.items()} == {"pres": 1, "unknown": 7}
    assert unknown_qids(_items(), PREDICTIONS) == ["zzz"]


def test_a_wrong_closed_answer_lowers_accuracy() -> None:
    right = score_items(_items(), {**PREDICTIONS, "c2": "No", "c4": "yes"})
    assert right.overall.closed.accuracy == 4 / 4
    wrong = score_items(_items(), {**PREDICTIONS, "c2": "No", "c4": "no"})
    assert wrong.overall.closed.accuracy == 3 / 4


def test_missing_predictions_stay_in_the_denominator() -> None:
    report = score_items(_items(), {})
    assert (report.overall.n, report.overall.answered, report.missing) == (8, 0, 8)
    assert (report.overall.closed.n, report.overall.closed.accuracy) == (4, 0.0)
    assert (report.overall.choice.n, report.overall.choice.accuracy) == (2, 0.0)
    assert report.overall.open.n == 2
    assert set(report.overall.open.means.values()) == {0.0}


def test_item_scores() -> None:
    items = {i.qid: i for i in _items()}
    m1 = score_item(items["m1"], "ibuprofen").as_dict()
    assert (m1["correct"], m1["parsed"], m1["gold"]) == (True, "B", "B) ibuprofen")
    m2 = score_item(items["m2"], "A or B").as_dict()
    assert (m2["correct"], m2["parsed"]) == (False, None)
    o2 = score_item(items["o2"], None).as_dict()
    assert o2["prediction"] is None and o2["correct"] is False
    assert set(o2["metrics"].values()) == {0.0}
    exact = score_item(items["o1"], "Right lower lobe.")
    assert exact.correct and exact.open is not None and exact.open.rouge_l == pytest.approx(1.0)
    assert "metrics" not in score_item(items["c1"], "yes").as_dict()


def test_report_as_dict_has_n_in_every_cell() -> None:
    report = score_items(_items(), PREDICTIONS).as_dict()
    cells = [report["overall"]]
    for table in ("by_modality", "by_answer_type", "by_question_type"):
        cells.extend(report[table].values())
    for cell in cells:
        assert isinstance(cell["n"], int)
        for kind in ("closed", "open", "choice"):
            assert isinstance(cell[kind]["n"], int)


def test_duplicate_item_qids_are_rejected() -> None:
    item = EvalItem("q", "Is there a lesion?", "yes", "closed")
    with pytest.raises(ValueError, match="duplicate qid 'q'"):
        score_items([item, item], {})


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"answer_type": "free"}, "answer_type"),
        ({"answer_type": "choice", "options": ("yes",)}, "at least 2 options"),
        ({"answer_type": "choice", "options": ("yes", "no"), "answer": "C"}, "option label"),
        ({"answer_type": "closed", "options": ("yes", "no")}, "only for choice"),
        ({"qid": ""}, "qid"),
    ],
)
def test_eval_item_validation(kwargs: dict[str, object], match: str) -> None:
    fields: dict[str, object] = {
        "qid": "q",
        "question": "?",
        "answer": "A",
        "answer_type": "closed",
    }
    with pytest.raises(ValueError, match=match):
        EvalItem(**{**fields, **kwargs})  # type: ignore[arg-type]
