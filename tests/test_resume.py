"""Crash and resume with real processes: kill -9 the coordinator mid-run, resume it, and reach
bitwise the same final state as an uninterrupted run with the same seed, with no round missing or
repeated.

Why bitwise is expected: the sites' policies choose the reproducible test mode of randomness
("seeded-insecure"), so every site's sampling, noise and SecAgg+ rounding is seeded per (site,
round), the coordinator sums the updates in a fixed order, and a resumed run restarts from the
exact float32 state of its last checkpoint: the model and, in the middle of a stage with server
momentum, the momentum's velocity (the crash lands there: after the alignment stage and the
instruction stage's first round)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from coordinator.checkpoints import list_checkpoints, read_server_state, read_state
from coordinator.run_store import RunStore, sqlite_url
from ledger.store import ConsortiumLedger, default_url
from protocols.ledger_entry import SiteRoundEntry

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny-curriculum.toml"
pytestmark = pytest.mark.slow


def medfed(*args: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [sys.executable, "-m", "medfed.cli", *args]


def _two_stages_with_server_momentum(path: Path) -> Path:
    """The tiny curriculum's alignment stage (two local steps) and its two-round instruction
    stage (five) with server momentum: a crash after round 2 lands after a finished stage and in the
    middle of one whose checkpoint must hold the velocity too."""
    text = TINY.read_text()
    marker = 'name = "instruction"\n'
    assert text.count(marker) == 1
    head, alignment, *_ = text.split("[[stage]]")
    instruction = text.split(marker)[1]
    assert 'name = "alignment"' in alignment and "local_steps = 4\n" in alignment
    assert "local_steps = 10\n" in instruction and "rounds = 2\n" in instruction
    alignment = alignment.replace("local_steps = 4\n", "local_steps = 2\n")
    instruction = instruction.replace("local_steps = 10\n", "local_steps = 5\n")
    path.write_text(f"{head}[[stage]]{alignment}[[stage]]\n{marker}server_momentum = 0.5\n"
                    f"{instruction}")  # fmt: skip
    return path


def test_kill_9_then_resume_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    data, consortium = tmp_path / "hospitals", tmp_path / "consortium"
    curriculum = _two_stages_with_server_momentum(tmp_path / "curriculum.toml")
    subprocess.run(medfed("synth", "--out", str(data), "--studies", "16"), check=True, cwd=ROOT)
    subprocess.run(
        medfed("coordinator", "prepare", "--data-root", str(data), "--curriculum", str(curriculum),
               "--consortium", str(consortium), "--epsilon-cap", "1000",
               "--randomness", "seeded-insecure"),
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    sig = consortium / "medfed-test.sig.json"

    def run_cmd(out: Path) -> list[str]:
        return medfed("coordinator", "run", "--data-root", str(data), "--curriculum",
                      str(curriculum), "--signature", str(sig), "--out", str(out))  # fmt: skip

    whole, crashed = tmp_path / "whole", tmp_path / "crashed"
    subprocess.run(run_cmd(whole), check=True, cwd=ROOT, capture_output=True, timeout=400)

    proc = subprocess.Popen(
        run_cmd(crashed), cwd=ROOT, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while not (crashed / "checkpoints" / "round-00002").exists():
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("the run neither reached round 2 nor stayed alive")
            time.sleep(0.2)
    finally:
        # kill -9 the coordinator and everything it started (Ray, the simulated sites)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done_before = [c.global_round for c in list_checkpoints(crashed / "checkpoints")]
    assert done_before == [1, 2]  # alignment, then the instruction stage's first round of two
    (second,) = [c for c in list_checkpoints(crashed / "checkpoints") if c.global_round == 2]
    assert read_server_state(second) and second.manifest["stage"] == "instruction"
    assert not (crashed / "export").exists()

    res = subprocess.run(
        medfed("coordinator", "resume", str(crashed)), cwd=ROOT, capture_output=True, text=True,
        timeout=400,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-3000:]

    a, b = list_checkpoints(whole / "checkpoints"), list_checkpoints(crashed / "checkpoints")
    assert [c.global_round for c in a] == [c.global_round for c in b] == [1, 2, 3]
    final_a, final_b = read_state(a[-1]), read_state(b[-1])
    assert set(final_a) == set(final_b)
    for name in final_a:
        assert np.array_equal(final_a[name], final_b[name]), name
    store = RunStore(sqlite_url(crashed))
    assert [r.global_round for r in store.rounds("run")] == [1, 2, 3]
    resumes = store.events("run", "resume")
    assert [e.global_round for e in resumes] == [done_before[-1]]
    assert (crashed / "export" / "adapter" / "adapter_config.json").is_file()
    # bitwise equality came from the sites' own choice of the insecure test mode: their signed
    # ledger entries say so
    with ConsortiumLedger(default_url(crashed), migrate=False) as ledger:
        modes = {
            r.entry.randomness for r in ledger.entries() if isinstance(r.entry, SiteRoundEntry)
        }
    assert modes == {"seeded-insecure"}
