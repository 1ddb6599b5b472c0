"""Baselines on the synthetic benchmark: is federation worth it, and at what privacy cost?

Four kinds of model, all trained by the same curriculum from the same base and LoRA
initialisation, all scored on every training site's held-out split and on the
out-of-distribution hospital (`hospital-ood`, which never trains; all its studies are scored):

- **federated**: the real thing, a Flower simulation with SecAgg+ and each stage's DP-SGD
  (`medfed.demo.run_demo`), its export loaded back with transformers + peft;
- **local-only**, one per training site: the same stages and rounds on that site's data alone.
  By default with the same DP-SGD settings, so each local model costs its site exactly the eps the
  federation cost it (a hospital that shares its model outside its walls needs DP either way);
  `private_local=False` trains them without DP, the strongest a site can do alone;
- **centralized**: every training site's examples pooled, no DP, as many optimizer steps a round
  as all sites together take in a federated round;
- **majority**: no model at all, each question answered with the training answer most often given
  to it (closed questions: "yes" or "no"). What a model that ignores the image scores.

Local-only and centralized training reuse the sites' own code: their curated data, the stage's
study units (`study_units`, one sample per study as at the sites), `train_local` and
`train_local_dp`. eps of a local-only model is computed with Opacus's accountant from the rounds it
ran; the federated eps per site is read back from the consortium ledger.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch

from evaluation.generate import predict
from evaluation.items import EvalItem
from evaluation.normalize import normalize_answer
from evaluation.scoring import EvalReport, score_items

MAJORITY = "majority"
FEDERATED = "federated"
CENTRALIZED = "centralized"
LOCAL_PREFIX = "local:"
HELD_OUT = "held-out (all sites)"
RESULTS_FILE = "baselines.json"
PLOT_FILE = "baselines.png"
CENTRAL_FRACTION_TARGET = 0.9

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SetScore:
    """One model on one evaluation set."""

    n: int
    closed_n: int
    closed_correct: int
    open_n: int
    open_exact: int
    open_f1: float | None
    # Share of closed questions given the set's most common (normalised) closed answer: 1.0 means
    # the model says the same thing to every closed question (it answers from the prior).
    closed_top_share: float | None = None

    @property
    def closed_accuracy(self) -> float | None:
        return self.closed_correct / self.closed_n if self.closed_n else None

    @property
    def accuracy(self) -> float | None:
        """Every question: closed answers right plus open answers exactly right, over all."""
        return (self.closed_correct + self.open_exact) / self.n if self.n else None

    @classmethod
    def of(cls, report: EvalReport) -> SetScore:
        opened = [s for s in report.items if s.item.answer_type == "open"]
        closed = [normalize_answer(s.prediction or "") for s in report.items
                  if s.item.answer_type == "closed"]  # fmt: skip
        top = Counter(closed).most_common(1)[0][1] / len(closed) if closed else None
        return cls(
            n=report.overall.n,
            closed_n=report.overall.closed.n,
            closed_correct=report.overall.closed.correct,
            open_n=len(opened),
            open_exact=sum(s.correct for s in opened),
            open_f1=report.overall.open.get("f1"),
            closed_top_share=top,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "closed_accuracy": self.closed_accuracy,
            "accuracy": self.accuracy,
        }


@dataclass
class Arm:
    """One baseline model: what it trained on, what it cost, how it scored."""

    name: str
    kind: str  # federated | local | centralized | majority
    trained_on: list[str]
    epsilon: dict[str, float] | None  # per training site; None: no DP guarantee (or no model)
    scores: dict[str, SetScore] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "trained_on": self.trained_on,
            "epsilon": self.epsilon,
            "seconds": round(self.seconds, 1),
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
        }


@dataclass(frozen=True)
class Target:
    name: str
    met: bool | None  # None: could not be judged (a value is missing)
    detail: str


def check_targets(arms: Sequence[Arm], ood: str) -> list[Target]:
    """The two targets: federated beats the best local-only model on the OOD hospital (accuracy
    over all its questions), and reaches 90% of centralized closed accuracy on the held-out
    splits of the training sites."""
    by_name = {a.name: a for a in arms}
    fed = by_name.get(FEDERATED)
    central = by_name.get(CENTRALIZED)
    local = [a for a in arms if a.kind == "local"]
    out = []

    def acc(arm: Arm | None, key: str, closed: bool) -> float | None:
        score = arm.scores.get(key) if arm else None
        if score is None:
            return None
        return score.closed_accuracy if closed else score.accuracy

    fed_ood = acc(fed, ood, closed=False)
    local_ood = [(a.name, acc(a, ood, closed=False)) for a in local]
    known = [(n, v) for n, v in local_ood if v is not None]
    if fed_ood is None or not known:
        out.append(Target("federated beats the best local-only model on OOD", None, "no scores"))
    else:
        best_name, best = max(known, key=lambda nv: nv[1])
        out.append(
            Target(
                "federated beats the best local-only model on OOD",
                fed_ood > best,
                f"federated {100 * fed_ood:.1f}% vs {best_name} {100 * best:.1f}% "
                "(accuracy over all OOD questions)",
            )
        )
    fed_closed = acc(fed, HELD_OUT, closed=True)
    central_closed = acc(central, HELD_OUT, closed=True)
    name = f"federated >= {100 * CENTRAL_FRACTION_TARGET:.0f}% of centralized closed accuracy"
    if fed_closed is None or not central_closed:
        out.append(Target(name, None, "no scores"))
    else:
        ratio = fed_closed / central_closed
        out.append(
            Target(
                name,
                ratio >= CENTRAL_FRACTION_TARGET,
                f"{100 * fed_closed:.1f}% / {100 * central_closed:.1f}% = {100 * ratio:.1f}% "
                "(closed questions, held-out splits of the training sites)",
            )
        )
    return out


CONSTANT_SHARE = 0.99


def constant_closed(arms: Sequence[Arm], set_name: str = HELD_OUT) -> list[str]:
    """Trained models that give (almost) every closed question of the set the same answer: their
    closed accuracy is the answer prior's, whatever the images show."""
    out = []
    for arm in arms:
        score = arm.scores.get(set_name)
        share = score.closed_top_share if score else None
        if arm.kind != MAJORITY and share is not None and share >= CONSTANT_SHARE:
            out.append(arm.name)
    return out


def majority_answers(train: Iterable[tuple[str, str]], items: Sequence[EvalItem]) -> dict[str, str]:
    """Each item answered with the answer most often given to its (normalised) question in
    training; a question never seen gets the most common answer of its answer type."""
    by_question: dict[str, Counter[str]] = {}
    overall: Counter[str] = Counter()
    for question, answer in train:
        by_question.setdefault(normalize_answer(question), Counter())[answer] += 1
        overall[answer] += 1
    fallback = overall.most_common(1)[0][0] if overall else ""
    out = {}
    for item in items:
        counts = by_question.get(normalize_answer(item.question))
        # most_common breaks ties by first insertion: stable for a fixed training order
        out[item.qid] = counts.most_common(1)[0][0] if counts else fallback
    return out


def score_sets(
    eval_sets: Mapping[str, Sequence[EvalItem]], answers: Mapping[str, str]
) -> dict[str, SetScore]:
    """Scores per evaluation set; a qid missing from `answers` is a miss."""
    return {name: SetScore.of(score_items(items, answers)) for name, items in eval_sets.items()}


def save_plot(arms: Sequence[Arm], set_names: Sequence[str], path: Path) -> Path:
    """Grouped bars: closed accuracy and all-question accuracy per evaluation set and model;
    each model's legend entry carries its eps."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 1, figsize=(max(8.0, 1.6 * len(set_names) + 3), 8), sharex=True)
    width = 0.8 / max(1, len(arms))
    for panel, (ax, closed) in enumerate(zip(axes, (True, False), strict=True)):
        for i, arm in enumerate(arms):
            values = []
            for s in set_names:
                score = arm.scores.get(s)
                v = (score.closed_accuracy if closed else score.accuracy) if score else None
                values.append(0.0 if v is None else 100 * v)
            xs = [k + (i - (len(arms) - 1) / 2) * width for k in range(len(set_names))]
            ax.bar(xs, values, width=width, label=legend_label(arm) if panel == 0 else None)
        ax.set_ylabel("closed accuracy (%)" if closed else "all questions, accuracy (%)")
        ax.set_ylim(0, 100)
        ax.grid(axis="y", alpha=0.3)
    axes[1].set_xticks(range(len(set_names)))
    axes[1].set_xticklabels(set_names, rotation=15)
    axes[0].set_title("MedFed baselines: each model on each site's held-out split and the OOD site")
    fig.legend(loc="lower center", ncol=2, fontsize="small", frameon=False)
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def legend_label(arm: Arm) -> str:
    return f"{arm.name} ({epsilon_text(arm)})"


def epsilon_text(arm: Arm) -> str:
    if arm.kind == MAJORITY:
        return "no model"
    if arm.epsilon is None:
        return "non-private"
    return "eps " + ", ".join(f"{site} {eps:.2f}" for site, eps in sorted(arm.epsilon.items()))


def write_results(
    out: Path, arms: Sequence[Arm], targets: Sequence[Target], meta: Mapping[str, Any]
) -> Path:
    path = out / RESULTS_FILE
    payload = {
        **meta,
        "arms": [a.as_dict() for a in arms],
        "targets": [asdict(t) for t in targets],
    }
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def answer_with(
    model: Any,
    processor: Any,
    items: Sequence[EvalItem],
    batch_size: int,
    max_new_tokens: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    with torch.inference_mode():
        return predict(model, processor, items, batch_size=batch_size,
                       max_new_tokens=max_new_tokens, progress=progress)  # fmt: skip


def write_predictions(path: Path, answers: Mapping[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"qid": q, "answer": a}, ensure_ascii=False) for q, a in answers.items()]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def elapsed(start: float) -> float:
    return time.monotonic() - start
