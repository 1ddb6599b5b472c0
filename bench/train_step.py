"""The model and batch the step benchmarks train on, and their step timer (bench-only).

A MedGPT-oss built from a preset with the projector and LM LoRA trainable (the preset's rank),
in train mode; a random batch with one image's tokens up front and the last ANSWER_TOKENS
supervised. Imported by bench/activation_checkpointing.py, bench/gpu_step.py and
bench/dp_overhead.py after they put the repository root on sys.path.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

import torch

from model import PRESETS, ModelPreset, attach_lora, build_model

GROUPS = ("projector", "lm.lora")
ANSWER_TOKENS = 32


def tiny_preset(tokenizer: Any, **changes: Any) -> ModelPreset:
    """The tiny preset sized to `tokenizer`'s vocabulary, with `changes` (a wider one)."""
    return dataclasses.replace(PRESETS["tiny"], vocab_size=len(tokenizer), **changes)


def trainable_model(
    preset: ModelPreset,
    tokenizer: Any,
    device: torch.device | str = "cpu",
    dtype: torch.dtype = torch.float32,
) -> Any:
    """A seeded model for `preset` with LoRA on GROUPS (rank and alpha of the preset), training."""
    base = build_model(preset, tokenizer, seed=0, device=device, dtype=dtype)
    model = attach_lora(base, GROUPS, r=preset.lora_r, alpha=preset.lora_alpha, seed=0)
    model.train()
    return model


def synthetic_batch(
    model: Any,
    preset: ModelPreset,
    tokens: int,
    batch: int,
    *,
    max_token_id: int | None = None,
    device: torch.device | str = "cpu",
    pixel_dtype: torch.dtype = torch.float32,
    answer_tokens: int = ANSWER_TOKENS,
) -> dict[str, torch.Tensor]:
    """Random ids in [16, max_token_id) (default: the vocabulary) with one image's tokens up
    front; the last `answer_tokens` are supervised. Seeded, so every call gives the same
    batch."""
    if not 1 <= answer_tokens <= tokens - preset.image_seq_length:
        raise ValueError(
            f"answer_tokens={answer_tokens} must be in [1, {tokens - preset.image_seq_length}] "
            f"({tokens} tokens, {preset.image_seq_length} of them the image's)"
        )
    gen = torch.Generator().manual_seed(0)
    high = preset.vocab_size if max_token_id is None else max_token_id
    if high is None:
        raise ValueError(f"preset {preset.name} has no vocabulary size: size it to a tokenizer")
    ids = torch.randint(16, high, (batch, tokens), generator=gen)  # (B, T)
    ids[:, : preset.image_seq_length] = model.config.image_token_id
    labels = torch.full_like(ids, -100)
    labels[:, -answer_tokens:] = ids[:, -answer_tokens:]
    pixels = torch.randn(batch, 3, preset.image_size, preset.image_size, generator=gen)
    return {
        "input_ids": ids.to(device),
        "attention_mask": torch.ones_like(ids).to(device),
        "labels": labels.to(device),
        "pixel_values": pixels.to(device, pixel_dtype),
    }


def step_times(
    step: Callable[[], object], steps: int, warmup: int, device: torch.device
) -> list[float]:
    """Seconds of each of `steps` calls of `step` after `warmup` untimed ones; on CUDA each is
    synchronised and the peak-memory statistics are reset after the warm-up."""
    for _ in range(warmup):
        step()
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    times = []
    for _ in range(steps):
        t0 = time.perf_counter()
        step()
        if device.type == "cuda":
            torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
    return times
