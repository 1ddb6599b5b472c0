"""What may leave the site beside its masked update, as its policy's `[egress]` allows.

- Bytes: a reply whose update and metrics exceed `max_bytes_per_round` is refused before any
  data are touched (its size is known from the model's trainable layout).
- Training losses are exact values on training studies under a model the coordinator chose: they
  leave only when `share_training_loss` is true; otherwise the report carries 0.0.
- Evaluation counts leave at most `max_evaluations` times over the site's lifetime (a cap per
  run would not hold: whoever signs curricula can name new runs), counted in the agent
  directory (`egress.json`, under an exclusive lock, written atomically) before the reply is
  built.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from protocols.round import FitReport, Scalar
from site_agent.agent_files import AgentFileUnreadable, update_json
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


def count_evaluation(
    agent_dir: Path, run_id: str, policy: EgressPolicy, *, record: bool = True
) -> int:
    """Record one more evaluation reply (for `run_id`, kept for the site's own log); EgressRefused
    past the lifetime cap. Returns how many the site has sent, this one included. `record=False`
    checks the cap and records nothing: the site checks before it does any work and records once
    the release's budget is reserved, so a reply refused on other grounds (the per-round cap, the
    budget) does not use up the cap."""
    path = Path(agent_dir) / EVALUATIONS_FILE

    def one_more(counts: dict[str, Any]) -> tuple[int, bool]:
        try:
            done = sum(int(v) for v in counts.values())
        except (TypeError, ValueError) as exc:
            raise EgressRefused(f"{path}: unreadable evaluation counts ({exc})") from exc
        if done >= policy.max_evaluations:
            raise EgressRefused(
                f"the site has sent {done} evaluation replies, egress.max_evaluations is "
                f"{policy.max_evaluations} over its lifetime"
            )
        if record:
            counts[run_id] = int(counts.get(run_id, 0)) + 1
        return done + 1, record

    try:
        return update_json(path, one_more)
    except AgentFileUnreadable as exc:
        raise EgressRefused(f"unreadable evaluation counts ({exc})") from exc
