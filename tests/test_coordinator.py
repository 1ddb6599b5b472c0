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


def test_run_config_sets_the_secagg_timeout_and_refuses_a_bad_one(tmp_path: Path) -> None:
    """`secagg-timeout` (declared in the app config, 300 s by default) reaches the SecAgg+
    workflow; zero, negative or non-numeric values are refused naming the key."""
    from coordinator.settings import SettingsError, settings_from_run_config
    from model import default_base_dir
    from simulation.prepare import sign_curriculum

    root = Path(__file__).resolve().parents[1]
    prepared = sign_curriculum(
        root / "curricula" / "demo.toml", default_base_dir(), tmp_path / "consortium", run_id="t"
    )
    cfg = {"curriculum-file": str(prepared.curriculum_file),
           "signature-file": str(prepared.signature_file),
           "out-dir": str(tmp_path / "out"), "seed": 0}  # fmt: skip
    assert settings_from_run_config(cfg, 3).secagg.timeout == 300.0
    assert settings_from_run_config({**cfg, "secagg-timeout": 900}, 3).secagg.timeout == 900.0
    for bad in (0.0, -5.0, "long"):
        with pytest.raises(SettingsError, match="secagg-timeout"):
            settings_from_run_config({**cfg, "secagg-timeout": bad}, 3)


def test_every_run_config_key_the_apps_read_is_declared_in_the_app_config() -> None:
    """Flower refuses a `--run-config` key that `[tool.flwr.app.config]` does not declare
    ("Key ... is not present"): every key the ServerApp and ClientApp read from the run
    config must be declared there (read from the source of both readers)."""
    import inspect
    import re
    import tomllib

    from coordinator import settings as coordinator_settings
    from site_agent import settings as site_settings

    root = Path(__file__).resolve().parents[1]
    declared = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["flwr"]["app"][
        "config"
    ])  # fmt: skip
    server = inspect.getsource(coordinator_settings.settings_from_run_config)
    read = set(re.findall(r'\br\.(?:get|optional)\("([a-z][a-z-]*)"', server))
    read |= set(re.findall(r'\brun\.(?:get|optional)\("([a-z][a-z-]*)"',
                           inspect.getsource(site_settings)))  # fmt: skip
    assert {"curriculum-file", "secagg-timeout", "ledger-url", "data-root"} <= read
    assert read <= declared, sorted(read - declared)
