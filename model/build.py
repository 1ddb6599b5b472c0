"""Construct MedGPT-oss: from a preset (random init), or from local GPT-oss + CLIP checkpoints."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import torch
from transformers import (
    AutoTokenizer,
    CLIPVisionConfig,
    CLIPVisionModel,
    GptOssConfig,
    GptOssForCausalLM,
    LlavaConfig,
    LlavaForConditionalGeneration,
    PreTrainedTokenizerBase,
)
from transformers.models.llava.modeling_llava import LlavaMultiModalProjector

from model.device import fit_experts
from model.presets import PRESETS, ModelPreset, RopeValue, llava_config
from model.rng import seeded
from model.tokenizer import ensure_image_token, image_token_id


def _resolve_device(device: torch.device | str) -> torch.device:
    dev = torch.device(device)
    if dev.type not in ("cpu", "cuda", "meta"):
        raise ValueError(f"device={device!r} must be cpu, cuda or meta")
    return dev


def config_for_tokenizer(
    preset: str | ModelPreset, tokenizer: PreTrainedTokenizerBase
) -> LlavaConfig:
    """`llava_config` with the vocabulary size and special ids taken from `tokenizer`."""
    if tokenizer.pad_token_id is None:
        raise ValueError("tokenizer.pad_token_id is None: batches need a pad token")
    return llava_config(
        preset,
        vocab_size=len(tokenizer),
        image_token_id=image_token_id(tokenizer),
        pad_token_id=int(tokenizer.pad_token_id),
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )


def sub_configs(config: LlavaConfig) -> tuple[CLIPVisionConfig, GptOssConfig]:
    """The vision and text configurations, checked to be CLIP vision and GPT-oss."""
    v, t = config.vision_config, config.text_config
    if not isinstance(v, CLIPVisionConfig) or not isinstance(t, GptOssConfig):
        raise ValueError(
            f"config has vision {type(v).__name__} / text {type(t).__name__}; "
            "MedGPT-oss needs CLIPVisionConfig / GptOssConfig"
        )
    return v, t


def _int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{field}={value!r} must be an int")
    return value


def _set_generation_ids(model: LlavaForConditionalGeneration, config: LlavaConfig) -> None:
    _, text = sub_configs(config)
    model.generation_config.pad_token_id = text.pad_token_id
    model.generation_config.bos_token_id = text.bos_token_id
    model.generation_config.eos_token_id = text.eos_token_id


def build_model(
    preset: str | ModelPreset,
    tokenizer: PreTrainedTokenizerBase,
    seed: int | None = None,
    device: torch.device | str = "cpu",
    dtype: torch.dtype = torch.float32,
) -> LlavaForConditionalGeneration:
    """A randomly initialised MedGPT-oss for `preset`, sized to `tokenizer`.

    `seed` makes the initialisation reproducible without touching the caller's RNG state.
    `device="meta"` builds the structure only (no memory), e.g. to count parameters of 20b.
    """
    dev = _resolve_device(device)
    config = config_for_tokenizer(preset, tokenizer)
    with seeded(seed, dev), dev:
        model = LlavaForConditionalGeneration._from_config(config, dtype=dtype)
    fit_experts(model, dev)
    _set_generation_ids(model, config)
    return model


def fresh_projector(
    config: LlavaConfig, seed: int | None = None, dtype: torch.dtype = torch.float32
) -> LlavaMultiModalProjector:
    """A new projector, initialised as `build_model` does: normal(0, initializer_range), bias 0."""
    std = float(sub_configs(config)[1].initializer_range)
    with seeded(seed, torch.device("cpu")):
        projector = LlavaMultiModalProjector(config)
        for layer in (projector.linear_1, projector.linear_2):
            torch.nn.init.normal_(layer.weight, mean=0.0, std=std)
            if layer.bias is not None:
                torch.nn.init.zeros_(layer.bias)
    return projector.to(dtype)


def preset_from_config(config: LlavaConfig, name: str = "custom") -> ModelPreset:
    """The preset describing an existing LLaVA/CLIP/GPT-oss configuration."""
    v, t = sub_configs(config)
    if not isinstance(config.vision_feature_layer, int):
        raise ValueError(
            f"vision_feature_layer={config.vision_feature_layer!r}: only one layer is supported"
        )
    rope: dict[str, RopeValue] = dict(t.rope_parameters or {})
    return ModelPreset(
        name=name,
        vision_hidden_size=v.hidden_size,
        vision_intermediate_size=v.intermediate_size,
        vision_num_layers=v.num_hidden_layers,
        vision_num_heads=v.num_attention_heads,
        image_size=_int(v.image_size, "vision_config.image_size"),
        patch_size=_int(v.patch_size, "vision_config.patch_size"),
        text_hidden_size=t.hidden_size,
        text_intermediate_size=t.intermediate_size,
        text_num_layers=t.num_hidden_layers,
        text_num_heads=t.num_attention_heads,
        text_num_kv_heads=t.num_key_value_heads,
        text_head_dim=t.head_dim,
        num_experts=t.num_local_experts,
        num_experts_per_tok=t.num_experts_per_tok,
        sliding_window=_int(t.sliding_window, "text_config.sliding_window"),
        max_position_embeddings=t.max_position_embeddings,
        rope_parameters=tuple(sorted(rope.items())),
        vocab_size=t.vocab_size,
        vision_feature_layer=config.vision_feature_layer,
        vision_feature_select_strategy=config.vision_feature_select_strategy,
        projector_hidden_act=config.projector_hidden_act,
    )


def identify_preset(config: LlavaConfig) -> ModelPreset:
    """The named preset this configuration was built from, else a derived preset named "custom"."""
    for preset in PRESETS.values():
        candidate = preset_from_config(config, name=preset.name)
        if preset.vocab_size is None:
            candidate = dataclasses.replace(candidate, vocab_size=None)
        if candidate == preset:
            return preset
    return preset_from_config(config, name="custom")


def load_from_parts(
    gptoss_dir: str | Path,
    clip_dir: str | Path,
    tokenizer_dir: str | Path | None = None,
    seed: int | None = None,
    dtype: torch.dtype = torch.float32,
    vision_feature_layer: int = -2,
) -> tuple[LlavaForConditionalGeneration, PreTrainedTokenizerBase, ModelPreset]:
    """Assemble MedGPT-oss from a local GPT-oss causal LM and a local CLIP vision checkpoint.

    The language model and vision tower keep their pretrained weights (the loaded modules are
    moved into the LLaVA shell, not copied); only the projector is freshly initialised (`seed`).
    The tokenizer comes from `tokenizer_dir` (default: `gptoss_dir`); `<image>` is added if
    missing, growing the embeddings only if the vocabulary has no spare row for it.
    Returns (model, tokenizer, preset), like `model.io.load_medfed`.
    """
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir or gptoss_dir, local_files_only=True)
    ensure_image_token(tokenizer)
    kwargs: dict[str, Any] = {"dtype": dtype, "local_files_only": True}
    lm = GptOssForCausalLM.from_pretrained(gptoss_dir, **kwargs)
    clip = CLIPVisionModel.from_pretrained(clip_dir, **kwargs)
    if len(tokenizer) > lm.config.vocab_size:
        lm.resize_token_embeddings(len(tokenizer))
    text_config = lm.config
    text_config.pad_token_id = tokenizer.pad_token_id
    image_size = _int(clip.config.image_size, "vision_config.image_size")
    patch_size = _int(clip.config.patch_size, "vision_config.patch_size")
    num_patches = (image_size // patch_size) ** 2
    config = LlavaConfig(
        vision_config=clip.config,
        text_config=text_config,
        image_token_index=image_token_id(tokenizer),
        image_seq_length=num_patches,  # strategy "default" drops the CLS token
        vision_feature_layer=vision_feature_layer,
        vision_feature_select_strategy="default",
    )
    meta = torch.device("meta")
    with meta:
        model = LlavaForConditionalGeneration._from_config(config, dtype=dtype)
    model.model.vision_tower = clip
    model.model.language_model = lm.model
    model.lm_head = lm.lm_head
    model.model.multi_modal_projector = fresh_projector(config, seed=seed, dtype=dtype)
    leftovers = [n for n, t in [*model.named_parameters(), *model.named_buffers()] if t.is_meta]
    if leftovers:
        raise RuntimeError(f"load_from_parts left tensors uninitialised: {leftovers[:5]}")
    _set_generation_ids(model, config)
    preset = preset_from_config(config, name=Path(gptoss_dir).name or "custom")
    return model, tokenizer, preset
