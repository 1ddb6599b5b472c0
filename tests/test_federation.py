"""One federation end to end: the demo's Flower simulation of a three-stage signed curriculum,
and the same app under `flwr run` on a local simulation connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from coordinator.checkpoints import list_checkpoints, read_state
from coordinator.run_store import RunStore, sqlite_url
from deploy.localnet import free_ports, kill_matching
from ledger.store import ConsortiumLedger
from meddata.images import PREPROCESSING
from medfed.demo import DemoOptions, run_demo
from medfed.export_check import load_export
from model import attach_lora, default_base_dir, load_base, load_trainable_state, trainable_state
from model.loss import per_sample_loss
from protocols.curriculum_file import load_curriculum
from protocols.ledger_entry import SiteRoundEntry
from simulation.prepare import (
    DEFAULT_LORA_RANK,
    registry_dir,
    sign_curriculum,
    write_site_policies,
)
from site_agent.agent import curated_data, round_units
from site_agent.settings import default_agent_dir
from site_agent.trainer import ImageCache, make_batch

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny-curriculum.toml"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("demo")
    # the simulated hospitals share their training losses (their choice) so the test can see
    # them fall; the test curriculum spends more than the demo's cap of 10
    opts = DemoOptions(out=out, curriculum=TINY, studies=24, show_progress=False,
                       epsilon_cap=100.0, share_training_loss=True)  # fmt: skip
    return run_demo(opts)


def test_stages_run_in_order_and_the_loss_falls(demo_run) -> None:
    rounds = demo_run.rounds
    assert [(r["global_round"], r["stage"]) for r in rounds] == [
        (1, "alignment"), (2, "long-context"), (3, "instruction"), (4, "instruction"),
    ]  # fmt: skip
    assert all(r["participants"] == 3 and r["refusals"] == 0 for r in rounds)
    # Each site's training lowers the loss on the batch it measures before and after.
    assert all(r["loss_after"] < r["loss_before"] for r in rounds)
    # The global model learns: on one fixed batch of a site's instruction-stage study units, the
    # state after the last round has a lower loss than the state before the instruction stage.
    # (Each round's loss_before is measured on a batch the sites draw from their own randomness,
    # with its turns in a fresh order, so two rounds' figures do not compare.)
    cur = load_curriculum(TINY)
    stage = next(s for s in cur.stages if s.name == "instruction")
    site = demo_run.out / "hospitals" / "hospital-a"
    agent = default_agent_dir(site)
    curated = curated_data(str(site), str(agent / "curated"), str(agent))
    base, tokenizer, preset = load_base(default_base_dir())
    model = attach_lora(base, cur.all_groups, r=DEFAULT_LORA_RANK, seed=0).eval()
    units = round_units(curated, stage, tokenizer, preset)[:16]
    cpu = torch.device("cpu")
    batch = make_batch(units, tokenizer, preset, ImageCache(), stage.max_length, cpu)

    ckpts = list_checkpoints(demo_run.out / "run" / "checkpoints")

    def loss_of(global_round: int) -> float:
        load_trainable_state(model, read_state(ckpts[global_round - 1]))
        with torch.no_grad():
            return float(per_sample_loss(model, batch).mean())

    before, after = loss_of(2), loss_of(4)
    assert after < before - 0.05, (before, after)


def test_the_sites_draw_their_noise_from_their_own_csprng(demo_run) -> None:
    """The demo's sites use the secure mode; every signed entry says so, and names the unit."""
    with ConsortiumLedger(demo_run.ledger_url, migrate=False) as ledger:
        entries = [r.entry for r in ledger.entries() if isinstance(r.entry, SiteRoundEntry)]
    trained = [e for e in entries if e.status == "trained"]
    released = [e for e in entries if e.status == "released"]
    assert len(trained) == 12  # 3 sites x 4 rounds
    # and the evaluation after the last round: each site's release of noised counts, signed
    assert sorted((e.site, e.global_round) for e in released) == [
        ("hospital-a", 4), ("hospital-b", 4), ("hospital-c", 4),
    ]  # fmt: skip
    assert {(e.randomness, e.privacy_unit) for e in entries} == {("os-csprng", "study")}
    assert all(e.units > 0 for e in trained) and all(e.units == 0 for e in released)


def test_checkpoints_and_run_store_hold_every_round(demo_run) -> None:
    run_dir = demo_run.out / "run"
    ckpts = list_checkpoints(run_dir / "checkpoints")
    assert [c.global_round for c in ckpts] == [1, 2, 3, 4]
    assert [c.manifest["stage"] for c in ckpts] == [r["stage"] for r in demo_run.rounds]
    store = RunStore(sqlite_url(run_dir))
    assert [r.global_round for r in store.rounds("demo")] == [1, 2, 3, 4]
    assert [e.detail["stage"] for e in store.events("demo", "stage")] == [
        "alignment", "long-context", "instruction",
    ]  # fmt: skip
    # federated evaluation at the instruction stage's cadence: counts from every site, no items
    (evaluation,) = store.events("demo", "evaluation")
    assert evaluation.global_round == 4
    assert sorted(evaluation.detail["per_site"]) == ["hospital-a", "hospital-b", "hospital-c"]
    for counts in evaluation.detail["per_site"].values():
        assert set(counts) == {"closed_n", "closed_correct", "open_n", "open_exact"}
        # noised by each site (DP), rounded and clamped: never negative, right <= asked
        assert 0 <= counts["closed_correct"] <= counts["closed_n"]
        assert 0 <= counts["open_exact"] <= counts["open_n"]
    assert demo_run.evaluations and set(demo_run.evaluations[0]["overall"]) == set(counts)
    # alignment trains the projector only: LoRA B (initialised to zero) is still zero after it,
    # and long-context, which trains LoRA, moves it
    first, second = read_state(ckpts[0]), read_state(ckpts[1])
    lora_b = [k for k in first if "lora_B" in k]
    assert lora_b and all(not np.any(first[k]) for k in lora_b)
    assert any(np.any(second[k]) for k in lora_b)


def test_the_demo_scores_base_and_export_exactly_on_the_same_questions(demo_run) -> None:
    """The figures printed beside the sites' noised federated evaluation are exact: the
    untrained base (the global model before round 1, its LoRA adding nothing) and the export,
    each on every training site's first held-out questions, as the sites answer them."""
    from model import attach_lora, default_base_dir, load_base, make_processor
    from site_agent.evaluate import held_out_items, score_held_out

    cur = load_curriculum(TINY)
    model, tokenizer, preset = load_base(default_base_dir())
    base = attach_lora(model, cur.all_groups, r=DEFAULT_LORA_RANK, seed=0)
    exported, export_processor = load_export(demo_run.export)
    scored = {"base": [0, 0], "export": [0, 0]}
    for site in demo_run.sites:
        items = held_out_items(default_agent_dir(demo_run.out / "hospitals" / site) / "curated")
        for name, m, processor in (
            ("base", base, make_processor(preset, tokenizer)),
            ("export", exported, export_processor),
        ):
            closed = score_held_out(m, processor, items).overall.closed
            scored[name][0] += closed.correct
            scored[name][1] += closed.n
    assert scored["base"][1] == scored["export"][1] > 0
    assert demo_run.base_closed == scored["base"][0] / scored["base"][1]
    assert demo_run.export_closed == scored["export"][0] / scored["export"][1]
    assert demo_run.majority_closed is not None and 0.0 < demo_run.majority_closed < 1.0


def test_export_is_the_last_state_and_carries_a_model_card(demo_run) -> None:
    final = read_state(list_checkpoints(demo_run.out / "run" / "checkpoints")[-1])
    model, _processor = load_export(demo_run.export)
    exported = trainable_state(model, ("projector", "lm.lora"))
    assert set(exported) == set(final)
    assert all(np.array_equal(exported[k], final[k]) for k in final)
    card = (demo_run.export / "MODEL_CARD.md").read_text()
    assert "alignment" in card and "long-context" in card and "instruction" in card
    assert PREPROCESSING in card  # the images the model expects: the loader's filter and window
    check = demo_run.export_check
    assert check is not None and len(check.samples) == 3
    assert all(isinstance(answer, str) for _q, answer, _gold in check.samples)


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
    # One stage of one round: what this test checks is the path through `flwr run` (the
    # curriculum's stages and rounds are the other tests' subject).
    head, *stages = TINY.read_text().split("[[stage]]")
    instruction = stages[-1].replace("rounds = 2\n", "rounds = 1\n")
    assert 'name = "instruction"' in instruction and "rounds = 1\n" in instruction
    one_round = tmp_path / "one-round.toml"
    one_round.write_text(head + "[[stage]]" + instruction)
    prepared = sign_curriculum(one_round, default_base_dir(), tmp_path / "consortium", "flwr-local")
    write_site_policies(data, prepared, default_cap=100.0)
    out = tmp_path / "out"
    env = dict(os.environ, FLWR_HOME=str(home), FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION="1")
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    # The local SuperLink `flwr run` starts listens on 39091 and 39093 unless told otherwise: a
    # SuperLink already there (another test's, or one left behind) would be given this run.
    http_port, control_port = free_ports(2)
    env["FLWR_LOCAL_SUPERLINK_HTTP_API_PORT"] = str(http_port)
    env["FLWR_LOCAL_CONTROL_API_PORT"] = str(control_port)
    run_config = (
        f"out-dir='{out}' data-root='{data}' curriculum-file='{one_round}' "
        f"signature-file='{prepared.signature_file}' "
        f"site-registry='{registry_dir(tmp_path / 'consortium')}'"  # the sites' ledger keys
    )
    cmd = ["flwr", "run", ".", "local", "--stream", "--run-config", run_config]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    finally:
        kill_matching(str(home))
    # `flwr run` exits 0 even when the ServerApp failed: judge by what the run left behind.
    runs = [p for p in out.iterdir() if p.is_dir()] if out.exists() else []
    assert len(runs) == 1, proc.stdout[-3000:] + proc.stderr[-3000:]
    store = RunStore(sqlite_url(runs[0]))
    (row,) = [store.run(runs[0].name)]
    assert row is not None and row.status == "completed"
    assert [(r.stage, r.participants) for r in store.rounds(runs[0].name)] == [("instruction", 3)]
    assert (runs[0] / "export" / "adapter" / "adapter_config.json").is_file()
    assert json.loads((runs[0] / "run.json").read_text())["num_sites"] == 3
