"""Tiny random checkpoints written in the released formats, for tests (no download).

- `harmony_tokenizer`: byte-level BPE with gpt-oss's special tokens (<|start|>, <|message|>,
  <|end|>, <|return|>, <|channel|>, ...), eos `<|return|>`, pad `<|endoftext|>`, no `<image>`.
- `mxfp4_quantize`: MXFP4 packing as the gpt-oss release stores experts (an oracle written from
  the format description, independent of transformers' code).
- `write_gptoss_release`: config.json with `quantization_config` (mxfp4) and the legacy
  `rope_scaling` key, two safetensors shards with `*_blocks`/`*_scales` expert tensors and an
  index, the tokenizer; returns the exact (bf16-representable) weights it stands for.
- `write_clip_vision`: a CLIPVisionModel checkpoint as `save_pretrained` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import save_file
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import (
    CLIPVisionConfig,
    CLIPVisionModel,
    GptOssConfig,
    GptOssForCausalLM,
    PreTrainedTokenizerFast,
)

from model.tokenizer import default_corpus

HARMONY_SPECIALS = (
    "<|startoftext|>", "<|endoftext|>", "<|return|>", "<|constrain|>", "<|channel|>",
    "<|start|>", "<|end|>", "<|message|>", "<|call|>",
)  # fmt: skip
FP4 = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0])
VOCAB = 512


def harmony_tokenizer() -> PreTrainedTokenizerFast:
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=list(HARMONY_SPECIALS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(default_corpus(200), trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token="<|startoftext|>",
        eos_token="<|return|>",
        pad_token="<|endoftext|>",
        padding_side="left",
        clean_up_tokenization_spaces=False,
    )


def exact_mxfp4_tensor(shape: tuple[int, int, int], seed: int) -> torch.Tensor:
    """(experts, in, out) values of the form +-FP4 * 2**e, one e per 32 inputs: exactly what
    MXFP4 can hold (and bf16 too)."""
    experts, n_in, n_out = shape
    gen = torch.Generator().manual_seed(seed)
    codes = torch.randint(0, 8, (experts, n_out, n_in), generator=gen)
    signs = torch.where(torch.rand(experts, n_out, n_in, generator=gen) < 0.5, -1.0, 1.0)
    exps = torch.randint(-9, -2, (experts, n_out, n_in // 32), generator=gen)
    scale = torch.pow(2.0, exps.float()).repeat_interleave(32, dim=-1)
    return (FP4[codes] * signs * scale).transpose(1, 2).contiguous()  # (E, in, out)


def mxfp4_quantize(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(experts, in, out) float -> blocks (E, out, in/32, 16) and scales (E, out, in/32), uint8."""
    rows = weight.float().transpose(1, 2)  # (E, out, in)
    experts, n_out, n_in = rows.shape
    groups = rows.reshape(experts, n_out, n_in // 32, 32)
    amax = groups.abs().amax(dim=-1).clamp_min(2.0**-126)
    exp = torch.ceil(torch.log2(amax / 6.0)).clamp(-127, 127)  # largest |value| maps to <= 6
    scaled = groups / torch.pow(2.0, exp).unsqueeze(-1)
    magnitude = (scaled.abs().unsqueeze(-1) - FP4).abs().argmin(dim=-1)  # nearest of 8 levels
    codes = (magnitude + 8 * (scaled < 0).long()).to(torch.uint8)  # sign is the 4th bit
    blocks = codes[..., 0::2] | (codes[..., 1::2] << 4)  # low nibble = even element
    scales = (exp + 127).to(torch.uint8)
    return blocks.contiguous(), scales.contiguous()


def gptoss_release_config(pad_id: int, eos_id: int) -> dict[str, object]:
    return {
        "architectures": ["GptOssForCausalLM"],
        "attention_bias": True,
        "eos_token_id": eos_id,
        "pad_token_id": pad_id,
        "experts_per_token": 2,
        "head_dim": 16,
        "hidden_act": "silu",
        "hidden_size": 64,
        "initial_context_length": 256,
        "intermediate_size": 64,
        "layer_types": ["sliding_attention", "full_attention"],
        "max_position_embeddings": 1024,
        "model_type": "gpt_oss",
        "num_attention_heads": 4,
        "num_experts_per_tok": 2,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "num_local_experts": 4,
        "quantization_config": {
            "modules_to_not_convert": [
                "model.layers.*.self_attn",
                "model.layers.*.mlp.router",
                "model.embed_tokens",
                "lm_head",
            ],
            "quant_method": "mxfp4",
        },  # fmt: skip
        "rms_norm_eps": 1e-05,
        "rope_scaling": {
            "beta_fast": 32.0,
            "beta_slow": 1.0,
            "factor": 4.0,
            "original_max_position_embeddings": 256,
            "rope_type": "yarn",
            "truncate": False,
        },  # fmt: skip
        "rope_theta": 150000,
        "sliding_window": 32,
        "swiglu_limit": 7.0,
        "tie_word_embeddings": False,
        "vocab_size": VOCAB,
    }


def write_gptoss_release(directory: Path, seed: int = 0) -> dict[str, torch.Tensor]:
    """Write the checkpoint; return the bf16 weights (transformers names) it must load as."""
    tok = harmony_tokenizer()
    raw = gptoss_release_config(int(tok.pad_token_id), int(tok.eos_token_id))
    config = GptOssConfig(**{k: v for k, v in raw.items() if k != "quantization_config"})
    torch.manual_seed(seed)
    model = GptOssForCausalLM(config).to(torch.bfloat16)
    expected: dict[str, torch.Tensor] = {}
    stored: dict[str, torch.Tensor] = {}
    for name, tensor in model.state_dict().items():
        if name.endswith(("experts.gate_up_proj", "experts.down_proj")):
            exact = exact_mxfp4_tensor(tuple(tensor.shape), seed=len(stored))  # type: ignore[arg-type]
            blocks, scales = mxfp4_quantize(exact)
            stored[name + "_blocks"], stored[name + "_scales"] = blocks, scales
            expected[name] = exact.to(torch.bfloat16)
        else:
            stored[name] = tensor.clone()
            expected[name] = tensor.clone()
    directory.mkdir(parents=True, exist_ok=True)
    names = sorted(stored)
    half = len(names) // 2
    weight_map = {}
    for i, part in enumerate((names[:half], names[half:])):
        file = f"model-{i:05d}-of-00001.safetensors"
        save_file({n: stored[n] for n in part}, str(directory / file), metadata={"format": "pt"})
        weight_map.update(dict.fromkeys(part, file))
    (directory / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {}, "weight_map": weight_map})
    )
    (directory / "config.json").write_text(json.dumps(raw, indent=2))
    tok.save_pretrained(directory)
    return expected


def write_clip_vision(directory: Path, seed: int = 0) -> dict[str, torch.Tensor]:
    config = CLIPVisionConfig(
        hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2,
        image_size=32, patch_size=16,
    )  # fmt: skip
    torch.manual_seed(seed)
    clip = CLIPVisionModel(config)
    clip.save_pretrained(directory)
    return {k: v.to(torch.bfloat16) for k, v in clip.state_dict().items()}
