"""Activation checkpointing in site training: on when the stage asks, and invisible in the result.

Oracle: the same batch through the same model with and without checkpointing must give the same
per-sample gradients and the same clipped sum (Opacus's hooks would otherwise see the
recomputation as a second forward), and the same parameters after seeded DP steps.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import torch
from torch import nn

from meddata import load_site
from model import attach_lora, default_base_dir, load_base, set_trainable_groups, trainable_state
from model.checkpointing import activation_checkpointing, checkpointed_layer_names
from protocols.curriculum import DPSettings, Stage
from simulation.synth import synthesize
from site_agent.dp import (
    DPTrainingConfig,
    index_loader,
    private_step,
    private_training,
    train_local_dp,
)
from site_agent.examples import Example, build_examples
from site_agent.trainer import (
    ImageCache,
    LocalTrainingConfig,
    evaluate_loss,
    make_batch,
    train_local,
)

CPU = torch.device("cpu")
ALL_GROUPS = ("projector", "lm.lora", "vision.lora")
LM_STAGE = ("projector", "lm.lora")


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, list[Example], ImageCache]:
    root = tmp_path_factory.mktemp("hospitals")
    synthesize(root, sites=1, studies_per_site=8)
    site_dir = next(p for p in sorted(root.iterdir()) if p.is_dir())
    examples = build_examples(load_site(Path(site_dir), "train"), ["vqa"])
    _, tokenizer, preset = load_base(default_base_dir())
    return tokenizer, preset, examples, ImageCache()


def _model(site: Any, groups: tuple[str, ...]) -> nn.Module:
    tokenizer, preset, examples, images = site
    base, _, _ = load_base(default_base_dir())
    peft = attach_lora(base, ALL_GROUPS, seed=0)
    # LoRA B starts at zero: give every adapter a value so each factor gets a real gradient.
    with torch.no_grad():
        gen = torch.Generator().manual_seed(1)
        for name, p in peft.named_parameters():
            if ".lora_B." in name:
                p.copy_(0.05 * torch.randn(p.shape, generator=gen))
    set_trainable_groups(peft, groups)
    evaluate_loss(peft, make_batch(examples[:2], tokenizer, preset, images, 128, CPU), CPU)
    return peft


def cfg(**kw: Any) -> DPTrainingConfig:
    fields: dict[str, Any] = dict(
        steps=2, batch_size=4, learning_rate=1e-2, max_length=128, seed=0,
        noise_multiplier=1.0, max_grad_norm=0.05, trainable_groups=LM_STAGE, eval_size=4,
        optimizer="sgd",
    )  # fmt: skip
    fields.update(kw)
    return DPTrainingConfig(**fields)


def _module_named(model: nn.Module, suffix: str) -> nn.Module:
    return next(m for n, m in model.named_modules() if n.endswith(suffix))


def _count_forwards(module: nn.Module) -> list[int]:
    calls = [0]
    module.register_forward_pre_hook(lambda *_: calls.__setitem__(0, calls[0] + 1))
    return calls


def _clipped_sums(
    site: Any, groups: tuple[str, ...], mode: str, checkpointing: bool
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor], int]:
    """One micro-batch through private_step without stepping: per-sample gradients, their
    clipped sum, and how many times the checkpointed layers were recomputed."""
    tokenizer, preset, examples, images = site
    model = _model(site, groups)
    config = cfg(
        trainable_groups=groups, grad_sample_mode=mode, activation_checkpointing=checkpointing
    )
    params = {n: p for n, p in model.named_parameters() if p.requires_grad}
    optimizer = torch.optim.SGD(list(params.values()), lr=0.1)
    batch = make_batch(examples[:4], tokenizer, preset, images, 128, CPU)
    with private_training(model, optimizer, index_loader(8, 4), config, CPU) as parts:
        private_step(parts, batch, last=False)  # clip and sum, no noise, no step
        sums = {n: p.summed_grad.detach().clone() for n, p in params.items()}
        samples = {}
        if mode != "ghost":  # ghost clipping never materialises per-sample gradients
            samples = {n: p.grad_sample.detach().clone() for n, p in params.items()}
        recomputed = parts.checkpointing.recomputations if parts.checkpointing else 0
    return samples, sums, recomputed


@pytest.mark.parametrize(("mode", "groups"), [
    ("hooks", LM_STAGE), ("hooks", ALL_GROUPS), ("ghost", LM_STAGE),
])  # fmt: skip
def test_checkpointing_gives_the_same_clipped_per_sample_gradients(
    site: Any, mode: str, groups: tuple[str, ...]
) -> None:
    plain_samples, plain_sums, none = _clipped_sums(site, groups, mode, checkpointing=False)
    ckpt_samples, ckpt_sums, recomputed = _clipped_sums(site, groups, mode, checkpointing=True)
    assert none == 0
    layers = 2 + (2 if "vision.lora" in groups else 0)  # tiny: 2 decoder (+ 2 CLIP) layers
    # ghost clipping backpropagates twice (norms, then the reweighted loss)
    assert recomputed == layers * (2 if mode == "ghost" else 1)
    assert plain_sums.keys() == ckpt_sums.keys() and plain_samples.keys() == ckpt_samples.keys()
    for name, value in plain_samples.items():
        assert value.shape[0] == 4 and value.abs().sum() > 0, name
        torch.testing.assert_close(ckpt_samples[name], value, rtol=1e-5, atol=1e-7, msg=name)
    for name, value in plain_sums.items():
        torch.testing.assert_close(ckpt_sums[name], value, rtol=1e-5, atol=1e-7, msg=name)
    # clipping is active: the sum of 4 clipped samples stays within 4 x max_grad_norm
    total = torch.sqrt(sum((v.float() ** 2).sum() for v in plain_sums.values()))
    assert total <= 4 * 0.05 + 1e-6


def test_seeded_dp_steps_end_at_the_same_parameters(site: Any) -> None:
    """With the same Poisson batches and noise (seeded), whole DP training (micro-batches
    included) lands on the same adapters with or without checkpointing."""
    tokenizer, preset, examples, images = site
    finals = []
    for checkpointing in (False, True):
        model = _model(site, ALL_GROUPS)
        config = cfg(micro_batch_size=2, trainable_groups=ALL_GROUPS,
                     activation_checkpointing=checkpointing)  # fmt: skip
        train_local_dp(model, tokenizer, preset, examples, config, CPU, images)
        finals.append(trainable_state(model, ALL_GROUPS))
    for name, value in finals[0].items():
        torch.testing.assert_close(
            torch.from_numpy(finals[1][name]), torch.from_numpy(value), rtol=1e-5, atol=1e-6,
            msg=name,
        )  # fmt: skip


def test_checkpointing_is_on_only_where_asked(site: Any) -> None:
    """A checkpointed layer's inside runs twice per step (forward, then recomputation); the
    frozen vision tower is not checkpointed; evaluation runs each layer once; the layers are as
    before after the block."""
    tokenizer, preset, examples, images = site
    model = _model(site, LM_STAGE)
    lm_attn = _count_forwards(_module_named(model, "language_model.layers.0.self_attn"))
    vision_attn = _count_forwards(_module_named(model, "encoder.layers.0.self_attn"))
    batch = make_batch(examples[:2], tokenizer, preset, images, 128, CPU)
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    for checkpointing, expected_lm in ((False, 1), (True, 2)):
        lm_attn[0] = vision_attn[0] = 0
        config = cfg(activation_checkpointing=checkpointing)
        with private_training(model, optimizer, index_loader(8, 4), config, CPU) as parts:
            private_step(parts, batch)
        assert (lm_attn[0], vision_attn[0]) == (expected_lm, 1)
    names = checkpointed_layer_names(model)
    assert len(names) == 2 and all("language_model.layers." in n for n in names)
    assert not any(getattr(m, "gradient_checkpointing", False) for m in model.modules())
    set_trainable_groups(model, ALL_GROUPS)
    assert len(checkpointed_layer_names(model)) == 4  # + the 2 CLIP layers vision LoRA sits in
    with activation_checkpointing(model) as state:
        lm_attn[0] = 0
        evaluate_loss(model, batch, CPU)  # eval mode: no checkpointing
        assert lm_attn[0] == 1 and state.recomputations == 0


def test_non_private_training_checkpoints_and_matches(site: Any) -> None:
    tokenizer, preset, examples, images = site
    finals, counts = [], []
    for checkpointing in (False, True):
        model = _model(site, LM_STAGE)
        attn = _count_forwards(_module_named(model, "language_model.layers.1.self_attn"))
        config = LocalTrainingConfig(steps=2, batch_size=4, learning_rate=1e-2, max_length=128,
                                     seed=0, eval_size=4, optimizer="sgd",
                                     activation_checkpointing=checkpointing)  # fmt: skip
        attn[0] = 0
        train_local(model, tokenizer, preset, examples, config, CPU, images)
        counts.append(attn[0])
        finals.append(trainable_state(model, LM_STAGE))
    assert counts == [2 + 2, 2 * 2 + 2]  # 2 steps, and an evaluation before and after
    for name, value in finals[0].items():
        torch.testing.assert_close(
            torch.from_numpy(finals[1][name]), torch.from_numpy(value), rtol=1e-5, atol=1e-6,
            msg=name,
        )  # fmt: skip


def test_the_stage_flag_reaches_both_trainers() -> None:
    stage = Stage(
        name="s", trainable_groups=LM_STAGE, rounds=1, local_steps=2, batch_size=4,
        learning_rate=1e-3, max_length=128, data_kinds=("vqa",), activation_checkpointing=True,
        dp=DPSettings(noise_multiplier=1.0, clipping_norm=1.0, delta=1e-5),
    )  # fmt: skip
    assert DPTrainingConfig.for_stage(stage, 100, 0).activation_checkpointing
    assert LocalTrainingConfig.for_stage(stage, 100, 0).activation_checkpointing
    off = dataclasses.replace(stage, activation_checkpointing=False)
    assert not DPTrainingConfig.for_stage(off, 100, 0).activation_checkpointing
