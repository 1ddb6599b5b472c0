"""Local training of the stage's trainable groups on a site's examples.

The loss is model.loss.per_sample_loss (a mean over each sample's answer tokens), then a mean over
the batch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from transformers import PreTrainedTokenizerBase

from model import encode_batch, format_prompt, format_target
from model.loss import per_sample_loss
from model.presets import ModelPreset
from protocols.round import FitReport
from site_agent.data import load_image
from site_agent.examples import Example


@dataclass(frozen=True)
class LocalTrainingConfig:
    steps: int
    batch_size: int
    learning_rate: float
    max_length: int
    seed: int
    eval_size: int = 32

    def __post_init__(self) -> None:
        for name in ("steps", "batch_size", "max_length", "eval_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"local training: {name} must be >= 1, got {getattr(self, name)}")
        if self.learning_rate <= 0:
            raise ValueError(f"local training: learning_rate must be > 0, got {self.learning_rate}")


class ImageCache:
    """Decoded images by path; a site's images are small and reused every step."""

    def __init__(self) -> None:
        self._images: dict[Path, Image.Image] = {}

    def get(self, path: Path) -> Image.Image:
        img = self._images.get(path)
        if img is None:
            img = load_image(path)
            self._images[path] = img
        return img


def make_batch(
    examples: Sequence[Example],
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    images: ImageCache,
    max_length: int,
    device: torch.device,
) -> dict[str, torch.Tensor]:
    batch = encode_batch(
        tokenizer,
        preset,
        [[images.get(p) for p in ex.images] for ex in examples],
        [format_prompt(ex.question, num_images=len(ex.images)) for ex in examples],
        [format_target(ex.answer) for ex in examples],
        max_length=max_length,
    )
    return {k: v.to(device) for k, v in batch.items()}


def _autocast(device: torch.device) -> contextlib.AbstractContextManager[object]:
    if device.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def evaluate_loss(
    model: torch.nn.Module, batch: dict[str, torch.Tensor], device: torch.device
) -> float:
    model.eval()
    with torch.no_grad(), _autocast(device):
        loss = per_sample_loss(model, batch).mean().item()
    return float(loss)


def train_local(
    model: torch.nn.Module,
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    examples: Sequence[Example],
    cfg: LocalTrainingConfig,
    device: torch.device,
    images: ImageCache | None = None,
    on_step: Callable[[int, float], None] | None = None,
) -> FitReport:
    """Run cfg.steps optimizer steps on uniformly sampled batches; the model is updated in place."""
    if not examples:
        raise ValueError("local training: the site has no examples for this stage")
    images = images or ImageCache()
    rng = np.random.default_rng(cfg.seed)
    torch.manual_seed(cfg.seed)
    n = len(examples)
    eval_idx = rng.choice(n, size=min(cfg.eval_size, n), replace=False)
    eval_batch = make_batch(
        [examples[i] for i in eval_idx], tokenizer, preset, images, cfg.max_length, device
    )
    loss_before = evaluate_loss(model, eval_batch, device)

    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ValueError("local training: no parameter requires grad for this stage")
    optimizer = torch.optim.AdamW(params, lr=cfg.learning_rate, weight_decay=0.0)
    model.train()
    for step in range(cfg.steps):
        idx = rng.choice(n, size=min(cfg.batch_size, n), replace=False)
        batch = make_batch(
            [examples[i] for i in idx], tokenizer, preset, images, cfg.max_length, device
        )
        with _autocast(device):
            loss = per_sample_loss(model, batch).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if on_step is not None:
            on_step(step, float(loss.item()))

    loss_after = evaluate_loss(model, eval_batch, device)
    return FitReport(
        num_examples=n, steps=cfg.steps, loss_before=loss_before, loss_after=loss_after
    )
