"""`medfed eval baselines`: target logic and the majority answer on hand-made cases, then one real
run (federation, local-only, centralized) at test scale, checked against independent oracles:
scores recomputed from the written predictions, local eps against the federation's ledger."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.baselines import (
    BASE,
    CENTRALIZED,
    FEDERATED,
    HELD_OUT,
    MAJORITY,
    Arm,
    SetScore,
    answer_with,
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


def _score(closed_n: int, closed_ok: int, open_n: int = 0, open_ok: int = 0,
           top: float | None = 0.5) -> SetScore:  # fmt: skip
    return SetScore(closed_n + open_n, closed_n, closed_ok, open_n, open_ok, None, top)


def _arm(name: str, kind: str, ood: SetScore, held: SetScore,
         eps: dict[str, float] | None = None) -> Arm:  # fmt: skip
    return Arm(name, kind, [], eps, scores={OOD: ood, HELD_OUT: held})


def _arms(fed_held: int = 88, fed_ood: int = 80, best_local_ood: int = 75,
          central_held: int = 95, eps: float = 7.5, base_held: int = 70,
          base_ood: int = 60) -> list[Arm]:  # fmt: skip
    """Closed accuracies out of 100 questions a set."""
    return [
        _arm(FEDERATED, "federated", _score(100, fed_ood), _score(100, fed_held), {"a": eps}),
        _arm("local:a", "local", _score(100, best_local_ood), _score(100, 80), {"a": eps}),
        _arm("local:b", "local", _score(100, 60), _score(100, 70), {"b": eps}),
        _arm(CENTRALIZED, "centralized", _score(100, 90), _score(100, central_held)),
        _arm(BASE, BASE, _score(100, base_ood, top=1.0), _score(100, base_held, top=1.0)),
        _arm(MAJORITY, MAJORITY, _score(100, 55, top=1.0), _score(100, 60, top=1.0)),
    ]


def test_targets_met_and_missed() -> None:
    targets = check_targets(_arms(), OOD)
    assert len(targets) == 8 and all(t.met for t in targets), targets
    # each number just below its bar misses exactly that target
    for kwargs, missed in (
        ({"central_held": 89, "fed_held": 85}, "centralized >="),
        ({"eps": 8.01}, "eps"),
        ({"fed_held": 84, "central_held": 90}, ">= 85.0% closed"),
        ({"fed_held": 86, "central_held": 96}, "% of centralized"),
        ({"best_local_ood": 76}, "best local-only"),
        ({"fed_ood": 69, "best_local_ood": 60}, "majority"),
        ({"base_held": 84}, "untrained base"),
        ({"base_ood": 76}, "untrained base"),
    ):
        result = check_targets(_arms(**kwargs), OOD)  # type: ignore[arg-type]
        assert [t.name for t in result if not t.met] == [
            t.name for t in result if missed in t.name
        ], (kwargs, result)
    # 90% of centralized exactly counts as reached; a 5-point margin exactly as well
    exact = check_targets(_arms(fed_held=90, central_held=100, fed_ood=80, best_local_ood=75), OOD)
    assert all(t.met for t in exact), exact


def test_a_target_met_with_constant_answers_is_not_met() -> None:
    arms = _arms()
    arms[0] = _arm(FEDERATED, "federated", _score(100, 80, top=1.0), _score(100, 88, top=1.0),
                   {"a": 7.5})  # fmt: skip
    result = {t.name: t for t in check_targets(arms, OOD)}
    missed = [n for n, t in result.items() if not t.met]
    assert "no trained model answers every closed question the same" in missed
    assert any("federated >= 85" in n for n in missed)
    assert all("same answer" in result[n].detail for n in missed if n.startswith("federated"))


def test_targets_without_scores_are_not_judged() -> None:
    arms = [_arm(FEDERATED, "federated", _score(10, 6), _score(10, 9))]
    met = [t.met for t in check_targets(arms, OOD)]
    assert met == [None, None, True, None, None, None, None, True]


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
    assert list(arms) == [FEDERATED, *(f"local:{s}" for s in sites), CENTRALIZED, BASE, MAJORITY]
    assert result["ood_site"] == OOD and OOD not in result["sites"]
    assert all(OOD not in a["trained_on"] for a in arms.values())

    # eps: each local-only model ran the same DP rounds as its site did in the federation, so
    # the accountant's eps equals the one the site signed into the consortium ledger.
    fed_eps = arms[FEDERATED]["epsilon"]
    assert sorted(fed_eps) == sites and all(e > 0 for e in fed_eps.values())
    for s in sites:
        assert arms[f"local:{s}"]["epsilon"] == {s: pytest.approx(fed_eps[s], rel=1e-9)}
    assert arms[CENTRALIZED]["epsilon"] is None and arms[MAJORITY]["epsilon"] is None
    assert arms[BASE]["epsilon"] is None and arms[BASE]["trained_on"] == []
    # The OOD hospital never trained: no privacy ledger was ever opened for it.
    assert not list((out / "hospitals" / f"{OOD}.agent").glob("*ledger*"))

    # Scores recomputed from the written predictions against gold read from the site files.
    from medfed.baselines import eval_sets

    sets = eval_sets(out / "hospitals", sites, 16, OOD)
    assert result["evaluation_sets"] == {n: len(v) for n, v in sets.items()}
    assert all(i.qid.startswith(f"{OOD}:") for i in sets[OOD]) and len(sets[OOD]) == 16
    for name, arm in arms.items():
        lines = (out / "predictions" / f"{name.replace(':', '-')}.jsonl").read_text().splitlines()
        answers = {r["qid"]: r["answer"] for r in map(json.loads, lines)}
        for set_name, items in sets.items():
            expected = SetScore.of(score_items(items, answers)).as_dict()
            assert arm["scores"][set_name] == pytest.approx(expected), (name, set_name)
    # The base arm answers as the shipped base itself does, loaded without any adapter.
    from model import default_base_dir, load_base, make_processor

    base, tokenizer, preset = load_base(default_base_dir())
    plain = answer_with(base, make_processor(preset, tokenizer), sets[OOD], 32, 8)
    lines = (out / "predictions" / f"{BASE}.jsonl").read_text().splitlines()
    assert {r["qid"]: r["answer"] for r in map(json.loads, lines) if r["qid"] in plain} == plain
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

    # The models above were trained and scored in worker processes, one per core (up to 5 of
    # them), the cores shared among them: the same models trained one after the other in this
    # process, on as many threads as a worker had, answer every question the same.
    import torch

    from coordinator.settings import CoordinatorSettings
    from medfed.baselines import ArmContext, ArmJob, run_arms

    cores = os.cpu_count() or 1
    assert result["parallel_models"] == min(cores, 5)
    assert result["threads_per_model"] == max(1, cores // min(cores, 5)) or cores < 2
    settings = CoordinatorSettings.load(out / "run")
    ctx = ArmContext(
        data_root=out / "hospitals", site_names=tuple(sites), ood_site=OOD,
        cur=settings.curriculum, base_dir=default_base_dir(), lora_rank=settings.lora_rank,
        seed=0, private_local=True, accountant="rdp", max_items=16, batch_size=32,
        max_new_tokens=8, preds_dir=tmp_path / "again",
    )  # fmt: skip
    jobs = [ArmJob("local", "hospital-b"), ArmJob("centralized")]
    threads = torch.get_num_threads()
    torch.set_num_threads(result["threads_per_model"])
    try:
        again = run_arms(jobs, ctx, workers=1, threads=1, say=lambda _: None, show_progress=False)
    finally:
        torch.set_num_threads(threads)
    for arm in again:
        assert arm.name == {"local:hospital-b": "local:hospital-b"}.get(arm.name, CENTRALIZED)
        assert {k: v.as_dict() for k, v in arm.scores.items()} == arms[arm.name]["scores"]
        name = arm.name.replace(":", "-")
        assert (tmp_path / "again" / f"{name}.jsonl").read_text() == (
            out / "predictions" / f"{name}.jsonl"
        ).read_text()
    assert again[0].epsilon == arms["local:hospital-b"]["epsilon"]


def test_a_model_that_fails_in_a_worker_raises_here_and_leaves_no_worker(tmp_path: Path) -> None:
    """An arm that fails in its worker process: its error, with its message, is raised by
    run_arms, and the worker processes are gone when it returns (terminated, not waited for)."""
    import multiprocessing

    from medfed.baselines import ArmContext, ArmJob, run_arms
    from model import default_base_dir
    from protocols.curriculum_file import load_curriculum

    ctx = ArmContext(
        data_root=tmp_path, site_names=("hospital-a",), ood_site=OOD,
        cur=load_curriculum(DP_CURRICULUM), base_dir=default_base_dir(), lora_rank=4, seed=0,
        private_local=True, accountant="rdp", max_items=4, batch_size=4, max_new_tokens=2,
        preds_dir=tmp_path / "predictions",
    )  # fmt: skip
    jobs = [ArmJob("no-such-model"), ArmJob("nor-this")]
    with pytest.raises(ValueError, match="unknown baseline arm kind 'no-such-model'"):
        run_arms(jobs[:1] + jobs, ctx, workers=2, threads=1, say=lambda _: None,
                 show_progress=False)  # fmt: skip
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("arms", "asked", "cores", "expected"),
    [
        (5, None, 2, (2, 1)),  # one model a core, one thread each
        (5, None, 16, (5, 3)),  # no more workers than models; the cores shared among them
        (5, None, 1, (1, 1)),  # one core: in this process
        (5, 1, 16, (1, 16)),  # --jobs 1: one after the other on every core
        (5, 3, 2, (3, 1)),  # as asked, even beyond the cores
        (5, 9, 2, (5, 1)),  # never more than the models
    ],
)
def test_models_at_once_and_threads_each(
    arms: int, asked: int | None, cores: int, expected: tuple[int, int]
) -> None:
    from medfed.baselines import default_jobs

    assert default_jobs(arms, asked, cores) == expected


def test_the_federated_eps_says_the_evaluation_releases_it_includes(tmp_path: Path) -> None:
    """The federation's eps per site is what the ledger says the site spent in all: with
    evaluation releases after rounds, its text says how many, so that it is not read as the
    training alone beside the local-only arms' eps."""
    from test_hostile_site_records import RUN, _Consortium, _counts, _entry, _released

    from evaluation.baselines import epsilon_text
    from medfed.baselines import federated_epsilons

    consortium = _Consortium(tmp_path, ("hospital-a", "hospital-b"))
    log = consortium.open()
    for entry in (
        _entry("hospital-a", 1, 2.0), _entry("hospital-b", 1, 2.0),
        _released("hospital-a", 1, _counts(100, 90), 2.5), _entry("hospital-a", 2, 3.5),
        _entry("hospital-b", 2, 3.0),
    ):  # fmt: skip
        log.ledger.append(entry, consortium.sent(entry, 11).signature)
    log.close()
    eps, releases = federated_epsilons(consortium.url, RUN)
    assert eps == {"hospital-a": 3.5, "hospital-b": 3.0}
    assert releases == {"hospital-a": 1, "hospital-b": 0}
    fed = Arm("federated", "federated", ["hospital-a", "hospital-b"], eps, releases=releases)
    assert epsilon_text(fed) == (
        "eps per study hospital-a 3.50, hospital-b 3.00 (training and up to 1 evaluation releases)"
    )
    assert fed.as_dict()["evaluation_releases"] == releases
    local = Arm("local-hospital-a", "local", ["hospital-a"], {"hospital-a": 3.0})
    assert epsilon_text(local) == "eps per study hospital-a 3.00"
