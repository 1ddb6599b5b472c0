"""MedGPT-oss: a LLaVA-style vision-language model (CLIP + MLP projector + GPT-oss).

Public API, re-exported from the modules that own each concept. Each name is imported when it is
first used (PEP 562), so that code needing only a light part (where the shipped base lives)
does not pay for importing torch and transformers: a deployed site starts a process for every
SecAgg+ message, and most of those never touch the model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from model.base import (
        BaseRecipe,
        build_base,
    )
    from model.build import (
        build_model,
        config_for_tokenizer,
        fresh_projector,
        identify_preset,
        load_from_parts,
        preset_from_config,
    )
    from model.device import (
        default_dtype,
        fit_experts,
        pick_device,
        place,
    )
    from model.io import (
        export_hf,
        load_base,
        load_medfed,
        save_base,
        save_medfed,
    )
    from model.lora import (
        attach_lora,
        attached_groups,
        lora_config,
    )
    from model.presets import (
        PRESETS,
        ModelPreset,
        config_digest,
        get_preset,
        llava_config,
    )
    from model.prompting import (
        IGNORE_INDEX,
        encode_batch,
        format_followup,
        format_prompt,
        format_target,
        image_transform,
        make_processor,
    )
    from model.shipped import (
        BaseModelMissing,
        default_base_dir,
    )
    from model.tokenizer import (
        BOS_TOKEN,
        EOS_TOKEN,
        IMAGE_TOKEN,
        PAD_TOKEN,
        default_corpus,
        ensure_image_token,
        image_token_id,
        train_tokenizer,
    )
    from model.trainable import (
        GROUP_NAMES,
        GROUPS,
        TrainableGroup,
        canonical_name,
        group_parameter_count,
        group_parameter_counts,
        group_parameters,
        load_trainable_state,
        parse_groups,
        set_trainable_groups,
        trainable_state,
        validate_groups,
    )

__all__ = [
    "BOS_TOKEN",
    "BaseModelMissing",
    "BaseRecipe",
    "EOS_TOKEN",
    "GROUPS",
    "GROUP_NAMES",
    "IGNORE_INDEX",
    "IMAGE_TOKEN",
    "ModelPreset",
    "PAD_TOKEN",
    "PRESETS",
    "TrainableGroup",
    "attach_lora",
    "attached_groups",
    "build_base",
    "build_model",
    "canonical_name",
    "config_digest",
    "config_for_tokenizer",
    "default_base_dir",
    "default_corpus",
    "default_dtype",
    "encode_batch",
    "ensure_image_token",
    "export_hf",
    "fit_experts",
    "format_followup",
    "format_prompt",
    "format_target",
    "fresh_projector",
    "get_preset",
    "group_parameter_count",
    "group_parameter_counts",
    "group_parameters",
    "identify_preset",
    "image_token_id",
    "image_transform",
    "llava_config",
    "load_base",
    "load_from_parts",
    "load_medfed",
    "load_trainable_state",
    "lora_config",
    "make_processor",
    "parse_groups",
    "pick_device",
    "place",
    "preset_from_config",
    "save_base",
    "save_medfed",
    "set_trainable_groups",
    "train_tokenizer",
    "trainable_state",
    "validate_groups",
]

# Which module owns each public name (imported on first use).
_OWNER: dict[str, str] = {
    "BaseRecipe": "model.base",
    "build_base": "model.base",
    "build_model": "model.build",
    "config_for_tokenizer": "model.build",
    "fresh_projector": "model.build",
    "identify_preset": "model.build",
    "load_from_parts": "model.build",
    "preset_from_config": "model.build",
    "default_dtype": "model.device",
    "fit_experts": "model.device",
    "pick_device": "model.device",
    "place": "model.device",
    "export_hf": "model.io",
    "load_base": "model.io",
    "load_medfed": "model.io",
    "save_base": "model.io",
    "save_medfed": "model.io",
    "attach_lora": "model.lora",
    "attached_groups": "model.lora",
    "lora_config": "model.lora",
    "PRESETS": "model.presets",
    "ModelPreset": "model.presets",
    "config_digest": "model.presets",
    "get_preset": "model.presets",
    "llava_config": "model.presets",
    "IGNORE_INDEX": "model.prompting",
    "encode_batch": "model.prompting",
    "format_followup": "model.prompting",
    "format_prompt": "model.prompting",
    "format_target": "model.prompting",
    "image_transform": "model.prompting",
    "make_processor": "model.prompting",
    "BaseModelMissing": "model.shipped",
    "default_base_dir": "model.shipped",
    "BOS_TOKEN": "model.tokenizer",
    "EOS_TOKEN": "model.tokenizer",
    "IMAGE_TOKEN": "model.tokenizer",
    "PAD_TOKEN": "model.tokenizer",
    "default_corpus": "model.tokenizer",
    "ensure_image_token": "model.tokenizer",
    "image_token_id": "model.tokenizer",
    "train_tokenizer": "model.tokenizer",
    "GROUP_NAMES": "model.trainable",
    "GROUPS": "model.trainable",
    "TrainableGroup": "model.trainable",
    "canonical_name": "model.trainable",
    "group_parameter_count": "model.trainable",
    "group_parameter_counts": "model.trainable",
    "group_parameters": "model.trainable",
    "load_trainable_state": "model.trainable",
    "parse_groups": "model.trainable",
    "set_trainable_groups": "model.trainable",
    "trainable_state": "model.trainable",
    "validate_groups": "model.trainable",
}


def __getattr__(name: str) -> Any:
    owner = _OWNER.get(name)
    if owner is None:
        raise AttributeError(f"module 'model' has no attribute {name!r}")
    value = getattr(importlib.import_module(owner), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_OWNER])
