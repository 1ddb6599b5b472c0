"""`medfed eval baselines`: target logic and the majority answer on hand-made cases, then one real
run (federation, local-only, centralized) at test scale, checked against independent oracles:
scores recomputed from the written predictions, local eps against the federation's ledger."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.baselines import (
    CENTRALIZED,
    FEDERATED,
    HELD_OUT,
    MAJORITY,
    Arm,
    SetScore,
    check_targets,
    constant_closed,
    majority_answers,
)
from evaluation.items import EvalItem
from evaluation.scoring import score_items
from medfed.cli import app

OOD = "hospital-ood"
DP_CURRICULUM = Path(__file__).parent / "data" / "dp-curriculum.toml"
REPO = Path(__file__).resolve().parents[1]


def _score(closed_n: int, closed_ok: int, open_n: int = 0, open_ok: int = 0) -> SetScore:
    return SetScore(closed_n + open_n, closed_n, closed_ok, open_n, open_ok, None)


def _arm(name: str, kind: str, ood: SetScore, held: SetScore) -> Arm:
    return Arm(name, kind, [], None, scores={OOD: ood, HELD_OUT: held})


def test_targets_met_and_missed() -> None:
    arms = [
        _arm(FEDERATED, "federated", _score(10, 6, 10, 2), _score(10, 9)),  # OOD 8/20
        _arm("local:a", "local", _score(10, 5, 10, 2), _score(10, 9)),  # OOD 7/20
        _arm("local:b", "local", _score(10, 7, 10, 0), _score(10, 9)),  # OOD 7/20
        _arm(CENTRALIZED, "centralized", _score(10, 9), _score(10, 10)),
    ]
    ood, central = check_targets(arms, OOD)
    assert ood.met is True and "40.0%" in ood.detail and "35.0%" in ood.detail
    assert central.met is True and "90.0%" in central.detail  # 0.9 exactly counts as reached

    arms[2] = _arm("local:b", "local", _score(10, 8, 10, 0), _score(10, 9))  # OOD 8/20: a tie
    arms[3] = _arm(CENTRALIZED, "centralized", _score(10, 9), _score(100, 100))
    arms[0] = _arm(FEDERATED, "federated", _score(10, 6, 10, 2), _score(100, 89))
    ood, central = check_targets(arms, OOD)
    assert ood.met is False and "local:b" in ood.detail  # a tie does not beat
    assert central.met is False and "89.0%" in central.detail


def test_targets_without_scores_are_not_judged() -> None:
    arms = [_arm(FEDERATED, "federated", _score(10, 6), _score(10, 9))]
    assert [t.met for t in check_targets(arms, OOD)] == [None, None]


def _item(qid: str, question: str, answer: str, kind: str = "closed") -> EvalItem:
    return EvalItem(qid=qid, question=question, answer=answer, answer_type=kind)  # type: ignore[arg-type]


def test_majority_answer_per_question_and_fallback() -> None:
    train = [
        ("Is there a lesion?", "no"),
        ("is there a lesion", "no"),  # same question once normalised
        ("Is there a lesion?", "yes"),
        ("What modality is this?", "ct"),
        ("What modality is this?", "ct"),
        ("What modality is this?", "mri"),
    ]
    items = [
        _item("1", "Is there a lesion?", "yes"),
        _item("2", "What modality is this?", "ct", "open"),
        _item("3", "Never asked before?", "no"),
    ]
    answers = majority_answers(train, items)
    assert answers == {"1": "no", "2": "ct", "3": "no"}  # "no" and "ct" tie at 3: first seen
    score = SetScore.of(score_items(items, answers))
    assert (score.closed_n, score.closed_correct, score.open_n, score.open_exact) == (2, 1, 1, 1)
    assert score.closed_accuracy == 0.5 and score.accuracy == pytest.approx(2 / 3)
    assert score.closed_top_share == 1.0  # "no" to both closed questions


def test_constant_closed_answers_are_flagged() -> None:
    items = [_item(str(i), "Is there a lesion?", "yes" if i % 2 else "no") for i in range(200)]
    constant = {i.qid: "No." for i in items}  # normalises to "no"
    almost = {**constant, "1": "yes"}  # 199 of 200: still constant (>= 99%)
    looking = {i.qid: i.answer for i in items}
    arms = [
        Arm(name, kind, [], None, scores={HELD_OUT: SetScore.of(score_items(items, answers))})
        for name, kind, answers in (
            (FEDERATED, "federated", looking),
            (CENTRALIZED, "centralized", constant),
            ("local:a", "local", almost),
            (MAJORITY, MAJORITY, constant),  # no model: never flagged
        )
    ]
    assert constant_closed(arms) == [CENTRALIZED, "local:a"]


def test_bad_options_exit_2_naming_the_option(tmp_path: Path) -> None:
    for args, expected in (
        (["--max-items", "0"], "--max-items"),
        (["--sites", "2"], "--sites"),
        (["--curriculum", str(tmp_path / "nope.toml")], "nope.toml"),
    ):
        result = CliRunner().invoke(app, ["eval", "baselines", "--out", str(tmp_path / "o"), *args])
        assert result.exit_code == 2, result.output
        assert expected in result.output
    assert not (tmp_path / "o").exists()  # refused before anything was written


@pytest.mark.slow
def test_baselines_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "bl"
    proc = subprocess.run(
        [sys.executable, "-m", "medfed.cli", "eval", "baselines", "--out", str(out),
         "--curriculum", str(DP_CURRICULUM), "--studies", "24", "--max-items", "16",
         "--check-targets", "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result == json.loads((out / "baselines.json").read_text())
    # --check-targets: the exit code tells whether every target was met
    assert proc.returncode == (0 if all(t["met"] for t in result["targets"]) else 1)

    sites = ["hospital-a", "hospital-b", "hospital-c"]
    arms = {a["name"]: a for a in result["arms"]}
    assert list(arms) == [FEDERATED, *(f"local:{s}" for s in sites), CENTRALIZED, MAJORITY]
    assert result["ood_site"] == OOD and OOD not in result["sites"]
    assert all(OOD not in a["trained_on"] for a in arms.values())

    # eps: each local-only model ran the same DP rounds as its site did in the federation, so
    # the accountant's eps equals the one the site signed into the consortium ledger.
    fed_eps = arms[FEDERATED]["epsilon"]
    assert sorted(fed_eps) == sites and all(e > 0 for e in fed_eps.values())
    for s in sites:
        assert arms[f"local:{s}"]["epsilon"] == {s: pytest.approx(fed_eps[s], rel=1e-9)}
    assert arms[CENTRALIZED]["epsilon"] is None and arms[MAJORITY]["epsilon"] is None
    # The OOD hospital never trained: no privacy ledger was ever opened for it.
    assert not list((out / "hospitals" / f"{OOD}.agent").glob("*ledger*"))

    # Scores recomputed from the written predictions against gold read from the site files.
    from medfed.baselines import eval_sets

    sets = eval_sets(out / "hospitals", sites, 16)
    assert result["evaluation_sets"] == {n: len(v) for n, v in sets.items()}
    assert all(i.qid.startswith(f"{OOD}:") for i in sets[OOD]) and len(sets[OOD]) == 16
    for name, arm in arms.items():
        lines = (out / "predictions" / f"{name.replace(':', '-')}.jsonl").read_text().splitlines()
        answers = {r["qid"]: r["answer"] for r in map(json.loads, lines)}
        for set_name, items in sets.items():
            expected = SetScore.of(score_items(items, answers)).as_dict()
            assert arm["scores"][set_name] == pytest.approx(expected), (name, set_name)
    # The targets as written follow from the scores as written.
    rebuilt = [
        Arm(a["name"], a["kind"], a["trained_on"], a["epsilon"],
            scores={k: SetScore(**{f: v[f] for f in ("n", "closed_n", "closed_correct", "open_n",
                                                   "open_exact", "open_f1",
                                                   "closed_top_share")})
                    for k, v in a["scores"].items()})
        for a in result["arms"]
    ]  # fmt: skip
    assert [t.met for t in check_targets(rebuilt, OOD)] == [t["met"] for t in result["targets"]]
    assert result["constant_closed_answers"] == constant_closed(rebuilt)
    assert (out / "baselines.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
