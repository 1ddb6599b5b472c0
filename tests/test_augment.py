"""Scanner jitter of training images (model.augment), checked against a numpy oracle, and where
the trainers apply it: training batches only, from the site's own randomness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from meddata import load_site
from model import attach_lora, default_base_dir, load_base
from model.augment import jitter_pixels, window
from model.prompting import CLIP_MEAN, CLIP_STD
from protocols.curriculum import Augmentation
from simulation.synth import synthesize
from site_agent import trainer
from site_agent.dp import DPTrainingConfig, train_local_dp
from site_agent.examples import build_examples
from site_agent.randomness import round_randomness
from site_agent.trainer import ImageCache, make_batch

CPU = torch.device("cpu")
pytestmark = pytest.mark.usefixtures("one_torch_thread")

MEAN = np.asarray(CLIP_MEAN, dtype=np.float32).reshape(1, 3, 1, 1)
STD = np.asarray(CLIP_STD, dtype=np.float32).reshape(1, 3, 1, 1)
AUG = Augmentation(0.6, gamma=(0.4, 1.6), gain=(0.9, 1.2), offset=(-0.05, 0.1), noise=0.05)


def _images(n: int, seed: int = 0) -> np.ndarray:
    """(n, 3, 16, 16) images in [0, 1]: a grey field with a brighter disc, as the sites' scans."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:16, 0:16]
    out = np.empty((n, 3, 16, 16), dtype=np.float32)
    for i in range(n):
        cy, cx = rng.uniform(4, 12, size=2)
        disc = ((yy - cy) ** 2 + (xx - cx) ** 2 < 9).astype(np.float32)
        grey = rng.uniform(0.2, 0.5) + 0.4 * disc + rng.normal(0, 0.03, (16, 16))
        out[i] = np.clip(grey, 0, 1)[None]
    return out


def _oracle(x01: np.ndarray, aug: Augmentation, rng: np.random.Generator) -> np.ndarray:
    """The documented formula in numpy, drawing from `rng` in the same order."""
    n = x01.shape[0]
    chosen = rng.random(n) < aug.probability
    out = x01.copy()
    k = int(chosen.sum())
    if k == 0:
        return out
    x = x01[chosen]
    lo_hi = lambda b: rng.uniform(b[0], b[1], size=k).astype(np.float32)  # noqa: E731
    log_gamma = np.log(np.asarray(aug.gamma))
    gamma = np.exp(rng.uniform(log_gamma[0], log_gamma[1], size=k)).astype(np.float32)
    g, o, s = lo_hi(aug.gain), lo_hi(aug.offset), lo_hi((0.0, aug.noise))
    noise = rng.standard_normal(x.shape, dtype=np.float32)
    col = lambda v: v.reshape(-1, 1, 1, 1)  # noqa: E731
    y = np.clip(col(g) * x ** col(gamma) + col(o) + col(s) * noise, 0, 1)
    lo, hi = np.quantile(y.reshape(k, -1), [0.01, 0.99], axis=1)
    y = np.clip((y - col(lo)) / col(hi - lo), 0, 1)
    out[chosen] = y
    return out


def test_jitter_matches_the_numpy_oracle() -> None:
    x01 = _images(12)
    pixels = torch.from_numpy((x01 - MEAN) / STD)
    got = jitter_pixels(pixels, AUG, np.random.default_rng(7)).numpy() * STD + MEAN
    want = _oracle(x01, AUG, np.random.default_rng(7))
    assert np.abs(got - want).max() < 1e-4
    changed = [not np.allclose(got[i], x01[i], atol=1e-5) for i in range(12)]
    assert 3 <= sum(changed) <= 11  # about 60% of them, not none and not all


def test_probability_zero_leaves_the_batch_and_one_changes_every_image() -> None:
    pixels = torch.from_numpy((_images(6) - MEAN) / STD)
    same = jitter_pixels(pixels, Augmentation(0.0, gain=(1.5, 2.0)), np.random.default_rng(0))
    assert torch.equal(same, pixels)
    every = jitter_pixels(pixels, Augmentation(1.0, gain=(1.5, 2.0)), np.random.default_rng(0))
    assert every.shape == pixels.shape and every.dtype == pixels.dtype
    assert all(not torch.allclose(every[i], pixels[i]) for i in range(6))
    assert not torch.equal(pixels, every)  # the input is not changed in place
    bf16 = jitter_pixels(pixels.bfloat16(), AUG, np.random.default_rng(0))
    assert bf16.dtype == torch.bfloat16


def test_without_noise_the_response_keeps_the_order_of_intensities() -> None:
    """A lesion brighter than the tissue around it stays so (never brighter the other way)."""
    x01 = _images(8, seed=3)
    pixels = torch.from_numpy((x01 - MEAN) / STD)
    aug = Augmentation(1.0, gamma=(0.3, 3.0), gain=(0.5, 2.0), offset=(-0.3, 0.3))
    y = jitter_pixels(pixels, aug, np.random.default_rng(1)).numpy() * STD + MEAN
    for i in range(8):
        a, b = x01[i, 0].ravel(), y[i, 0].ravel()
        order = np.argsort(a, kind="stable")
        assert np.all(np.diff(b[order]) >= -1e-5)


def test_jitter_draws_from_the_given_generator_only() -> None:
    pixels = torch.from_numpy((_images(4) - MEAN) / STD)
    torch.manual_seed(0)
    before = torch.get_rng_state()
    a = jitter_pixels(pixels, AUG, np.random.default_rng(11))
    b = jitter_pixels(pixels, AUG, np.random.default_rng(11))
    assert torch.equal(a, b)
    assert torch.equal(torch.get_rng_state(), before)  # torch's global stream untouched
    c = jitter_pixels(pixels, AUG, np.random.default_rng(12))
    assert not torch.equal(a, c)


def test_window_maps_each_image_onto_its_own_percentiles() -> None:
    x = torch.stack([torch.linspace(0.2, 0.6, 300).view(3, 10, 10), torch.full((3, 10, 10), 0.4)])
    y = window(x)
    flat = y[0].flatten()
    assert torch.quantile(flat, 0.01) == pytest.approx(0.0, abs=1e-4)
    assert torch.quantile(flat, 0.99) == pytest.approx(1.0, abs=1e-4)
    assert torch.equal(y[1], x[1])  # a flat image stays as it is


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, list[Any]]:
    root = tmp_path_factory.mktemp("hospitals")
    synthesize(root, sites=1, studies_per_site=12)
    site_dir = next(p for p in sorted(root.iterdir()) if p.is_dir())
    examples = build_examples(load_site(Path(site_dir), "train"), ["vqa"])
    _, tokenizer, preset = load_base(default_base_dir())
    return tokenizer, preset, examples


def test_make_batch_jitters_only_when_a_stage_asks(site: Any) -> None:
    tokenizer, preset, examples = site
    images = ImageCache()
    plain = make_batch(examples[:4], tokenizer, preset, images, 64, CPU)
    again = make_batch(examples[:4], tokenizer, preset, images, 64, CPU,
                       turn_order=np.random.default_rng(0))  # fmt: skip
    assert torch.equal(plain["pixel_values"], again["pixel_values"])
    jittered = make_batch(examples[:4], tokenizer, preset, images, 64, CPU,
                          turn_order=np.random.default_rng(0),
                          augmentation=Augmentation(1.0, gain=(1.5, 2.0)))  # fmt: skip
    assert jittered["pixel_values"].shape == plain["pixel_values"].shape
    assert not torch.allclose(jittered["pixel_values"], plain["pixel_values"])
    assert torch.equal(jittered["input_ids"], again["input_ids"])  # the text is the same
    with pytest.raises(ValueError, match="augmentation draws from turn_order"):
        make_batch(examples[:4], tokenizer, preset, images, 64, CPU, augmentation=AUG)
    # The cached pixels are not changed by it: the next batch starts from the loaded image.
    assert torch.equal(make_batch(examples[:4], tokenizer, preset, images, 64, CPU)[
        "pixel_values"], plain["pixel_values"])  # fmt: skip


def test_dp_training_jitters_training_batches_not_its_loss_evaluation(
    site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokenizer, preset, examples = site
    calls: list[int] = []
    streams: list[np.random.Generator] = []

    def counted(pixels: torch.Tensor, aug: Augmentation, rng: np.random.Generator) -> Any:
        calls.append(pixels.shape[0])
        streams.append(rng)
        return jitter_pixels(pixels, aug, rng)

    monkeypatch.setattr(trainer, "jitter_pixels", counted)
    base, _, _ = load_base(default_base_dir())
    model = attach_lora(base, ("projector", "vision.lora"), seed=0)
    cfg = DPTrainingConfig(
        steps=3, batch_size=4, learning_rate=1e-3, max_length=64, seed=0, noise_multiplier=1.0,
        max_grad_norm=1.0, trainable_groups=("projector", "vision.lora"), eval_size=5,
        augmentation=AUG,
    )  # fmt: skip
    rand = round_randomness("os-csprng")
    result = train_local_dp(model, tokenizer, preset, examples, cfg, CPU, randomness=rand)
    assert result.report.steps == 3
    # One call per non-empty training batch; the loss evaluation's batch (built once, used
    # before and after) is never jittered.
    assert len(calls) == 3 - result.empty_batches
    # Drawn from the round's own OS-seeded turn-order stream, never from cfg.seed (which a
    # coordinator knows).
    assert calls and all(rng is rand.turn_order for rng in streams)
