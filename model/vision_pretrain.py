"""Supervised pretraining of the base's CLIP vision tower, before the whole model learns to talk.

It stands for what a released CLIP brings: features from which generic visual facts are linearly
readable. The tower learns, from public scenes only, through small heads that are thrown away
afterwards: which patches hold an object or spot and how much of each patch it covers (targets
per image token), and for each such patch which half of the image it lies in and whether its
object is large (per token too), whether the left and the right half hold one, how many there
are (0-3), and whether they are large.

Measured here: with language-model training alone (3,000 steps) the tiny base answered side
questions at chance; the language model only learns to read what the tower already separates.
With the half and the size only as targets of the mean over patches, the base still answered
"is the spot on the left side?" at chance (0.46): a token's position came from its place in the
sequence, which the language model's rotary positions see only relative to the question. With a
per-token half target the token's content says where it is, and the base answers it at 0.95
(`recipe.json`); with the per-token coverage target (summed over the tokens: an object's area)
it answers "is the spot large?" at 0.92 (0.71 without it, 0.78 before either).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F
from torch import nn

from model.public_data import HALF, IMAGE_SIZE, PublicSample, object_alpha
from model.public_spots import SpotSample, spot_profile

Sample = PublicSample | SpotSample
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class VisionTargets:
    """What the heads predict for a batch."""

    patches: torch.Tensor  # (B, P) 1.0 where a patch holds part of an object
    halves: torch.Tensor  # (B, 2) left / right half holds an object
    count: torch.Tensor  # (B,) 0..3
    large: torch.Tensor  # (B,) 1 large, 0 small, -1 no object (ignored)
    patch_side: torch.Tensor  # (B, P) 0 no object, 1 object in a left-half patch, 2 right-half
    patch_size: torch.Tensor  # (B, P) 0 no object, 1 small object, 2 large object
    cover: torch.Tensor  # (B, P) the fraction of each patch's pixels that objects cover


def coverage(sample: Sample) -> tuple[Mask, list[tuple[float, bool]], Mask]:
    """(H, W) mask of object pixels, (centre x, large) per object, and (H, W) mask of large
    objects' pixels."""
    mask = np.zeros((IMAGE_SIZE, IMAGE_SIZE), dtype=bool)
    large = np.zeros((IMAGE_SIZE, IMAGE_SIZE), dtype=bool)
    objects: list[tuple[float, bool]] = []
    if isinstance(sample, SpotSample):
        for spot in sample.scene.spots:
            covered = spot_profile(spot) > 0.3
            mask |= covered
            if spot.large:
                large |= covered
            objects.append((spot.cx, spot.large))
    else:
        for obj in sample.scene.objects:
            ys, xs = obj.box
            covered = object_alpha(obj) > 0.3
            mask[ys, xs] |= covered
            if obj.large:
                large[ys, xs] |= covered
            objects.append((float(obj.cx), obj.large))
    return mask, objects, large


def targets_of(samples: Sequence[Sample], patch_size: int) -> VisionTargets:
    grid = IMAGE_SIZE // patch_size
    patches, halves, count, large, patch_side, patch_size_, cover = [], [], [], [], [], [], []
    left_columns = (np.arange(grid) < grid // 2)[None, :].repeat(grid, axis=0)  # (g, g)
    for sample in samples:
        mask, objects, large_mask = coverage(sample)
        cells = mask.reshape(grid, patch_size, grid, patch_size).mean(axis=(1, 3))  # (g, g)
        big = large_mask.reshape(grid, patch_size, grid, patch_size).mean(axis=(1, 3)) > 0.02
        held = cells > 0.02
        patches.append(held.reshape(-1).astype(np.float32))
        cover.append(cells.reshape(-1).astype(np.float32))
        patch_side.append(np.where(held, np.where(left_columns, 1, 2), 0).reshape(-1))
        patch_size_.append(np.where(held, np.where(big, 2, 1), 0).reshape(-1))
        halves.append([any(x < HALF for x, _ in objects), any(x >= HALF for x, _ in objects)])
        count.append(min(len(objects), 3))
        large.append(-1 if not objects else int(objects[0][1]))
    return VisionTargets(
        torch.tensor(np.stack(patches)),
        torch.tensor(halves, dtype=torch.float32),
        torch.tensor(count),
        torch.tensor(large),
        torch.tensor(np.stack(patch_side), dtype=torch.long),
        torch.tensor(np.stack(patch_size_), dtype=torch.long),
        torch.tensor(np.stack(cover)),
    )


class VisionHeads(nn.Module):
    """Linear read-outs of the selected vision layer: per patch, and of the mean over patches."""

    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.patch = nn.Linear(hidden, 1)
        self.halves = nn.Linear(hidden, 2)
        self.count = nn.Linear(hidden, 4)
        self.large = nn.Linear(hidden, 2)
        self.patch_side = nn.Linear(hidden, 3)
        self.patch_size = nn.Linear(hidden, 3)
        self.cover = nn.Linear(hidden, 1)

    def loss(self, features: torch.Tensor, t: VisionTargets) -> torch.Tensor:
        """`features`: (B, P, hidden), the patch tokens the projector sees."""
        pooled = features.mean(dim=1)  # (B, hidden)
        loss = F.binary_cross_entropy_with_logits(self.patch(features).squeeze(-1), t.patches)
        loss = loss + F.binary_cross_entropy_with_logits(self.halves(pooled), t.halves)
        loss = loss + F.cross_entropy(self.count(pooled), t.count)
        loss = loss + F.cross_entropy(self.large(pooled), t.large, ignore_index=-1)
        loss = loss + F.cross_entropy(
            self.patch_side(features).flatten(0, 1), t.patch_side.flatten()
        )
        loss = loss + F.cross_entropy(
            self.patch_size(features).flatten(0, 1), t.patch_size.flatten()
        )
        # how much of the patch the objects cover: summed over patches, an object's area
        return loss + F.binary_cross_entropy_with_logits(self.cover(features).squeeze(-1), t.cover)


def patch_features(model: Any, pixel_values: torch.Tensor) -> torch.Tensor:
    """(B, P, hidden): the vision layer LLaVA feeds its projector, CLS dropped."""
    config = model.config
    out = model.model.vision_tower(pixel_values, output_hidden_states=True)
    features: torch.Tensor = out.hidden_states[config.vision_feature_layer]
    return features[:, 1:] if config.vision_feature_select_strategy == "default" else features


def pretrain_vision(
    model: Any,
    data: Sequence[Sample],
    pixel_values: Any,
    steps: int,
    batch_size: int,
    learning_rate: float,
    gen: torch.Generator,
) -> tuple[list[float], VisionHeads]:
    """Train the vision tower (and the throw-away heads) on `data`; returns the losses and heads.

    `pixel_values(samples)` gives the processor's (B, 3, H, W) for a list of samples.
    """
    vision = model.model.vision_tower
    cfg = vision.config
    heads = VisionHeads(int(cfg.hidden_size))
    params = [*vision.parameters(), *heads.parameters()]
    optimizer = torch.optim.AdamW(params, lr=learning_rate, weight_decay=0.01)
    losses: list[float] = []
    vision.train()
    for step in range(steps):
        warm = min(1.0, (step + 1) / 50)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate * warm * 0.5 * (1 + math.cos(math.pi * step / steps))
        idx = torch.randint(len(data), (batch_size,), generator=gen).tolist()
        chosen = [data[i] for i in idx]
        features = patch_features(model, pixel_values(chosen))
        loss = heads.loss(features, targets_of(chosen, int(cfg.patch_size)))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        losses.append(float(loss.item()))
    return losses, heads
