"""DP-SGD local training on the tiny model: groups, empty Poisson batches, re-wrapping, seeding."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from torch import nn

from meddata import load_site
from model import (
    attach_lora,
    canonical_name,
    default_base_dir,
    load_base,
    load_trainable_state,
    set_trainable_groups,
    trainable_state,
)
from model.loss import per_sample_loss
from model.prompting import IGNORE_INDEX
from protocols.curriculum import DPSettings, Stage, Tiling
from simulation.synth import synthesize
from site_agent.dp import (
    DPTrainingConfig,
    batch_size_of,
    index_loader,
    private_step,
    private_training,
    train_local_dp,
)
from site_agent.examples import Example, build_examples
from site_agent.privacy import epsilon_of
from site_agent.trainer import ImageCache, evaluate_loss, make_batch

CPU = torch.device("cpu")
ALL_GROUPS = ("projector", "lm.lora", "vision.lora")


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, list[Example], ImageCache]:
    root = tmp_path_factory.mktemp("hospitals")
    synthesize(root, sites=1, studies_per_site=12)
    site_dir = next(p for p in sorted(root.iterdir()) if p.is_dir())
    examples = build_examples(load_site(Path(site_dir), "train"), ["vqa"])
    _, tokenizer, preset = load_base(default_base_dir())
    return tokenizer, preset, examples, ImageCache()


@pytest.fixture
def model(site: Any) -> nn.Module:
    tokenizer, preset, examples, images = site
    base, _, _ = load_base(default_base_dir())
    peft = attach_lora(base, ALL_GROUPS, seed=0)
    # transformers adds its output-capturing hooks on the first forward: add them before
    # the tests compare hooks.
    evaluate_loss(peft, make_batch(examples[:2], tokenizer, preset, images, 128, CPU), CPU)
    return peft


def cfg(**kw: Any) -> DPTrainingConfig:
    fields: dict[str, Any] = dict(
        steps=3, batch_size=8, learning_rate=1e-3, max_length=128, seed=0,
        noise_multiplier=1.0, max_grad_norm=1.0, trainable_groups=("projector", "lm.lora"),
        eval_size=8,
    )  # fmt: skip
    fields.update(kw)
    return DPTrainingConfig(**fields)


def _everything(model: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _opacus_traces(model: nn.Module) -> list[str]:
    """What Opacus leaves when it is not unwrapped: per-sample attributes and module hooks
    (transformers keeps a few forward hooks of its own: those are the same before and after)."""
    traces = [n for n, p in model.named_parameters() if hasattr(p, "grad_sample")]
    traces += [n for n, m in model.named_modules() if hasattr(m, "autograd_grad_sample_hooks")]
    traces += [n for n, m in model.named_modules() if hasattr(m, "ft_compute_sample_grad")]
    traces += [n for n, m in model.named_modules() if m._backward_hooks or m._backward_pre_hooks]
    traces += [f"{n}: {len(m._forward_hooks)} forward hooks" for n, m in model.named_modules()]
    return traces


@pytest.mark.parametrize(("mode", "groups"), [
    ("hooks", ("projector", "lm.lora")), ("functorch", ("lm.lora",)), ("ghost", ("projector",)),
])  # fmt: skip
def test_dp_training_changes_only_the_stage_groups(
    site: Any, model: nn.Module, mode: str, groups: tuple[str, ...]
) -> None:
    tokenizer, preset, examples, images = site
    before = _everything(model)
    clean = _opacus_traces(model)
    config = cfg(grad_sample_mode=mode, trainable_groups=groups)
    result = train_local_dp(model, tokenizer, preset, examples, config, CPU, images)
    after = _everything(model)
    changed = {k for k in before if not torch.equal(before[k], after[k])}
    stage = set(trainable_state(model, groups))
    assert (
        changed and {_canon(k) for k in changed} == stage
    )  # every stage tensor moved, nothing else
    assert result.mechanism == config.mechanism(len(examples))
    assert result.mechanism.sample_rate == 1 / np.ceil(len(examples) / 8)
    assert result.report.steps == 3 and result.report.num_examples == len(examples)
    assert np.isfinite(result.report.loss_after)
    assert _opacus_traces(model) == clean


def _canon(state_key: str) -> str:
    name = canonical_name(state_key)
    return name if name is not None else state_key


def test_no_units_is_a_noise_only_round_and_unshared_losses_are_not_computed(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A round with no unit at all takes its accounted steps with no unit in them (phantom rows
    of a public unit; the update is the noise alone); with measure_loss=False the loss passes,
    whose cost would tell how many units there are, never run."""
    import site_agent.dp as dp

    tokenizer, preset, examples, images = site
    config = cfg(steps=3, trainable_groups=("lm.lora",))
    before = _everything(model)
    result = train_local_dp(model, tokenizer, preset, [], config, CPU, images, accounted_units=40)
    assert result.empty_batches == 3 and result.report.num_examples == 0
    assert result.mechanism == config.mechanism(40)
    assert (result.report.loss_before, result.report.loss_after) == (0.0, 0.0)
    after = _everything(model)
    assert any(not torch.equal(before[k], after[k]) for k in before)  # the noise moved it

    def never(*_a: Any) -> float:
        raise AssertionError("the loss was computed though it does not leave")

    monkeypatch.setattr(dp, "evaluate_loss", never)
    result = train_local_dp(model, tokenizer, preset, examples, config, CPU, images,
                            measure_loss=False)  # fmt: skip
    assert (result.report.loss_before, result.report.loss_after) == (0.0, 0.0)


def test_empty_poisson_batches_still_take_a_noise_step(site: Any, model: nn.Module) -> None:
    tokenizer, preset, examples, images = site
    few = examples[:6]  # batch_size 1: rate 1/6, so about a third of the batches are empty
    config = cfg(steps=8, batch_size=1, seed=3, trainable_groups=("lm.lora",))
    result = train_local_dp(model, tokenizer, preset, few, config, CPU, images)
    assert result.empty_batches >= 1
    assert result.mechanism.steps == 8 and result.mechanism.sample_rate == pytest.approx(1 / 6)

    set_trainable_groups(model, ("projector",))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=1.0)
    loader = index_loader(4, batch_size=2)
    start = [p.detach().clone() for p in params]
    with private_training(model, opt, loader, config, CPU) as parts:
        assert private_step(parts, None) is None  # zero samples: noise only
        assert parts.engine.accountant.history == [(1.0, 0.5, 1)]
    assert all(not torch.equal(a, p) for a, p in zip(start, params, strict=True))
    assert batch_size_of([torch.zeros(0, dtype=torch.long)]) == 0  # Opacus's first-empty form


def test_wrap_twice_in_one_process_and_same_seed_same_result(site: Any, model: nn.Module) -> None:
    tokenizer, preset, examples, images = site
    groups = ("projector", "lm.lora")
    start = trainable_state(model, groups)
    clean = _opacus_traces(model)
    config = cfg(steps=2)
    first = train_local_dp(model, tokenizer, preset, examples, config, CPU, images)
    after_first = trainable_state(model, groups)
    load_trainable_state(model, start)
    second = train_local_dp(model, tokenizer, preset, examples, config, CPU, images)
    after_second = trainable_state(model, groups)
    assert first == second
    assert all(np.array_equal(after_first[k], after_second[k]) for k in start)
    load_trainable_state(model, start)
    train_local_dp(model, tokenizer, preset, examples, cfg(steps=2, seed=1), CPU, images)
    other = trainable_state(model, groups)
    assert any(not np.array_equal(after_first[k], other[k]) for k in start)
    assert _opacus_traces(model) == clean


@pytest.mark.parametrize(("field", "value"), [
    ("steps", 0), ("noise_multiplier", 0.0), ("max_grad_norm", float("nan")),
    ("grad_sample_mode", "ew"), ("accountant", "gdp"), ("delta", 2.0),
    ("trainable_groups", ("lm.head2",)),
])  # fmt: skip
def test_config_rejects_bad_fields(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=field):
        cfg(**{field: value})


def test_sample_rate_is_the_poisson_rate_opacus_uses() -> None:
    assert cfg(batch_size=8).sample_rate(64) == 1 / 8
    assert cfg(batch_size=4).sample_rate(10) == 1 / 3  # 1 / ceil(10 / 4), a bit below 4/10
    assert cfg(batch_size=32).sample_rate(5) == 1.0
    assert dataclasses.replace(cfg(), steps=7).mechanism(64).steps == 7


def test_config_for_a_stage_spends_at_most_the_stage_target() -> None:
    dp = DPSettings(clipping_norm=0.5, delta=1e-5, target_epsilon=3.0)
    stage = Stage(
        name="align", trainable_groups=("projector", "lm.lora"), data_kinds=("vqa",), rounds=2,
        local_steps=4, batch_size=8, learning_rate=1e-3, dp=dp,
    )  # fmt: skip
    config = DPTrainingConfig.for_stage(stage, 64, seed=3, grad_sample_mode="ghost")
    assert (config.steps, config.max_grad_norm, config.delta) == (4, 0.5, 1e-5)
    assert config.grad_sample_mode == "ghost" and config.trainable_groups == stage.trainable_groups
    rounds = [config.mechanism(64)] * stage.rounds
    assert 2.9 < epsilon_of(rounds, 1e-5, "rdp") <= 3.0
    with pytest.raises(ValueError, match="has no dp settings"):
        DPTrainingConfig.for_stage(dataclasses.replace(stage, dp=None), 64, seed=3)


def test_vision_groups_need_one_image_per_sample(site: Any, model: nn.Module) -> None:
    tokenizer, preset, examples, images = site
    two = [dataclasses.replace(examples[0], images=examples[0].images * 2), *examples[1:4]]
    with pytest.raises(ValueError, match="example 0 has 2"):
        train_local_dp(model, tokenizer, preset, two, cfg(), CPU, images)
    with pytest.raises(ValueError, match="tiling"):
        train_local_dp(model, tokenizer, preset, examples, cfg(tiling=Tiling(4)), CPU, images)
    text_only = [dataclasses.replace(ex, images=()) for ex in examples[:4]]
    lm_only = cfg(steps=1, trainable_groups=("lm.lora",), batch_size=2)
    result = train_local_dp(model, tokenizer, preset, text_only, lm_only, CPU, images)
    assert result.report.steps == 1


def test_micro_batches_clip_each_sample_and_step_once_per_logical_batch(site: Any) -> None:
    """Oracle: the same logical Poisson batches and noise (seeded), run in one pass or as
    micro-batches of 1 or 3 samples, give the same model: each sample is clipped on its own
    and the noise is added once per logical step, not once per micro-batch. The accountant sees
    the logical steps only."""
    tokenizer, preset, examples, images = site
    finals = []
    for micro in (None, 1, 3):
        base, _, _ = load_base(default_base_dir())
        model = attach_lora(base, ALL_GROUPS, seed=0)
        config = cfg(steps=3, batch_size=8, micro_batch_size=micro, optimizer="sgd")
        result = train_local_dp(model, tokenizer, preset, examples, config, CPU, images)
        assert result.mechanism.steps == 3
        finals.append(trainable_state(model, ("projector", "lm.lora")))
    for other in finals[1:]:
        for name, value in finals[0].items():
            np.testing.assert_allclose(other[name], value, rtol=1e-5, atol=1e-6, err_msg=name)
    with pytest.raises(ValueError, match="micro_batch_size must be >= 1"):
        cfg(micro_batch_size=0)


def test_dp_batches_take_turns_in_the_round_s_own_order(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every batch the DP trainer builds (evaluation and training) orders each unit's turns with
    the round randomness's turn-order stream, the same generator throughout."""
    from site_agent import trainer
    from site_agent.randomness import round_randomness

    tokenizer, preset, examples, images = site
    units = [dataclasses.replace(ex, followups=(("Is there a lesion?", "no"),)) for ex in examples]
    seen: list[np.random.Generator] = []
    shuffle = trainer.shuffled_turns

    def spy(example: Example, rng: np.random.Generator) -> Example:
        seen.append(rng)
        return shuffle(example, rng)

    monkeypatch.setattr(trainer, "shuffled_turns", spy)
    rand = round_randomness("seeded-insecure", 4)
    start = trainable_state(model, ("projector", "lm.lora"))
    train_local_dp(model, tokenizer, preset, units, cfg(steps=1), CPU, images, randomness=rand)
    load_trainable_state(model, start)
    assert seen and all(rng is rand.turn_order for rng in seen)


@pytest.mark.parametrize(("mode", "groups", "opacus_dtype"), [
    ("hooks", ALL_GROUPS, torch.bfloat16),  # the hooks' einsums run on bf16 activations
    ("functorch", ("lm.lora",), torch.float32),  # vmap'd grads take the fp32 parameters' dtype
])  # fmt: skip
def test_under_bf16_autocast_no_study_s_clipped_gradient_exceeds_the_clipping_norm(
    site: Any,
    model: nn.Module,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    groups: tuple[str, ...],
    opacus_dtype: torch.dtype,
) -> None:
    """The bound the noise is calibrated for holds under mixed precision, as a GPU site trains
    (bf16 autocast, here on the CPU), with the projector stored in bf16 as in a bf16 base: each
    study's clipped gradient, as Opacus adds it to the sum, is no longer than max_grad_norm.
    Each study runs alone as a micro-batch (clipped and added, no noise, no step) on an emptied
    sum, so the sum is that study's clipped gradient. With Opacus left to take the norms of the
    bf16 per-study gradients, about two studies in five came out up to 0.5% longer. Afterwards
    the projector is bf16 again (evaluation runs the model without autocast) and no clipped sum
    is left on the parameters."""
    from site_agent import dp, trainer

    tokenizer, preset, examples, images = site
    monkeypatch.setattr(trainer, "autocast_dtype", lambda device: torch.bfloat16)
    seen: set[torch.dtype] = set()
    cast = dp.grad_samples_in_fp32

    def spy(params: Any) -> None:  # the per-study gradients are bf16 before the cast
        seen.update(p.grad_sample.dtype for p in params)
        cast(params)

    monkeypatch.setattr(dp, "grad_samples_in_fp32", spy)
    set_trainable_groups(model, groups)
    projector = [p for n, p in model.named_parameters() if "multi_modal_projector" in n]
    assert projector
    for p in projector:
        p.data = p.data.to(torch.bfloat16)
    params = [p for p in model.parameters() if p.requires_grad]
    clip = 0.01  # below every study's gradient norm: each one is clipped
    config = cfg(batch_size=8, max_grad_norm=clip, trainable_groups=groups, grad_sample_mode=mode)
    lengths = []
    optimizer = torch.optim.SGD(params, lr=0.0)
    with private_training(model, optimizer, index_loader(8, 8), config, CPU) as parts:
        assert {p.dtype for p in parts.optimizer.params} == {torch.float32}  # cast up
        for ex in examples[:12]:
            for p in parts.optimizer.params:
                p.summed_grad = None  # type: ignore[attr-defined]
            private_step(parts, make_batch([ex], tokenizer, preset, images, 128, CPU), last=False)
            sums = [p.summed_grad for p in parts.optimizer.params]  # type: ignore[attr-defined]
            lengths.append(sum(float((s.double() ** 2).sum()) for s in sums) ** 0.5)
    assert seen == {opacus_dtype}, seen  # what Opacus made before the cast (hooks: bf16)
    assert min(lengths) > 0.99 * clip, lengths  # every study was clipped
    assert max(lengths) <= clip * (1 + 1e-6), [x / clip for x in lengths]
    assert {p.dtype for p in projector} == {torch.bfloat16}
    assert not [n for n, p in model.named_parameters() if hasattr(p, "summed_grad")]


def test_bf16_trainable_parameters_without_autocast_are_refused(
    site: Any, model: nn.Module
) -> None:
    """On a device that trains without autocast (the CPU), a bf16 base's trainable projector
    would have its per-study gradients clipped, summed and noised in bf16: refused, naming the
    parameter, before Opacus wraps anything."""
    set_trainable_groups(model, ("projector", "lm.lora"))
    for name, p in model.named_parameters():
        if "multi_modal_projector" in name:
            p.data = p.data.to(torch.bfloat16)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.SGD(params, lr=0.0)
    with (
        pytest.raises(
            ValueError, match=r"torch.bfloat16 \(.*multi_modal_projector.*without autocast"
        ),
        private_training(model, optimizer, index_loader(8, 8), cfg(), CPU),
    ):
        pass
    assert not [n for n, m in model.named_modules() if hasattr(m, "autograd_grad_sample_hooks")]


def test_ghost_clipping_is_refused_under_bf16_autocast(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ghost clipping takes each study's norm from bf16 activations under autocast, which can
    exceed the clipping norm: refused, naming the mode, before Opacus wraps anything."""
    from site_agent import trainer

    monkeypatch.setattr(trainer, "autocast_dtype", lambda device: torch.bfloat16)
    params = [p for p in model.parameters() if p.requires_grad]
    config = cfg(grad_sample_mode="ghost")
    optimizer = torch.optim.SGD(params, lr=0.0)
    with (
        pytest.raises(ValueError, match="grad_sample_mode 'ghost'"),
        private_training(model, optimizer, index_loader(8, 8), config, CPU),
    ):
        pass
    assert not [n for n, m in model.named_modules() if hasattr(m, "autograd_grad_sample_hooks")]


def test_a_cpu_with_medfed_cpu_bf16_trains_under_bf16_autocast_with_fp32_weights(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MEDFED_CPU_BF16=1 (what "auto" picks on a CPU with native bf16): a DP round's matmuls
    run in bf16 on the CPU, while every weight, the trained ones included, stays fp32 and only
    the stage's groups move; with 0 the same round runs in fp32."""
    tokenizer, preset, examples, images = site
    projector = next(m for n, m in model.named_modules() if n.endswith("multi_modal_projector"))
    seen: list[torch.dtype] = []
    hook = projector.register_forward_hook(lambda mod, args, out: seen.append(out.dtype))
    groups = ("projector", "lm.lora", "vision.lora")
    try:
        for setting, dtype in (("1", torch.bfloat16), ("0", torch.float32)):
            monkeypatch.setenv("MEDFED_CPU_BF16", setting)
            seen.clear()
            before = _everything(model)
            result = train_local_dp(model, tokenizer, preset, examples,
                                    cfg(trainable_groups=groups), CPU, images)  # fmt: skip
            after = _everything(model)
            assert set(seen) == {dtype}, (setting, seen)
            assert {v.dtype for v in after.values() if v.is_floating_point()} == {torch.float32}
            changed = {_canon(k) for k in before if not torch.equal(before[k], after[k])}
            assert changed == set(trainable_state(model, groups))
            assert np.isfinite(result.report.loss_after)
    finally:
        hook.remove()


@pytest.mark.parametrize("mode", ["hooks", "functorch"])
def test_each_study_s_per_sample_gradient_is_its_own_with_the_lm_head_training(
    site: Any, mode: str
) -> None:
    """The loss runs the LM head only at each study's supervised positions (gathered per row,
    padded to the batch's largest count): in a batch of studies of different lengths, the
    per-study gradients Opacus computes, the LM head's and the LM LoRA's, equal each study's
    gradient computed alone (oracle: autograd on a batch of that study only)."""
    from model.loss import per_sample_loss

    tokenizer, preset, examples, images = site
    groups = ("lm.lora", "lm.head")
    base, _, _ = load_base(default_base_dir())
    model = attach_lora(base, groups, seed=0)
    evaluate_loss(model, make_batch(examples[:2], tokenizer, preset, images, 128, CPU), CPU)
    set_trainable_groups(model, groups)
    chosen = examples[:4]
    alone = []
    params = [p for p in model.parameters() if p.requires_grad]
    for ex in chosen:
        one = make_batch([ex], tokenizer, preset, images, 128, CPU)
        grads = torch.autograd.grad(per_sample_loss(model, one)[0], params)
        alone.append([g.detach().clone() for g in grads])
    batch = make_batch(chosen, tokenizer, preset, images, 128, CPU)
    supervised = (batch["labels"][:, 1:] != IGNORE_INDEX).sum(1)
    assert len(set(supervised.tolist())) > 1  # rows pad to the largest count
    config = cfg(batch_size=4, trainable_groups=groups, grad_sample_mode=mode)
    optimizer = torch.optim.SGD(params, lr=0.0)
    with private_training(model, optimizer, index_loader(4, 4), config, CPU) as parts:
        per_sample_loss(parts.module, dict(batch)).mean().backward()
        for k, p in enumerate(parts.optimizer.params):
            assert p.grad_sample.shape[0] == 4
            for row in range(4):
                want = alone[row][k]
                assert torch.allclose(p.grad_sample[row], want, rtol=1e-3, atol=1e-6), (
                    mode,
                    row,
                    float((p.grad_sample[row] - want).abs().max()),
                )


def test_both_trainers_train_under_the_device_s_training_attention(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DP and non-private training enter `model.device.training_attention` for the device they
    train on (flex attention on CUDA, tests/test_model.py), around every step, and leave it."""
    import contextlib

    import site_agent.dp as dp_module
    import site_agent.trainer as trainer_module
    from site_agent.trainer import LocalTrainingConfig, train_local

    tokenizer, preset, examples, images = site
    seen: list[str] = []

    @contextlib.contextmanager
    def recording(m: nn.Module, device: Any) -> Any:
        seen.append(f"enter {torch.device(device).type}")
        yield
        seen.append("exit")

    def counted(*args: Any, **kwargs: Any) -> torch.Tensor:
        seen.append("step")
        return per_sample_loss(*args, **kwargs)

    for module in (dp_module, trainer_module):
        monkeypatch.setattr(module, "training_attention", recording)
        monkeypatch.setattr(module, "per_sample_loss", counted)

    def inside() -> list[str]:  # what ran between entering and leaving (evaluation outside)
        assert seen.count("enter cpu") == seen.count("exit") == 1, seen
        return seen[seen.index("enter cpu") + 1 : seen.index("exit")]

    train_local_dp(model, tokenizer, preset, examples, cfg(steps=2, eval_size=2), CPU, images)
    assert inside() and set(inside()) == {"step"}  # the Poisson batches' steps (some empty)
    seen.clear()
    local = LocalTrainingConfig(steps=2, batch_size=2, learning_rate=1e-3, max_length=128,
                                seed=0, eval_size=2)  # fmt: skip
    train_local(model, tokenizer, preset, examples, local, CPU, images)
    assert inside() == ["step", "step"]


@pytest.mark.parametrize("mode", ["hooks", "functorch", "ghost"])
def test_a_phantom_row_is_computed_and_adds_nothing_to_the_clipped_sum(
    site: Any, model: nn.Module, mode: str
) -> None:
    """Oracle: a micro-batch of four studies whose second and fourth rows are phantoms
    (keep=False) leaves the same clipped sum as the first and third studies alone, in every
    grad-sample mode; its reported loss is theirs."""
    tokenizer, preset, examples, images = site
    groups = ("projector", "lm.lora")
    set_trainable_groups(model, groups)
    params = [p for p in model.parameters() if p.requires_grad]
    config = cfg(trainable_groups=groups, grad_sample_mode=mode, max_grad_norm=0.05)
    sums, losses = [], []
    runs = [
        ([examples[0], examples[1], examples[2], examples[3]], [True, False, True, False]),
        ([examples[0], examples[2]], None),
    ]
    optimizer = torch.optim.SGD(params, lr=0.0)
    with private_training(model, optimizer, index_loader(8, 8), config, CPU) as parts:
        for units, keep in runs:
            for p in parts.optimizer.params:
                p.summed_grad = None  # type: ignore[attr-defined]
            batch = make_batch(units, tokenizer, preset, images, 128, CPU)
            losses.append(private_step(parts, batch, last=False, keep=keep))
            sums.append([p.summed_grad.detach().clone() for p in parts.optimizer.params])  # type: ignore[attr-defined]
        with pytest.raises(ValueError, match="keep has 1 flags for a batch of 2"):
            private_step(parts, make_batch(examples[:2], tokenizer, preset, images, 128, CPU),
                         last=False, keep=[True])  # fmt: skip
    assert sum(float(s.abs().sum()) for s in sums[1]) > 0
    for with_phantoms, alone in zip(*sums, strict=True):
        torch.testing.assert_close(with_phantoms, alone, rtol=1e-4, atol=1e-6)
    assert losses[0] == pytest.approx(losses[1], rel=1e-4)


def test_a_step_computes_as_many_rows_whether_or_not_the_target_study_is_held(
    site: Any, model: nn.Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The attack: a coordinator times each round (or each step) to learn how many rows the
    site computed. Drawn over the units held, a Poisson batch has q rows more on average when
    the target study is there. Drawn over max(held, N) slots, phantoms filling the slots past
    the units held, every step computes the same rows with or without the target (the same
    seeded draws here), while what is trained on differs."""
    import site_agent.dp as dp

    tokenizer, preset, examples, images = site
    accounted, units_held = 16, examples[:8]
    seen: list[list[int]] = []
    real = dp.per_sample_loss

    widths: set[int] = set()

    def spy(module: nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        seen[-1].append(int(batch["input_ids"].shape[0]))
        widths.add(int(batch["input_ids"].shape[1]))
        return real(module, batch)

    monkeypatch.setattr(dp, "per_sample_loss", spy)
    step = dp.private_step
    flags: list[list[bool] | None] = []

    def keeps(parts: Any, batch: Any, last: bool = True, keep: Any = None) -> float | None:
        flags.append(None if keep is None else list(keep))
        return step(parts, batch, last=last, keep=keep)

    monkeypatch.setattr(dp, "private_step", keeps)
    held, trained = [], []
    # without, then with, the target study; and the target alone against no unit at all (the
    # phantoms then computed on a fixed public unit)
    for units in (units_held[:-1], units_held, [], units_held[:1]):
        base, _, _ = load_base(default_base_dir())
        peft = attach_lora(base, ALL_GROUPS, seed=0)
        seen.append([])
        config = cfg(steps=6, batch_size=8, trainable_groups=("lm.lora",))
        result = train_local_dp(peft, tokenizer, preset, units, config, CPU, images,
                                accounted_units=accounted, measure_loss=False)  # fmt: skip
        assert result.mechanism == config.mechanism(accounted)
        held.append(seen[-1])
        trained.append(trainable_state(peft, ("lm.lora",)))
    assert held[0] == held[1] == held[2] == held[3] and sum(held[0]) > 0, held
    assert widths == {128}  # every batch max_length wide, whatever its units' lengths
    # every computed pass says which rows are phantoms, and some are: they train nothing
    computed = [f for f in flags if f]
    assert len(computed) == sum(1 for rows in held for r in rows if r) and all(
        f is not None for f in flags
    )
    assert sum(f.count(False) for f in computed) > 0
    for a, b in ((0, 1), (2, 3)):
        assert any(not np.array_equal(trained[a][k], trained[b][k]) for k in trained[a])


def test_a_batch_padded_to_max_length_gives_each_study_the_same_loss(
    site: Any, model: nn.Module
) -> None:
    """Oracle: DP batches are left padded to max_length (so a step's width says nothing of its
    units' lengths); each study's loss is the one it has in a batch padded to its longest."""
    tokenizer, preset, examples, images = site
    units = examples[:4]
    tight = make_batch(units, tokenizer, preset, images, 128, CPU)
    wide = make_batch(units, tokenizer, preset, images, 128, CPU, pad_to=128)
    assert tight["input_ids"].shape[1] < 128 == wide["input_ids"].shape[1]
    assert int(wide["attention_mask"].sum()) == int(tight["attention_mask"].sum())
    with torch.no_grad():
        torch.testing.assert_close(
            per_sample_loss(model, wide), per_sample_loss(model, tight), rtol=1e-4, atol=1e-5
        )
