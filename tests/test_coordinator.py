"""Coordinator pieces: FedAvg over deltas and atomic checkpoints."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from coordinator.checkpoints import (
    CheckpointError,
    list_checkpoints,
    read_state,
    write_checkpoint,
)
from coordinator.strategy import weighted_mean


def test_weighted_mean_matches_hand_computed_fedavg() -> None:
    a = {"w": np.array([1.0, 2.0], np.float32)}
    b = {"w": np.array([4.0, -1.0], np.float32)}
    out = weighted_mean([(a, 1), (b, 3)])
    assert np.allclose(out["w"], [(1 + 12) / 4, (2 - 3) / 4])
    with pytest.raises(ValueError, match="zero examples"):
        weighted_mean([(a, 0)])


def test_checkpoint_round_trip_and_no_overwrite(tmp_path: Path) -> None:
    state = {"x": np.arange(6, dtype=np.float32).reshape(2, 3)}
    ck = write_checkpoint(tmp_path, 1, state, {"stage": "s"})
    assert ck.path.name == "round-00001"
    (listed,) = list_checkpoints(tmp_path)
    assert listed.manifest["stage"] == "s" and listed.global_round == 1
    assert np.array_equal(read_state(listed)["x"], state["x"])
    with pytest.raises(CheckpointError, match="already exists"):
        write_checkpoint(tmp_path, 1, state, {})


def test_checkpoint_leftovers_are_ignored_and_tampering_is_detected(tmp_path: Path) -> None:
    state = {"x": np.ones(3, np.float32)}
    write_checkpoint(tmp_path, 1, state, {})
    (tmp_path / ".tmp-round-00002-123").mkdir()  # a crash mid-write leaves only a temp dir
    assert [c.global_round for c in list_checkpoints(tmp_path)] == [1]
    manifest = tmp_path / "round-00001" / "manifest.json"
    data = json.loads(manifest.read_text())
    data["state_digest"] = "0" * 64
    manifest.write_text(json.dumps(data))
    with pytest.raises(CheckpointError, match="does not match"):
        read_state(list_checkpoints(tmp_path)[0])
