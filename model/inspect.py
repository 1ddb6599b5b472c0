"""Sizes of a preset, computed on the meta device (no memory, no weights)."""

from __future__ import annotations

from transformers import PreTrainedTokenizerBase

from model.build import build_model
from model.digest import preset_digest
from model.lora import attach_lora
from model.presets import ModelPreset, get_preset
from model.tokenizer import default_corpus, train_tokenizer
from model.trainable import group_parameter_count


def preset_summary(
    preset: str | ModelPreset,
    lora_rank: int = 16,
    groups: tuple[str, ...] = ("lm.lora",),
    tokenizer: PreTrainedTokenizerBase | None = None,
) -> dict[str, int | str]:
    """Parameter counts and shapes of `preset` with LoRA rank `lora_rank` on `groups`.

    `tokenizer` (default: the built-in one) gives the vocabulary of presets without a fixed one
    and the special ids that go into the config digest: the digest is the approved model's only
    when this is the model's own tokenizer.
    """
    p = get_preset(preset)
    tokenizer = tokenizer if tokenizer is not None else train_tokenizer(default_corpus())
    model = build_model(p, tokenizer, device="meta")
    inner = model.model
    counts = {
        "vision_params": sum(t.numel() for t in inner.vision_tower.parameters()),
        "projector_params": sum(t.numel() for t in inner.multi_modal_projector.parameters()),
        "language_params": sum(t.numel() for t in inner.language_model.parameters())
        + sum(t.numel() for t in model.lm_head.parameters()),
    }
    total = sum(t.numel() for t in model.parameters())
    digest = preset_digest(p, tokenizer)
    peft_model = attach_lora(model, groups, r=lora_rank, alpha=2 * lora_rank)
    return {
        "preset": p.name,
        "config_digest": digest,
        "total_params": total,
        **counts,
        "lora_groups": ",".join(groups),
        "lora_rank": lora_rank,
        "trainable_params": group_parameter_count(peft_model, groups),
        "vocab_size": p.vocab_size if p.vocab_size is not None else len(tokenizer),
        "text_layers": p.text_num_layers,
        "experts": p.num_experts,
        "experts_per_token": p.num_experts_per_tok,
        "vision_layers": p.vision_num_layers,
        "image_size": p.image_size,
        "image_tokens": p.image_seq_length,
    }
