"""The full-size MedGPT-oss (gpt-oss-20b + CLIP ViT-L/14-336) built on the meta device."""

from __future__ import annotations

import pytest
from peft import PeftModel
from transformers import LlavaForConditionalGeneration, PreTrainedTokenizerFast

from model import (
    PRESETS,
    attach_lora,
    build_model,
    config_digest,
    default_corpus,
    group_parameter_count,
    group_parameter_counts,
    identify_preset,
    train_tokenizer,
)
from model.build import sub_configs
from model.inspect import preset_summary

BIG = PRESETS["medgpt-oss-20b"]
# q: 2880->64*64, k/v: 2880->8*64, o: 4096->2880; LoRA r adds r*(in+out) each; 24 layers.
LM_LORA_R16 = 24 * 16 * ((2880 + 4096) + 2 * (2880 + 512) + (4096 + 2880))


@pytest.fixture(scope="module")
def tok() -> PreTrainedTokenizerFast:
    return train_tokenizer(default_corpus())


@pytest.fixture(scope="module")
def meta_model(tok: PreTrainedTokenizerFast) -> LlavaForConditionalGeneration:
    return build_model("medgpt-oss-20b", tok, device="meta")


@pytest.fixture(scope="module")
def meta_lora(tok: PreTrainedTokenizerFast) -> PeftModel:
    return attach_lora(build_model("medgpt-oss-20b", tok, device="meta"), ["lm.lora"], r=16)


def test_lm_lora_trainable_count(meta_lora: PeftModel) -> None:
    trainable = sum(p.numel() for p in meta_lora.parameters() if p.requires_grad)
    assert trainable == LM_LORA_R16 == 7_962_624
    assert group_parameter_count(meta_lora, "lm.lora") == 7_962_624


def test_no_lora_in_vision_tower(meta_lora: PeftModel) -> None:
    lora = [n for n, _ in meta_lora.named_modules() if n.endswith(".lora_A")]
    assert len(lora) == 24 * 4
    assert not any("vision_tower" in n for n in lora)
    assert all(".language_model.layers." in n for n in lora)
    assert all(p.is_meta for p in meta_lora.parameters())  # nothing was materialised


def test_structure(meta_model: LlavaForConditionalGeneration) -> None:
    cfg = meta_model.config
    vision, text = sub_configs(cfg)
    lm = meta_model.model.language_model
    assert len(lm.layers) == 24
    assert lm.layers[0].mlp.experts.gate_up_proj.shape == (32, 2880, 2 * 2880)
    assert text.num_experts_per_tok == 4 and text.vocab_size == 201088
    assert meta_model.lm_head.weight.shape == (201088, 2880)
    assert (text.num_attention_heads, text.num_key_value_heads, text.head_dim) == (64, 8, 64)
    assert text.layer_types is not None and text.rope_parameters is not None
    assert text.layer_types[:2] == ["sliding_attention", "full_attention"]
    assert text.sliding_window == 128 and text.max_position_embeddings == 131072
    rope = text.rope_parameters
    assert rope["rope_type"] == "yarn" and rope["factor"] == 32.0
    assert rope["original_max_position_embeddings"] == 4096 and rope["rope_theta"] == 150000.0
    assert (rope["beta_fast"], rope["beta_slow"]) == (32.0, 1.0)
    tower = meta_model.model.vision_tower
    assert len(tower.encoder.layers) == 24 and vision.hidden_size == 1024
    assert (vision.image_size, vision.patch_size) == (336, 14)
    assert cfg.image_seq_length == BIG.image_seq_length == 576
    assert cfg.vision_feature_layer == -2 and cfg.vision_feature_select_strategy == "default"
    proj = meta_model.model.multi_modal_projector
    assert proj.linear_1.weight.shape == (2880, 1024) and proj.linear_2.weight.shape == (2880, 2880)
    total = sum(p.numel() for p in meta_model.parameters())
    assert 20.9e9 < total < 21.3e9


def test_all_group_counts(tok: PreTrainedTokenizerFast) -> None:
    model = attach_lora(
        build_model(BIG, tok, device="meta"), ["projector", "lm.lora", "vision.lora"]
    )
    assert group_parameter_counts(model) == {
        "projector": 1024 * 2880 + 2880 + 2880 * 2880 + 2880,
        "lm.lora": 7_962_624,
        "vision.lora": 23 * 4 * 16 * (1024 + 1024),  # the 24th CLIP layer is unused (-2)
        "lm.head": 0,
    }


def test_digest_and_summary(meta_model: LlavaForConditionalGeneration, tok) -> None:
    digest = config_digest(meta_model.config)
    assert identify_preset(meta_model.config) == BIG
    assert digest == config_digest(build_model(BIG, tok, device="meta").config)
    info = preset_summary("medgpt-oss-20b", lora_rank=16)
    assert info["trainable_params"] == 7_962_624 and info["config_digest"] == digest
    assert info["image_tokens"] == 576 and info["vocab_size"] == 201088
