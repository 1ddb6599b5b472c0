"""The training loss: a per-sample mean over each sample's supervised tokens.

The model's built-in loss averages over all tokens of the batch, which weights long answers more and
gives per-sample gradients (DP-SGD) no meaning; this returns one loss per sample instead.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from transformers import LlavaForConditionalGeneration

from model.prompting import IGNORE_INDEX


def model_inputs(batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The tensors the model takes (no labels); a text-only batch carries no pixel values."""
    inputs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
    pixels = batch.get("pixel_values")
    if pixels is not None and pixels.shape[0] > 0:
        inputs["pixel_values"] = pixels
    return inputs


def per_sample_loss(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Mean cross-entropy over each sample's supervised tokens: shape (B,).

    The LM head runs only where a token is supervised: each sample's positions that predict a
    labelled token are gathered (the sample's own, in order, padded to the batch's largest count
    and masked) from the last hidden states, so a batch of short answers pays for a few rows of
    logits rather than (B, T, vocabulary). The batch dimension is kept, so DP-SGD's per-sample
    gradients (the LM head's too, when it trains) stay each sample's own."""
    labels = batch["labels"][:, 1:]  # (B, T-1): position t predicts token t+1
    supervised = labels != IGNORE_INDEX
    llava = llava_in(model)
    width = max(int(supervised.sum(dim=1).max()), 1)
    # each row's supervised positions first, in their order (a stable sort of "unsupervised")
    picks = torch.sort(~supervised, dim=1, stable=True).indices[:, :width]  # (B, K)
    kept = supervised.gather(1, picks)  # (B, K): False where a row has fewer than K
    hidden = llava.model(**model_inputs(batch), use_cache=False).last_hidden_state  # (B, T, H)
    rows = hidden.gather(1, picks.unsqueeze(-1).expand(-1, -1, hidden.shape[-1]))  # (B, K, H)
    return _mean_loss(llava.lm_head(rows), labels.gather(1, picks), kept)


def _mean_loss(logits: torch.Tensor, labels: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Each row's mean cross-entropy over its `mask`ed positions (0 for a row with none)."""
    tok = F.cross_entropy(
        logits.float().transpose(1, 2), labels, ignore_index=IGNORE_INDEX, reduction="none"
    )  # (B, K)
    weight = mask.float()
    return (tok * weight).sum(dim=1) / weight.sum(dim=1).clamp(min=1.0)


def llava_in(model: torch.nn.Module) -> LlavaForConditionalGeneration:
    """The LLaVA model inside `model` (itself, or under PEFT and Opacus wrappers)."""
    for module in model.modules():
        if isinstance(module, LlavaForConditionalGeneration):
            return module
    raise ValueError(f"{type(model).__name__} holds no LLaVA model (MedGPT-oss)")
