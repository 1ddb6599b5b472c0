"""SecureNoise: one step's DP noise drawn in chunks on threads, and ahead of time while the step
computes. The draw must stay a Gaussian of the promised std, fresh at every step, the same for a
seeded stream whatever the threads do, and a prefetched draw must be the step's own noise."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from site_agent import randomness
from site_agent.randomness import NOISE_CHUNK, SecureNoise, round_randomness


def _noise(workers: int | None = None, seed: int = 7) -> SecureNoise:
    return SecureNoise(round_randomness("seeded-insecure", seed).noise, workers=workers)


def _refs() -> list[torch.Tensor]:  # more than two chunks, small and odd shapes, three dtypes
    return [
        torch.zeros(2 * NOISE_CHUNK + 5),
        torch.zeros(3, 7, dtype=torch.float64),
        torch.zeros(1000, 300, dtype=torch.bfloat16),
    ]


def test_the_noise_has_the_std_shapes_and_dtypes_asked_for() -> None:
    refs = _refs()
    draws = _noise().for_tensors(0.5, refs)
    for ref, draw in zip(refs, draws, strict=True):
        assert draw.shape == ref.shape and draw.dtype == ref.dtype and draw.device == ref.device
    flat = torch.cat([d.double().flatten() for d in draws])
    assert abs(float(flat.mean())) < 1e-3
    assert float(flat.std()) == pytest.approx(0.5, rel=2e-3)
    assert all(torch.equal(z, torch.zeros_like(z)) for z in _noise().for_tensors(0.0, refs))


def test_each_value_is_the_hardened_sum_of_four_draws_after_a_discarded_one() -> None:
    """Oracle: the chunks' child streams, drawn by hand (Opacus's secure-mode recipe)."""
    count = NOISE_CHUNK + 11
    noise = _noise(workers=2)
    children = round_randomness("seeded-insecure", 7).noise.spawn(2)
    expected = []
    for child, size in zip(children, (NOISE_CHUNK, 11), strict=True):
        child.standard_normal()
        expected.append(sum(child.standard_normal(size) for _ in range(4)) * (3.0 / 2.0))
    flat = np.concatenate(expected)
    got = noise.for_tensors(3.0, [torch.zeros(count, dtype=torch.float64)])[0].numpy()
    np.testing.assert_allclose(got, flat, rtol=1e-12, atol=0)
    # several parameters: each its own consecutive slice of the one vector (never shared noise)
    parts = [torch.zeros(5, 7, dtype=torch.float64), torch.zeros(count - 36, dtype=torch.float64),
             torch.zeros(1, dtype=torch.float64)]  # fmt: skip
    again = _noise(workers=2).for_tensors(3.0, parts)
    np.testing.assert_allclose(again[0].numpy().ravel(), flat[:35], rtol=1e-12, atol=0)
    np.testing.assert_allclose(again[1].numpy(), flat[35:-1], rtol=1e-12, atol=0)
    np.testing.assert_allclose(again[2].numpy(), flat[-1:], rtol=1e-12, atol=0)


def test_threads_and_prefetch_give_a_seeded_stream_the_same_noise() -> None:
    refs = _refs()
    count = sum(r.numel() for r in refs)
    one = _noise(workers=1)
    many = _noise(workers=4)
    ahead = _noise(workers=4)
    for _step in range(3):
        ahead.prefetch(count)
        ahead.prefetch(count)  # a second call while one is pending draws nothing more
        a, b, c = (
            one.for_tensors(1.0, refs),
            many.for_tensors(1.0, refs),
            ahead.for_tensors(1.0, refs),
        )
        for x, y, z in zip(a, b, c, strict=True):
            assert torch.equal(x, y) and torch.equal(x, z)


def test_every_step_draws_fresh_noise_and_a_stale_prefetch_is_never_used() -> None:
    noise = _noise()
    ref = [torch.zeros(5000)]
    first, second = noise.for_tensors(1.0, ref)[0], noise.for_tensors(1.0, ref)[0]
    assert not torch.equal(first, second)
    noise.prefetch(4000)  # the wrong size: dropped, and the step draws its own
    third = noise.for_tensors(1.0, ref)[0]
    again = _noise()
    seen = [again.for_tensors(1.0, ref)[0] for _ in range(2)]
    assert all(not torch.equal(third, s) for s in seen) and noise._pending is None


def test_a_private_step_draws_its_noise_while_it_computes(monkeypatch: pytest.MonkeyPatch) -> None:
    """site_agent.dp: the first micro-batch of a logical batch starts the noise's draw; the step
    (the last micro-batch) takes that draw; nothing is left pending."""
    from model import (
        PRESETS,
        attach_lora,
        build_model,
        default_corpus,
        set_trainable_groups,
        train_tokenizer,
    )
    from site_agent import dp

    calls: list[int] = []
    real = SecureNoise.prefetch

    def counting(self: SecureNoise, count: int) -> None:
        calls.append(count)
        real(self, count)

    monkeypatch.setattr(randomness.SecureNoise, "prefetch", counting)
    tok = train_tokenizer(default_corpus())
    preset = dataclasses.replace(PRESETS["tiny"], vocab_size=len(tok))
    model = attach_lora(build_model(preset, tok, seed=0), ("projector", "lm.lora"), seed=0)
    set_trainable_groups(model, ("projector",))
    params = [p for p in model.parameters() if p.requires_grad]
    cfg = dp.DPTrainingConfig(
        steps=1, batch_size=2, learning_rate=0.1, max_length=64, seed=0, noise_multiplier=1.0,
        max_grad_norm=1.0, trainable_groups=("projector",), optimizer="sgd",
    )  # fmt: skip
    opt = torch.optim.SGD(params, lr=0.1)
    loader = dp.index_loader(10, 2)
    noise = _noise()
    with dp.private_training(model, opt, loader, cfg, torch.device("cpu"), noise) as parts:
        dp.private_step(parts, None)
        assert calls == [] and noise._pending is None  # a CPU step: the cores are busy with it
    assert not dp.noise_drawn_ahead(torch.device("cpu"))
    assert dp.noise_drawn_ahead(torch.device("cuda"))
    monkeypatch.setattr(dp, "noise_drawn_ahead", lambda device: True)  # as on a GPU
    noise = _noise()
    with dp.private_training(model, opt, loader, cfg, torch.device("cpu"), noise) as parts:
        dp.private_step(parts, None, last=False)
        assert noise._pending is not None and calls == [sum(p.numel() for p in params)]
        dp.private_step(parts, None, last=True)
        assert noise._pending is None and len(calls) == 2  # the second found it pending
