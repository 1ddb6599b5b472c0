"""Where and in which precision to run: CUDA with bf16 when present, otherwise the CPU, with
fp32 weights and, where the CPU multiplies bf16 natively, bf16 autocast for training."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import torch
from transformers import PreTrainedModel

from model.loss import llava_in

CPU_BF16_ENV = "MEDFED_CPU_BF16"  # auto (default: where the CPU has native bf16), 1 or 0
CPU_BF16_FLAGS = ("avx512_bf16", "amx_bf16")  # /proc/cpuinfo flags of native bf16 matmuls
CPUINFO = Path("/proc/cpuinfo")


def pick_device() -> torch.device:
    """The first CUDA device if one is visible, else the CPU."""
    return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")


def default_dtype(device: torch.device | str) -> torch.dtype:
    """The dtype a base's weights are loaded in: bf16 on CUDA (halves memory, native on
    A100/H100), fp32 elsewhere (a CPU trains fp32 weights, under bf16 autocast where
    `cpu_autocast_bf16`)."""
    kind = torch.device(device).type
    if kind == "cuda" and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32


@functools.cache
def cpu_has_native_bf16(cpuinfo: Path = CPUINFO) -> bool:
    """Whether this CPU multiplies bf16 natively (AVX512-BF16 or AMX-BF16, by the kernel's flags;
    False where they cannot be read). oneDNN then runs a bf16 matmul about 3 times faster than
    fp32; without them it emulates bf16 and is slower than fp32."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return False
    flags = next((line.split(":", 1)[1].split() for line in text.splitlines()
                  if line.startswith("flags")), [])  # fmt: skip
    return any(flag in flags for flag in CPU_BF16_FLAGS)


def cpu_autocast_bf16(env: dict[str, str] | None = None) -> bool:
    """Whether training on the CPU runs under bf16 autocast: by MEDFED_CPU_BF16, "auto" (the
    default: where `cpu_has_native_bf16`), "1" (always) or "0" (never: fp32 throughout).

    Weights, LoRA, the optimizer's state and, under DP-SGD, each study's gradient, its norm,
    clip and the noise stay fp32 (site_agent.dp); only the matmuls run in bf16, as on a GPU. A
    site's privacy does not depend on it; its results differ from fp32 by bf16 rounding."""
    value = (env if env is not None else os.environ).get(CPU_BF16_ENV, "auto").strip().lower()
    if value in ("auto", ""):
        return cpu_has_native_bf16()
    if value in ("1", "on", "true", "yes"):
        return True
    if value in ("0", "off", "false", "no"):
        return False
    raise ValueError(f"{CPU_BF16_ENV}={value!r}: expected auto, 1 or 0")


def training_autocast_dtype(device: torch.device | str) -> torch.dtype | None:
    """The dtype training's matmuls run in on `device` under autocast: bf16 on CUDA and on a
    CPU per `cpu_autocast_bf16`; None: no autocast, fp32 throughout."""
    kind = torch.device(device).type
    if kind == "cuda":
        return torch.bfloat16
    if kind == "cpu" and cpu_autocast_bf16():
        return torch.bfloat16
    return None


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


# Attention kernels for training on CUDA: GPT-oss's attention sinks need flash (its `kernels`
# hub package, not installable offline) or flex attention, which transformers gives the sinks
# through its log-sum-exp; "eager" (the CPU's, and what a model is built with) keeps a heads x
# tokens x tokens score and probability tensor per layer and sample (by arithmetic, 8.6 GB a
# layer in the real instruction stage's micro-batch of 2 x 4096 tokens). CLIP has no sinks:
# PyTorch's SDPA. Measured on an H200 in bench/README.md, "DP step on a 20b-width slice and on
# the whole 20b". Generation keeps eager (one query token a step, and flex would compile a kernel
# for every length).
CUDA_ATTENTION = {"text_config": "flex_attention", "vision_config": "sdpa"}


def attention_of(model: torch.nn.Module) -> dict[str, str]:
    """The attention implementations of the LLaVA model in `model`, by sub-config."""
    config = llava_in(model).config
    return {key: getattr(config, key)._attn_implementation for key in CUDA_ATTENTION}


def set_attention(model: torch.nn.Module, choice: dict[str, str]) -> None:
    """The LLaVA model in `model` (wrapped or not) runs its language model's and vision tower's
    attention by `choice` ({"text_config": ..., "vision_config": ...}, transformers' names)."""
    llava_in(model).set_attn_implementation(dict(choice))


@contextmanager
def training_attention(model: torch.nn.Module, device: torch.device | str) -> Iterator[None]:
    """`CUDA_ATTENTION` while the block trains on CUDA, the model's own attention again after;
    elsewhere nothing changes (the CPU has no flex kernel with sinks)."""
    if torch.device(device).type != "cuda":
        yield
        return
    before = attention_of(model)
    try:
        set_attention(model, CUDA_ATTENTION)  # inside: a half-applied choice is undone too
        yield
    finally:
        set_attention(model, before)


def place(model: torch.nn.Module, device: torch.device | str) -> torch.nn.Module:
    """`model` moved to `device` (in place) with its experts run as suits that device."""
    torch.nn.Module.to(model, torch.device(device))  # in place
    fit_experts(model, device)
    return model
