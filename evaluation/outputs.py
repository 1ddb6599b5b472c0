"""What an evaluation leaves on disk: metrics.json, per_item.jsonl and accuracy.png.

The plot is drawn with matplotlib (a MedFed dependency; `matplotlib_available()` lets a trimmed
install skip it with a notice). The bars come from the pure `accuracy_bars`, tested on their own.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.scoring import EvalReport

METRICS_FILE = "metrics.json"
PER_ITEM_FILE = "per_item.jsonl"
PLOT_FILE = "accuracy.png"


def write_metrics(out_dir: Path, report: EvalReport, extra: Mapping[str, Any]) -> Path:
    """metrics.json: the report's aggregates plus `extra` (inputs, warnings)."""
    path = Path(out_dir) / METRICS_FILE
    payload = {**extra, **report.as_dict()}
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def write_per_item(out_dir: Path, report: EvalReport) -> Path:
    """per_item.jsonl: one line per item, in data-file order (missing predictions included)."""
    path = Path(out_dir) / PER_ITEM_FILE
    lines = [json.dumps(s.as_dict(), ensure_ascii=False, sort_keys=True) for s in report.items]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Bar:
    panel: str  # "closed accuracy by modality" | "accuracy by answer type"
    label: str
    value: float
    n: int


def accuracy_bars(report: EvalReport) -> list[Bar]:
    """Closed accuracy per modality, and per answer type the accuracy that type has: closed and
    choice accuracy, and token recall for open items (labelled so). Empty cells are left out."""
    bars = []
    for modality, group in report.by_modality.items():
        acc = group.closed.accuracy
        if acc is not None:
            bars.append(Bar("closed accuracy by modality", modality, acc, group.closed.n))
    for answer_type, group in report.by_answer_type.items():
        if answer_type == "open":
            label, value, n = "open (token recall)", group.open.get("recall"), group.open.n
        else:
            cell = group.closed if answer_type == "closed" else group.choice
            label, value, n = answer_type, cell.accuracy, cell.n
        if value is not None:
            bars.append(Bar("accuracy by answer type", label, value, n))
    return bars


def matplotlib_available() -> bool:
    return importlib.util.find_spec("matplotlib") is not None


def save_accuracy_plot(report: EvalReport, out_dir: Path) -> Path:
    """accuracy.png, one panel per `Bar.panel`; raises ModuleNotFoundError without matplotlib."""
    from matplotlib.figure import Figure

    bars = accuracy_bars(report)
    panels = list(dict.fromkeys(b.panel for b in bars))
    fig = Figure(figsize=(5 * max(len(panels), 1), 4), layout="constrained")
    for ax, panel in zip(
        fig.subplots(1, max(len(panels), 1), squeeze=False)[0], panels, strict=False
    ):
        shown = [b for b in bars if b.panel == panel]
        ax.bar([f"{b.label}\n(n={b.n})" for b in shown], [b.value for b in shown])
        ax.set_ylim(0, 1)
        ax.set_title(panel)
    path = Path(out_dir) / PLOT_FILE
    fig.savefig(path, dpi=120)
    return path
