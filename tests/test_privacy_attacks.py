"""The malicious coordinator's attacks on a site's privacy, each shown refused or without effect.

The coordinator here knows the run's seed, writes the instructions, can replay them, sets up
SecAgg+, reads every reply and asks for evaluations. The site trusts its own policy, its own
randomness, its own data and its own code (tests/test_site_agent.py covers signatures).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import typer
from typer.testing import CliRunner

from model import attach_lora, default_base_dir, load_base, set_trainable_groups, trainable_state
from model.loss import per_sample_loss
from protocols import update_codec
from protocols.accounting import poisson_rate
from protocols.curriculum import DPSettings, Stage
from protocols.curriculum_file import canonical_bytes
from protocols.keys import load_private_key
from protocols.ledger_entry import parse_entry
from protocols.round import FitInstruction
from protocols.signing import sign_manifest
from simulation.prepare import sign_curriculum, write_site_policies
from simulation.synth import synthesize
from site_agent import agent
from site_agent import dp as dp_module
from site_agent.agent import RoundRefused, curated_data, run_round
from site_agent.dp import DPTrainingConfig, private_step, private_training, train_local_dp
from site_agent.examples import study_units
from site_agent.policy import load_policy
from site_agent.privacy import LIFETIME_BUDGET, SiteLedger, default_url
from site_agent.randomness import round_randomness
from site_agent.secagg_guard import SecAggRefused, check_secagg_stage
from site_agent.settings import SiteSettings, default_agent_dir
from site_agent.trainer import ImageCache, make_batch

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny-curriculum.toml"
CPU = torch.device("cpu")
RUN = "attack"


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("attack")
    data = tmp / "hospitals"
    synthesize(data, sites=1, studies_per_site=24, seed=1)
    base = default_base_dir()
    prepared = sign_curriculum(TINY, base, tmp / "consortium", run_id=RUN)
    # the default, secure policy; a cap high enough for every attack below to reach training
    write_site_policies(data, prepared, default_cap=1000.0)
    site = data / "hospital-a"
    settings = SiteSettings(site_dir=site, agent_dir=default_agent_dir(site), base_model=base)
    model, _tok, _preset = load_base(base)
    state = trainable_state(attach_lora(model, prepared.curriculum.all_groups, r=8, seed=0),
                            prepared.curriculum.all_groups)  # fmt: skip
    return prepared, settings, state


def _instr(prepared: Any, state: Any, stage: str = "alignment", rnd: int = 1) -> FitInstruction:
    return FitInstruction(
        run_id=RUN, stage=stage, global_round=rnd, lora_rank=8,
        layout_digest=update_codec.layout_digest(state), seed=0,
        curriculum=canonical_bytes(prepared.curriculum).decode(),
    )  # fmt: skip


def _round(world: Any, instr: FitInstruction, signed: Any = None) -> tuple[list[Any], Any]:
    prepared, settings, state = world
    return run_round(settings, instr, signed or prepared.signed, update_codec.to_arrays(state))


def _curated(settings: SiteSettings) -> Any:
    """The site's curated training data (curated on first use, as a round would)."""
    return curated_data(
        str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir)
    ).train


def _ledger_entries(settings: SiteSettings) -> list[Any]:
    with SiteLedger(default_url(settings.agent_dir)) as ledger:
        return ledger.entries()


@pytest.fixture
def policy_edit(world: Any) -> Iterator[Any]:
    """Edit the site's policy for one test (the hospital's own change), restored after."""
    _prepared, settings, _state = world
    path = settings.policy_file
    original = path.read_text()

    def edit(old: str, new: str) -> None:
        text = path.read_text()
        assert old in text, old
        path.write_text(text.replace(old, new))

    yield edit
    path.write_text(original)


def test_replaying_an_instruction_draws_fresh_noise_and_is_charged_again(world: Any) -> None:
    """Noise subtraction and replay: the same instruction (same seed, round, model) twice gives
    two different updates, since noise and sampling come from the site's OS CSPRNG; both spends
    are in the ledger, so a replay costs budget instead of cancelling noise."""
    prepared, settings, state = world
    before = len(_ledger_entries(settings))
    instr = _instr(prepared, state, rnd=11)
    first, r1 = _round(world, instr)
    second, r2 = _round(world, instr)
    assert r1.refused == r2.refused == "" and r2.epsilon > r1.epsilon
    diff = max(float(np.abs(a - b).max()) for a, b in zip(first, second, strict=True))
    assert diff > 1e-4  # the updates differ by the noise, not by float rounding
    entries = _ledger_entries(settings)[before:]
    assert [e.status for e in entries] == ["committed", "committed"]
    for report in (r1, r2):
        entry = parse_entry(report.ledger_entry)
        assert entry.randomness == "os-csprng" and entry.privacy_unit == "study"


def test_the_coordinators_seed_does_not_reproduce_the_sites_noise(world: Any) -> None:
    """A one-step SGD stage, the attack of the report: the coordinator knows everything but the
    site's randomness. Seeded (the insecure test mode) two runs agree to the bit, so the
    coordinator could subtract the noise; from the site's CSPRNG they differ by sqrt(2) times
    the noise the mechanism promises (lr * sigma * C / expected batch per coordinate)."""
    prepared, settings, _state = world
    data = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    stage = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    _base, tokenizer, preset = load_base(default_base_dir())
    units = study_units(data.train, stage, data.reports_dir)
    lr, sigma, clip = 0.1, 1.0, 1.0
    cfg = DPTrainingConfig(
        steps=1, batch_size=8, learning_rate=lr, max_length=64, seed=0, noise_multiplier=sigma,
        max_grad_norm=clip, trainable_groups=("projector",), optimizer="sgd", eval_size=2,
    )  # fmt: skip

    def update(randomness: Any) -> np.ndarray:
        model = attach_lora(load_base(default_base_dir())[0], ("projector", "lm.lora"), seed=0)
        set_trainable_groups(model, ("projector",))
        named = dict(model.named_parameters())
        start = {k: v.detach().clone() for k, v in named.items() if v.requires_grad}
        train_local_dp(model, tokenizer, preset, units, cfg, CPU, ImageCache(), randomness)
        return torch.cat([(named[k] - v).flatten() for k, v in start.items()]).detach().numpy()

    seeded = [update(round_randomness("seeded-insecure", 1234)) for _ in range(2)]
    assert np.array_equal(seeded[0], seeded[1])  # what the coordinator could regenerate
    secure = [update(round_randomness("os-csprng")) for _ in range(2)]
    expected_batch = int(len(units) * poisson_rate(len(units), cfg.batch_size))
    noise_std = lr * sigma * clip / expected_batch
    residual = float(np.std(secure[0] - secure[1]))
    assert 0.8 * np.sqrt(2) * noise_std < residual < 1.25 * np.sqrt(2) * noise_std


def test_secagg_threshold_one_or_a_lonely_cohort_is_refused(world: Any) -> None:
    """'You are alone' or 'threshold 1' would unmask the site's update: the guard in front of
    SecAgg+ refuses each SecAgg+ stage that asks for less than the policy's minimums."""
    from site_agent.policy import load_policy

    policy = load_policy(world[1].policy_file).secure_aggregation
    assert (policy.min_cohort, policy.min_threshold) == (3, 2)
    honest = {"stage": "setup", "sample_num": 3, "share_num": 3, "threshold": 2}
    check_secagg_stage(policy, honest)
    for attack in ({"threshold": 1}, {"share_num": 1}, {"sample_num": 1, "share_num": 1}):
        with pytest.raises(SecAggRefused):
            check_secagg_stage(policy, {**honest, **attack})
    with pytest.raises(SecAggRefused, match="public keys of 1 sites"):
        check_secagg_stage(policy, {"stage": "share_keys", "7": [b"pk1", b"pk2"]})
    check_secagg_stage(policy, {"stage": "share_keys", **{str(i): [b"a", b"b"] for i in range(3)}})
    # "7" and "07" are one node to the SecAgg+ mod: not two of the cohort
    with pytest.raises(SecAggRefused, match=r"not node ids.*public keys of 2 sites"):
        check_secagg_stage(policy, {"stage": "share_keys",
                                    **{k: [b"a", b"b"] for k in ("7", "07", "8")}})  # fmt: skip
    with pytest.raises(SecAggRefused, match="shares from 2 sites"):
        check_secagg_stage(policy, {"stage": "collect_masked_vectors", "srcs": [7]})
    check_secagg_stage(policy, {"stage": "collect_masked_vectors", "srcs": [7, 8]})
    # one neighbour listed twice would count twice towards the cohort and the threshold while
    # the site masks with it alone: calling it dropped would then unmask the site
    with pytest.raises(SecAggRefused, match=r"listed twice among the sources"):
        check_secagg_stage(policy, {"stage": "collect_masked_vectors", "srcs": [7, 7]})
    with pytest.raises(SecAggRefused, match="unmasking with 1 sites"):
        check_secagg_stage(policy, {"stage": "unmask", "active_nids": [1], "dead_nids": [2, 3]})
    # a mean of two: each survivor would read the other's update by taking its own away
    assert policy.min_survivors == 3
    with pytest.raises(SecAggRefused, match="a mean of 2 sites' updates, .*min_survivors is 3"):
        check_secagg_stage(policy, {"stage": "unmask", "active_nids": [1, 2], "dead_nids": [3]})
    check_secagg_stage(policy, {"stage": "unmask", "active_nids": [1, 2, 4], "dead_nids": [3]})
    two = dataclasses.replace(policy, min_survivors=2)  # a consortium that accepts it
    check_secagg_stage(two, {"stage": "unmask", "active_nids": [1, 2], "dead_nids": [3]})
    # asking for both shares of one site (seed share as "active", key share as "dropped")
    # would unmask that site's update alone
    with pytest.raises(SecAggRefused, match=r"sites \[2\] listed both"):
        check_secagg_stage(policy, {"stage": "unmask", "active_nids": [1, 2, 4],
                                    "dead_nids": [2]})  # fmt: skip
    with pytest.raises(SecAggRefused, match="listed twice"):
        check_secagg_stage(policy, {"stage": "unmask", "active_nids": [1, 2, 2, 4],
                                    "dead_nids": []})  # fmt: skip
    # a threshold that is no majority of the shares: neighbours told "it survived" and others
    # told "it dropped", each message consistent on its own, would between them hand over the
    # site's mask seed and its mask key (4 shares, threshold 2: two and two)
    for shares, threshold in ((4, 2), (6, 3), (11, 5)):
        with pytest.raises(SecAggRefused, match="not a majority"):
            check_secagg_stage(policy, {**honest, "sample_num": shares, "share_num": shares,
                                        "threshold": threshold})  # fmt: skip


def test_the_coordinators_own_secagg_settings_pass_the_majority_rule(world: Any) -> None:
    """The honest coordinator's (num_shares, threshold) at every cohort size a consortium runs
    passes the site's guard."""
    from coordinator.secure_agg import shares_and_threshold
    from site_agent.policy import load_policy

    policy = load_policy(world[1].policy_file).secure_aggregation
    for n in range(3, 201):
        k, t = shares_and_threshold(n)
        check_secagg_stage(policy, {"stage": "setup", "sample_num": n, "share_num": k,
                                    "threshold": t})  # fmt: skip


def test_recuration_does_not_reset_the_budget_and_a_missing_ledger_refuses(world: Any) -> None:
    """The budget is the site's, for every study it ever trains on: a re-curation with a new
    secret continues from the eps already spent; a deleted ledger refuses the round."""
    prepared, settings, state = world
    _arrays, first = _round(world, _instr(prepared, state, rnd=21))
    assert first.refused == "" and first.epsilon > 0
    # re-curate from scratch with a new pseudonymization secret (another data set digest)
    shutil.rmtree(settings.curated_dir)
    (settings.agent_dir / "curation.secret").unlink()
    agent.curated_data.cache_clear()
    _arrays, second = _round(world, _instr(prepared, state, rnd=22))
    assert second.refused == "" and second.epsilon > first.epsilon  # not reset to one round
    digests = {parse_entry(r.ledger_entry).dataset_digest for r in (first, second)}
    assert len(digests) == 2  # two curations, one budget
    with SiteLedger(default_url(settings.agent_dir)) as ledger:
        assert ledger.epsilon(LIFETIME_BUDGET, 1e-5, "rdp") == pytest.approx(second.epsilon)
    # the ledger deleted: refused, nothing trained, no fresh budget
    ledger_file = settings.agent_dir / "privacy.sqlite"
    saved = ledger_file.read_bytes()
    ledger_file.unlink()
    try:
        arrays, refused = _round(world, _instr(prepared, state, rnd=23))
        assert refused.refused == "budget" and refused.num_examples == 0
        assert all(not np.any(a) for a in arrays) and not ledger_file.exists()
    finally:
        ledger_file.write_bytes(saved)  # the hospital restores its backup
        ledger_file.chmod(0o600)


def test_the_ledger_is_made_private_to_the_site_user(world: Any, tmp_path: Path) -> None:
    from site_agent.privacy import create_site_ledger

    path = create_site_ledger(tmp_path / "agent")
    assert path.stat().st_mode & 0o777 == 0o600
    assert create_site_ledger(tmp_path / "agent") == path  # kept, not replaced


def test_a_stage_without_dp_is_refused_unless_the_policy_opts_out(
    world: Any, policy_edit: Any, tmp_path: Path
) -> None:
    prepared, _settings, state = world
    cur = prepared.curriculum
    stages = tuple(dataclasses.replace(s, dp=None) if s.name == "alignment" else s
                   for s in cur.stages)  # fmt: skip
    no_dp = dataclasses.replace(cur, stages=stages)
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    signed = sign_manifest(key, no_dp, prepared.model_digest, prepared.signed.terms)
    instr = dataclasses.replace(_instr(prepared, state), curriculum=canonical_bytes(no_dp).decode())
    with pytest.raises(RoundRefused) as info:
        _round(world, instr, signed)
    assert info.value.code == "policy" and "without DP" in info.value.detail
    policy_edit("require_dp = true", "require_dp = false")
    _arrays, report = _round(world, instr, signed)
    assert report.refused == "" and report.steps > 0  # the hospital's explicit choice


def test_site_check_refuses_a_dp_off_stage_and_names_the_unit(tmp_path: Path) -> None:
    from medfed.cmd_site import register

    app = typer.Typer()
    register(app)
    cur = tmp_path / "c.toml"
    text = (ROOT / "curricula" / "demo.toml").read_text()
    dp_table = "[stage.dp]\nnoise_multiplier = 1.2\nclipping_norm = 1.0\ndelta = 1e-5\n"
    assert dp_table in text
    cur.write_text(text.replace(dp_table, 'dp = "off"\n', 1))  # the alignment stage without DP
    policy = ROOT / "examples" / "site-policy.toml"
    out = CliRunner().invoke(app, ["check", str(policy), str(cur)])
    assert out.exit_code == 1, out.output
    assert "without DP" in out.output and "privacy.require_dp" in out.output
    ok = CliRunner().invoke(app, ["check", str(policy), str(ROOT / "curricula" / "demo.toml")])
    assert ok.exit_code == 0 and "eps cap 8.0 per study" in ok.output
    priced = CliRunner().invoke(
        app, ["check", str(policy), str(ROOT / "curricula" / "demo.toml"), "--dataset-size", "128"]
    )
    assert "N = 128 studies" in priced.output and "eps per study" in priced.output


def test_training_losses_leave_only_when_the_policy_shares_them(
    world: Any, policy_edit: Any
) -> None:
    prepared, _settings, state = world
    _arrays, report = _round(world, _instr(prepared, state, rnd=31))
    assert report.refused == "" and report.loss_before == report.loss_after == 0.0
    policy_edit("share_training_loss = false", "share_training_loss = true")
    _arrays, shared = _round(world, _instr(prepared, state, rnd=32))
    assert shared.loss_before > 0 and shared.loss_after > 0


def test_an_update_over_the_egress_cap_is_refused_before_training(
    world: Any, policy_edit: Any
) -> None:
    prepared, settings, state = world
    spends = len(_ledger_entries(settings))
    policy_edit("max_bytes_per_round = 67108864", "max_bytes_per_round = 4096")
    with pytest.raises(RoundRefused) as info:
        _round(world, _instr(prepared, state, rnd=41))
    assert info.value.code == "policy" and "max_bytes_per_round" in info.value.detail
    assert len(_ledger_entries(settings)) == spends  # nothing reserved, nothing trained


def test_a_coordinator_cannot_make_the_site_compute_more_than_its_policy_bounds(
    world: Any, policy_edit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The curriculum's sizes are the coordinator's to choose, and DP batches are padded to
    max_length: a signed stage that asks a sample of 100,000 tokens (or more steps or studies a
    step than the site computes) is refused at the gate, before a model, data or a budget
    reservation; within the bounds the round trains, in the site's own micro-batches."""
    prepared, settings, state = world
    spends = len(_ledger_entries(settings))
    policy_edit("[egress]", "[compute]\nmax_length = 512\nmax_steps_per_round = 4\n"
                "max_lora_rank = 4\nmicro_batch_size = 1\nactivation_checkpointing = true\n"
                "\n[egress]")  # fmt: skip
    huge, signed = _probe_stage(world, max_length=100_000, kinds=("caption",))
    instr = dataclasses.replace(_instr(prepared, state), curriculum=canonical_bytes(huge).decode())
    with pytest.raises(RoundRefused) as info:
        _round(world, instr, signed)
    assert info.value.code == "policy" and "over compute.max_length 512" in info.value.detail
    # the fixture's curriculum is signed at LoRA rank 8: over the site's bound of 4
    assert "compute.max_lora_rank 4" in info.value.detail
    assert len(_ledger_entries(settings)) == spends  # nothing reserved, nothing trained
    policy_edit("max_lora_rank = 4", "max_lora_rank = 8")
    alignment = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    assert alignment.max_length <= 512 and alignment.local_steps <= 4, "the fixture's stage"
    seen: list[DPTrainingConfig] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[4])
        return train_local_dp(*args, **kwargs)

    passes: list[int] = []

    def step(parts: Any, batch: Any, last: bool = True, keep: Any = None) -> Any:
        passes.append(0 if batch is None else int(batch["input_ids"].shape[0]))
        return private_step(parts, batch, last=last, keep=keep)

    monkeypatch.setattr(agent, "train_local_dp", spy)
    monkeypatch.setattr(dp_module, "private_step", step)
    _arrays, report = _round(world, _instr(prepared, state, rnd=45))
    assert report.refused == "" and report.steps == alignment.local_steps
    assert passes and max(passes) == 1  # every pass of every step: one study at most
    (cfg,) = seen
    assert (cfg.micro_batch_size, cfg.activation_checkpointing) == (1, True)
    assert (cfg.batch_size, cfg.max_length) == (alignment.batch_size, alignment.max_length)
    # the mechanism recorded is the signed stage's: micro-batches change no rate, step or noise
    declared = load_policy(settings.policy_file).privacy.accounted_studies
    assert alignment.dp is not None and declared is not None
    (entry,) = _ledger_entries(settings)[spends:]
    mech = entry.mechanism
    assert (entry.status, mech.steps, mech.noise_multiplier) == (
        "committed",
        alignment.local_steps,
        alignment.dp.noise_multiplier,
    )
    assert mech.sample_rate == poisson_rate(declared, alignment.batch_size)
    # The coordinator signs a pass per study and a second forward pass; the site's policy says
    # passes of 2 and no checkpointing, and that is what it computes.
    policy_edit("micro_batch_size = 1\nactivation_checkpointing = true",
                "micro_batch_size = 2\nactivation_checkpointing = false")  # fmt: skip
    slow, signed = _probe_stage(world, alignment.max_length, alignment.data_kinds,
                                micro_batch_size=1, activation_checkpointing=True)  # fmt: skip
    instr = dataclasses.replace(
        _instr(prepared, state, rnd=46), curriculum=canonical_bytes(slow).decode()
    )
    seen.clear()
    passes.clear()
    _arrays, report = _round(world, instr, signed)
    assert report.refused == "" and report.steps == alignment.local_steps
    (cfg,) = seen
    assert (cfg.micro_batch_size, cfg.activation_checkpointing) == (2, False)
    assert max(passes) == 2  # not one study a pass, as the stage asked


def test_a_coordinator_cannot_make_the_sites_accountant_take_gigabytes(
    world: Any, policy_edit: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Steps, batch and noise are the coordinator's to choose, and the PRV accountant's grid
    grows with the eps and steps they ask: 100,000 steps at sample rate 1 would need a grid of
    11 billion points (terabytes; 10,000 steps already ask about 87 GB). The site
    refuses the round for policy before its accountant allocates anything, names the values and
    the limit, and reserves nothing; the stage's own values still train."""
    prepared, settings, state = world
    policy_edit('accountant = "rdp"', 'accountant = "prv"')
    # Built before timing: the model and the curated data, as any earlier round leaves them.
    agent.model_session(str(settings.base_model), prepared.curriculum.all_groups, 8)
    _curated(settings)
    spends = len(_ledger_entries(settings))
    declared = load_policy(settings.policy_file).privacy.accounted_studies
    assert declared is not None
    alignment = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    greedy, signed = _probe_stage(world, alignment.max_length, alignment.data_kinds,
                                  local_steps=100_000, batch_size=declared)  # fmt: skip
    instr = dataclasses.replace(
        _instr(prepared, state, rnd=47), curriculum=canonical_bytes(greedy).decode()
    )
    caplog.set_level(logging.WARNING, logger="medfed.site")
    t0 = time.perf_counter()
    _arrays, report = _round(world, instr, signed)
    assert time.perf_counter() - t0 < 5.0  # the whole round, refused: 0.3 s measured
    assert report.refused == "policy" and report.num_examples == 0
    assert "100000 steps at sample rate 1, noise multiplier 1" in caplog.text
    assert "over the limit of 1024 MB (privacy.max_accountant_mb)" in caplog.text
    assert len(_ledger_entries(settings)) == spends  # nothing reserved, nothing refused there
    # Under tracemalloc (which slows the round's Python several times over, so not timed):
    # the refused round's heap peak is that of its tokenized units, not of a grid.
    tracemalloc.start()
    try:
        _arrays, report = _round(world, dataclasses.replace(instr, global_round=48), signed)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.refused == "policy" and peak < 32 * 2**20, peak  # 0.6 MB measured
    # The same through the per-round check, which accounts the round alone first.
    policy_edit("randomness =", "max_epsilon_per_round = 1000.0\nrandomness =")
    caplog.clear()
    _arrays, report = _round(world, dataclasses.replace(instr, global_round=49), signed)
    assert report.refused == "policy" and "costs eps" not in caplog.text
    assert "100000 steps" in caplog.text and "privacy.max_accountant_mb" in caplog.text
    assert len(_ledger_entries(settings)) == spends
    # The signed stage's own values are accounted by PRV within the limit, and train.
    _arrays, report = _round(world, _instr(prepared, state, rnd=50))
    assert report.refused == "" and report.steps > 0
    (entry,) = _ledger_entries(settings)[spends:]
    assert entry.status == "committed" and entry.mechanism.accountant == "prv"


def test_evaluation_replies_are_capped_over_the_sites_lifetime(
    world: Any, policy_edit: Any
) -> None:
    """Each reply spends budget, and the site also caps how many it sends; a cap per run would
    not hold, since whoever signs curricula can name a new run for every probe."""
    from site_agent.evaluate import evaluate_round

    prepared, settings, state = world
    policy_edit("max_evaluations = 64", "max_evaluations = 1")
    instr = _instr(prepared, state, "instruction")
    arrays = update_codec.to_arrays(state)
    n, metrics = evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)
    assert "closed_n" in metrics
    n, metrics = evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)
    assert n == 0 and metrics == {"site": "hospital-a", "withheld": 1}
    # another run, signed by the consortium key the coordinator holds: still withheld
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    terms = dataclasses.replace(prepared.signed.terms, run_id="probe-2")
    other = sign_manifest(key, prepared.curriculum, prepared.model_digest, terms)
    n, metrics = evaluate_round(
        settings, dataclasses.replace(instr, run_id="probe-2"), other, arrays, max_items=4
    )
    assert n == 0 and metrics == {"site": "hospital-a", "withheld": 1}


def test_an_evaluation_refused_on_other_grounds_does_not_use_up_the_cap(
    world: Any, policy_edit: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A coordinator that asks for evaluations the site refuses (here over the per-round eps
    cap) must not wear down the lifetime cap on replies: only a reply whose budget is reserved
    counts, and the one reply the cap allows is still released after the refusals."""
    from site_agent.egress import EVALUATIONS_FILE
    from site_agent.evaluate import evaluate_round

    prepared, settings, state = world
    counts = settings.agent_dir / EVALUATIONS_FILE

    def sent() -> int:
        return sum(json.loads(counts.read_text()).values()) if counts.is_file() else 0

    done = sent()
    policy_edit("max_evaluations = 64", f"max_evaluations = {done + 1}")
    policy_edit("randomness =", "max_epsilon_per_round = 0.001\nrandomness =")
    instr = _instr(prepared, state, "instruction")
    arrays = update_codec.to_arrays(state)
    withheld = {"site": "hospital-a", "withheld": 1}
    for _ in range(3):
        caplog.clear()
        assert evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)[1] == withheld
        assert "privacy.max_epsilon_per_round 0.001" in caplog.text
    assert sent() == done
    policy_edit("max_epsilon_per_round = 0.001\n", "")
    n, metrics = evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)
    assert "closed_n" in metrics and sent() == done + 1
    caplog.clear()
    assert evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)[1] == withheld
    assert f"has sent {done + 1} evaluation replies" in caplog.text and sent() == done + 1


def test_the_ledger_names_the_unit_and_n_with_the_one_sampling_rate(world: Any) -> None:
    prepared, settings, state = world
    _arrays, report = _round(world, _instr(prepared, state, rnd=51))
    entry = parse_entry(report.ledger_entry)
    stage = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    assert entry.privacy_unit == "study" and entry.units == report.num_examples > 0
    assert entry.sample_rate == poisson_rate(entry.units, stage.batch_size)


def test_removing_one_study_changes_exactly_one_unit(world: Any) -> None:
    prepared, settings, _state = world
    data = _curated(settings)
    stage = next(s for s in prepared.curriculum.stages if s.name == "instruction")
    units = study_units(data, stage)
    assert len({u.unit for u in units}) == len(units)  # one sample per study
    assert any(u.followups for u in units)  # a study's questions travel together
    gone = units[len(units) // 2].unit
    fewer = dataclasses.replace(
        data,
        vqa=[s for s in data.vqa if data.study_of(s.image) != gone],
        captions=[c for c in data.captions if data.study_of(c.image) != gone],
        conversations=[c for c in data.conversations if data.study_of(c.images[0]) != gone],
    )
    after = study_units(fewer, stage)
    assert set(units) - set(after) == {units[len(units) // 2]} and set(after) <= set(units)


def test_a_study_is_clipped_as_a_whole(world: Any) -> None:
    """Oracle: Opacus's per-sample gradient of each batch row equals the gradient of that
    study's whole loss (all its turns) computed alone, so clipping a row clips a study."""
    prepared, settings, _state = world
    data = _curated(settings)
    stage = Stage(
        "instr", ("projector", "lm.lora"), ("vqa", "caption"), rounds=1, local_steps=1,
        batch_size=3, learning_rate=0.1, max_length=128,
        dp=DPSettings(clipping_norm=1.0, delta=1e-5, noise_multiplier=1.0),
    )  # fmt: skip
    units = [u for u in study_units(data, stage) if len(u.followups) >= 2][:3]
    assert len(units) == 3
    base, tokenizer, preset = load_base(default_base_dir())
    model = attach_lora(base, stage.trainable_groups, seed=0)
    batch = make_batch(units, tokenizer, preset, ImageCache(), 128, CPU)
    assert batch["input_ids"].shape[0] == 3  # one row per study, not one per question
    assert int((batch["labels"][0] != -100).sum()) > 0
    params = {n: p for n, p in model.named_parameters() if p.requires_grad}
    oracle = []
    for i in range(3):
        model.zero_grad()
        one = {k: v[i : i + 1] for k, v in batch.items()}  # one image per study: row i
        per_sample_loss(model, one).sum().backward()
        oracle.append({n: p.grad.detach().clone() for n, p in params.items()})  # type: ignore[union-attr]
    model.zero_grad()
    cfg = DPTrainingConfig(
        steps=1, batch_size=3, learning_rate=0.1, max_length=128, seed=0, noise_multiplier=1.0,
        max_grad_norm=1.0, trainable_groups=stage.trainable_groups,
    )  # fmt: skip
    from site_agent.dp import index_loader
    from site_agent.trainer import make_optimizer

    opt = make_optimizer("sgd", list(params.values()), 0.1)
    with private_training(model, opt, index_loader(3, 3), cfg, CPU) as parts:
        losses = per_sample_loss(parts.module, dict(batch))
        losses.mean().backward()  # Opacus scales per-sample gradients of a mean loss back
        for name, p in params.items():
            grad_sample = p.grad_sample  # type: ignore[attr-defined]
            assert grad_sample.shape[0] == 3
            for i in range(3):
                torch.testing.assert_close(grad_sample[i], oracle[i][name], rtol=1e-4, atol=1e-6)


def test_a_study_that_overflows_cannot_turn_the_update_into_a_canary(world: Any) -> None:
    """A model crafted to overflow on one study's input made that study's gradient NaN, the
    clipped sum NaN and the whole update NaN: presence revealed outright. Now the study's own
    gradient is dropped (as if it were not sampled) and the update stays finite; a global state
    with the huge weights such a craft needs is refused before training."""
    prepared, settings, state = world
    data = _curated(settings)
    stage = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    units = study_units(data, stage)[:4]
    base, tokenizer, preset = load_base(default_base_dir())
    model = attach_lora(base, ("projector", "lm.lora"), seed=0)
    set_trainable_groups(model, ("projector",))
    params = {n: p for n, p in model.named_parameters() if p.requires_grad}
    batch = make_batch(units, tokenizer, preset, ImageCache(), 64, CPU)
    batch["pixel_values"][0] = float("nan")  # the "target" study overflows
    cfg = DPTrainingConfig(
        steps=1, batch_size=4, learning_rate=0.1, max_length=64, seed=0, noise_multiplier=1.0,
        max_grad_norm=1.0, trainable_groups=("projector",),
    )  # fmt: skip
    from site_agent.dp import index_loader, private_step
    from site_agent.trainer import make_optimizer

    opt = make_optimizer("sgd", list(params.values()), 0.1)
    with private_training(model, opt, index_loader(4, 4), cfg, CPU) as parts:
        private_step(parts, batch)
    assert all(torch.isfinite(p).all() for p in params.values())
    crafted = {k: v.copy() for k, v in state.items()}
    name = next(k for k in crafted if k.endswith("linear_2.weight"))
    crafted[name][:, 0] = 3e38
    with pytest.raises(update_codec.UpdateFormatError, match="magnitude above"):
        run_round(settings, _instr(prepared, state, rnd=61), prepared.signed,
                  update_codec.to_arrays(crafted))  # fmt: skip


def test_counts_of_studies_do_not_leave_whatever_the_stage_asks(world: Any) -> None:
    """A stage too costly to run is refused for budget; its signed refusal, the sampling rate
    and the reported weight follow from the site's declared N, not from how many studies fit
    the coordinator's max_length (which would be a free, exact count per probe)."""
    from site_agent.policy import load_policy

    prepared, settings, state = world
    declared = load_policy(settings.policy_file).privacy.accounted_studies
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    seen = set()
    for max_length in (40, 64):
        stages = tuple(
            dataclasses.replace(s, local_steps=10**6, max_length=max_length)
            if s.name == "alignment" else s
            for s in prepared.curriculum.stages
        )  # fmt: skip
        probe = dataclasses.replace(prepared.curriculum, stages=stages)
        signed = sign_manifest(key, probe, prepared.model_digest, prepared.signed.terms)
        instr = dataclasses.replace(
            _instr(prepared, state, rnd=70 + max_length), curriculum=canonical_bytes(probe).decode()
        )
        _arrays, report = _round(world, instr, signed)
        assert report.refused == "budget" and report.num_examples == 0
        entry = parse_entry(report.ledger_entry)
        seen.add((entry.units, entry.sample_rate, entry.steps))
    assert seen == {(declared, poisson_rate(declared, 8), 10**6)}


def test_a_plain_training_round_is_refused_by_code_before_any_training() -> None:
    """A coordinator that turns SecAgg+ off (`secure-aggregation = false`) would receive the
    site's update unmasked: the deployed ClientApp refuses the round with the generic code
    `policy`, before its client (and so any training or data access) is ever built."""
    from flwr.app import ArrayRecord, ConfigRecord, Context, RecordDict
    from flwr.app.message.message import make_message
    from flwr.app.message_type import MessageType
    from flwr.app.metadata import Metadata

    from protocols.round import refusal_code_in
    from site_agent.client_app import app

    content = RecordDict(
        {"fitins.parameters": ArrayRecord([np.zeros(3, np.float32)]),
         "fitins.config": ConfigRecord({"round": 1})}
    )  # fmt: skip
    metadata = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=7, reply_to_message_id="",
        group_id="1", created_at=0.0, ttl=3600.0, message_type=MessageType.TRAIN,
    )  # fmt: skip
    msg = make_message(metadata, content)
    ctxt = Context(run_id=1, node_id=7, node_config={}, state=RecordDict(), run_config={})
    # no site-dir in the context: building the client would fail otherwise
    reply = app(msg, ctxt)
    assert reply.has_error() and "SecAggRefused" in reply.error.reason
    assert refusal_code_in(reply.error.reason) == "policy"


def _probe_stage(
    world: Any, max_length: int, kinds: tuple[str, ...] = ("vqa",), **fields: Any
) -> Any:
    """The coordinator's alignment stage re-signed with its own kinds and max_length (and any
    other stage `fields`)."""
    prepared, _settings, _state = world
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    stages = tuple(
        dataclasses.replace(s, data_kinds=kinds, data_weights=(1.0,) * len(kinds),
                            max_length=max_length, **fields)
        if s.name == "alignment" else s
        for s in prepared.curriculum.stages
    )  # fmt: skip
    probe = dataclasses.replace(prepared.curriculum, stages=stages)
    return probe, sign_manifest(key, probe, prepared.model_digest, prepared.signed.terms)


def _prompt_length(question: str) -> int:
    """The max_length a first turn needs (as `fitting_examples` counts it)."""
    from model.prompting import format_prompt

    _model, tok, preset = load_base(default_base_dir())
    return len(tok(format_prompt(question, num_images=1))["input_ids"]) + preset.image_seq_length


def test_whether_one_study_fits_the_stage_is_not_told_by_a_refusal(
    world: Any, monkeypatch: Any
) -> None:
    """A coordinator picks max_length so that one target study alone fits (its questions are
    the shortest): were "no unit fits" refused before the budget gate, the reply code would
    tell whether the target is in the data set, for free and as often as asked. The site
    trains either way, on the target or on no unit at all, and charges its budget each time."""
    prepared, settings, state = world
    full = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    align = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    vqa = dataclasses.replace(align, data_kinds=("vqa",), data_weights=(1.0,))
    units = study_units(full.train, vqa, full.reports_dir)
    longest = sorted((max(_prompt_length(q) for q, _ in u.turns), u.unit) for u in units)
    length, target = next((n, u) for n, u in longest if n >= 32)  # 32: the curriculum's floor
    # D: the other studies have no VQA this short (their VQA removed); D' = D less the target
    first = {u.unit: _prompt_length(u.question) for u in units}
    short = {u for u, n in first.items() if n <= length and u != target}

    def site(gone: set[str]) -> Any:
        t = full.train
        train = dataclasses.replace(
            t, vqa=[s for s in t.vqa if s.image.stem not in short | gone],
            captions=[c for c in t.captions if c.image.stem not in gone],
            conversations=[c for c in t.conversations
                           if not c.images or c.images[0].stem not in gone],
        )  # fmt: skip
        return agent.CuratedData(train, full.reports_dir, full.dataset_digest)

    probe, signed = _probe_stage(world, length)
    replies = []
    for rnd, curated in enumerate((site(set()), site({target}), site({target})), start=200):
        monkeypatch.setattr(agent, "curated_data", lambda *a, c=curated: c)
        before = len(_ledger_entries(settings))
        instr = dataclasses.replace(
            _instr(prepared, state, rnd=rnd), curriculum=canonical_bytes(probe).decode()
        )
        _arrays, report = _round(world, instr, signed)
        replies.append((report.refused, report.num_examples))
        entries = _ledger_entries(settings)
        assert len(entries) == before + 1 and entries[-1].status == "committed"
    assert replies == [("", replies[0][1])] * 3  # the same reply with and without the target


def test_a_site_without_any_data_set_of_the_stages_kinds_is_refused_for_data(
    world: Any, monkeypatch: Any
) -> None:
    """Refusing for data is left to what the site's layout holds (here: no VQA files at all),
    which says nothing about one study; nothing is charged."""
    prepared, settings, state = world
    full = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    bare = dataclasses.replace(
        full.train, vqa=[], sources=tuple(x for x in full.train.sources
                                          if x not in ("vqa-rad", "slake"))
    )  # fmt: skip
    monkeypatch.setattr(
        agent, "curated_data",
        lambda *a: agent.CuratedData(bare, full.reports_dir, full.dataset_digest),
    )  # fmt: skip
    probe, signed = _probe_stage(world, 64)
    instr = dataclasses.replace(
        _instr(prepared, state, rnd=210), curriculum=canonical_bytes(probe).decode()
    )
    before = len(_ledger_entries(settings))
    _arrays, report = _round(world, instr, signed)
    assert report.refused == "data"
    assert len(_ledger_entries(settings)) == before


def test_a_max_length_between_a_units_turns_neither_crashes_nor_burns_budget(world: Any) -> None:
    """Turns are shuffled, so any question may open a sample: were a unit kept because its
    stored first turn fits, a max_length below its longest question would make the round fail
    after its spend was reserved (budget burned, and a failure that depends on the data). Each
    unit keeps the turns that can open a sample within max_length."""
    from site_agent.examples import shuffled_turns
    from site_agent.trainer import fitting_examples

    prepared, settings, state = world
    full = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    align = next(s for s in prepared.curriculum.stages if s.name == "alignment")
    vqa = dataclasses.replace(align, data_kinds=("vqa",), data_weights=(1.0,))
    units = study_units(full.train, vqa, full.reports_dir)
    length = next(
        n for n in range(32, 200)
        if any(_prompt_length(u.question) <= n < max(_prompt_length(q) for q, _ in u.turns)
               for u in units)
    )  # fmt: skip
    _model, tok, preset = load_base(default_base_dir())
    kept = fitting_examples(units, tok, preset, length)
    whole = {u.unit: len(u.turns) for u in units}
    assert kept and any(len(k.turns) < whole[k.unit] for k in kept)
    rng = np.random.default_rng(0)
    for _ in range(20):  # any order of the kept turns builds a batch
        make_batch([shuffled_turns(u, rng) for u in kept], tok, preset, ImageCache(), length, CPU)
    probe, signed = _probe_stage(world, length)
    before = len(_ledger_entries(settings))
    for rnd in (220, 221):
        instr = dataclasses.replace(
            _instr(prepared, state, rnd=rnd), curriculum=canonical_bytes(probe).decode()
        )
        _arrays, report = _round(world, instr, signed)
        assert report.refused == ""
    assert [e.status for e in _ledger_entries(settings)[before:]] == ["committed"] * 2


def _sybil_neighbours(target: Any, sign: Any) -> dict[str, Any]:
    """The fabricated-neighbours attack (a coordinator alone against one site): set up the
    target through its guard and mod, then answer share keys with two key pairs the coordinator
    made itself as "sites" 22 and 33, each entry as `sign(node, pk1, pk2)` dresses it. Returns
    what the attack needs to unmask: the fake keys, the target's public keys, the message."""
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
    from flwr.supercore.primitives.asymmetric import public_key_to_bytes
    from test_secagg_identity import SETUP

    from protocols.secagg_secrets import generate_mask_key

    rec = target.configs(target.send(SETUP))
    t_pk1, t_pk2 = rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2]
    fake = {f: (generate_mask_key(), generate_mask_key()) for f in (22, 33)}
    pks = {f: [public_key_to_bytes(k1.public_key()), public_key_to_bytes(k2.public_key())]
           for f, (k1, k2) in fake.items()}  # fmt: skip
    own = [t_pk1, t_pk2, rec.get("medfed_pk_signature", b""), rec.get("medfed_site_key", b"")]
    message = {Key.STAGE: Stage.SHARE_KEYS, str(target.nid): own if own[2] else own[:2],
               **{str(f): sign(f, *pk) for f, pk in pks.items()}}  # fmt: skip
    return {"fake": fake, "t_pk1": t_pk1, "t_pk2": t_pk2, "share_keys": message}


def _unmask_with_fake_neighbours(target: Any, attack: dict[str, Any]) -> np.ndarray:
    """The rest of the attack: decrypt the shares the
    target encrypted to the fake sites, collect its masked vector, rebuild its seed, remove
    the pairwise masks with the fake sites' keys."""
    from flwr.common.secure_aggregation.crypto.symmetric_encryption import (
        decrypt,
        encrypt,
        generate_shared_key,
    )
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
    from flwr.common.secure_aggregation.secaggplus_utils import (
        share_keys_plaintext_concat,
        share_keys_plaintext_separate,
    )
    from flwr.supercore.primitives.asymmetric import bytes_to_public_key
    from test_secagg_identity import CLIP, TARGET

    from protocols.secagg_identity import open_share, seal_share, session_round
    from protocols.secagg_masking import apply_masks, masked_arrays
    from protocols.secagg_secrets import MASK_SEED_BYTES, combine_secret

    fake, t_pk1, t_pk2 = attack["fake"], attack["t_pk1"], attack["t_pk2"]
    rec = target.configs(target.send(attack["share_keys"]))
    seed_shares, cts = [], []
    rnd = session_round("run", target.global_round, b"s")  # announced at set-up
    for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
        k = generate_shared_key(fake[int(dst)][1], bytes_to_public_key(t_pk2))
        _src, _dst, b_share, sk_share = share_keys_plaintext_separate(
            open_share(rnd, decrypt(k, ct))
        )
        seed_shares.append(b_share)
        cts.append(encrypt(k, seal_share(rnd, share_keys_plaintext_concat(
            int(dst), target.nid, b_share, sk_share))))  # fmt: skip
    content = target.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS, Key.SOURCE_LIST: [22, 33],
                           Key.CIPHERTEXT_LIST: cts})  # fmt: skip
    vec = np.concatenate([np.ravel(a) for a in masked_arrays(content)]).astype(np.uint32).copy()
    pair = [(generate_shared_key(fake[f][0], bytes_to_public_key(t_pk1)),
             -(1 if target.nid > f else -1)) for f in (22, 33)]  # fmt: skip
    apply_masks(vec, [(combine_secret(seed_shares, 2, MASK_SEED_BYTES), -1), *pair])
    return (vec[1:].astype(np.float64) * (2 * CLIP / TARGET) - CLIP) * TARGET / int(vec[0])


def _nothing_shared(target: Any) -> bool:
    from flwr.client.mod.secure_aggregation.secaggplus_mod import SecAggPlusState
    from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_STATE, Stage

    state = SecAggPlusState(**target.ctxt.state.config_records[RECORD_KEY_STATE])
    return state.current_stage == Stage.SETUP and state.rd_seed == b"" and not state.ss2_dict


def test_a_coordinator_cannot_stand_in_for_a_sites_neighbours(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The sybil attack of a coordinator alone: it answers share keys with key pairs it made
    itself as the target's neighbours. Without `peer_keys` (control) the target's update comes
    out in the clear; with the other hospitals' keys in its policy the target refuses, before
    any share is made or encrypted, whether the fake entries carry no signature, a signature by
    the coordinator's own key, a forged one under a real peer's key, or real signatures by one
    colluding hospital standing in for both neighbours. The real peers' signed keys pass."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from test_secagg_identity import make_sites

    from protocols.secagg_identity import session_round, sign_public_keys

    update = np.random.default_rng(1).uniform(-0.4, 0.4, 64).astype(np.float32)
    updates = [update, update, update]
    own = Ed25519PrivateKey.generate()
    # control: the same attack against a site whose policy lists no peer keys unmasks it
    (bare,) = make_sites(tmp_path / "bare", [11], [update], peers=lambda _i: [])
    attack = _sybil_neighbours(bare, lambda _f, p1, p2: [p1, p2])
    np.testing.assert_allclose(_unmask_with_fake_neighbours(bare, attack), update, atol=1e-4)

    target, peer1, peer2 = make_sites(tmp_path / "signed", [11, 44, 55], updates)
    real = {22: peer1.key, 33: peer2.key}
    rk = session_round("run", target.global_round, b"s")  # the session the target is set up in
    earlier = session_round("run", target.global_round - 1, b"s")
    dresses: dict[str, Any] = {  # how the fake entries are dressed -> why the site refuses
        "neighbour 22 carries no signature": lambda _f, p1, p2: [p1, p2],
        "neighbour 22 is signed by a key not in secure_aggregation.peer_keys":
            lambda _f, p1, p2: [p1, p2, *sign_public_keys(own, p1, p2, rk)],
        "neighbour 22's signature over its public keys does not verify": lambda f, p1, p2: [
            p1, p2, sign_public_keys(own, p1, p2, rk)[0], sign_public_keys(real[f], b"", b"")[1]
        ],
        # the real peers' own signatures over these keys, for another session (a replay)
        "neighbour 22's signature over its public keys does not verify (for this session's "
        "round)": lambda f, p1, p2: [p1, p2, *sign_public_keys(real[f], p1, p2, earlier)],
        "neighbour 33 is signed by the same site key as node 22": lambda _f, p1, p2: [
            p1, p2, *sign_public_keys(peer1.key, p1, p2, rk)
        ],
    }  # fmt: skip
    for why, sign in dresses.items():
        target.ctxt.state = type(target.ctxt.state)()  # a fresh round's state
        attack = _sybil_neighbours(target, sign)
        caplog.clear()
        with pytest.raises(SecAggRefused, match="refused at a site: policy"):
            _unmask_with_fake_neighbours(target, attack)
        assert why in caplog.text, caplog.text
        assert _nothing_shared(target), why

    # the honest cohort: the real peers' own signed keys are accepted and shares are made
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
    from test_secagg_identity import SETUP

    target.ctxt.state = type(target.ctxt.state)()
    entries = {}
    for site in (target, peer1, peer2):
        rec = site.configs(site.send(SETUP))
        entries[str(site.nid)] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2],
                                  rec["medfed_pk_signature"], rec["medfed_site_key"]]  # fmt: skip
    rec = target.configs(target.send({Key.STAGE: Stage.SHARE_KEYS, **entries}))
    assert sorted(rec[Key.DESTINATION_LIST]) == [44, 55]  # type: ignore[type-var]
    assert not _nothing_shared(target)


# Inconsistent survivor lists (Bell et al. 2020's consistency check): a malicious coordinator,
# every site honest and signed, unmasks site A alone by shrinking A's neighbourhood to t and
# telling each site its own story of who survived: rd_seed_A from t neighbours told "A
# survived", the mask key of each of A's neighbours from t others told "that one dropped".
# Shares 10, threshold 6 (a majority, as the guard requires); every per-message check passes.
_SHARES, _T = 10, 6
_A, _B, _E = "A", [f"B{i}" for i in range(1, 6)], [f"E{i}" for i in range(1, 5)]
_SETS = {_A: {_A, *_B}, **{b: {_A, *_B, *_E} for b in _B}, **{e: {*_B, *_E} for e in _E}}
_EDEAD = {"E1": {"B1", "B2", "B3"}, "E2": {"B4", "B5", "B1"}, "E3": {"B2", "B3", "B4"},
          "E4": {"B5"}}  # fmt: skip
_STORIES = {_A: (_SETS[_A], set()), **{b: ({_A, b, *_E}, set(_B) - {b}) for b in _B},
            **{e: (_SETS[e] - _EDEAD[e], _EDEAD[e]) for e in _E}}  # fmt: skip


def test_inconsistent_survivor_lists_pass_every_per_message_check() -> None:
    """The hole the consistency check closes: the stories are each consistent, so the guard's
    per-message checks (set-up majority, cohort sizes, unmask lists) let every one through, and
    between them they rebuild A's mask seed and every mask key A's pairwise masks came from."""
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage

    from site_agent.policy import SecureAggregationPolicy

    pol = SecureAggregationPolicy(min_cohort=3, min_threshold=2)
    check_secagg_stage(pol, {Key.STAGE: Stage.SETUP, Key.SAMPLE_NUMBER: 10,
                             Key.SHARE_NUMBER: _SHARES, Key.THRESHOLD: _T})  # fmt: skip
    ids = {u: i for i, u in enumerate(sorted(_SETS))}
    for v, near in _SETS.items():
        assert all(v in _SETS[u] for u in near) and _T <= len(near) <= _SHARES
        act, dead = _STORIES[v]
        assert act <= near and dead <= near - {v} and len(act) >= _T and not act & dead
        check_secagg_stage(pol, {Key.STAGE: Stage.UNMASK,
                                 Key.ACTIVE_NODE_ID_LIST: sorted(ids[u] for u in act),
                                 Key.DEAD_NODE_ID_LIST: sorted(ids[u] for u in dead)})  # fmt: skip
    assert sum(_A in _STORIES[v][0] for v in _SETS[_A]) >= _T  # A's mask seed rebuilt
    for b in _B:  # and the mask key of each of A's neighbours
        assert sum(b in _STORIES[v][1] for v in _SETS[b]) >= _T, b


def test_the_consistency_check_leaves_every_story_without_enough_signers() -> None:
    """With the consistency check each site signs the one story it was told (over the round's
    cohort) and reveals shares only when t of its neighbours, itself included, and a majority
    of the consortium signed the same story: every story here differs, so no site reveals
    anything; told one story (honest), all do."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from protocols.keys import public_raw
    from protocols.secagg_identity import (
        cohort_digest,
        consistency_problems,
        round_id,
        sign_survivors,
    )

    ids = {u: i for i, u in enumerate(sorted(_SETS))}
    keys = {u: Ed25519PrivateKey.generate() for u in _SETS}
    raw = {ids[u]: public_raw(keys[u].public_key()) for u in _SETS}
    digest = cohort_digest({n: (f"pk1 of {n}".encode(), key) for n, key in raw.items()})
    rnd = round_id("run", 3)

    def revealing(stories: dict[str, tuple[set[str], set[str]]]) -> list[str]:
        told = {u: (sorted(ids[x] for x in a), sorted(ids[x] for x in d))
                for u, (a, d) in stories.items()}  # fmt: skip
        sigs = {ids[u]: sign_survivors(keys[u], *told[u], digest, rnd) for u in _SETS}
        out = []
        for v, near in _SETS.items():
            neighbours = [ids[u] for u in near]
            act, dead = told[v]
            mine = ([n for n in act if n in neighbours], [n for n in dead if n in neighbours])
            if not consistency_problems(told[v], mine, neighbours, ids[v], raw, digest, rnd, sigs,
                                        _T, set(raw.values())):  # fmt: skip
                out.append(v)
        return out

    assert revealing(_STORIES) == []
    assert revealing({u: (set(_SETS), set()) for u in _SETS}) == sorted(_SETS)


def _three_signed_sites_to_consistency(
    root: Path, peers: bool, *, min_survivors: int = 2, refusing: tuple[int, ...] = ()
) -> tuple[list[Any], list[int], dict[str, object]]:
    """Three real sites (guard and mod), set up, keys shared and masked vectors sent honestly
    (those at the indices `refusing` refused the round: weight 0); with the cohort the
    consistency message carries. By default their policies accept a mean of two sites'
    updates (min_survivors 2), so that the stories of one dropout told here meet the
    survivor-list checks, not the two-survivor floor that would refuse them first."""
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
    from test_secagg_identity import SETUP, cohort_of, make_sites, on_grid

    nids = [11, 22, 33]
    sites = make_sites(root, nids, [on_grid([5, 6])] * 3, peers=None if peers else lambda _i: [],
                       min_survivors=min_survivors)  # fmt: skip
    for i in refusing:
        sites[i].examples = 0
    entries = {}
    for site in sites:
        rec = site.configs(site.send(SETUP))
        entries[str(site.nid)] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2],
                                  rec["medfed_pk_signature"], rec["medfed_site_key"]]  # fmt: skip
    forward: dict[int, list[tuple[int, bytes]]] = {n: [] for n in nids}
    for site in sites:
        rec = site.configs(site.send({Key.STAGE: Stage.SHARE_KEYS, **entries}))
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            forward[int(dst)].append((site.nid, ct))  # type: ignore[call-overload]
    for site in sites:
        site.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS,
                   Key.SOURCE_LIST: [s for s, _ in forward[site.nid]],
                   Key.CIPHERTEXT_LIST: [c for _, c in forward[site.nid]]})  # fmt: skip
    return sites, nids, cohort_of({int(n): e for n, e in entries.items()})


def test_a_site_refuses_to_unmask_on_survivor_lists_its_neighbours_did_not_sign(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Real sites, every stage. The coordinator tells b "c dropped" and c "b dropped" (to get
    a's mask seed from both and each one's mask key from the other). Without peer_keys
    (control) b hands over its shares on its story; with peer keys b refuses, before the mod
    sends any share: its story has only its own signature (threshold 2). It refuses as well
    when the unmask lists are not the ones it signed, or the coordinator withholds the others'
    signatures of an honest story, or replays c's signature from another round; and a site
    signs one story a round. The honest story with every signature is unmasked."""
    from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_STATE, Key, Stage
    from test_secagg_identity import CONSISTENCY, signed_by

    from protocols.secagg_identity import CONSISTENCY_SIGNATURE_KEY, DROPPED_KEY, SURVIVORS_KEY

    cohort: dict[str, object] = {}

    def consistency(site: Any, active: list[int], dead: list[int]) -> bytes:
        story = {SURVIVORS_KEY: active, DROPPED_KEY: dead}
        rec = site.configs(site.send(CONSISTENCY | story | cohort))
        return bytes(rec[CONSISTENCY_SIGNATURE_KEY])  # type: ignore[arg-type]

    def unmask(site: Any, active: list[int], dead: list[int], sigs: dict[int, bytes]) -> Any:
        lists = {Key.ACTIVE_NODE_ID_LIST: active, Key.DEAD_NODE_ID_LIST: dead}
        return site.configs(site.send({Key.STAGE: Stage.UNMASK, **lists, **signed_by(sigs)}))

    # control: sites without peer keys serve the inconsistent story (the hole, as before)
    (a, b, c), _, cohort = _three_signed_sites_to_consistency(tmp_path / "bare", peers=False)
    sigs = {a.nid: consistency(a, [11, 22, 33], []), b.nid: consistency(b, [11, 22], [33]),
            c.nid: consistency(c, [11, 33], [22])}  # fmt: skip
    rec = unmask(b, [11, 22], [33], sigs)
    assert sorted(rec[Key.NODE_ID_LIST]) == [11, 22, 33]  # type: ignore[type-var]  # c's sk1 too

    refusals = {  # (b's signed story, b's unmask lists, whose signatures) -> why it refuses
        "1 of its neighbours (itself included) signed":
            (([11, 22], [33]), ([11, 22], [33]), "all"),
        "its unmask lists are not the survivor lists it signed":
            (([11, 22, 33], []), ([11, 22], [33]), "all"),
        "1 of its neighbours (itself included)": (([11, 22, 33], []), ([11, 22, 33], []), "own"),
    }  # fmt: skip
    for case, (why, (story, lists, whose)) in enumerate(refusals.items()):
        (a, b, c), _, cohort = _three_signed_sites_to_consistency(
            tmp_path / f"case{case}", peers=True
        )
        sigs = {b.nid: consistency(b, *story)}
        if whose == "all":  # a told the honest story, c the mirror of b's
            sigs[a.nid] = consistency(a, [11, 22, 33], [])
            sigs[c.nid] = consistency(c, [11, 33], [22]) if story[1] else consistency(
                c, [11, 22, 33], [])  # fmt: skip
        caplog.clear()
        with pytest.raises(SecAggRefused, match="refused at a site: policy"):
            unmask(b, *lists, sigs)
        assert why in caplog.text, caplog.text
        assert b.ctxt.state.config_records[RECORD_KEY_STATE]["current_stage"] != Stage.UNMASK

    # a replayed signature (c's over the same story, another round's pk1) is not counted
    (a, b, c), _, cohort = _three_signed_sites_to_consistency(tmp_path / "old", peers=True)
    old = consistency(c, [11, 22, 33], [])
    (a, b, c), _, cohort = _three_signed_sites_to_consistency(tmp_path / "new", peers=True)
    with pytest.raises(SecAggRefused):
        unmask(b, [11, 22, 33], [], {b.nid: consistency(b, [11, 22, 33], []), c.nid: old})
    # one story a round: asked again with another, the site refuses to sign
    with pytest.raises(SecAggRefused, match="refused at a site: policy"):
        consistency(b, [11, 22], [33])

    # honest: one story, every signature: every site reveals its shares, a's seed among them
    (a, b, c), nids, cohort = _three_signed_sites_to_consistency(tmp_path / "honest", peers=True)
    sigs = {s.nid: consistency(s, nids, []) for s in (a, b, c)}
    for site in (a, b, c):
        assert sorted(unmask(site, nids, [], sigs)[Key.NODE_ID_LIST]) == nids  # type: ignore[type-var]


def test_a_run_config_cannot_point_a_supernode_at_another_directory(tmp_path: Path) -> None:
    """A run submitter names `data-root` in the run config; a deployed SuperNode without
    `site-dir` (no `num-partitions`: not a simulation's virtual node) must not go there and
    take the `site.json`, policy and ledger it finds."""
    from flwr.app import Context, RecordDict

    from site_agent.settings import SiteSettingsError, resolve_site_settings

    planted = tmp_path / "elsewhere" / "victim"
    planted.mkdir(parents=True)
    (planted / "site.json").write_text('{"site": "victim"}')
    run_config: dict[str, Any] = {"data-root": str(planted.parent)}
    for node_config in ({}, {"partition-id": 0}):
        ctxt = Context(
            run_id=1,
            node_id=7,
            node_config=node_config,
            state=RecordDict(),
            run_config=run_config,
        )
        with pytest.raises(SiteSettingsError, match="'site-dir' is not set"):
            resolve_site_settings(ctxt)
    # a simulation's virtual node reads the run's data root, as the Simulation Engine needs
    sim = Context(
        run_id=1,
        node_id=7,
        node_config={"partition-id": 0, "num-partitions": 1},
        state=RecordDict(),
        run_config=run_config,
    )
    assert resolve_site_settings(sim).site_dir == planted
    # and the hospital's own node config wins over the run config
    own = tmp_path / "own"
    own.mkdir()
    (own / "site.json").write_text('{"site": "own"}')
    node = Context(
        run_id=1,
        node_id=7,
        node_config={"site-dir": str(own), "num-partitions": 1},
        state=RecordDict(),
        run_config=run_config,
    )
    assert resolve_site_settings(node).site_dir == own


def test_a_site_holding_more_studies_than_it_declares_is_warned_in_its_own_log(
    world: Any, policy_edit: Any, caplog: Any
) -> None:
    """Past the declared N a DP step's rows follow the count held (no phantom slot is left to
    hide it): the site's own log says so, and the reply does not."""
    prepared, settings, state = world
    full = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    from site_agent.examples import site_studies

    held = len(site_studies(full.train))
    accounted = settings.policy_file.read_text().split("accounted_studies = ")[1].split()[0]
    with caplog.at_level(logging.WARNING, logger=agent.log.name):
        _round(world, _instr(prepared, state, rnd=400))
    assert "more than privacy.accounted_studies" not in caplog.text
    assert held > 8
    policy_edit(f"accounted_studies = {accounted}", "accounted_studies = 8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=agent.log.name):
        _arrays, report = _round(world, _instr(prepared, state, rnd=401))
    assert f"holds {held} training studies, more than privacy.accounted_studies 8" in caplog.text
    assert report.num_examples == 8 and report.refused == ""  # the weight is the declared N


def test_whether_a_site_holds_min_dataset_size_studies_is_not_told_by_a_dp_refusal(
    world: Any, policy_edit: Any, monkeypatch: Any
) -> None:
    """A site holding exactly training.min_dataset_size studies: with the target study and
    without it, a DP stage gets the same reply and is charged the same (the size check of a DP
    stage is on the declared accounted_studies, public); only a policy whose declared N is under
    its own minimum is refused, before anything is charged. A stage without DP, which the policy
    opted into, is still checked on the count held."""
    prepared, settings, state = world
    full = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    from site_agent.examples import site_studies

    held = sorted(site_studies(full.train))
    target = held[0]

    def without(gone: set[str]) -> Any:
        t = full.train
        train = dataclasses.replace(
            t, vqa=[s for s in t.vqa if t.study_of(s.image) not in gone],
            captions=[c for c in t.captions if t.study_of(c.image) not in gone],
            conversations=[c for c in t.conversations
                           if not c.images or t.study_of(c.images[0]) not in gone],
        )  # fmt: skip
        assert len(site_studies(train)) == len(held) - len(gone)
        return agent.CuratedData(train, full.reports_dir, full.dataset_digest)

    policy_edit("min_dataset_size = 8", f"min_dataset_size = {len(held)}")
    replies = []
    for rnd, curated in enumerate((without(set()), without({target})), start=300):
        monkeypatch.setattr(agent, "curated_data", lambda *a, c=curated: c)
        before = len(_ledger_entries(settings))
        _arrays, report = _round(world, _instr(prepared, state, rnd=rnd))
        replies.append((report.refused, report.num_examples))
        entries = _ledger_entries(settings)
        assert len(entries) == before + 1 and entries[-1].status == "committed"
    assert replies[0][0] == "" and replies[1] == replies[0]

    # the declared N under the policy's own minimum: a policy refusal, nothing charged
    accounted = settings.policy_file.read_text().split("accounted_studies = ")[1].split()[0]
    policy_edit(f"min_dataset_size = {len(held)}", f"min_dataset_size = {int(accounted) + 1}")
    before = len(_ledger_entries(settings))
    with pytest.raises(RoundRefused) as info:
        _round(world, _instr(prepared, state, rnd=310))
    assert info.value.code == "policy" and "privacy.accounted_studies is" in info.value.detail
    assert len(_ledger_entries(settings)) == before

    # a stage without DP (the hospital opted out of DP) is checked on the count it holds
    policy_edit(f"min_dataset_size = {int(accounted) + 1}", f"min_dataset_size = {len(held)}")
    policy_edit("require_dp = true", "require_dp = false")
    cur = prepared.curriculum
    no_dp = dataclasses.replace(
        cur, stages=tuple(dataclasses.replace(s, dp=None) if s.name == "alignment" else s
                          for s in cur.stages),
    )  # fmt: skip
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    signed = sign_manifest(key, no_dp, prepared.model_digest, prepared.signed.terms)
    plain = dataclasses.replace(
        _instr(prepared, state, rnd=311), curriculum=canonical_bytes(no_dp).decode()
    )
    monkeypatch.setattr(agent, "curated_data", lambda *a: without({target}))
    _arrays, report = _round(world, plain, signed)
    assert report.refused == "data"


@pytest.mark.parametrize("cohort_shown", ["whole", "neighbourhood"])
def test_one_story_per_neighbourhood_unmasks_no_site(
    tmp_path: Path, cohort_shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight honest hospitals, each listing the others as peers. The coordinator gives each
    group its own neighbourhood, share count and threshold (every set-up a majority, every
    cohort over min_cohort), tells victim X that only d1 and d2 sent it shares (so X masks with
    those two alone) and then tells three groups three stories, each signed by enough of that
    group's own neighbourhood: to X, d1, d2 "X, d1, d2 survived"; to r1, r2 (neighbourhood
    {r1, r2, X}, threshold 2) "X, r1, r2 survived", for X's mask seed; to e1-e3 "d1, d2
    dropped", for d1's and d2's mask keys. Checked per neighbourhood, X's own share and r1's
    and r2's rebuilt X's seed (threshold 3), e1-e3 the two mask keys, and X's update came out
    alone. A story needs a majority of the consortium (five of eight) now: no group reveals
    anything, whether shown the whole cohort or only its neighbourhood. (The guard also refuses
    these small neighbourhoods for an 8-site cohort, `test_secagg_rounds`; that check is set
    aside here, so the majority is what stops it.)"""
    from site_agent import secagg_guard

    monkeypatch.setattr(secagg_guard, "shares_and_threshold", lambda n: (3, 2))
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
    from test_secagg_identity import cohort_of, keyed_neighbourhoods, make_sites, signed_by

    from protocols.secagg_identity import CONSISTENCY_SIGNATURE_KEY, DROPPED_KEY, SURVIVORS_KEY
    from protocols.secagg_masking import masked_arrays

    x, d1, d2, r1, r2, e1, e2, e3 = 11, 21, 22, 31, 32, 41, 42, 43
    nids = [x, d1, d2, r1, r2, e1, e2, e3]
    near = {x: [x, d1, d2, r1, r2], d1: [d1, x, e1, e2, e3], d2: [d2, x, e1, e2, e3],
            r1: [r1, r2, x], r2: [r2, r1, x], e1: [e1, e2, e3, d1, d2],
            e2: [e2, e1, e3, d1, d2], e3: [e3, e1, e2, d1, d2]}  # fmt: skip
    shape = {n: (5, 3) for n in nids} | {r1: (3, 2), r2: (3, 2)}  # (shares, threshold)
    sources = {x: [d1, d2], r1: [r2, x], r2: [r1, x], d1: [x, e1, e2, e3], d2: [x, e1, e2, e3],
               e1: [e2, e3, d1, d2], e2: [e1, e3, d1, d2], e3: [e1, e2, d1, d2]}  # fmt: skip
    stories = {x: ([x, d1, d2], []), d1: ([x, d1, d2], []), d2: ([x, d1, d2], []),
               r1: ([x, r1, r2], []), r2: ([x, r1, r2], []),
               **{e: ([e1, e2, e3], [d1, d2]) for e in (e1, e2, e3)}}  # fmt: skip
    rng = np.random.default_rng(7)
    updates = [rng.uniform(-0.4, 0.4, 64).astype(np.float32) for _ in nids]
    sites = {s.nid: s for s in make_sites(tmp_path, nids, updates)}

    # each site is set up with its own (k, t) and hears of its own neighbourhood only
    entries, forward = keyed_neighbourhoods(sites, shape, near, sampled=8)
    for n, s in sites.items():
        cts = [forward[n][m] for m in sources[n]]
        masked_arrays(s.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS,
                              Key.SOURCE_LIST: sources[n], Key.CIPHERTEXT_LIST: cts}))  # fmt: skip

    sigs = {}
    for n, s in sites.items():  # every site signs the one story it is told, if it may
        shown = entries if cohort_shown == "whole" else {m: entries[m] for m in near[n]}
        story = {SURVIVORS_KEY: stories[n][0], DROPPED_KEY: stories[n][1]}
        try:
            rec = s.configs(s.send({Key.STAGE: "medfed_consistency", **story, **cohort_of(shown)}))
        except SecAggRefused:  # d1, d2 shown their neighbourhood: the story names d2 / d1
            continue
        sigs[n] = bytes(rec[CONSISTENCY_SIGNATURE_KEY])  # type: ignore[arg-type]
    assert len(sigs) >= (8 if cohort_shown == "whole" else 6)
    revealed = []
    for n in (x, r1, r2, e1, e2, e3):
        act, dead = stories[n]
        unmask = {Key.STAGE: Stage.UNMASK,
                  Key.ACTIVE_NODE_ID_LIST: [m for m in act if m in near[n]],
                  Key.DEAD_NODE_ID_LIST: [m for m in dead if m in near[n]]}  # fmt: skip
        try:
            sites[n].send(unmask | signed_by(sigs))
        except SecAggRefused:
            continue
        revealed.append(n)
    assert revealed == []


def _evaluate(world: Any, rnd: int = 1, max_items: int = 4) -> tuple[int, dict[str, Any]]:
    from site_agent.evaluate import evaluate_round

    prepared, settings, state = world
    instr = _instr(prepared, state, "instruction", rnd)
    return evaluate_round(settings, instr, prepared.signed, update_codec.to_arrays(state),
                          max_items=max_items)  # fmt: skip


def test_evaluation_counts_leave_noised_and_spent_before_they_leave(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coordinator asking the same model twice, round after round, to average the counts or
    read one study's answer from their difference: each release carries fresh noise from the
    site's CSPRNG, and each is a spend of the site's lifetime budget, recorded (kind evaluation,
    the evaluation mechanism) and committed before the counts leave, and reported to the
    consortium in the reply's signed `released` entry."""
    from protocols.accounting import epsilon_of, evaluation_mechanism
    from protocols.ledger_entry import site_signature_valid
    from protocols.round import EVALUATION_COUNTS, evaluation_digest

    _prepared, settings, _state = world
    from site_agent import evaluate

    policy = load_policy(settings.policy_file)
    before = _ledger_entries(settings)
    stds: list[float] = []
    draws: list[tuple[float, ...]] = []
    noised = evaluate.noisy_counts

    class Seen:  # the site's noise source, each draw recorded
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def values(self, std: float, n: int) -> Any:
            out = self.inner.values(std, n)
            draws.append(tuple(float(x) for x in out))
            return out

    def recording(exact: Any, std: float, noise: Any) -> Any:
        stds.append(std)
        return noised(exact, std, Seen(noise))

    monkeypatch.setattr(evaluate, "noisy_counts", recording)
    releases = [_evaluate(world, rnd) for rnd in (7, 7, 8)]
    entries = _ledger_entries(settings)[len(before) :]
    assert [(e.kind, e.status) for e in entries] == [("evaluation", "committed")] * 3
    mechanism = evaluation_mechanism(
        policy.egress.evaluation_noise_multiplier, 1, policy.privacy.delta, "rdp"
    )
    assert all(e.mechanism == mechanism for e in entries)
    # the noise each release got is the one its spend accounts: noise multiplier x sensitivity
    assert stds == [mechanism.noise_multiplier * mechanism.clipping_norm] * 3
    # fresh noise each time (the released counts, rounded and clamped at 0, may still repeat:
    # a handful of questions under the release's noise is often all zeros)
    assert len(draws) == 3 and len(set(draws)) == 3, draws
    public = load_private_key(settings.agent_dir / "ledger-signing.key").public_key()
    with SiteLedger(default_url(settings.agent_dir)) as ledger:
        history = ledger.history(LIFETIME_BUDGET)
    for (n, metrics), row in zip(releases, entries, strict=True):
        assert n == metrics["closed_n"] + metrics["open_n"]  # released, not the exact 4 asked
        entry = parse_entry(str(metrics["ledger_entry"]))
        assert site_signature_valid(public, entry, bytes.fromhex(str(metrics["ledger_signature"])))
        assert entry.status == "released" and entry.stage == "instruction"  # type: ignore[union-attr]
        assert entry.update_digest == evaluation_digest(  # type: ignore[union-attr]
            "hospital-a", {k: metrics[k] for k in EVALUATION_COUNTS}
        )
        assert entry.mechanism() == dataclasses.asdict(mechanism)  # type: ignore[union-attr]
        assert entry.epsilon_after == row.epsilon_after  # type: ignore[union-attr]
    assert entries[-1].epsilon_after == pytest.approx(epsilon_of(history, 1e-5, "rdp"))
    assert entries[-1].epsilon_after > entries[0].epsilon_after


def test_evaluation_is_withheld_once_the_budget_cannot_pay_for_it(
    world: Any, policy_edit: Any
) -> None:
    """The counts are paid from the same lifetime cap as training: a coordinator asking for
    evaluations after the budget is spent gets nothing, and the refusal is in the ledger."""
    with SiteLedger(default_url(world[1].agent_dir)) as ledger:
        spent = ledger.epsilon(LIFETIME_BUDGET, 1e-5, "rdp")
    policy_edit("epsilon_cap = 1000.0", f"epsilon_cap = {spent + 0.01!r}")
    before = len(_ledger_entries(world[1]))
    n, metrics = _evaluate(world, 9)
    assert n == 0 and metrics == {"site": "hospital-a", "withheld": 1}
    (refusal,) = _ledger_entries(world[1])[before:]
    assert (refusal.kind, refusal.status) == ("evaluation", "refused")
    assert refusal.reason and "cap" in refusal.reason


def test_a_crafted_model_cannot_tell_one_studys_answer_from_the_counts() -> None:
    """Membership and attribute inference through the counts: the coordinator crafts a model
    that answers one target study's question right and every other question as before, and
    tells "the target is in the split" (counts one higher in closed_n and closed_correct) from
    "it is not" by the released counts. With exact counts it is always right; under the site's
    default noise its best test (a threshold on the sum of the two moved counts, the likelihood
    ratio test for that shift) is right no more often than eps allows."""
    from protocols.accounting import epsilon_of, evaluation_mechanism
    from site_agent.evaluate import noisy_counts
    from site_agent.policy import DEFAULT_EVALUATION_NOISE
    from site_agent.randomness import SecureNoise

    mechanism = evaluation_mechanism(DEFAULT_EVALUATION_NOISE, 1, 1e-5, "rdp")
    eps = epsilon_of([mechanism], 1e-5, "rdp")
    std = mechanism.noise_multiplier * mechanism.clipping_norm
    without = {"closed_n": 90, "closed_correct": 60, "open_n": 40, "open_exact": 10}
    with_target = {**without, "closed_n": 91, "closed_correct": 61}
    noise = SecureNoise(np.random.default_rng(20261207), workers=1)
    trials = 3000

    def scores(exact: dict[str, int]) -> np.ndarray:
        out = [noisy_counts(exact, std, noise) for _ in range(trials)]
        return np.array([c["closed_n"] + c["closed_correct"] for c in out])

    outside, inside = scores(without), scores(with_target)
    assert len(set(outside.tolist())) > 10  # the counts vary: no exact value leaks
    best = max(
        ((inside > t).mean() + (outside <= t).mean()) / 2
        for t in np.unique(np.concatenate([inside, outside]))
    )
    bound = np.exp(eps) / (1 + np.exp(eps)) + 1e-5
    assert best <= bound + 0.03, (best, bound)  # sampling slack of about 3 standard errors
    assert best < 0.6  # and far from the exact counts' certainty (1.0)


def test_an_interrupted_spend_a_withheld_evaluation_leaves_is_still_reported(
    world: Any, policy_edit: Any
) -> None:
    """A training round was killed mid-training (its reservation never committed: an
    interrupted spend). An evaluation the budget then refuses answers `withheld`, with no
    signed entry; its refusal must not claim the spend, or no entry that leaves the site would
    ever list it while the site's later eps covers it. The next entry that leaves lists it."""
    from protocols.accounting import Mechanism
    from site_agent.privacy import SpendContext

    _prepared, settings, _state = world
    data = curated_data(str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir))
    killed = Mechanism(noise_multiplier=1.0, sample_rate=0.1, steps=3, clipping_norm=1.0,
                       delta=1e-5, accountant="rdp")  # fmt: skip
    with SiteLedger(default_url(settings.agent_dir)) as ledger:
        # what _train_private reserves before a round that is then killed
        ledger.reserve(LIFETIME_BUDGET, killed,
                       SpendContext(RUN, "alignment", 41, data.dataset_digest))  # fmt: skip
        spent = ledger.epsilon(LIFETIME_BUDGET, 1e-5, "rdp")
    cap = f"epsilon_cap = {spent + 0.01!r}"
    policy_edit("epsilon_cap = 1000.0", cap)
    _n, metrics = _evaluate(world, 42)  # the budget cannot pay: withheld, no entry leaves
    assert metrics == {"site": "hospital-a", "withheld": 1}
    policy_edit(cap, "epsilon_cap = 1000.0")
    _n, metrics = _evaluate(world, 43)  # the next entry that leaves the site
    entry = parse_entry(str(metrics["ledger_entry"]))
    reported = [(s.stage, s.global_round) for s in entry.interrupted]  # type: ignore[union-attr]
    assert ("alignment", 41) in reported


def test_a_question_that_fails_is_a_miss_and_answers_do_not_share_a_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether evaluation fails must not depend on which test studies were drawn (an unreadable
    image), and one question's answer must not depend on the others (a batch pads every prompt
    to its longest): the site answers one question at a time, a failure scored as a miss."""
    from evaluation.items import EvalItem
    from site_agent import evaluate

    calls: list[list[str]] = []

    def fake_predict(model: Any, processor: Any, items: Any, **kw: Any) -> dict[str, str]:
        calls.append([i.qid for i in items])
        assert kw["batch_size"] == 1
        if items[0].qid == "s:2":
            raise OSError("cannot identify image file")
        return {i.qid: "yes" for i in items}

    monkeypatch.setattr(evaluate, "predict", fake_predict)
    items = [EvalItem(qid=f"s:{i}", question="q?", answer="yes", answer_type="closed",
                      image=Path("x.png"), modality=None, options=None, question_type=None)
             for i in range(4)]  # fmt: skip
    answers = evaluate.private_answers(None, None, items)
    assert calls == [["s:0"], ["s:1"], ["s:2"], ["s:3"]]
    assert answers == {"s:0": "yes", "s:1": "yes", "s:2": "", "s:3": "yes"}
