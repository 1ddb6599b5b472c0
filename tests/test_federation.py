"""One federation end to end: Flower simulation of the demo, and the same app under `flwr run`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from procs import kill_matching

from coordinator.checkpoints import list_checkpoints, read_state
from medfed.demo import DemoOptions, run_demo
from medfed.export_check import load_export
from model import trainable_state

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("demo")
    opts = DemoOptions(out=out, rounds=2, local_steps=10, studies=24, show_progress=False)
    return run_demo(opts)


def test_two_rounds_lower_the_loss_at_every_round(demo_run) -> None:
    rounds = demo_run.rounds
    assert [r["global_round"] for r in rounds] == [1, 2]
    assert all(r["participants"] == 3 and r["failures"] == 0 for r in rounds)
    # loss_before of round 2 is the loss of the global model after round 1 on the sites' data.
    assert rounds[1]["loss_before"] < rounds[0]["loss_before"] - 0.1
    assert all(r["loss_after"] < r["loss_before"] for r in rounds)


def test_checkpoints_hold_every_round_and_the_export_holds_the_last(demo_run) -> None:
    ckpts = list_checkpoints(demo_run.out / "run" / "checkpoints")
    assert [c.global_round for c in ckpts] == [1, 2]
    final = read_state(ckpts[-1])
    model, _processor = load_export(demo_run.export)
    exported = trainable_state(model, ("projector", "lm.lora"))
    assert set(exported) == set(final)
    for name, value in final.items():
        assert np.array_equal(exported[name], value), name
    first = read_state(ckpts[0])
    assert any(not np.array_equal(first[k], final[k]) for k in final)


def test_export_generates_with_plain_transformers_and_peft(demo_run) -> None:
    check = demo_run.export_check
    assert check is not None and len(check.samples) == 3
    assert all(isinstance(answer, str) for _q, answer, _gold in check.samples)
    assert torch.is_tensor(next(load_export(demo_run.export)[0].parameters()))


def test_flwr_run_on_a_local_simulation_connection(tmp_path: Path) -> None:
    home = tmp_path / "flwr-home"
    home.mkdir()
    (home / "config.toml").write_text(
        '[superlink]\ndefault = "local"\n\n'
        '[superlink.local]\naddress = ":local:"\noptions.num-supernodes = 3\n'
    )
    data = tmp_path / "hospitals"
    synth = [sys.executable, "-m", "medfed.cli", "synth", "--out", str(data), "--studies", "16"]
    subprocess.run(synth, check=True, cwd=ROOT, capture_output=True)
    out = tmp_path / "out"
    env = dict(os.environ, FLWR_HOME=str(home), FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION="1")
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    run_config = f"out-dir='{out}' data-root='{data}' local-steps=3 num-server-rounds=2"
    cmd = ["flwr", "run", ".", "local", "--stream", "--run-config", run_config]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    finally:
        kill_matching(str(home))
    # `flwr run` exits 0 even when the ServerApp failed: judge by what the run left behind.
    runs = list(out.iterdir()) if out.exists() else []
    assert len(runs) == 1, proc.stdout[-3000:] + proc.stderr[-3000:]
    rounds = json.loads((runs[0] / "rounds.json").read_text())
    assert [r["participants"] for r in rounds] == [3, 3]
    assert (runs[0] / "export" / "adapter" / "adapter_config.json").is_file()
