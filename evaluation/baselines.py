"""Baselines on the synthetic benchmark: is federation worth it, and at what privacy cost?

Five kinds of model, the first three trained by the same curriculum from the same base and LoRA
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
- **base**: the shipped base model as it is, before any site trains (it already reads generic
  spots, their side and size from public scenes): what the sites' training must add to. A
  federation that does not beat it has learned nothing from the hospitals;
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

from evaluation.items import EvalItem
from evaluation.normalize import normalize_answer
from evaluation.scoring import EvalReport, score_items

MAJORITY = "majority"
BASE = "base"  # the shipped base model as it is, before any site trains: the starting point
FEDERATED = "federated"
CENTRALIZED = "centralized"
LOCAL_PREFIX = "local:"
HELD_OUT = "held-out (all sites)"
RESULTS_FILE = "baselines.json"
PLOT_FILE = "baselines.png"

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
    kind: str  # federated | local | centralized | base | majority
    trained_on: list[str]
    epsilon: dict[str, float] | None  # per training site; None: no DP guarantee (or no model)
    scores: dict[str, SetScore] = field(default_factory=dict)
    seconds: float = 0.0
    # federated evaluation releases (noised counts) whose spend `epsilon` includes, per site:
    # the federation's eps is what the sites spent in all, training and evaluations
    releases: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "trained_on": self.trained_on,
            "epsilon": self.epsilon,
            "evaluation_releases": self.releases,
            "seconds": round(self.seconds, 1),
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
        }


@dataclass(frozen=True)
class Target:
    name: str
    met: bool | None  # None: could not be judged (a value is missing)
    detail: str


# The targets `medfed eval baselines` checks (closed = yes/no questions; percent points).
CENTRAL_MIN_CLOSED = 0.90  # centralized, held-out closed accuracy
FEDERATED_MAX_EPS = 8.0  # per study, at every site, over the whole curriculum
FEDERATED_MIN_CLOSED = 0.85  # federated, held-out closed accuracy
CENTRAL_FRACTION_TARGET = 0.9  # federated / centralized, held-out closed accuracy
OOD_MARGIN = 0.05  # federated over the best local-only model, OOD closed accuracy
MAJORITY_MARGIN = 0.15  # federated over the majority answer, held-out and OOD closed accuracy
BASE_MARGIN = 0.05  # federated over the untrained base model, held-out and OOD closed accuracy


def _closed(arm: Arm | None, key: str) -> float | None:
    score = arm.scores.get(key) if arm else None
    return None if score is None else score.closed_accuracy


def _pp(value: float) -> str:
    return f"{100 * value:.1f}%"


def check_targets(arms: Sequence[Arm], ood: str) -> list[Target]:
    """Every target on closed-question accuracy (held-out splits of the training sites, or the
    OOD hospital). A target that rests on a model answering every closed question the same way
    (`constant_closed`) is not met, whatever its numbers: its accuracy is the answer prior's."""
    by_name = {a.name: a for a in arms}
    fed, central = by_name.get(FEDERATED), by_name.get(CENTRALIZED)
    majority = by_name.get(MAJORITY)
    local = [a for a in arms if a.kind == "local"]
    constant = set(constant_closed(arms))
    out: list[Target] = []

    def add(name: str, met: bool | None, detail: str, rests_on: Sequence[Arm | None]) -> None:
        blind = [a.name for a in rests_on if a is not None and a.name in constant]
        if met and blind:
            met = False
            detail = f"{detail}; but {', '.join(blind)} gave every closed question the same answer"
        out.append(Target(name, met, detail))

    c_held = _closed(central, HELD_OUT)
    name = f"centralized >= {_pp(CENTRAL_MIN_CLOSED)} closed accuracy held-out"
    if c_held is None:
        add(name, None, "no scores", [])
    else:
        add(name, c_held >= CENTRAL_MIN_CLOSED, f"centralized {_pp(c_held)}", [central])

    name = f"federated eps <= {FEDERATED_MAX_EPS:g} per study at every site"
    if fed is None or not fed.epsilon:
        add(name, None, "no eps recorded", [])
    else:
        worst = max(fed.epsilon.values())
        add(
            name,
            worst <= FEDERATED_MAX_EPS,
            f"largest site eps per study {worst:.2f} over the curriculum",
            [],
        )

    f_held, f_ood = _closed(fed, HELD_OUT), _closed(fed, ood)
    name = f"federated >= {_pp(FEDERATED_MIN_CLOSED)} closed accuracy held-out"
    if f_held is None:
        add(name, None, "no scores", [])
    else:
        add(name, f_held >= FEDERATED_MIN_CLOSED, f"federated {_pp(f_held)}", [fed])

    name = f"federated >= {100 * CENTRAL_FRACTION_TARGET:.0f}% of centralized closed accuracy"
    if f_held is None or not c_held:
        add(name, None, "no scores", [])
    else:
        ratio = f_held / c_held
        add(name, ratio >= CENTRAL_FRACTION_TARGET,
            f"{_pp(f_held)} / {_pp(c_held)} = {_pp(ratio)} (held-out splits of the training "
            "sites)", [fed, central])  # fmt: skip

    name = f"federated beats the best local-only model on OOD by >= {100 * OOD_MARGIN:.0f} points"
    known = [(a, v) for a in local if (v := _closed(a, ood)) is not None]
    if f_ood is None or not known:
        add(name, None, "no scores", [])
    else:
        best, best_v = max(known, key=lambda av: av[1])
        add(name, f_ood - best_v >= OOD_MARGIN - 1e-9,
            f"federated {_pp(f_ood)} vs {best.name} {_pp(best_v)} (closed accuracy on {ood})",
            [fed])  # fmt: skip

    def beats(other: Arm | None, what: str, margin: float, note: str = "") -> None:
        """Federated over `other` by `margin`, held-out and on OOD."""
        name = f"federated beats {what} by >= {100 * margin:.0f} points"
        o_held, o_ood = _closed(other, HELD_OUT), _closed(other, ood)
        if f_held is None or f_ood is None or o_held is None or o_ood is None:
            add(name, None, "no scores", [])
            return
        met = min(f_held - o_held, f_ood - o_ood) >= margin - 1e-9
        add(name, met, f"held-out {_pp(f_held)} vs {_pp(o_held)}, OOD {_pp(f_ood)} vs "
            f"{_pp(o_ood)}{note}", [fed])  # fmt: skip

    beats(majority, "the majority answer", MAJORITY_MARGIN)
    beats(by_name.get(BASE), "the untrained base model", BASE_MARGIN,
          ": what the sites' training added")  # fmt: skip

    trained = [
        a for a in arms if a.kind not in (MAJORITY, BASE) and a.scores.get(HELD_OUT) is not None
    ]
    name = "no trained model answers every closed question the same"
    if not trained:
        add(name, None, "no scores", [])
    else:
        add(name, not constant, ", ".join(sorted(constant)) or "every model varies its answers",
            [])  # fmt: skip
    return out


CONSTANT_SHARE = 0.99


def constant_closed(arms: Sequence[Arm], set_name: str = HELD_OUT) -> list[str]:
    """Trained models that give (almost) every closed question of the set the same answer: their
    closed accuracy is the answer prior's, whatever the images show."""
    out = []
    for arm in arms:
        score = arm.scores.get(set_name)
        share = score.closed_top_share if score else None
        if arm.kind not in (MAJORITY, BASE) and share is not None and share >= CONSTANT_SHARE:
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
    if arm.kind == BASE:
        return "no site data"
    if arm.epsilon is None:
        return "non-private"
    text = "eps per study " + ", ".join(
        f"{site} {eps:.2f}" for site, eps in sorted(arm.epsilon.items())
    )
    counts = set(arm.releases.values())
    if counts - {0}:
        each = f"{counts.pop()}" if len(counts) == 1 else "up to " + str(max(counts))
        text += f" (training and {each} evaluation releases)"
    return text


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
    import torch  # here: the command line's other `eval` commands need no model library

    from evaluation.generate import predict

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
