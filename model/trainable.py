"""Named groups of trainable parameters, and their exchange as flat float32 arrays.

A group is what a federated stage trains and what sites exchange: "projector" (the LLaVA MLP
projector), "lm.lora" (LoRA on the language model's q/k/v/o projections), "vision.lora" (LoRA on
the CLIP tower's q/k/v/out projections) and "lm.head" (the output layer). Everything else stays
frozen, in particular GPT-oss attention sinks and MoE expert weights, which are bare
`nn.Parameter`s without per-sample gradients under DP.

Canonical names are the parameter names of the plain transformers model, with the adapter name
dropped; e.g. `model.language_model.layers.0.self_attn.q_proj.lora_A.weight` and
`model.multi_modal_projector.linear_1.weight`. They equal peft's `get_peft_model_state_dict` keys
without the `base_model.model.` prefix, and do not depend on wrappers (PeftModel, Opacus
GradSampleModule, torch.compile).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
import torch
from torch import nn

ADAPTER_NAME = "default"


@dataclass(frozen=True)
class TrainableGroup:
    """One group: LoRA adapters on modules matching `lora_target`, or a whole module (`module`)."""

    name: str
    kind: Literal["lora", "module"]
    # Canonical-name prefix of the group's parameters.
    prefix: str
    # peft target_modules regex (fully matched against module names), for LoRA groups.
    lora_target: str | None = None
    # peft modules_to_save entry, for module groups.
    module: str | None = None


GROUPS: Mapping[str, TrainableGroup] = {
    g.name: g
    for g in (
        TrainableGroup("projector", "module", "model.multi_modal_projector.",
                       module="multi_modal_projector"),
        TrainableGroup(
            "lm.lora", "lora", "model.language_model.",
            lora_target=r".*language_model\.layers\.\d+\.self_attn\.(q_proj|k_proj|v_proj|o_proj)",
        ),
        TrainableGroup(
            "vision.lora", "lora", "model.vision_tower.",
            lora_target=r".*vision_tower\..*layers\.\d+\.self_attn\.(q_proj|k_proj|v_proj|out_proj)",
        ),
        TrainableGroup("lm.head", "module", "lm_head.", module="lm_head"),
    )
}  # fmt: skip
GROUP_NAMES: tuple[str, ...] = tuple(GROUPS)

_WRAPPER_PREFIXES = ("_module.", "_orig_mod.", "module.", "base_model.model.")
_LORA_ADAPTER = re.compile(r"\.(lora_A|lora_B)\." + ADAPTER_NAME + r"(?=\.|$)")
_SAVED_COPY = f".modules_to_save.{ADAPTER_NAME}."


def validate_groups(groups: str | Collection[str]) -> tuple[str, ...]:
    """Known group names, deduplicated, in `GROUP_NAMES` order; ValueError lists valid ones."""
    names = [groups] if isinstance(groups, str) else list(groups)
    unknown = sorted({g for g in names if g not in GROUPS})
    if unknown:
        raise ValueError(f"unknown trainable group(s) {unknown}; valid: {list(GROUP_NAMES)}")
    if not names:
        raise ValueError(f"no trainable group given; valid: {list(GROUP_NAMES)}")
    return tuple(g for g in GROUP_NAMES if g in names)


def parse_groups(text: str) -> tuple[str, ...]:
    """Groups from a comma-separated string such as the run config's "projector,lm.lora"."""
    return validate_groups([part.strip() for part in text.split(",") if part.strip()])


def canonical_name(name: str) -> str | None:
    """Canonical name of a parameter; None for peft's frozen copy of a module it trains."""
    stripped = True
    while stripped:
        stripped = False
        for prefix in _WRAPPER_PREFIXES:
            if name.startswith(prefix):
                name = name[len(prefix) :]
                stripped = True
    if ".original_module." in name:
        return None
    name = name.replace(_SAVED_COPY, ".").replace(".base_layer.", ".")
    return _LORA_ADAPTER.sub(r".\1", name)


def _is_peft(model: nn.Module) -> bool:
    return any(_SAVED_COPY in n or ".lora_A." in n for n, _ in model.named_parameters())


def group_parameters(model: nn.Module, group: str) -> dict[str, nn.Parameter]:
    """Canonical name -> parameter of one group. ValueError if the model does not have it."""
    (name,) = validate_groups([group])
    spec = GROUPS[name]
    peft = _is_peft(model)
    out: dict[str, nn.Parameter] = {}
    unwrapped: list[str] = []
    for raw, param in model.named_parameters():
        canon = canonical_name(raw)
        if canon is None or not canon.startswith(spec.prefix):
            continue
        if spec.kind == "lora":
            if ".lora_A." in canon or ".lora_B." in canon:
                out[canon] = param
        elif peft and _SAVED_COPY not in raw:
            unwrapped.append(canon)
        else:
            out[canon] = param
    if unwrapped:
        raise ValueError(
            f"group {name!r} is not wrapped by peft modules_to_save (e.g. {unwrapped[0]}): "
            f"attach_lora with {name!r} among its groups"
        )
    if not out:
        raise ValueError(f"group {name!r} has no parameters in this model: attach_lora with it")
    return out


def _collect(model: nn.Module, groups: str | Collection[str]) -> dict[str, nn.Parameter]:
    params: dict[str, nn.Parameter] = {}
    for g in validate_groups(groups):
        params.update(group_parameters(model, g))
    return dict(sorted(params.items()))


def set_trainable_groups(model: nn.Module, groups: str | Collection[str]) -> int:
    """Exactly the parameters of `groups` require grad afterwards; returns their element count."""
    selected = {id(p) for p in _collect(model, groups).values()}
    total = 0
    for param in model.parameters():
        param.requires_grad_(id(param) in selected)
        total += param.numel() if id(param) in selected else 0
    return total


def group_parameter_count(model: nn.Module, groups: str | Collection[str]) -> int:
    """Number of scalar parameters in `groups` (whether or not they currently require grad)."""
    return sum(p.numel() for p in _collect(model, groups).values())


def group_parameter_counts(model: nn.Module) -> dict[str, int]:
    """Per-group parameter counts; 0 for a group the model does not have."""
    counts: dict[str, int] = {}
    for g in GROUP_NAMES:
        try:
            counts[g] = group_parameter_count(model, g)
        except ValueError:
            counts[g] = 0
    return counts


def trainable_state(model: nn.Module, groups: str | Collection[str]) -> dict[str, np.ndarray]:
    """The groups' values as float32 numpy copies, keyed by canonical name, keys sorted."""
    return {
        name: param.detach().to(device="cpu", dtype=torch.float32).numpy().copy()
        for name, param in _collect(model, groups).items()
    }


def load_trainable_state(
    model: nn.Module,
    state: Mapping[str, np.ndarray],
    groups: str | Collection[str] | None = None,
) -> None:
    """Copy `state` into the model, strictly: every key of the groups, nothing else, same shapes.

    `groups=None` takes the groups that the state's keys belong to (a group present in part is
    still an error). Values must be finite floats; they are cast to each parameter's dtype.
    Nothing is written unless the whole state is valid.
    """
    if groups is None:
        found = {
            g for g in GROUP_NAMES for key in state
            if key.startswith(GROUPS[g].prefix)
            and (GROUPS[g].kind == "module" or ".lora_" in key)
        }  # fmt: skip
        if not found:
            raise ValueError(f"state keys {sorted(state)[:3]} belong to no trainable group")
        groups = found
    params = _collect(model, groups)
    unknown = sorted(set(state) - set(params))
    if unknown:
        raise ValueError(f"unknown key(s) in state: {unknown[:5]} ({len(unknown)} total)")
    missing = sorted(set(params) - set(state))
    if missing:
        raise ValueError(f"missing key(s) in state: {missing[:5]} ({len(missing)} total)")
    tensors: dict[str, torch.Tensor] = {}
    for name, param in params.items():
        value = np.asarray(state[name])
        if tuple(value.shape) != tuple(param.shape):
            raise ValueError(
                f"shape mismatch for {name}: state {tuple(value.shape)}, model {tuple(param.shape)}"
            )
        if not np.issubdtype(value.dtype, np.floating):
            raise ValueError(f"{name} has dtype {value.dtype}, expected a float array")
        if not np.isfinite(value).all():
            raise ValueError(f"{name} contains non-finite values")
        tensors[name] = torch.from_numpy(np.ascontiguousarray(value, dtype=np.float32))
    with torch.no_grad():
        for name, param in params.items():
            param.copy_(tensors[name].to(device=param.device, dtype=param.dtype))
