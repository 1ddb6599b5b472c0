"""`medfed eval score` and `eval run` through the CLI, and `predict` on the shipped tiny base."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from PIL import Image
from typer.testing import CliRunner

from evaluation.generate import predict, prompt_question
from evaluation.items import EvalItem
from evaluation.loaders import load_eval_data
from evaluation.outputs import accuracy_bars, matplotlib_available
from evaluation.predictions import read_predictions
from evaluation.scoring import score_items
from medfed.cmd_eval import register
from model import attach_lora, default_base_dir, export_hf, load_base, make_processor
from simulation.synth import synthesize


def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test root."""

    register(app)
    return app


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# qid, answer type, gold, question type, prediction (None: not predicted)
CASES = [
    (1, "CLOSED", "yes", "PRES", "Yes"),
    (2, "CLOSED", "no", "PRES", "yes and no"),  # wrong
    (3, "CLOSED", "left", "POS", "left"),
    (4, "CLOSED", "yes", "PRES", None),  # missing: a miss
    (5, "OPEN", "right lower lobe", "POS", "the lower lobe of the right lung"),
    (6, "OPEN", "pneumothorax", "ABN", "Pneumothorax."),
]


@pytest.fixture
def bench(tmp_path: Path) -> tuple[Path, Path]:
    """A VQA-RAD file with its images, and a predictions file (with an unknown qid)."""
    (tmp_path / "images").mkdir()
    Image.new("RGB", (8, 8)).save(tmp_path / "images" / "img.png")
    records = [
        {
            "qid": qid,
            "image_name": "img.png",
            "question": f"Question {qid}?",
            "answer": gold,
            "answer_type": kind,
            "question_type": qtype,
        }
        for qid, kind, gold, qtype, _ in CASES
    ]
    data = tmp_path / "vqa_rad.json"
    data.write_text(json.dumps(records), encoding="utf-8")
    predictions = [{"qid": q, "answer": p} for q, _, _, _, p in CASES if p is not None]
    preds = _jsonl(tmp_path / "preds.jsonl", [*predictions, {"qid": 99, "answer": "?"}])
    return data, preds


def test_eval_score_reproduces_hand_computed_metrics(bench: tuple[Path, Path], tmp_path: Path):
    data, preds = bench
    out = tmp_path / "out"
    args = ["eval", "score", "--data", str(data), "--predictions", str(preds), "--out", str(out)]
    result = CliRunner().invoke(_cli(), args)
    assert result.exit_code == 0, result.output
    metrics = json.loads((out / "metrics.json").read_text())
    overall = metrics["overall"]
    assert (metrics["n"], metrics["missing"], overall["answered"]) == (6, 1, 5)
    assert overall["closed"] == {"n": 4, "correct": 2, "accuracy": 0.5}
    rouge_5 = (1 + 1.44) * (2 / 3) * (2 / 5) / (2 / 3 + 1.44 * 2 / 5)  # see test_scoring
    assert overall["open"] == pytest.approx(
        {
            "n": 2,
            "recall": (1.0 + 1.0) / 2,
            "precision": (0.6 + 1.0) / 2,
            "f1": (0.75 + 1.0) / 2,
            "exact_match": (0.0 + 1.0) / 2,
            "bleu1": (0.6 + 1.0) / 2,
            "rouge_l": (rouge_5 + 1.0) / 2,
        }
    )
    assert overall["choice"] == {"n": 0, "correct": 0, "accuracy": None}
    by_qtype = metrics["by_question_type"]
    assert by_qtype["pres"]["closed"] == {"n": 3, "correct": 1, "accuracy": 1 / 3}
    assert by_qtype["pos"]["closed"]["accuracy"] == 1.0 and by_qtype["pos"]["open"]["n"] == 1
    assert list(metrics["by_modality"]) == ["unknown"]  # VQA-RAD has no modality field
    assert metrics["inputs"] == {"data": str(data), "predictions": str(preds)}
    assert any("99" in w for w in metrics["warnings"])

    lines = [json.loads(x) for x in (out / "per_item.jsonl").read_text().splitlines()]
    assert [x["qid"] for x in lines] == ["1", "2", "3", "4", "5", "6"]
    assert [x["correct"] for x in lines] == [True, False, True, False, False, True]
    assert lines[3]["prediction"] is None and lines[1]["gold"] == "no"
    assert lines[4]["metrics"]["recall"] == 1.0 and "metrics" not in lines[0]

    assert "1 predicted qids are not in the data: 99" in result.output
    assert "50.0 (4)" in result.output  # the table: closed accuracy in percent, with n
    if matplotlib_available():
        assert (out / "accuracy.png").is_file()
    else:
        assert "matplotlib is not installed" in result.output
        assert not (out / "accuracy.png").exists()


def test_eval_score_json(bench: tuple[Path, Path], tmp_path: Path) -> None:
    data, preds = bench
    args = ["eval", "score", "--data", str(data), "--predictions", str(preds)]
    result = CliRunner().invoke(_cli(), [*args, "--out", str(tmp_path / "o"), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["metrics"]["overall"]["closed"]["accuracy"] == 0.5
    assert Path(payload["files"]["per_item"]).is_file()


def test_eval_score_bad_input_exits_2(bench: tuple[Path, Path], tmp_path: Path) -> None:
    data, preds = bench
    dup = _jsonl(tmp_path / "dup.jsonl", [{"qid": 1, "answer": "a"}, {"qid": 1, "answer": "b"}])
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    other = _jsonl(tmp_path / "other.jsonl", [{"qid": "zz-9", "answer": "yes"}])
    out = str(tmp_path / "o")
    cases = [
        # predictions that answer no question scored all zeros with exit 0
        ((str(data), str(other), out), "other.jsonl: no qid matches a question of --data"),
        ((str(tmp_path / "nope.json"), str(preds), out), "nope.json: file not found"),
        ((str(data), str(dup), out), "dup.jsonl, line 2, qid 1, field 'qid': duplicate qid"),
        ((str(data), str(tmp_path / "none.jsonl"), out), "none.jsonl: file not found"),
        ((str(data), str(preds), str(a_file)), "a-file: not a directory"),
    ]
    runner, app = CliRunner(), _cli()
    for (d, p, o), message in cases:
        args = ["eval", "score", "--data", d, "--predictions", p, "--out", o]
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (message, result.output)
        assert message in " ".join(result.output.split()), result.output
    args = ["eval", "score", "--data", str(data), "--predictions", str(preds), "--out", out]
    result = runner.invoke(app, [*args, "--images", str(a_file)])
    assert result.exit_code == 2 and "--images" in result.output


# ---------------------------------------------------------------- generation


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("eval-gen")
    return out / synthesize(out, sites=1, studies_per_site=6).sites[0]


@pytest.fixture(scope="module")
def tiny() -> tuple[Any, Any, Any]:
    model, tokenizer, preset = load_base(default_base_dir())
    return model, tokenizer, make_processor(preset, tokenizer)


def test_prompt_question() -> None:
    item = EvalItem("q", "Does X help?", "A", "choice", options=("yes", "no"), context="Abs.")
    assert prompt_question(item) == "Context: Abs.\nDoes X help?\nA) yes\nB) no"
    assert prompt_question(EvalItem("v", " Is there a lesion? ", "yes", "closed")) == (
        "Is there a lesion?"
    )


def test_predict_with_the_tiny_base(site: Path, tiny: tuple[Any, Any, Any]) -> None:
    model, tokenizer, processor = tiny
    images = load_eval_data(site / "vqa" / "vqa_rad_test.json")[:2]
    text_only = EvalItem("pm1", "Is X safe?", "A", "choice", options=("yes", "no", "maybe"))
    items = [images[0], text_only, images[1]]  # a batch mixing image and text-only prompts
    calls: list[tuple[int, int]] = []
    tokenizer.padding_side = "right"  # predict must left-pad whatever the tokenizer says
    try:
        answers = predict(
            model,
            processor,
            items,
            batch_size=2,
            max_new_tokens=4,
            progress=lambda done, total: calls.append((done, total)),
        )
        assert tokenizer.padding_side == "right"  # restored
    finally:
        tokenizer.padding_side = "left"
    assert list(answers) == [i.qid for i in items]
    assert all(isinstance(a, str) for a in answers.values())
    assert calls == [(2, 3), (3, 3)]
    # Left padding: each row answers as it would alone.
    assert predict(model, processor, items, batch_size=1, max_new_tokens=4) == answers
    with pytest.raises(ValueError, match="batch_size"):
        predict(model, processor, items, batch_size=0)


@pytest.mark.slow
def test_eval_run_end_to_end(site: Path, tiny: tuple[Any, Any, Any], tmp_path: Path) -> None:
    base, tokenizer, processor = load_base(default_base_dir())[0], tiny[1], tiny[2]
    export_hf(attach_lora(base, ("projector", "lm.lora"), seed=0), tokenizer, tmp_path / "exp")
    data = site / "vqa" / "vqa_rad_test.json"
    out = tmp_path / "run"
    args = ["eval", "run", "--model", str(tmp_path / "exp"), "--data", str(data)]
    result = CliRunner().invoke(
        _cli(), [*args, "--out", str(out), "--max-new-tokens", "4", "--batch-size", "4"]
    )
    assert result.exit_code == 0, result.output
    items = load_eval_data(data)
    answers = read_predictions(out / "predictions.jsonl")
    # LoRA B starts at zero: the export answers exactly as the base model does.
    assert answers == predict(tiny[0], processor, items, batch_size=4, max_new_tokens=4)
    metrics = json.loads((out / "metrics.json").read_text())
    expected = score_items(items, answers).as_dict()
    assert {k: metrics[k] for k in expected} == expected
    assert accuracy_bars(score_items(items, answers))  # something to draw

    result = CliRunner().invoke(
        _cli(), ["eval", "run", "--model", str(tmp_path), *args[4:], "--out", str(out)]
    )
    assert result.exit_code == 2
    assert "not an export directory (no base/ or adapter/)" in " ".join(result.output.split())
