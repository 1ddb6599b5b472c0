"""The training loss: a per-sample mean over each sample's supervised tokens.

The model's built-in loss averages over all tokens of the batch, which weights long answers more and
gives per-sample gradients (DP-SGD) no meaning; this returns one loss per sample instead.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from model.prompting import IGNORE_INDEX


def model_inputs(batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The tensors the model takes (no labels); a text-only batch carries no pixel values."""
    inputs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
    pixels = batch.get("pixel_values")
    if pixels is not None and pixels.shape[0] > 0:
        inputs["pixel_values"] = pixels
    return inputs


def per_sample_loss(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Mean cross-entropy over each sample's supervised tokens: shape (B,)."""
    out = model(**model_inputs(batch), use_cache=False)  # training: a KV cache is dead weight
    logits = out.logits[:, :-1].float()  # (B, T-1, V): position t predicts token t+1
    labels = batch["labels"][:, 1:]  # (B, T-1)
    tok = F.cross_entropy(
        logits.transpose(1, 2), labels, ignore_index=IGNORE_INDEX, reduction="none"
    )  # (B, T-1)
    mask = (labels != IGNORE_INDEX).float()
    return (tok * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
