"""Local training of the stage's trainable groups on a site's examples.

The loss is model.loss.per_sample_loss (a mean over each sample's answer tokens), then a mean over
the batch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from transformers import PreTrainedTokenizerBase

from meddata import load_image
from model import encode_batch, format_followup, format_prompt, format_target
from model.augment import jitter_pixels
from model.checkpointing import activation_checkpointing
from model.device import training_attention, training_autocast_dtype
from model.loss import per_sample_loss
from model.presets import ModelPreset
from model.prompting import image_pixels
from model.tiling import tile_for_preset
from protocols.curriculum import Augmentation, Stage, Tiling
from protocols.round import FitReport
from site_agent.examples import Example, shuffled_turns


@dataclass(frozen=True)
class LocalTrainingConfig:
    steps: int
    batch_size: int
    learning_rate: float
    max_length: int
    seed: int
    eval_size: int = 32
    optimizer: str = "adamw"
    tiling: Tiling | None = None
    activation_checkpointing: bool = False  # see model.checkpointing
    augmentation: Augmentation | None = None  # scanner jitter of training images

    @classmethod
    def for_stage(cls, stage: Stage, dataset_size: int, seed: int) -> LocalTrainingConfig:
        return cls(
            steps=stage.steps_per_round(dataset_size),
            batch_size=stage.batch_size,
            learning_rate=stage.learning_rate,
            max_length=stage.max_length,
            seed=seed,
            optimizer=stage.optimizer,
            tiling=stage.tiling,
            activation_checkpointing=stage.activation_checkpointing,
            augmentation=stage.augmentation,
        )

    def __post_init__(self) -> None:
        for name in ("steps", "batch_size", "max_length", "eval_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"local training: {name} must be >= 1, got {getattr(self, name)}")
        if self.learning_rate <= 0:
            raise ValueError(f"local training: learning_rate must be > 0, got {self.learning_rate}")


def fitting_examples(
    examples: Sequence[Example],
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    max_length: int,
    tiling: Tiling | None = None,
) -> list[Example]:
    """The examples whose prompt (image tokens included) leaves room for at least one answer
    token within max_length.

    The trainers shuffle a unit's turns (`site_agent.examples.shuffled_turns`), so any block's
    first turn may open the sample: a block whose first question does not fit is dropped from
    its unit, and a unit none of whose blocks fits is left out (a study of several images: each
    of its views is trimmed so, and a view with no block left is dropped). Each unit is trimmed
    by its own turns alone, and no batch can then fail on a turn that does not fit (a failure
    after the round's privacy spend is reserved, and a signal to the coordinator about one
    study)."""
    per_image = tiling.images_per_image if tiling else 1
    known: dict[tuple[str, int], bool] = {}  # questions recur across studies

    def fits(question: str, inputs: int) -> bool:
        if (question, inputs) not in known:
            text = format_prompt(question, num_images=inputs)
            n = len(tokenizer(text)["input_ids"]) + inputs * (preset.image_seq_length - 1)
            known[question, inputs] = n + 1 <= max_length
        return known[question, inputs]

    def trimmed(ex: Example) -> Example | None:
        inputs = len(ex.images) * per_image
        turns = ex.turns
        sizes = ex.blocks or (1,) * len(turns)
        starts = np.cumsum((0, *sizes)).tolist()
        keep = [b for b in range(len(sizes)) if fits(turns[starts[b]][0], inputs)]
        if len(keep) == len(sizes):
            return ex
        if not keep:
            return None
        (question, answer), *rest = (t for b in keep for t in turns[starts[b] : starts[b + 1]])
        return replace(
            ex, question=question, answer=answer, followups=tuple(rest),
            blocks=tuple(sizes[b] for b in keep) if ex.blocks else (),
        )  # fmt: skip

    out = []
    for ex in examples:  # a study of several images: each view trimmed, those left kept
        views = [v for v in map(trimmed, (replace(ex, views=()), *ex.views)) if v is not None]
        if views:
            out.append(replace(views[0], views=tuple(views[1:])))
    return out


def make_optimizer(name: str, params: list[torch.nn.Parameter], lr: float) -> torch.optim.Optimizer:
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=0.9)
    raise ValueError(f"unknown optimizer {name!r} (adamw or sgd)")


class ImageCache:
    """Decoded images by path (for tiling, which cuts them anew every step), and each image
    through the model's image transform by size (every other stage: what a batch holds). A
    site's images recur every step; an image wanted only as pixels is not also kept decoded."""

    def __init__(self) -> None:
        self._images: dict[Path, Image.Image] = {}
        self._pixels: dict[tuple[Path, int], np.ndarray] = {}

    def put(self, path: Path, image: Image.Image) -> None:
        """Hold `image` under `path` (a name that need not exist on disk, e.g. a phantom's)."""
        if path in self._images:  # a replaced image: its cached pixels are stale
            self._pixels = {k: v for k, v in self._pixels.items() if k[0] != path}
        self._images[path] = image

    def get(self, path: Path) -> Image.Image:
        img = self._images.get(path)
        if img is None:
            img = load_image(path)
            self._images[path] = img
        return img

    def pixels(self, path: Path, preset: ModelPreset) -> np.ndarray:
        key = (path, preset.image_size)  # image_transform depends on the size alone
        px = self._pixels.get(key)
        if px is None:
            image = self._images.get(path)
            if image is None:
                image = load_image(path)
            px = self._pixels[key] = image_pixels(preset, image)
        return px


def make_batch(
    examples: Sequence[Example],
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    images: ImageCache,
    max_length: int,
    device: torch.device,
    tiling: Tiling | None = None,
    turn_order: np.random.Generator | None = None,
    augmentation: Augmentation | None = None,
    pad_to: int = 0,
) -> dict[str, torch.Tensor]:
    """Model inputs for `examples` (left padded to the longest, or to `pad_to`); with
    `turn_order`, each sample's turns in a fresh random order
    (`site_agent.examples.shuffled_turns`), as the trainers build their batches, and with
    `augmentation` too, each image through a random scanner (`model.augment`, drawn from
    `turn_order`)."""
    if augmentation is not None and turn_order is None:
        raise ValueError("make_batch: augmentation draws from turn_order, and none was given")
    if turn_order is not None:
        examples = [shuffled_turns(ex, turn_order) for ex in examples]
    tiles: list[list[Image.Image]] | None = None
    pixels: list[list[np.ndarray]] | None = None
    if tiling is not None:  # transformers' dynamic tiler (aspect kept), then the thumbnail
        tiles = [
            [
                tile
                for path in ex.images
                for tile in tile_for_preset(images.get(path), preset, tiling.tiles,
                                            tiling.thumbnail)
            ]
            for ex in examples
        ]  # fmt: skip
    else:  # untiled: an image's pixels are the same every step
        pixels = [[images.pixels(path, preset) for path in ex.images] for ex in examples]
    counts = [len(ex.images) if tiles is None else len(tiles[i]) for i, ex in enumerate(examples)]
    batch = encode_batch(
        tokenizer,
        preset,
        tiles,
        [format_prompt(ex.question, num_images=n) for ex, n in zip(examples, counts, strict=True)],
        [format_target(ex.answer) for ex in examples],
        max_length=max_length,
        followups=[
            [(format_followup(q), format_target(a)) for q, a in ex.followups] for ex in examples
        ],
        pixels=pixels,
        pad_to=pad_to,
    )
    if augmentation is not None and turn_order is not None and "pixel_values" in batch:
        batch["pixel_values"] = jitter_pixels(batch["pixel_values"], augmentation, turn_order)
    return {k: v.to(device) for k, v in batch.items()}


def autocast_dtype(device: torch.device) -> torch.dtype | None:
    """The dtype training's matmuls run in on `device` under autocast: bf16 on CUDA and on a CPU
    with native bf16 (MEDFED_CPU_BF16, `model.device.cpu_autocast_bf16`); None: no autocast,
    fp32 throughout."""
    return training_autocast_dtype(device)


def mixed_precision(device: torch.device) -> bool:
    """Whether training on `device` runs under autocast (see `autocast_dtype`)."""
    return autocast_dtype(device) is not None


def _autocast(device: torch.device) -> contextlib.AbstractContextManager[object]:
    """Autocast at `autocast_dtype(device)` (weights stay as loaded; matmuls run in bf16, the
    loss in fp32), or nothing where that is None."""
    dtype = autocast_dtype(device)
    if dtype is None:
        return contextlib.nullcontext()
    return torch.autocast(device.type, dtype=dtype)


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

    def batch_of(size: int, training: bool = True) -> dict[str, torch.Tensor]:
        idx = rng.choice(n, size=min(size, n), replace=False)
        picked = [examples[i] for i in idx]
        return make_batch(
            picked, tokenizer, preset, images, cfg.max_length, device, cfg.tiling, turn_order=rng,
            augmentation=cfg.augmentation if training else None,
        )  # fmt: skip

    eval_batch = batch_of(cfg.eval_size, training=False)
    loss_before = evaluate_loss(model, eval_batch, device)

    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ValueError("local training: no parameter requires grad for this stage")
    optimizer = make_optimizer(cfg.optimizer, params, cfg.learning_rate)
    model.train()
    with contextlib.ExitStack() as stack:
        stack.enter_context(training_attention(model, device))
        if cfg.activation_checkpointing:
            stack.enter_context(activation_checkpointing(model))
        for step in range(cfg.steps):
            batch = batch_of(cfg.batch_size)
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
