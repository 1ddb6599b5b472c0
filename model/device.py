"""Where and in which precision to run: CUDA with bf16 when present, otherwise CPU with fp32."""

from __future__ import annotations

import torch
from transformers import PreTrainedModel


def pick_device() -> torch.device:
    """The first CUDA device if one is visible, else the CPU."""
    return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")


def default_dtype(device: torch.device | str) -> torch.dtype:
    """bf16 on CUDA (halves memory, native on A100/H100), fp32 elsewhere (CPU bf16 is slow)."""
    kind = torch.device(device).type
    if kind == "cuda" and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32


def fit_experts(model: torch.nn.Module, device: torch.device | str) -> None:
    """Run the MoE experts the way that is fastest on `device`: transformers' "eager" loop over
    the experts on the CPU, its default ("grouped_mm", where it can dispatch) elsewhere.

    On the CPU, transformers' default has no grouped-matmul kernel: its fallback gathers every
    token's expert bias (a tokens x top-k x 2·intermediate copy) and runs the gated activation on
    strided slices; the eager loop computes the same function (to fp32 rounding: the order of a
    sum), about 1.5 times faster a training step on the tiny model (bench/README.md, "Training
    step on the CPU"). `model` may be wrapped (PEFT, Opacus): every transformers model in it
    is set. The choice is not part of the config's digest or of a saved config."""
    kind = torch.device(device).type
    if kind != "meta":  # on meta (structure only) nothing runs
        set_experts(model, "eager" if kind == "cpu" else None)


def set_experts(model: torch.nn.Module, choice: str | None) -> None:
    """Every transformers model with MoE experts in `model` (wrapped or not) runs them by
    `choice`, a transformers experts implementation; None: transformers' default."""
    for module in model.modules():
        if not isinstance(module, PreTrainedModel) or not module._can_set_experts_implementation():
            continue  # not a transformers model with MoE experts (the LLaVA shell, CLIP)
        module.set_experts_implementation(choice or module.get_correct_experts_implementation(None))


def place(model: torch.nn.Module, device: torch.device | str) -> torch.nn.Module:
    """`model` moved to `device` (in place) with its experts run as suits that device."""
    torch.nn.Module.to(model, torch.device(device))  # in place
    fit_experts(model, device)
    return model
