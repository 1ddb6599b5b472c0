"""Model presets for MedGPT-oss (CLIP vision tower + MLP projector + GPT-oss language model).

A preset is a typed, frozen description of the architecture. `llava_config` turns it into the
transformers `LlavaConfig`, and `config_digest` (model.digest) gives the fingerprint sites
approve: a site only trains a model whose configuration digest is on its allow-list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from transformers import CLIPVisionConfig, GptOssConfig, LlavaConfig

from model.digest import config_digest as config_digest  # re-exported: callers import it here

RopeValue = str | float | int | bool
Strategy = Literal["default", "full"]
_STRATEGIES: tuple[Strategy, ...] = ("default", "full")
# CLIP prepends one CLS embedding to the patch embeddings.
CLIP_ADDITIONAL_TOKENS = 1


_POSITIVE_INT_FIELDS = (
    "vision_hidden_size", "vision_intermediate_size", "vision_num_layers", "vision_num_heads",
    "image_size", "patch_size", "text_hidden_size", "text_intermediate_size", "text_num_layers",
    "text_num_heads", "text_num_kv_heads", "text_head_dim", "num_experts", "num_experts_per_tok",
    "sliding_window", "max_position_embeddings", "lora_r", "lora_alpha",
)  # fmt: skip


def _rope(**kwargs: RopeValue) -> tuple[tuple[str, RopeValue], ...]:
    return tuple(sorted(kwargs.items()))


@dataclass(frozen=True)
class ModelPreset:
    """Architecture of one MedGPT-oss size. Validated at construction; errors name the field."""

    name: str
    # CLIP vision tower
    vision_hidden_size: int
    vision_intermediate_size: int
    vision_num_layers: int
    vision_num_heads: int
    image_size: int
    patch_size: int
    # GPT-oss language model
    text_hidden_size: int
    text_intermediate_size: int
    text_num_layers: int
    text_num_heads: int
    text_num_kv_heads: int
    text_head_dim: int
    num_experts: int
    num_experts_per_tok: int
    sliding_window: int
    max_position_embeddings: int
    rope_parameters: tuple[tuple[str, RopeValue], ...] = field(
        default_factory=lambda: _rope(rope_type="default", rope_theta=150000.0)
    )
    # None: the vocabulary is the tokenizer's (len(tokenizer)); an int pads it to that size.
    vocab_size: int | None = None
    # LLaVA glue
    vision_feature_layer: int = -2
    vision_feature_select_strategy: Strategy = "default"
    projector_hidden_act: str = "gelu"
    # LoRA defaults
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("ModelPreset.name must be non-empty")
        for name in _POSITIVE_INT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"ModelPreset.{name}={value!r} must be a positive int")
        if self.vocab_size is not None and self.vocab_size < 1:
            raise ValueError(f"ModelPreset.vocab_size={self.vocab_size!r} must be positive or None")
        if self.image_size % self.patch_size:
            raise ValueError(
                f"ModelPreset.image_size={self.image_size} is not a multiple of "
                f"patch_size={self.patch_size}"
            )
        if self.vision_hidden_size % self.vision_num_heads:
            raise ValueError(
                f"ModelPreset.vision_hidden_size={self.vision_hidden_size} is not divisible by "
                f"vision_num_heads={self.vision_num_heads}"
            )
        if self.text_num_heads % self.text_num_kv_heads:
            raise ValueError(
                f"ModelPreset.text_num_heads={self.text_num_heads} is not divisible by "
                f"text_num_kv_heads={self.text_num_kv_heads}"
            )
        if self.num_experts_per_tok > self.num_experts:
            raise ValueError(
                f"ModelPreset.num_experts_per_tok={self.num_experts_per_tok} exceeds "
                f"num_experts={self.num_experts}"
            )
        if not -self.vision_num_layers <= self.vision_feature_layer < self.vision_num_layers:
            raise ValueError(
                f"ModelPreset.vision_feature_layer={self.vision_feature_layer} is outside the "
                f"{self.vision_num_layers} vision layers"
            )
        if self.vision_feature_select_strategy not in _STRATEGIES:
            raise ValueError(
                f"ModelPreset.vision_feature_select_strategy="
                f"{self.vision_feature_select_strategy!r} must be one of {_STRATEGIES}"
            )
        if "rope_type" not in dict(self.rope_parameters):
            raise ValueError(
                f"ModelPreset.rope_parameters={self.rope_parameters!r} lacks rope_type"
            )
        if not 0.0 <= self.lora_dropout < 1.0:
            raise ValueError(f"ModelPreset.lora_dropout={self.lora_dropout!r} must be in [0, 1)")

    @property
    def num_patches(self) -> int:
        return (self.image_size // self.patch_size) ** 2

    @property
    def image_seq_length(self) -> int:
        """Image tokens per image in the text sequence ("default" drops CLIP's CLS token)."""
        if self.vision_feature_select_strategy == "default":
            return self.num_patches
        return self.num_patches + CLIP_ADDITIONAL_TOKENS

    @property
    def layer_types(self) -> list[str]:
        """GPT-oss pattern: sliding-window attention on even layers, full attention on odd."""
        return [
            "sliding_attention" if i % 2 == 0 else "full_attention"
            for i in range(self.text_num_layers)
        ]

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["rope_parameters"] = dict(self.rope_parameters)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelPreset:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown ModelPreset fields: {unknown}")
        values = dict(data)
        if "rope_parameters" in values:
            values["rope_parameters"] = _rope(**dict(values["rope_parameters"]))
        return cls(**values)


PRESETS: dict[str, ModelPreset] = {
    "tiny": ModelPreset(
        name="tiny",
        vision_hidden_size=64,
        vision_intermediate_size=256,
        vision_num_layers=2,
        vision_num_heads=4,
        image_size=64,
        patch_size=16,
        text_hidden_size=128,
        text_intermediate_size=256,
        text_num_layers=2,
        text_num_heads=4,
        text_num_kv_heads=2,
        text_head_dim=32,
        num_experts=4,
        num_experts_per_tok=2,
        sliding_window=32,
        max_position_embeddings=1024,
        vision_feature_layer=-1,  # both CLIP layers feed the projector
    ),
    # gpt-oss-20b text dims as released, with a CLIP ViT-L/14 at 336 px.
    "medgpt-oss-20b": ModelPreset(
        name="medgpt-oss-20b",
        vision_hidden_size=1024,
        vision_intermediate_size=4096,
        vision_num_layers=24,
        vision_num_heads=16,
        image_size=336,
        patch_size=14,
        text_hidden_size=2880,
        text_intermediate_size=2880,
        text_num_layers=24,
        text_num_heads=64,
        text_num_kv_heads=8,
        text_head_dim=64,
        num_experts=32,
        num_experts_per_tok=4,
        sliding_window=128,
        max_position_embeddings=131072,
        rope_parameters=_rope(
            rope_type="yarn",
            factor=32.0,
            original_max_position_embeddings=4096,
            beta_fast=32.0,
            beta_slow=1.0,
            truncate=False,
            rope_theta=150000.0,
        ),
        vocab_size=201088,
    ),
}


def get_preset(preset: str | ModelPreset) -> ModelPreset:
    if isinstance(preset, ModelPreset):
        return preset
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; valid: {sorted(PRESETS)}")
    return PRESETS[preset]


def llava_config(
    preset: str | ModelPreset,
    vocab_size: int,
    image_token_id: int,
    pad_token_id: int,
    bos_token_id: int | None = None,
    eos_token_id: int | None = None,
) -> LlavaConfig:
    """The transformers configuration of `preset` for a tokenizer with `vocab_size` ids."""
    p = get_preset(preset)
    if p.vocab_size is not None and vocab_size > p.vocab_size:
        raise ValueError(
            f"vocab_size={vocab_size} exceeds preset {p.name!r} vocab_size={p.vocab_size}"
        )
    vocab = p.vocab_size if p.vocab_size is not None else vocab_size
    for field_name, token_id in (
        ("image_token_id", image_token_id),
        ("pad_token_id", pad_token_id),
        ("bos_token_id", bos_token_id),
        ("eos_token_id", eos_token_id),
    ):
        if token_id is not None and not 0 <= token_id < vocab:
            raise ValueError(f"{field_name}={token_id} is outside the vocabulary [0, {vocab})")
    vision = CLIPVisionConfig(
        hidden_size=p.vision_hidden_size,
        intermediate_size=p.vision_intermediate_size,
        num_hidden_layers=p.vision_num_layers,
        num_attention_heads=p.vision_num_heads,
        image_size=p.image_size,
        patch_size=p.patch_size,
    )
    text = GptOssConfig(
        vocab_size=vocab,
        hidden_size=p.text_hidden_size,
        intermediate_size=p.text_intermediate_size,
        num_hidden_layers=p.text_num_layers,
        num_attention_heads=p.text_num_heads,
        num_key_value_heads=p.text_num_kv_heads,
        head_dim=p.text_head_dim,
        num_local_experts=p.num_experts,
        num_experts_per_tok=p.num_experts_per_tok,
        sliding_window=p.sliding_window,
        layer_types=p.layer_types,
        max_position_embeddings=p.max_position_embeddings,
        rope_parameters=dict(p.rope_parameters),
        pad_token_id=pad_token_id,
        bos_token_id=bos_token_id,
        eos_token_id=eos_token_id,
    )
    return LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=image_token_id,
        image_seq_length=p.image_seq_length,
        vision_feature_layer=p.vision_feature_layer,
        vision_feature_select_strategy=p.vision_feature_select_strategy,
        projector_hidden_act=p.projector_hidden_act,
    )
