"""Attach the PEFT adapters that the trainable groups need."""

from __future__ import annotations

import warnings
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from peft import LoraConfig, PeftModel, get_peft_model
from torch import nn
from transformers import LlavaConfig

from model.build import sub_configs
from model.rng import seeded
from model.trainable import (
    GROUPS,
    group_parameter_counts,
    set_trainable_groups,
    validate_groups,
)


@contextmanager
def quiet_peft() -> Iterator[None]:
    """Silence one known FutureWarning: peft 0.21 calls a transformers 5 API
    (`is_gradient_checkpointing`) deprecated in favour of `is_activation_checkpointing`."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", ".*is_gradient_checkpointing.*", FutureWarning)
        yield


def used_vision_layers(config: LlavaConfig) -> int:
    """How many CLIP layers feed the projector: the layers after the selected one are unused.

    LLaVA takes `hidden_states[vision_feature_layer]` (index 0 = embeddings), so with the usual
    -2 the last CLIP layer never affects the output. LoRA there would get no gradient at all,
    which Opacus rejects (a trainable parameter without per-sample gradient).
    """
    layer = config.vision_feature_layer
    if not isinstance(layer, int):
        raise ValueError(f"vision_feature_layer={layer!r}: only a single layer is supported")
    total = int(sub_configs(config)[0].num_hidden_layers)
    index = layer if layer >= 0 else total + 1 + layer
    if not 0 <= index <= total:
        raise ValueError(f"vision_feature_layer={layer} is outside the {total} vision layers")
    return index


def _target(group: str, vision_layers: int | None) -> str:
    spec = GROUPS[group]
    if spec.lora_target is None:
        raise ValueError(f"group {group!r} is not a LoRA group")
    if group != "vision.lora" or vision_layers is None:
        return spec.lora_target
    if vision_layers < 1:
        raise ValueError(
            f"vision.lora: no CLIP layer feeds the projector (vision_layers={vision_layers})"
        )
    indices = "|".join(str(i) for i in range(vision_layers))
    return spec.lora_target.replace(r"layers\.\d+\.", rf"layers\.(?:{indices})\.")


def lora_config(
    groups: str | Collection[str],
    r: int = 16,
    alpha: int = 32,
    dropout: float = 0.0,
    vision_layers: int | None = None,
) -> LoraConfig:
    """The peft config for `groups`: LoRA on every LoRA group, modules_to_save for the rest.

    `vision_layers` limits vision LoRA to the first CLIP layers (see `used_vision_layers`);
    None targets every layer.
    """
    names = validate_groups(groups)
    if r < 1:
        raise ValueError(f"r={r} must be >= 1")
    if alpha <= 0:
        raise ValueError(f"alpha={alpha} must be > 0")
    if not 0.0 <= dropout < 1.0:
        raise ValueError(f"dropout={dropout} must be in [0, 1)")
    targets = [_target(g, vision_layers) for g in names if GROUPS[g].kind == "lora"]
    if not targets:
        raise ValueError(
            f"groups {list(names)} contain no LoRA group (peft needs one): add 'lm.lora' or "
            "'vision.lora', then restrict training with set_trainable_groups"
        )
    saved = [m for g in names if (m := GROUPS[g].module) is not None]
    return LoraConfig(
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules="|".join(f"(?:{t})" for t in targets),
        modules_to_save=saved or None,
        bias="none",
    )


def attach_lora(
    model: nn.Module,
    groups: str | Collection[str],
    r: int = 16,
    alpha: int = 32,
    dropout: float = 0.0,
    seed: int | None = None,
) -> PeftModel:
    """Wrap `model` with adapters for `groups`; afterwards exactly those groups are trainable.

    Attach every group any later stage will train: `set_trainable_groups` then switches among
    them. LoRA B matrices start at zero, so an attached but untrained adapter changes nothing.
    `seed` makes the LoRA A initialisation reproducible without touching the caller's RNG.
    """
    if isinstance(model, PeftModel):
        raise ValueError("model already has adapters: attach all groups in one attach_lora call")
    llava = getattr(model, "config", None)
    if not isinstance(llava, LlavaConfig):
        raise ValueError(f"attach_lora needs a LLaVA model, got {type(model).__name__}")
    config = lora_config(
        groups, r=r, alpha=alpha, dropout=dropout, vision_layers=used_vision_layers(llava)
    )
    device = next(model.parameters()).device
    with seeded(seed, device), quiet_peft():
        peft_model = get_peft_model(model, config)
    set_trainable_groups(peft_model, groups)
    return peft_model


def attached_groups(model: nn.Module) -> tuple[str, ...]:
    """The groups this model can train (their adapters or saved modules are present)."""
    return tuple(g for g, n in group_parameter_counts(model).items() if n > 0)
