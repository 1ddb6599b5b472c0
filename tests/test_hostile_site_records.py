"""A hostile site's reply against the coordinator's records (run store, checkpoints, consortium
ledger, evaluation), through the real strategy, run store and consortium log: each malformed or
misattributed reply is refused, named by its node, and the honest sites' round is recorded as
it happened, also by a resume."""

from __future__ import annotations

import math
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from flwr.common import Code, FitRes, Status, ndarrays_to_parameters

from coordinator.checkpoints import write_checkpoint
from coordinator.run_store import RunStore, sqlite_url
from coordinator.server_app import _backfill_rounds, record_to_manifest
from coordinator.strategy import (
    RoundRecord,
    RoundSummary,
    StageStrategy,
    mean_metric,
)
from protocols.curriculum import Stage
from protocols.round import FitReport, RoundMessageError

RUN = "run-1"


def _stage() -> Stage:
    return Stage("s", ("projector",), ("vqa",), 4, 2, 8, 1e-3, min_sites=2)


def _strategy(rounds: list[tuple[RoundSummary, RoundRecord]] | None = None) -> StageStrategy:
    initial = {"a": np.zeros(4, np.float32)}
    return StageStrategy(
        run_id=RUN, stage=_stage(), round_offset=0, global_state=dict(initial),
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=3,
        curriculum_json="{}", signature_config={},
        on_round=(lambda s, _st, r: rounds.append((s, r))) if rounds is not None else None,
    )  # fmt: skip


def _fit(node: int, value: float, n: int, **report: Any) -> tuple[Any, FitRes]:
    metrics = FitReport(num_examples=n, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    metrics.update(report)
    params = ndarrays_to_parameters([np.full(4, value, np.float32)])
    return SimpleNamespace(node_id=node), FitRes(Status(Code.OK, ""), params, n, metrics)


# --- a NaN (or absurd) number in a site's report ---------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("loss_before", math.nan), ("loss_after", math.inf), ("loss_before", -math.inf),
     ("epsilon", math.nan), ("loss_after", -0.5), ("loss_before", 1e300), ("epsilon", 1e7),
     ("num_examples", 2**63), ("steps", -1)],
)  # fmt: skip
def test_a_report_with_a_non_finite_or_absurd_number_is_malformed(field: str, value: Any) -> None:
    metrics = FitReport(num_examples=5, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    metrics[field] = value
    with pytest.raises(RoundMessageError, match=f"fit report: field '{field}'"):
        FitReport.from_metrics(metrics)


def test_a_nan_loss_is_a_failure_of_the_round_and_the_run_records_and_resumes(
    tmp_path: Path,
) -> None:
    """One site's NaN loss made the round's mean NaN: SQLite keeps NaN as NULL, so recording
    the round (loss_before NOT NULL) raised, and so did every resume's backfill from the
    checkpoint. Now the report is refused as malformed: that node is a failure of the round,
    named, its update not aggregated, and the round records the other two sites."""
    rounds: list[tuple[RoundSummary, RoundRecord]] = []
    strategy = _strategy(rounds)
    results = [_fit(1, 0.1, 10), _fit(2, 0.3, 30, loss_before=2.0),
               _fit(3, 9.0, 10, loss_before=math.nan)]  # fmt: skip
    _, metrics = strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    ((summary, record),) = rounds
    assert (summary.participants, summary.failures, summary.num_examples) == (2, 1, 40)
    assert summary.loss_before == pytest.approx((1.0 * 10 + 2.0 * 30) / 40)
    assert metrics["loss_before"] == summary.loss_before
    (failure,) = record.failures
    assert failure.startswith("node 3: fit report: field 'loss_before'")
    assert np.allclose(strategy.global_state["a"], (0.1 * 10 + 0.3 * 30) / 40)  # no 9.0 in it

    out = tmp_path / "run"
    out.mkdir()
    store = RunStore(sqlite_url(out))
    store.start_run(RUN, "c", "0" * 64, {})
    ckpt = write_checkpoint(
        out / "checkpoints",
        1,
        strategy.global_state,
        {"summary": asdict(summary), "record": record_to_manifest(record)},
    )
    store.record_round(RUN, summary, ckpt.manifest["state_digest"])  # what the hook does
    (row,) = store.rounds(RUN)
    assert row.loss_before == pytest.approx(summary.loss_before)

    # a crash before the run-store row: the resume backfills it from the checkpoint
    resumed = RunStore(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    resumed.start_run(RUN, "c", "0" * 64, {})
    _backfill_rounds(resumed, SimpleNamespace(run_id=RUN, out_dir=out))  # type: ignore[arg-type]
    (row,) = resumed.rounds(RUN)
    assert (row.participants, row.failures) == (2, 1)
    assert row.loss_before == pytest.approx(summary.loss_before)


def test_the_round_mean_refuses_a_non_finite_value() -> None:
    assert mean_metric([(1.0, 10.0), (2.0, 30.0)]) == pytest.approx(1.75)
    assert mean_metric([]) == 0.0
    with pytest.raises(ValueError, match="non-finite"):
        mean_metric([(1.0, 10.0), (math.nan, 1.0)])
