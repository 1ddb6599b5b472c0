"""MedGPT-oss: a LLaVA-style vision-language model (CLIP + MLP projector + GPT-oss).

Public API, re-exported from the modules that own each concept.
"""

from model.build import (
    build_model,
    config_for_tokenizer,
    fresh_projector,
    identify_preset,
    load_from_parts,
    preset_from_config,
)
from model.device import default_dtype, pick_device
from model.io import export_hf, load_base, load_medfed, save_base, save_medfed
from model.lora import attach_lora, attached_groups, lora_config
from model.presets import PRESETS, ModelPreset, config_digest, get_preset, llava_config
from model.prompting import (
    IGNORE_INDEX,
    encode_batch,
    format_followup,
    format_prompt,
    format_target,
    image_transform,
    make_processor,
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
    "EOS_TOKEN",
    "GROUPS",
    "GROUP_NAMES",
    "IGNORE_INDEX",
    "IMAGE_TOKEN",
    "PAD_TOKEN",
    "PRESETS",
    "ModelPreset",
    "TrainableGroup",
    "attach_lora",
    "attached_groups",
    "build_model",
    "canonical_name",
    "config_digest",
    "config_for_tokenizer",
    "default_corpus",
    "default_dtype",
    "encode_batch",
    "ensure_image_token",
    "export_hf",
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
    "preset_from_config",
    "save_base",
    "save_medfed",
    "set_trainable_groups",
    "train_tokenizer",
    "trainable_state",
    "validate_groups",
]

from model.base import BaseModelMissing, BaseRecipe, build_base, default_base_dir  # noqa: E402

__all__ += ["BaseModelMissing", "BaseRecipe", "build_base", "default_base_dir"]
