"""The audit report's figures as PNG bytes: eps against caps, participation, the stage timeline.

Built on matplotlib's object API (`Figure`, Agg canvas): no pyplot, no global state, no display.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from auditor.report_data import RunReport, StageSpan

STAGE_COLOURS = ("#dbe9f6", "#fde7d0", "#e2f0d9", "#eadcf1", "#f6f3c9", "#d9f0f0")
TRAINED, REFUSED, DROPPED = "#2e7d32", "#ef6c00", "#9e9e9e"
LINE_COLOURS = ("#1565c0", "#6a1b9a", "#00838f", "#ad1457", "#4e342e")


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight", facecolor="white")
    return buffer.getvalue()


def _shade_stages(ax: Axes, stages: Sequence[StageSpan], label: bool) -> None:
    for i, span in enumerate(stages):
        ax.axvspan(
            span.first_round - 0.5,
            span.last_round + 0.5,
            color=STAGE_COLOURS[i % len(STAGE_COLOURS)],
            zorder=0,
        )
        if label:
            ax.text(
                (span.first_round + span.last_round) / 2,
                1.01,
                span.stage,
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="bottom",
                fontsize=8,
            )


def eps_figure(report: RunReport) -> bytes:
    """One panel per site: its lifetime budget's logged eps per study, per round (x:
    recomputed), its cap dashed."""
    sites = [s for s in report.sites if any(p.site == s.name for p in report.eps)] or list(
        report.sites
    )
    cols = min(3, max(1, len(sites)))
    rows = max(1, math.ceil(len(sites) / cols))
    fig = Figure(figsize=(4.2 * cols, 3.4 * rows))
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, site in zip(axes.flat, sites, strict=False):
        _shade_stages(ax, report.stages, label=True)
        points = [p for p in report.eps if p.site == site.name]
        for i, dataset in enumerate(sorted({p.budget for p in points})):
            mine = [p for p in points if p.budget == dataset]
            colour = LINE_COLOURS[i % len(LINE_COLOURS)]
            xs = [p.global_round for p in mine]
            ax.plot(xs, [p.logged for p in mine], "-o", color=colour, label=f"{dataset}, logged")
            ax.plot(
                xs,
                [p.recomputed if p.recomputed is not None else math.nan for p in mine],
                "x",
                color="black",
                markersize=7,
                label="recomputed" if i == 0 else None,
            )
            shown = [p for p in mine if p.status == "released"]
            if shown:  # evaluation counts released after the round: a spend of their own
                ax.plot([p.global_round for p in shown], [p.logged for p in shown], "s",
                        color=colour, fillstyle="none", markersize=9,
                        label="evaluation release")  # fmt: skip
            for p in mine:
                if p.status == "refused":
                    ax.annotate(
                        "refused",
                        (p.global_round, p.logged),
                        textcoords="offset points",
                        xytext=(0, 8),
                        ha="center",
                        fontsize=7,
                        color=REFUSED,
                    )
        if math.isfinite(site.cap):
            ax.axhline(
                site.cap, color="#c62828", linestyle="--", label=f"cap {site.cap:g} per study"
            )
        ax.set_title(site.name, fontsize=10, pad=14)
        ax.set_xlabel("global round")
        ax.set_ylabel("eps per study, lifetime")
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=7, loc="best")
    for ax in list(axes.flat)[len(sites) :]:
        ax.set_visible(False)
    fig.tight_layout()
    return _png(fig)


def participation_figure(report: RunReport) -> bytes:
    """Per round: how many sites trained, refused, and dropped out (stacked bars)."""
    fig = Figure(figsize=(9, 3.6))
    ax = fig.subplots()
    _shade_stages(ax, report.stages, label=True)
    rounds = sorted(report.rounds, key=lambda r: r.global_round)
    xs = [r.global_round for r in rounds]
    trained = [len(r.participants) for r in rounds]
    refused = [len(r.refusals) for r in rounds]
    dropped = [len(r.dropouts) for r in rounds]
    ax.bar(xs, trained, color=TRAINED, label="trained", width=0.6, zorder=2)
    ax.bar(xs, refused, bottom=trained, color=REFUSED, label="refused", width=0.6, zorder=2)
    bottoms = [a + b for a, b in zip(trained, refused, strict=True)]
    ax.bar(xs, dropped, bottom=bottoms, color=DROPPED, label="dropped out", width=0.6, zorder=2)
    ax.set_xticks(xs)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("global round")
    ax.set_ylabel("sites")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    return _png(fig)


def timeline_figure(report: RunReport) -> bytes:
    """The curriculum's stages as bars over the rounds; coordinator resumes as dotted lines."""
    fig = Figure(figsize=(9, 1.2 + 0.45 * max(1, len(report.stages))))
    ax = fig.subplots()
    for i, span in enumerate(report.stages):
        width = span.last_round - span.first_round + 1
        colour = STAGE_COLOURS[i % len(STAGE_COLOURS)]
        ax.broken_barh(
            [(span.first_round - 0.5, width)], (i - 0.4, 0.8), color=colour, edgecolor="#455a64"
        )
        ax.text(
            span.first_round - 0.5 + width / 2,
            i,
            f"{span.stage} (rounds {span.first_round}-{span.last_round})",
            ha="center",
            va="center",
            fontsize=8,
        )
    for resume in report.resumes:
        ax.axvline(resume.from_round + 0.5, color="#37474f", linestyle=":")
        ax.text(
            resume.from_round + 0.5,
            -0.6,
            f"resumed after {resume.from_round}",
            fontsize=7,
            ha="center",
            va="top",
        )
    ax.set_yticks(range(len(report.stages)), [s.stage for s in report.stages])
    ax.set_ylim(-1.0, max(1, len(report.stages)) - 0.5)
    ax.invert_yaxis()
    ax.set_xlabel("global round")
    fig.tight_layout()
    return _png(fig)
