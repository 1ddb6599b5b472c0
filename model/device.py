"""Where and in which precision to run: CUDA with bf16 when present, otherwise CPU with fp32."""

from __future__ import annotations

import torch


def pick_device() -> torch.device:
    """The first CUDA device if one is visible, else the CPU."""
    return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")


def default_dtype(device: torch.device | str) -> torch.dtype:
    """bf16 on CUDA (halves memory, native on A100/H100), fp32 elsewhere (CPU bf16 is slow)."""
    kind = torch.device(device).type
    if kind == "cuda" and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32
