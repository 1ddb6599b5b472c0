"""What may leave the site beside its masked update, as its policy's `[egress]` allows.

- Bytes: a reply whose update and metrics exceed `max_bytes_per_round` is refused before any
  data are touched (its size is known from the model's trainable layout).
- Training losses are exact values on training studies under a model the coordinator chose: they
  leave only when `share_training_loss` is true; otherwise the report carries 0.0.
- Evaluation counts leave at most `max_evaluations_per_run` times per run, counted in the agent
  directory (`egress.json`, written atomically) before the reply is built.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from protocols.round import FitReport, Scalar
from site_agent.policy import EgressPolicy

EVALUATIONS_FILE = "egress.json"


class EgressRefused(Exception):
    """A reply the site's egress policy does not let leave."""


def reply_bytes(arrays: Sequence[npt.NDArray[np.generic]], metrics: Mapping[str, Scalar]) -> int:
    """Bytes of an update and its metrics as the site would send them (before SecAgg+ masking,
    which the site's own mod applies with the quantization the round set up)."""
    size = sum(int(a.nbytes) for a in arrays)
    return size + len(json.dumps(dict(metrics), default=str).encode())


def check_bytes(policy: EgressPolicy, size: int, what: str) -> None:
    if size > policy.max_bytes_per_round:
        raise EgressRefused(
            f"{what} would be {size:,} bytes, over egress.max_bytes_per_round "
            f"{policy.max_bytes_per_round:,}"
        )


def outgoing_report(policy: EgressPolicy, report: FitReport) -> FitReport:
    """The report as it may leave: exact training losses only when the policy shares them."""
    if policy.share_training_loss:
        return report
    from dataclasses import replace

    return replace(report, loss_before=0.0, loss_after=0.0)


def count_evaluation(agent_dir: Path, run_id: str, policy: EgressPolicy) -> int:
    """Record one more evaluation reply for `run_id`; EgressRefused past the per-run cap.
    Returns how many this run has had, this one included."""
    path = Path(agent_dir) / EVALUATIONS_FILE
    counts: dict[str, int] = {}
    if path.is_file():
        try:
            loaded = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            raise EgressRefused(f"{path}: unreadable evaluation counts ({exc})") from exc
        if not isinstance(loaded, dict):
            raise EgressRefused(f"{path}: evaluation counts must be a JSON object")
        counts = {str(k): int(v) for k, v in loaded.items()}
    done = counts.get(run_id, 0)
    if done >= policy.max_evaluations_per_run:
        raise EgressRefused(
            f"run {run_id!r} has had {done} evaluation replies, egress.max_evaluations_per_run "
            f"is {policy.max_evaluations_per_run}"
        )
    counts[run_id] = done + 1
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(counts, fh, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return counts[run_id]
