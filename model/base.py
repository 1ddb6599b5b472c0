"""The tiny *base* checkpoint: stands for the public pretrained model that a consortium adapts.

A randomly initialised language model cannot show learning, and a base that never saw the
question/answer format or the answer words (yes, no, left, two ...) cannot be adapted by a projector
and LoRA alone. So the base is pretrained, fully and deterministically, on public-style synthetic
scenes: coloured shapes (model/public_data.py) and soft spots on banded, textured backgrounds
(model/public_spots.py), both deliberately unlike the hospitals' images (no anatomy), under the
per-image 1st-99th percentile window a site's loader applies (meddata.images.window_image; the
loader also median-filters grey images, which a public model's pretraining does not do).
The shipped copy lives in model/assets/tiny-base and is rebuilt by `medfed model build-base`.

Two phases, as a real base is a CLIP tower trained first and an LLM taught to read it after:
the vision tower alone learns generic visual facts through throw-away heads (which patches hold a
spot, which half, how many, how large: model/vision_pretrain.py), then the whole model learns to
answer questions and caption the scenes.

A base must also *look*: `image_reliance` compares its loss on held-out scenes with the right
images and with each sample given another sample's image, and `kind_accuracy` scores its greedy
answers per question kind; `recipe.json` records both and tests/test_base.py holds them.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from rich.console import Console
from rich.progress import Progress

from meddata.images import window_image
from model.build import build_model
from model.io import save_base
from model.loss import per_sample_loss
from model.presets import get_preset
from model.prompting import encode_batch, format_prompt, format_target, image_transform
from model.public_data import PublicSample, generate_public, public_corpus
from model.public_spots import SpotSample, generate_spots
from model.tokenizer import default_corpus, train_tokenizer
from model.vision_pretrain import pretrain_vision

RECIPE_FILE = "recipe.json"


@dataclass(frozen=True)
class BaseRecipe:
    """Everything that determines the base checkpoint's weights."""

    seed: int = 0
    steps: int = 1500
    batch_size: int = 32
    learning_rate: float = 1e-3
    warmup: int = 60
    samples: int = 6000
    spot_samples: int = 6000
    vocab_size: int = 512
    max_length: int = 48  # 16 image tokens, the question and the answer
    vision_steps: int = 2000  # supervised vision pretraining first (model.vision_pretrain)
    vision_batch_size: int = 64
    vision_learning_rate: float = 3e-3

    def __post_init__(self) -> None:
        for name in (
            "steps",
            "batch_size",
            "samples",
            "vocab_size",
            "max_length",
            "vision_batch_size",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"base recipe: {name} must be >= 1, got {getattr(self, name)}")
        if not 0 < self.learning_rate < 1:
            raise ValueError(f"base recipe: learning_rate must be in (0, 1): {self.learning_rate}")


def _lr_at(step: int, recipe: BaseRecipe) -> float:
    if step < recipe.warmup:
        return recipe.learning_rate * (step + 1) / recipe.warmup
    progress = (step - recipe.warmup) / max(1, recipe.steps - recipe.warmup)
    return recipe.learning_rate * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


Sample = PublicSample | SpotSample


def pretraining_data(recipe: BaseRecipe, seed: int) -> list[Sample]:
    """Shape scenes and spot scenes, interleaved (a pure function of the recipe and seed)."""
    shapes: list[Sample] = list(generate_public(recipe.samples, seed=seed))
    spots: list[Sample] = list(generate_spots(recipe.spot_samples, seed=seed))
    return shapes + spots


def _batch(tokenizer: Any, samples: Sequence[Sample], max_length: int) -> dict[str, Any]:
    # The percentile window of a site's loader, without its median filter (meddata.images).
    return encode_batch(
        tokenizer,
        get_preset("tiny"),
        [[window_image(s.image)] for s in samples],
        [format_prompt(s.question) for s in samples],
        [format_target(s.answer) for s in samples],
        max_length=max_length,
    )


RELIANCE_SEED = 10_007  # held-out scenes: the recipe's samples use the recipe seed


@dataclass(frozen=True)
class ImageReliance:
    """Mean per-sample loss on held-out public scenes with their own and with shuffled images."""

    loss_own: float
    loss_shuffled: float
    samples: int

    @property
    def gap(self) -> float:
        return self.loss_shuffled - self.loss_own


def held_out_scenes(samples: int = 256) -> list[Sample]:
    """Scenes the recipe never trains on: half shape scenes, half spot scenes."""
    half = samples // 2
    return [*generate_public(samples - half, seed=RELIANCE_SEED),
            *generate_spots(half, seed=RELIANCE_SEED)]  # fmt: skip


def image_reliance(model: Any, tokenizer: Any, samples: int = 256) -> ImageReliance:
    """How much the model's answers depend on the image (see the module docstring)."""
    data = held_out_scenes(samples)
    batch = _batch(tokenizer, data, BaseRecipe.max_length)
    shuffled = dict(batch)
    shuffled["pixel_values"] = batch["pixel_values"].roll(1, dims=0)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            own = per_sample_loss(model, batch).mean().item()
            other = per_sample_loss(model, shuffled).mean().item()
    finally:
        model.train(was_training)
    return ImageReliance(float(own), float(other), samples)


def greedy_answers(
    model: Any, tokenizer: Any, samples: Sequence[Sample], batch_size: int = 64
) -> list[str]:
    """The first word of the model's greedy answer to each sample's question."""
    out: list[str] = []
    was_training = model.training
    model.eval()
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    try:
        with torch.no_grad():
            for start in range(0, len(samples), batch_size):
                chunk = samples[start : start + batch_size]
                batch = encode_batch(
                    tokenizer, get_preset("tiny"), [[window_image(s.image)] for s in chunk],
                    [format_prompt(s.question) for s in chunk], None, max_length=128,
                )  # fmt: skip
                new = model.generate(**batch, max_new_tokens=3, do_sample=False,
                                     pad_token_id=tokenizer.pad_token_id)  # fmt: skip
                texts = tokenizer.batch_decode(new[:, batch["input_ids"].shape[1] :],
                                               skip_special_tokens=True)  # fmt: skip
                out.extend((t.strip().split() or [""])[0].strip(".,").lower() for t in texts)
    finally:
        tokenizer.padding_side = side
        model.train(was_training)
    return out


ACCURACY_KINDS = ("exists", "is_left", "which_side", "count", "large", "shape", "color",
                  "spot_exists", "spot_side_closed", "spot_side_open", "spot_count",
                  "spot_large")  # fmt: skip


def kind_accuracy(model: Any, tokenizer: Any, samples: int = 1200) -> dict[str, float]:
    """Greedy accuracy per question kind on held-out scenes (captions left out)."""
    data = [s for s in held_out_scenes(samples) if s.kind in ACCURACY_KINDS]
    answers = greedy_answers(model, tokenizer, data)
    right: dict[str, list[bool]] = {}
    for sample, answer in zip(data, answers, strict=True):
        right.setdefault(sample.kind, []).append(answer == sample.answer)
    return {k: round(sum(v) / len(v), 4) for k, v in sorted(right.items())}


def build_base(
    out: Path, recipe: BaseRecipe | None = None, console: Console | None = None, **overrides: Any
) -> dict[str, Any]:
    """Pretrain the tiny model on public-style data and save it to `out` (atomically).

    Returns the recipe and the final loss. Deterministic for a recipe on a given machine: one
    thread, seeded sampling, no data-dependent randomness outside the seeded generators.
    """
    recipe = recipe or BaseRecipe(**overrides)
    started = time.monotonic()
    tokenizer = train_tokenizer(
        default_corpus() + public_corpus(2000, seed=recipe.seed), vocab_size=recipe.vocab_size
    )
    model = build_model("tiny", tokenizer, seed=recipe.seed)
    data = pretraining_data(recipe, recipe.seed)
    gen = torch.Generator().manual_seed(recipe.seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=recipe.learning_rate, weight_decay=0.01)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # multi-threaded reductions may sum in another order
    losses: list[float] = []
    try:
        processor = image_transform(get_preset("tiny"))

        def pixels(samples: Sequence[Sample]) -> torch.Tensor:
            values = processor([window_image(s.image) for s in samples])["pixel_values"]
            return torch.from_numpy(np.stack(values).astype(np.float32))  # (B, 3, H, W)

        vision_losses, _ = pretrain_vision(
            model, data, pixels, recipe.vision_steps, recipe.vision_batch_size,
            recipe.vision_learning_rate, gen,
        )  # fmt: skip
        model.train()
        with Progress(console=console, disable=console is None) as progress:
            task = progress.add_task("pretraining the base", total=recipe.steps)
            for step in range(recipe.steps):
                for group in optimizer.param_groups:
                    group["lr"] = _lr_at(step, recipe)
                idx = torch.randint(len(data), (recipe.batch_size,), generator=gen).tolist()
                batch = _batch(tokenizer, [data[i] for i in idx], recipe.max_length)
                loss = per_sample_loss(model, batch).mean()
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                losses.append(float(loss.item()))
                progress.advance(task)
    finally:
        torch.set_num_threads(threads)
    model.eval()
    reliance = image_reliance(model, tokenizer)
    accuracy = kind_accuracy(model, tokenizer)
    save_base(model, tokenizer, out)
    tail = losses[-20:]
    info = {
        "recipe": recipe.__dict__,
        "final_loss": sum(tail) / len(tail),
        "first_loss": losses[0],
        "vision_loss": {
            "first": vision_losses[0],
            "last": sum(vision_losses[-20:]) / len(vision_losses[-20:]),
        },
        "held_out_loss": {
            "own_images": reliance.loss_own,
            "shuffled_images": reliance.loss_shuffled,
        },  # fmt: skip
        "held_out_accuracy": accuracy,
        "seconds": round(time.monotonic() - started, 1),
    }
    (out / RECIPE_FILE).write_text(json.dumps(info, indent=2, sort_keys=True))
    return info
