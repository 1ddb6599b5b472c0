"""Benchmark loaders: round trips for every layout on generated files, and the error cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.items import EvalDataError, EvalItem
from evaluation.loaders import detect_layout, load_eval_data
from evaluation.predictions import read_predictions, write_predictions
from meddata import DatasetError, load_llava_med, load_slake, load_vqa_rad
from simulation.synth import synthesize


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("eval-synth")
    summary = synthesize(out, sites=1, seed=2, studies_per_site=6)
    return out / summary.sites[0]


def _json(path: Path, obj: Any) -> Path:
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def _jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# ---------------------------------------------------------------- image VQA layouts


def test_vqa_rad_round_trip(site: Path) -> None:
    path = site / "vqa" / "vqa_rad_test.json"
    items = load_eval_data(path)  # images found in ../images, the site layout
    raw = json.loads(path.read_text())
    samples = load_vqa_rad(path, site / "images")
    assert detect_layout(path) == "vqa-rad"
    assert len(items) == len(raw) == len(samples)
    for item, record, sample in zip(items, raw, samples, strict=True):
        assert item.qid == str(record["qid"])
        assert (item.question, item.answer) == (record["question"], record["answer"])
        assert item.answer_type == record["answer_type"].lower()
        assert item.image == sample.image and item.image.is_file()
        assert item.question_type == record["question_type"].lower()
        assert item.modality is None and item.options is None
    assert {i.answer_type for i in items} == {"closed", "open"}


def test_slake_round_trip_keeps_english_only(site: Path, tmp_path: Path) -> None:
    raw = json.loads((site / "slake" / "test.json").read_text())
    chinese = {**raw[0], "qid": 9999, "q_lang": "zh", "question": "有病变吗?"}
    path = _json(tmp_path / "slake.json", [*raw, chinese])
    items = load_eval_data(path, image_dir=site / "images")
    assert detect_layout(path) == "slake"
    assert [i.qid for i in items] == [str(r["qid"]) for r in raw]
    for item, record, sample in zip(items, raw, load_slake(path, site / "images"), strict=True):
        assert item.modality == sample.modality == record["modality"].lower()
        assert item.question_type == record["content_type"].lower()
        assert (item.question, item.answer, item.image) == (
            sample.question,
            sample.answer,
            sample.image,
        )


def test_llava_med_first_turn_pair(site: Path) -> None:
    path = site / "conversations" / "llava_med_test.json"
    items = load_eval_data(path)
    conversations = load_llava_med(path, site / "images")
    assert detect_layout(path) == "llava-med"
    assert [i.qid for i in items] == [c.id for c in conversations]
    for item, conv in zip(items, conversations, strict=True):
        assert (item.question, item.answer) == conv.turns[0]
        assert "<image>" not in item.question
        assert item.answer_type == "open" and item.image == conv.images[0]


def test_image_errors_are_wrapped_and_name_the_field(site: Path, tmp_path: Path) -> None:
    raw = json.loads((site / "vqa" / "vqa_rad_test.json").read_text())
    raw[1]["image_name"] = "missing.png"
    path = _json(tmp_path / "rad.json", raw)
    with pytest.raises(EvalDataError) as err:
        load_eval_data(path, image_dir=site / "images")
    message = str(err.value)
    assert str(path) in message and "record 1" in message and "'image_name'" in message
    assert isinstance(err.value, DatasetError) and isinstance(err.value, ValueError)


def test_llava_med_empty_question(tmp_path: Path) -> None:
    turns = [{"from": "human", "value": "<image>"}, {"from": "gpt", "value": "A chest x-ray."}]
    conv = {"id": "c0", "conversations": turns}
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(b"")
    path = _json(tmp_path / "conv.json", [{**conv, "image": "a.png"}])
    with pytest.raises(EvalDataError, match=r"record 0, qid c0, field 'conversations\[0\].value'"):
        load_eval_data(path)


# ---------------------------------------------------------------- multiple choice layouts

MEDQA: list[dict[str, Any]] = [
    {
        "question": "Which drug is an NSAID?",
        "options": {"A": "warfarin", "B": "ibuprofen", "C": "heparin", "D": "insulin"},
        "answer_idx": "B",
        "answer": "ibuprofen",
        "meta_info": "step1",
    },
    {
        "question": "Which is an anticoagulant?",
        "options": [{"key": "A", "value": "warfarin"}, {"key": "B", "value": "aspirin"}],
        "answer_idx": "a",
    },
]


def test_medqa_jsonl_round_trip(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "medqa.jsonl", MEDQA)
    assert detect_layout(path) == "medqa"
    assert load_eval_data(path) == [
        EvalItem(
            "0",
            "Which drug is an NSAID?",
            "B",
            "choice",
            options=("warfarin", "ibuprofen", "heparin", "insulin"),
            question_type="step1",
        ),
        EvalItem("1", "Which is an anticoagulant?", "A", "choice", options=("warfarin", "aspirin")),
    ]
    with_ids = _json(tmp_path / "medqa.json", [{**r, "id": f"q{i}"} for i, r in enumerate(MEDQA)])
    assert [i.qid for i in load_eval_data(with_ids)] == ["q0", "q1"]


PUBMEDQA: list[dict[str, Any]] = [
    {"QUESTION": "Does X help?", "CONTEXTS": ["First.", "Second."], "final_decision": "yes"},
    {"question": "Is Y safe?", "context": {"contexts": ["Only."]}, "final_decision": "Maybe"},
    {"question": "Is Z better?", "context": "Plain text.", "final_decision": "no", "pubid": 7},
]


def test_pubmedqa_layouts(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "pubmedqa.jsonl", PUBMEDQA)
    assert detect_layout(path) == "pubmedqa"
    items = load_eval_data(path)
    assert [(i.qid, i.answer, i.context) for i in items] == [
        ("0", "A", "First.\nSecond."),
        ("1", "C", "Only."),
        ("7", "B", "Plain text."),
    ]
    assert all(i.options == ("yes", "no", "maybe") and i.answer_type == "choice" for i in items)
    assert items[0].question == "Does X help?" and items[0].gold_text == "A) yes"
    pmid_map = _json(tmp_path / "ori_pqal.json", {"123": PUBMEDQA[0], "456": PUBMEDQA[1]})
    assert detect_layout(pmid_map) == "pubmedqa"
    assert [(i.qid, i.answer) for i in load_eval_data(pmid_map)] == [("123", "A"), ("456", "C")]


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        ({**MEDQA[0], "answer_idx": "E"}, "answer_idx", "expected one of A, B, C, D"),
        ({**MEDQA[0], "answer": "heparin"}, "answer", "is not the text of option B"),
        ({**MEDQA[0], "options": {"A": "x", "C": "y"}, "answer_idx": "A"}, "options", "labels"),
        ({**MEDQA[0], "options": {"A": "x", "B": ""}, "answer_idx": "A"}, "options.B", "text"),
        ({**MEDQA[0], "options": ["x", "y"], "answer_idx": "A"}, "options[0]", "key"),
        ({**MEDQA[0], "question": ""}, "question", "must not be empty"),
    ],
)
def test_medqa_errors_name_file_line_and_field(
    tmp_path: Path, record: dict[str, Any], field: str, problem: str
) -> None:
    path = _jsonl(tmp_path / "medqa.jsonl", [MEDQA[1], record])
    with pytest.raises(EvalDataError) as err:
        load_eval_data(path)
    message = str(err.value)
    assert message.startswith(f"{path}, line 2, qid 1, field {field!r}: ")
    assert problem in message


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({**PUBMEDQA[0], "final_decision": "perhaps"}, "final_decision"),
        ({"CONTEXTS": [], "final_decision": "yes"}, "QUESTION"),
        ({**PUBMEDQA[0], "CONTEXTS": [1, 2]}, "CONTEXTS"),
    ],
)
def test_pubmedqa_errors(tmp_path: Path, record: dict[str, Any], field: str) -> None:
    path = _jsonl(tmp_path / "pubmedqa.jsonl", [PUBMEDQA[0], record])
    with pytest.raises(EvalDataError, match=rf"line 2, qid 1, field '{field}'"):
        load_eval_data(path)


# ---------------------------------------------------------------- layout detection errors


def test_layout_errors(tmp_path: Path) -> None:
    cases = {
        "missing.json": (None, "file not found"),
        "data.csv": ("qid,answer\n", "unknown extension '.csv'"),
        "bad.json": ("[{", "invalid JSON at line 1"),
        "empty.json": ("[]", "non-empty JSON list"),
        "other.json": ('[{"foo": 1}]', "record 0: cannot tell the layout from its fields ['foo']"),
        "vqa.jsonl": ('{"image_name": "a.png"}\n', "line 1: cannot tell the layout"),
        "blank.jsonl": ("\n", "no records"),
    }
    for name, (text, problem) in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text)
        with pytest.raises(EvalDataError) as err:
            load_eval_data(path)
        assert str(err.value).startswith(str(path)) and problem in str(err.value), name


def test_duplicate_qids(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "medqa.jsonl", [{**MEDQA[0], "id": "x"}, {**MEDQA[1], "id": "x"}])
    with pytest.raises(EvalDataError, match="record 1, qid x: duplicate qid, first used by item 0"):
        load_eval_data(path)


def test_hf_save_to_disk_layout_detected_and_checked(tmp_path: Path) -> None:
    # Reading real data is tested in test_eval_hf_arrow.py; here: detection and early checks.
    split = tmp_path / "pathvqa" / "test"
    split.mkdir(parents=True)
    (split / "data-00000-of-00001.arrow").write_bytes(b"")
    _json(split / "state.json", {"_data_files": [{"filename": "data-00000-of-00001.arrow"}]})
    features = {"image": {"_type": "Image"}, "question": {}, "answer": {}}
    _json(split / "dataset_info.json", {"features": features})
    assert detect_layout(split) == "hf-arrow"
    with pytest.raises(EvalDataError, match="data-00000-of-00001.arrow: cannot read"):
        load_eval_data(split)
    with pytest.raises(EvalDataError, match="data-00000-of-00001.arrow: cannot read"):
        load_eval_data(split / "data-00000-of-00001.arrow")
    _json(split / "dataset_info.json", {"features": {"image": {}, "question": {}}})
    with pytest.raises(EvalDataError, match=r"dataset_info.json, field 'features.answer'"):
        load_eval_data(split)
    _json(tmp_path / "pathvqa" / "dataset_dict.json", {"splits": ["train", "test"]})
    with pytest.raises(EvalDataError, match=r"splits \['train', 'test'\]: pass one split"):
        load_eval_data(tmp_path / "pathvqa")
    (tmp_path / "plain").mkdir()
    with pytest.raises(EvalDataError, match="no dataset_info.json"):
        load_eval_data(tmp_path / "plain")


# ---------------------------------------------------------------- predictions files


def test_predictions_round_trip(tmp_path: Path) -> None:
    answers = {"1": "yes", "q2": "Ibuprofen, 200 mg", "3": "肺"}
    assert read_predictions(write_predictions(tmp_path / "p.jsonl", answers)) == answers
    path = tmp_path / "n.jsonl"
    path.write_text('{"qid": 12, "answer": 3, "extra": true}\n\n{"qid": "13", "answer": ""}\n')
    assert read_predictions(path) == {"12": "3", "13": ""}


@pytest.mark.parametrize(
    ("lines", "match"),
    [
        (
            ['{"qid": 1, "answer": "a"}', '{"qid": "1", "answer": "b"}'],
            "line 2, qid 1, field 'qid'",
        ),
        (['{"qid": 1, "answer": "a"}', '{"qid": 2}'], "line 2, qid 2, field 'answer': missing"),
        (['{"answer": "a"}'], "line 1, field 'qid': missing"),
        (['{"qid": 1, "answer": null}'], "field 'answer': expected a string"),
        (["not json"], "line 1: invalid JSON"),
        (["[1]"], "line 1: expected an object"),
    ],
)
def test_predictions_errors(tmp_path: Path, lines: list[str], match: str) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(EvalDataError, match=match) as err:
        read_predictions(path)
    assert str(err.value).startswith(str(path))
