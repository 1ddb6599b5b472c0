"""MedGPT-oss on the tiny preset: construction, prompts, trainable groups, checkpoints."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from peft import PeftModel, get_peft_model_state_dict
from PIL import Image
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import (
    AutoProcessor,
    AutoTokenizer,
    CLIPVisionModel,
    GptOssForCausalLM,
    LlavaForConditionalGeneration,
    PreTrainedTokenizerFast,
)

from model import (
    GROUP_NAMES,
    IGNORE_INDEX,
    PRESETS,
    ModelPreset,
    attach_lora,
    build_model,
    canonical_name,
    config_digest,
    config_for_tokenizer,
    default_corpus,
    default_dtype,
    encode_batch,
    export_hf,
    fit_experts,
    format_prompt,
    format_target,
    group_parameter_count,
    group_parameter_counts,
    identify_preset,
    image_token_id,
    llava_config,
    load_base,
    load_from_parts,
    load_medfed,
    load_trainable_state,
    make_processor,
    parse_groups,
    pick_device,
    place,
    save_base,
    save_medfed,
    set_trainable_groups,
    train_tokenizer,
    trainable_state,
)
from model.build import sub_configs
from model.loss import model_inputs, per_sample_loss
from model.tokenizer import KEY_WORDS

TINY = PRESETS["tiny"]
ALL_GROUPS = ("projector", "lm.lora", "vision.lora", "lm.head")


@pytest.fixture(scope="module")
def tok() -> PreTrainedTokenizerFast:
    return train_tokenizer(default_corpus())


@pytest.fixture
def adapted(tok: PreTrainedTokenizerFast) -> Callable[..., PeftModel]:
    """Factory: tiny model with adapters for `groups`, every adapter value made non-zero."""

    def make(groups: tuple[str, ...] = ("projector", "lm.lora"), seed: int = 0) -> PeftModel:
        model = attach_lora(build_model("tiny", tok, seed=seed), groups, seed=seed)
        gen = torch.Generator().manual_seed(seed + 1)
        with torch.no_grad():
            for p in model.parameters():
                if p.requires_grad:  # LoRA B starts at 0: perturb so adapters matter
                    p.add_(0.05 * torch.randn(p.shape, generator=gen))
        return model

    return make


def _images(n: int, seed: int = 0, size: tuple[int, int] = (70, 90)) -> list[Image.Image]:
    rng = np.random.default_rng(seed)
    return [Image.fromarray(rng.integers(0, 255, (*size, 3), dtype=np.uint8)) for _ in range(n)]


def _batch(tok: PreTrainedTokenizerFast, answers: tuple[str, ...] | None = ("yes", "no")):
    n = 2 if answers is None else len(answers)
    questions = ["Is there a nodule in the left lung?", "What modality?"] * n
    return encode_batch(
        tok,
        "tiny",
        [[im] for im in _images(n)],
        [format_prompt(q) for q in questions[:n]],
        None if answers is None else [format_target(a) for a in answers],
        max_length=128,
    )


def _logits(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    model.eval()
    with torch.no_grad():
        inputs = {k: v for k, v in batch.items() if k != "labels"}
        return model(**inputs).logits


# ------------------------------------------------------------------ presets and config


def test_tiny_preset_shapes() -> None:
    assert TINY.image_seq_length == 16  # (64/16)^2 patches, CLS dropped by "default"
    assert TINY.layer_types == ["sliding_attention", "full_attention"]
    assert dict(TINY.rope_parameters) == {"rope_type": "default", "rope_theta": 150000.0}
    assert ModelPreset.from_dict(TINY.to_dict()) == TINY


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"patch_size": 15}, "image_size"),
        ({"text_num_kv_heads": 3}, "text_num_heads"),
        ({"num_experts_per_tok": 5}, "num_experts_per_tok"),
        ({"vision_feature_select_strategy": "cls"}, "vision_feature_select_strategy"),
        ({"text_num_layers": 0}, "text_num_layers"),
        ({"lora_dropout": 1.0}, "lora_dropout"),
    ],
)
def test_preset_validation_names_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        dataclasses.replace(TINY, **change)  # type: ignore[arg-type]


def test_config_digest_stable_and_sensitive(tok: PreTrainedTokenizerFast, tmp_path: Path) -> None:
    config = config_for_tokenizer("tiny", tok)
    digest = config_digest(config)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    model = build_model("tiny", tok)
    assert config_digest(model.config) == digest
    model.save_pretrained(tmp_path)  # adds architectures, dtype, transformers_version, path
    reloaded = LlavaForConditionalGeneration.from_pretrained(tmp_path)
    assert config_digest(reloaded.config) == digest
    wider = dataclasses.replace(TINY, sliding_window=64)
    assert config_digest(config_for_tokenizer(wider, tok)) != digest
    other_ids = llava_config("tiny", len(tok), image_token_id=3, pad_token_id=2)
    assert config_digest(other_ids) != digest
    assert identify_preset(reloaded.config) == TINY


def test_unknown_preset() -> None:
    with pytest.raises(ValueError, match="tiny"):
        llava_config("huge", 512, 3, 0)


# ------------------------------------------------------------------ tokenizer


def test_tokenizer_special_tokens_and_determinism(tok: PreTrainedTokenizerFast) -> None:
    assert len(tok) == 512
    assert (tok.pad_token_id, tok.bos_token_id, tok.eos_token_id) == (0, 1, 2)
    assert image_token_id(tok) == 3 and tok.image_token == "<image>"
    assert tok.padding_side == "left"
    again = train_tokenizer(default_corpus())
    assert again.get_vocab() == tok.get_vocab()
    text = "<image>\nQuestion: Is there a nodule in the left lung on the x-ray?\nAnswer: yes"
    ids = tok(text)["input_ids"]
    assert ids[:2] == [1, 3]  # BOS then one <image> token
    assert tok.decode(ids, skip_special_tokens=True) == text.removeprefix("<image>")


def test_tokenizer_covers_clinical_words(tok: PreTrainedTokenizerFast) -> None:
    for word in KEY_WORDS:  # answer words are single tokens ("x-ray" splits at the hyphen)
        ids = tok(" " + word, add_special_tokens=False)["input_ids"]
        assert tok.decode(ids) == " " + word
        assert len(ids) == (3 if word == "x-ray" else 1), (word, tok.convert_ids_to_tokens(ids))
    report = "Findings: 3 mm calcified granuloma, RUL; no pneumothorax. Ünïcode ok."
    assert tok.decode(tok(report)["input_ids"], skip_special_tokens=True) == report


def test_tokenizer_save_load(tok: PreTrainedTokenizerFast, tmp_path: Path) -> None:
    tok.save_pretrained(tmp_path)
    loaded = AutoTokenizer.from_pretrained(tmp_path, local_files_only=True)
    assert loaded.image_token == "<image>" and loaded.padding_side == "left"
    assert loaded("<image> lung")["input_ids"] == tok("<image> lung")["input_ids"]


def test_tokenizer_rejects_tiny_vocab() -> None:
    with pytest.raises(ValueError, match="vocab_size"):
        train_tokenizer(["a b c"], vocab_size=100)


# ------------------------------------------------------------------ build, forward, backward


def test_tiny_builds_and_trains(tok: PreTrainedTokenizerFast) -> None:
    model = build_model("tiny", tok, seed=0)
    total = sum(p.numel() for p in model.parameters())
    assert 500_000 < total < 5_000_000
    lm = model.model.language_model
    assert len(lm.layers) == 2 and lm.layers[0].mlp.experts.gate_up_proj.shape[0] == 4
    out = model(**_batch(tok))
    assert torch.isfinite(out.loss) and 4.0 < out.loss.item() < 9.0  # ~ln(512) at init


def test_build_seed_reproducible_and_rng_untouched(tok: PreTrainedTokenizerFast) -> None:
    torch.manual_seed(123)
    expected_next = torch.rand(3)
    torch.manual_seed(123)
    a = build_model("tiny", tok, seed=7)
    assert torch.equal(torch.rand(3), expected_next)  # caller's RNG stream not consumed
    b = build_model("tiny", tok, seed=7)
    c = build_model("tiny", tok, seed=8)
    sa, sb, sc = a.state_dict(), b.state_dict(), c.state_dict()
    assert all(torch.equal(sa[k], sb[k]) for k in sa)
    assert not torch.equal(sa["lm_head.weight"], sc["lm_head.weight"])


def test_backward_reaches_trainable_only(adapted: Callable[..., PeftModel], tok) -> None:
    model = adapted(ALL_GROUPS)
    model.train()
    model(**_batch(tok)).loss.backward()
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert group_parameter_count(model, ALL_GROUPS) == sum(
        p.numel() for p in model.parameters() if p.requires_grad
    )
    for name, p in model.named_parameters():
        if name in trainable:
            # every trainable tensor is on the forward path (Opacus needs a grad for each)
            assert p.grad is not None and torch.isfinite(p.grad).all(), name
            assert p.grad.abs().sum() > 0, name
        else:
            assert p.grad is None, name
    frozen = [n for n, p in model.named_parameters() if "sinks" in n or ".experts." in n]
    assert frozen and not any(dict(model.named_parameters())[n].requires_grad for n in frozen)


def test_device_helpers() -> None:
    assert default_dtype("cpu") == torch.float32
    assert pick_device().type == ("cuda" if torch.cuda.is_available() else "cpu")


def test_cpu_bf16_is_read_from_the_cpus_flags(tmp_path: Path) -> None:
    """Native bf16 is the kernel's avx512_bf16 or amx_bf16 flag; a CPU without them (or
    unreadable flags) trains in fp32."""
    from model.device import cpu_has_native_bf16

    written: list[Path] = []

    def cpuinfo(flags: str) -> Path:  # a new file each time: results are cached by path
        path = tmp_path / f"cpuinfo-{len(written)}"
        written.append(path)
        path.write_text(f"processor\t: 0\nmodel name\t: X\nflags\t\t: {flags}\n\n")
        return path

    assert cpu_has_native_bf16(cpuinfo("fpu sse2 avx2 avx512f avx512_bf16 avx512_vnni"))
    assert cpu_has_native_bf16(cpuinfo("fpu avx512f amx_tile amx_bf16"))
    assert not cpu_has_native_bf16(cpuinfo("fpu sse2 avx2 avx512f avx512bw avx512_vnni"))
    assert not cpu_has_native_bf16(cpuinfo("fpu avx512_bf16x"))  # whole flags only
    assert not cpu_has_native_bf16(tmp_path / "missing")


def test_cpu_autocast_follows_medfed_cpu_bf16(monkeypatch: pytest.MonkeyPatch) -> None:
    """MEDFED_CPU_BF16: auto follows the CPU's flags, 1 and 0 force it, anything else is an
    error naming the variable; CUDA trains under bf16 autocast either way."""
    from model import device as dev

    for native in (True, False):
        monkeypatch.setattr(dev, "cpu_has_native_bf16", lambda native=native: native)
        assert dev.cpu_autocast_bf16({}) is native
        assert dev.cpu_autocast_bf16({"MEDFED_CPU_BF16": "auto"}) is native
        assert dev.cpu_autocast_bf16({"MEDFED_CPU_BF16": "1"}) is True
        assert dev.cpu_autocast_bf16({"MEDFED_CPU_BF16": "0"}) is False
    with pytest.raises(ValueError, match="MEDFED_CPU_BF16='maybe'"):
        dev.cpu_autocast_bf16({"MEDFED_CPU_BF16": "maybe"})
    monkeypatch.setenv("MEDFED_CPU_BF16", "1")
    assert dev.training_autocast_dtype("cpu") == torch.bfloat16
    assert dev.training_autocast_dtype("cuda") == torch.bfloat16
    monkeypatch.setenv("MEDFED_CPU_BF16", "0")
    assert dev.training_autocast_dtype("cpu") is None
    assert dev.training_autocast_dtype("meta") is None
    assert default_dtype("cpu") == torch.float32  # weights stay fp32 either way


def test_per_sample_loss_matches_every_position_logits(adapted, tok) -> None:
    """The loss that runs the LM head only where a token is supervised equals, with its
    gradients, the loss computed from the model's own logits at every position; rows with no,
    one and many supervised tokens, the LM head trainable too."""
    model = adapted(ALL_GROUPS)
    model.train()
    batch = _batch(tok, ("yes", "no", "a long answer about the left lung", "no"))
    width = batch["labels"].shape[1]
    batch["labels"][3] = IGNORE_INDEX  # a row with nothing supervised: loss 0, no gradient
    batch["labels"][1, width - 9 : width - 4] = batch["input_ids"][1, width - 9 : width - 4]
    labels = batch["labels"][:, 1:]
    logits = model(**model_inputs(batch), use_cache=False).logits[:, :-1]
    tok_loss = torch.nn.functional.cross_entropy(
        logits.transpose(1, 2), labels, ignore_index=IGNORE_INDEX, reduction="none"
    )
    mask = (labels != IGNORE_INDEX).float()
    oracle = (tok_loss * mask).sum(1) / mask.sum(1).clamp(min=1.0)
    rows_seen: list[tuple[int, ...]] = []
    hook = model.base_model.model.lm_head.register_forward_hook(
        lambda _m, args, _out: rows_seen.append(tuple(args[0].shape))
    )
    losses = per_sample_loss(model, batch)
    hook.remove()
    # the head ran once, on each row's supervised positions only (the batch's largest count)
    assert rows_seen == [(4, int(mask.sum(1).max()), TINY.text_hidden_size)]
    assert mask.sum(1).tolist()[3] == 0 and len(set(mask.sum(1).tolist())) == 4
    assert torch.allclose(losses, oracle, rtol=0, atol=1e-5) and losses[3] == 0
    params = [p for p in model.parameters() if p.requires_grad]
    for row in range(4):  # each sample's own gradient, as DP-SGD clips it
        want = torch.autograd.grad(oracle[row], params, retain_graph=True, allow_unused=True)
        got = torch.autograd.grad(losses[row], params, retain_graph=True, allow_unused=True)
        for p, w, g in zip(params, want, got, strict=True):
            w, g = (torch.zeros_like(p) if x is None else x for x in (w, g))
            assert torch.allclose(w, g, rtol=1e-4, atol=1e-6)
    named = model.named_parameters()
    assert any(n.startswith("base_model.model.lm_head") and p.requires_grad for n, p in named)


def test_per_sample_loss_names_a_model_that_is_not_medgpt_oss(tok) -> None:
    batch = _batch(tok)
    with pytest.raises(ValueError, match="Linear holds no LLaVA model"):
        per_sample_loss(torch.nn.Linear(2, 2), batch)


def _experts(model: torch.nn.Module) -> set[str]:
    return {
        m.config._experts_implementation
        for m in model.modules()
        if hasattr(m, "_can_set_experts_implementation") and m._can_set_experts_implementation()
    }


def test_cpu_models_run_eager_experts_same_function(tok, tmp_path: Path) -> None:
    """Every way a model is made or placed on the CPU runs the experts eagerly (the faster loop
    there), computing what transformers' default computes (to fp32 rounding); the choice leaves
    the config's digest and the saved config alone."""
    model = build_model("tiny", tok, seed=0)
    assert _experts(model) == {"eager"}
    digest = config_digest(model.config)
    save_base(model, tok, tmp_path / "base")
    loaded, _, _ = load_base(tmp_path / "base")
    assert _experts(loaded) == {"eager"}
    saved = json.loads((tmp_path / "base" / "base" / "config.json").read_text())
    assert "experts_implementation" not in json.dumps(saved)
    batch = _batch(tok)
    eager = _logits(model, batch)
    model.model.language_model.set_experts_implementation("grouped_mm")
    assert _experts(model) == {"grouped_mm"}
    default = _logits(model, batch)  # the same sums in another order: fp32 rounding apart
    assert torch.allclose(default, eager, rtol=0, atol=1e-5), (default - eager).abs().max()
    assert config_digest(model.config) == digest
    peft = attach_lora(model, ["lm.lora"])
    assert place(peft, "cpu") is peft and _experts(peft) == {"eager"}
    fit_experts(peft, "cuda")  # another device: transformers' default again (nothing runs)
    assert _experts(peft) == {"grouped_mm"}
    meta = build_model("tiny", tok, device="meta")
    assert _experts(meta) == {"grouped_mm"}  # structure only: left as transformers sets it


def test_a_cuda_site_trains_with_flex_attention_and_generates_with_eager(tok) -> None:
    """GPT-oss's sinks need flash or flex attention; on CUDA training sets flex for the
    language model and SDPA for CLIP (bench/README.md: less memory than eager at the same speed)
    and gives the model its own attention back after, for generation; on the CPU nothing
    changes (eager is the only kernel there with sinks). The digest does not move."""
    from model.device import CUDA_ATTENTION, attention_of, training_attention

    peft = attach_lora(build_model("tiny", tok, seed=0), ["lm.lora"])
    digest = config_digest(peft.get_base_model().config)
    built = {"text_config": "eager", "vision_config": "sdpa"}  # transformers' defaults
    assert attention_of(place(peft, "cpu")) == built
    with training_attention(peft, "cpu"):
        assert attention_of(peft) == built
    with pytest.raises(RuntimeError, match="boom"), training_attention(peft, "cuda"):
        # what training on a GPU sets (no GPU is needed to set it)
        assert attention_of(peft) == CUDA_ATTENTION
        assert CUDA_ATTENTION == {"text_config": "flex_attention", "vision_config": "sdpa"}
        raise RuntimeError("boom")
    assert attention_of(peft) == built  # given back, also when training fails
    assert config_digest(peft.get_base_model().config) == digest
    with (
        pytest.raises(ValueError, match="no LLaVA model"),
        training_attention(torch.nn.Linear(2, 2), "cuda"),
    ):
        pass


# ------------------------------------------------------------------ LoRA and groups


def test_lm_lora_targets_language_attention_only(tok: PreTrainedTokenizerFast) -> None:
    model = attach_lora(build_model("tiny", tok), ["lm.lora"])
    lora = [n for n, m in model.named_modules() if n.endswith(".lora_A")]
    assert len(lora) == 2 * 4  # 2 layers x q,k,v,o
    for name in lora:
        assert ".language_model.layers." in name and "vision_tower" not in name
        assert re.search(r"self_attn\.(q_proj|k_proj|v_proj|o_proj)\.lora_A$", name), name
    assert group_parameter_counts(model) == {
        "projector": 0,
        "lm.lora": 2 * 16 * ((128 + 128) + (128 + 64) + (128 + 64) + (128 + 128)),
        "vision.lora": 0,
        "lm.head": 0,
    }


def test_vision_lora_only_in_used_vision_layers(tok: PreTrainedTokenizerFast) -> None:
    model = attach_lora(build_model("tiny", tok), ["vision.lora"])
    lora = [n for n, m in model.named_modules() if n.endswith(".lora_A")]
    # vision_feature_layer=-1: both CLIP layers reach the projector
    assert sorted(lora) == sorted(
        f"base_model.model.model.vision_tower.encoder.layers.{i}.self_attn.{p}.lora_A"
        for i in (0, 1)
        for p in ("q_proj", "k_proj", "v_proj", "out_proj")
    )
    assert group_parameter_count(model, "vision.lora") == 2 * 4 * 16 * (64 + 64)
    # with -2 (a preset choice), the last layer gets no adapter: it would get no gradient
    narrow = dataclasses.replace(TINY, vision_feature_layer=-2)
    model = attach_lora(build_model(narrow, tok), ["vision.lora"])
    assert not [n for n, m in model.named_modules() if "layers.1" in n and n.endswith("lora_A")]


def test_group_counts_all(adapted: Callable[..., PeftModel]) -> None:
    counts = group_parameter_counts(adapted(ALL_GROUPS))
    assert counts == {
        "projector": 64 * 128 + 128 + 128 * 128 + 128,
        "lm.lora": 28672,
        "vision.lora": 16384,
        "lm.head": 512 * 128,
    }


def test_unknown_group_lists_valid(tok: PreTrainedTokenizerFast) -> None:
    with pytest.raises(ValueError) as err:
        attach_lora(build_model("tiny", tok), ["lm.lora", "decoder"])
    assert "decoder" in str(err.value)
    assert all(g in str(err.value) for g in GROUP_NAMES)
    assert parse_groups(" projector, lm.lora ") == ("projector", "lm.lora")
    with pytest.raises(ValueError, match="no LoRA group"):
        attach_lora(build_model("tiny", tok), ["projector"])


def test_switch_groups(adapted: Callable[..., PeftModel]) -> None:
    model = adapted(("projector", "lm.lora"))
    n = set_trainable_groups(model, ["projector"])
    names = [name for name, p in model.named_parameters() if p.requires_grad]
    assert n == 24832 and len(names) == 4
    assert all("multi_modal_projector.modules_to_save.default." in name for name in names)
    set_trainable_groups(model, ["lm.lora"])
    names = [name for name, p in model.named_parameters() if p.requires_grad]
    assert names and all(".language_model." in n and ".lora_" in n for n in names)
    with pytest.raises(ValueError, match="vision.lora"):
        set_trainable_groups(model, ["vision.lora"])  # not attached


# ------------------------------------------------------------------ trainable state exchange


def test_state_keys_are_canonical(adapted: Callable[..., PeftModel]) -> None:
    model = adapted(("projector", "lm.lora"))
    state = trainable_state(model, ["projector", "lm.lora"])
    assert list(state) == sorted(state)
    assert "model.multi_modal_projector.linear_1.weight" in state
    assert "model.language_model.layers.0.self_attn.q_proj.lora_A.weight" in state
    assert all("default" not in k and not k.startswith("base_model") for k in state)
    assert all(v.dtype == np.float32 for v in state.values())
    peft_keys = {k.removeprefix("base_model.model.") for k in get_peft_model_state_dict(model)}
    assert set(state) == peft_keys
    assert canonical_name("_module.base_model.model.lm_head.modules_to_save.default.weight") == (
        "lm_head.weight"
    )
    assert canonical_name("base_model.model.model.x.original_module.weight") is None


def test_state_round_trip_bitwise(adapted: Callable[..., PeftModel], tok) -> None:
    source, target = adapted(ALL_GROUPS, seed=0), adapted(ALL_GROUPS, seed=5)
    state = trainable_state(source, ALL_GROUPS)
    load_trainable_state(target, state)
    again = trainable_state(target, ALL_GROUPS)
    assert list(again) == list(state)
    assert all(np.array_equal(state[k].view(np.uint32), again[k].view(np.uint32)) for k in state)
    # only the groups are exchanged, so the frozen base must match too for equal outputs
    target.get_base_model().load_state_dict(source.get_base_model().state_dict())
    load_trainable_state(target, state)
    assert torch.equal(_logits(source, _batch(tok)), _logits(target, _batch(tok)))


def test_state_partial_groups(adapted: Callable[..., PeftModel]) -> None:
    model = adapted(("projector", "lm.lora"))
    proj = trainable_state(model, "projector")
    before = trainable_state(model, "lm.lora")
    load_trainable_state(model, {k: v + 1.0 for k, v in proj.items()})  # groups inferred
    after = trainable_state(model, ["projector", "lm.lora"])
    assert all(np.array_equal(after[k], proj[k] + 1.0) for k in proj)
    assert all(np.array_equal(after[k], before[k]) for k in before)


@pytest.mark.parametrize("case", ["unknown", "missing", "shape", "nan", "int"])
def test_state_strict_errors(adapted: Callable[..., PeftModel], case: str) -> None:
    model = adapted(("projector", "lm.lora"))
    groups = ["projector", "lm.lora"]
    state = trainable_state(model, groups)
    key = "model.language_model.layers.1.self_attn.v_proj.lora_B.weight"
    bad = {k: v + 1.0 for k, v in state.items()}
    if case == "unknown":
        bad["model.language_model.layers.9.self_attn.q_proj.lora_A.weight"] = state[key]
        match = "unknown key.*layers.9"
    elif case == "missing":
        del bad[key]
        match = f"missing key.*{re.escape(key)}"
    elif case == "shape":
        bad[key] = np.zeros((3, 3), dtype=np.float32)
        match = rf"{re.escape(key)}.*\(3, 3\).*\(64, 16\)"
    elif case == "nan":
        bad[key] = np.full_like(state[key], np.nan)
        match = "non-finite"
    else:
        bad[key] = state[key].astype(np.int64)
        match = "float"
    with pytest.raises(ValueError, match=match):
        load_trainable_state(model, bad, groups)
    unchanged = trainable_state(model, groups)  # all-or-nothing
    assert all(np.array_equal(unchanged[k], state[k]) for k in state)


# ------------------------------------------------------------------ prompts and batches


def test_prompt_format() -> None:
    assert format_prompt("Is it red? ") == "<image>\nQuestion: Is it red?\nAnswer:"
    assert format_prompt("q", num_images=2).startswith("<image><image>\n")
    assert format_target("yes") == " yes<|eos|>"
    with pytest.raises(ValueError, match="image token"):
        format_prompt("look at <image>")


def test_encode_batch_labels_only_targets(tok: PreTrainedTokenizerFast) -> None:
    answers = ("yes", "left upper lobe")
    batch = _batch(tok, answers)
    ids, labels, mask = batch["input_ids"], batch["labels"], batch["attention_mask"]
    assert ids.shape == labels.shape == mask.shape
    assert batch["pixel_values"].shape == (2, 3, 64, 64)
    for i, answer in enumerate(answers):
        target = tok(format_target(answer), add_special_tokens=False)["input_ids"]
        supervised = (labels[i] != IGNORE_INDEX).nonzero().flatten().tolist()
        width = ids.shape[1]
        assert supervised == list(range(width - len(target), width))  # the last tokens only
        assert labels[i, supervised].tolist() == target == ids[i, supervised].tolist()
        assert target[-1] == tok.eos_token_id
        assert int((ids[i] == image_token_id(tok)).sum()) == TINY.image_seq_length
        n_pad = int((mask[i] == 0).sum())
        assert (ids[i, :n_pad] == tok.pad_token_id).all() and mask[i, n_pad:].all()  # left pad


def test_encode_batch_matches_llava_processor(tok: PreTrainedTokenizerFast) -> None:
    images = _images(3, seed=4)
    prompts = [format_prompt("Which side?"), format_prompt("Compare.", num_images=2)]
    mine = encode_batch(tok, TINY, [[images[0]], images[1:]], prompts, None, max_length=256)
    ref = make_processor(TINY, tok)(text=prompts, images=images, return_tensors="pt", padding=True)
    assert set(mine) == {"input_ids", "attention_mask", "pixel_values"}
    for key in mine:
        assert torch.equal(mine[key], ref[key]), key
    assert int((mine["input_ids"][1] == 3).sum()) == 2 * TINY.image_seq_length


def test_training_prompt_equals_generation_prompt(tok: PreTrainedTokenizerFast) -> None:
    train, gen = _batch(tok, ("yes",)), _batch(tok, None)
    t_ids = train["input_ids"][0][train["attention_mask"][0].bool()]
    g_ids = gen["input_ids"][0][gen["attention_mask"][0].bool()]
    n_target = int((train["labels"][0] != IGNORE_INDEX).sum())
    assert torch.equal(t_ids[:-n_target], g_ids)


def test_encode_batch_truncation_keeps_images(tok: PreTrainedTokenizerFast) -> None:
    prompt = format_prompt("Is there a nodule?")
    long_answer = format_target("left " * 40)
    p_len = len(tok(prompt.replace("<image>", "<image>" * 16))["input_ids"])
    batch = encode_batch(tok, "tiny", [_images(1)], [prompt], [long_answer], max_length=p_len + 3)
    assert batch["input_ids"].shape[1] == p_len + 3
    assert int((batch["labels"] != IGNORE_INDEX).sum()) == 3
    assert int((batch["input_ids"] == 3).sum()) == 16
    with pytest.raises(ValueError, match="max_length"):
        encode_batch(tok, "tiny", [_images(1)], [prompt], [long_answer], max_length=p_len)


def test_encode_batch_encodes_each_text_once_and_follows_added_tokens(
    tok: PreTrainedTokenizerFast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answer and follow-up ids are encoded once per tokenizer and reused (a training batch
    repeats the same strings every step): a warm batch equals a cold one, tokenizes no answer
    again, and a token added to the vocabulary afterwards is used, not the stale ids."""
    import copy

    from model import format_followup

    tok = copy.deepcopy(tok)  # tokens are added below
    images = [_images(1), _images(1, seed=2)]
    prompts = [format_prompt("Is there a nodule?"), format_prompt("Which side?")]
    targets = [format_target("yes"), format_target("zorblax")]
    followups = [[(format_followup("How many?"), format_target("two"))], []]

    def encode() -> dict[str, torch.Tensor]:
        return encode_batch(tok, TINY, images, prompts, targets, 128, followups)

    cold = encode()
    calls: list[str] = []
    original = type(tok).__call__
    monkeypatch.setattr(
        type(tok),
        "__call__",
        lambda self, text, **kw: calls.append(text) or original(self, text, **kw),
    )
    warm = encode()
    assert all(torch.equal(cold[k], warm[k]) for k in cold)
    texts = {c for c in calls if isinstance(c, str)}  # the processor passes the prompts as a list
    assert not texts & {*targets, format_followup("How many?"), format_target("two")}
    tok.add_tokens(["zorblax"])
    added = encode()
    assert tok.convert_tokens_to_ids("zorblax") in added["labels"][1].tolist()
    assert not torch.equal(added["labels"], cold["labels"])


def test_encode_batch_from_cached_pixels_equals_the_processor_s(
    tok: PreTrainedTokenizerFast,
) -> None:
    """A batch from images already through the image transform (a site's cache) is the batch
    the LLaVA processor makes from the images: token ids, mask, labels and pixels, for training
    and for generation, one and two images a sample."""
    from model.prompting import image_pixels

    images = [_images(1), _images(2, seed=3)]
    prompts = [format_prompt("Is there a nodule?"), format_prompt("Compare.", num_images=2)]
    pixels = [[image_pixels(TINY, img) for img in imgs] for imgs in images]
    for targets in ([format_target("yes"), format_target("the left one")], None):
        ref = encode_batch(tok, TINY, images, prompts, targets, 256)
        got = encode_batch(tok, TINY, images, prompts, targets, 256, pixels=pixels)
        assert set(got) == set(ref)
        for key in ref:
            assert torch.equal(got[key], ref[key]), key
    with pytest.raises(ValueError, match="one array per image"):
        encode_batch(tok, TINY, images, prompts, None, 256, pixels=[pixels[0], pixels[0]])


def test_encode_batch_validation(tok: PreTrainedTokenizerFast) -> None:
    with pytest.raises(ValueError, match=r"prompts\[0\].*2 images"):
        encode_batch(tok, "tiny", [_images(2)], [format_prompt("q")], None, 64)
    with pytest.raises(ValueError, match="len"):
        encode_batch(tok, "tiny", [_images(1)], [format_prompt("q")], [" a", " b"], 64)


# ------------------------------------------------------------------ checkpoints


def test_save_load_medfed_exact(adapted: Callable[..., PeftModel], tok, tmp_path: Path) -> None:
    model = adapted(("projector", "lm.lora", "vision.lora"))
    set_trainable_groups(model, ["projector", "lm.lora"])
    batch = _batch(tok)
    save_medfed(model, tok, tmp_path / "ck")
    save_medfed(model, tok, tmp_path / "ck")  # overwriting is atomic and allowed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ck"]  # no temp dirs left
    manifest = json.loads((tmp_path / "ck" / "medfed.json").read_text())
    assert manifest["config_digest"] == config_digest(model.config)
    assert manifest["preset_name"] == "tiny"
    loaded, tok2, preset = load_medfed(tmp_path / "ck")
    assert preset == TINY and tok2.get_vocab() == tok.get_vocab()
    a, b = model.state_dict(), loaded.state_dict()
    assert set(a) == set(b) and all(torch.equal(a[k], b[k]) for k in a)
    assert torch.equal(_logits(model, batch), _logits(loaded, batch))
    assert [n for n, p in loaded.named_parameters() if p.requires_grad] == [
        n for n, p in model.named_parameters() if p.requires_grad
    ]


def test_load_medfed_rejects_tampered(
    adapted: Callable[..., PeftModel], tok, tmp_path: Path
) -> None:
    save_medfed(adapted(), tok, tmp_path / "ck")
    path = tmp_path / "ck" / "medfed.json"
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps({**manifest, "config_digest": "0" * 64}))
    with pytest.raises(ValueError, match="digest"):
        load_medfed(tmp_path / "ck")
    with pytest.raises(ValueError, match="medfed.json"):
        load_medfed(tmp_path)


def test_export_hf_plain_load_and_generate(
    adapted: Callable[..., PeftModel], tok, tmp_path: Path
) -> None:
    model = adapted(("projector", "lm.lora", "vision.lora"))
    batch = _batch(tok, None)
    export_hf(model, tok, tmp_path / "exp")
    base = LlavaForConditionalGeneration.from_pretrained(tmp_path / "exp" / "base")
    assert not any("lora" in n for n, _ in base.named_parameters())  # adapters not merged
    loaded = PeftModel.from_pretrained(base, tmp_path / "exp" / "adapter")
    processor = AutoProcessor.from_pretrained(tmp_path / "exp" / "base")
    prompts = [
        format_prompt("Is there a nodule in the left lung?"),
        format_prompt("What modality?"),
    ]
    inputs = processor(text=prompts, images=_images(2), return_tensors="pt", padding=True)
    assert all(torch.equal(inputs[k], batch[k]) for k in batch)
    assert torch.equal(_logits(model, batch), _logits(loaded, inputs))
    out = loaded.generate(**inputs, max_new_tokens=4, do_sample=False)
    width = batch["input_ids"].shape[1]
    assert out.shape[0] == 2 and width < out.shape[1] <= width + 4
    assert torch.equal(out[:, :width], batch["input_ids"])
    assert ((out[:, width:] >= 0) & (out[:, width:] < len(tok))).all()


def test_save_load_base(tok: PreTrainedTokenizerFast, tmp_path: Path) -> None:
    model = build_model("tiny", tok, seed=3)
    save_base(model, tok, tmp_path / "base")
    loaded, tok2, preset = load_base(tmp_path / "base")
    assert preset == TINY and len(tok2) == len(tok)
    a, b = model.state_dict(), loaded.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    with pytest.raises(ValueError, match="adapters"):
        save_base(attach_lora(model, ["lm.lora"]), tok, tmp_path / "x")  # type: ignore[arg-type]


def test_load_from_parts(tok: PreTrainedTokenizerFast, tmp_path: Path) -> None:
    reference = build_model("tiny", tok, seed=0)
    torch.manual_seed(11)
    vision_config, text_config = sub_configs(reference.config)
    lm = GptOssForCausalLM(text_config)
    clip = CLIPVisionModel(vision_config)
    lm.save_pretrained(tmp_path / "gptoss")
    clip.save_pretrained(tmp_path / "clip")
    tok.save_pretrained(tmp_path / "tok")
    model, tok2, preset = load_from_parts(
        tmp_path / "gptoss", tmp_path / "clip", tmp_path / "tok",
        vision_feature_layer=TINY.vision_feature_layer,
    )  # fmt: skip
    assert config_digest(model.config) == config_digest(reference.config)
    state = model.state_dict()
    for key, value in lm.model.state_dict().items():
        assert torch.equal(state[f"model.language_model.{key}"], value), key
    for key, value in clip.state_dict().items():
        assert torch.equal(state[f"model.vision_tower.{key}"], value), key
    assert torch.equal(state["lm_head.weight"], lm.lm_head.weight)
    assert preset.image_seq_length == 16 and image_token_id(tok2) == 3
    assert torch.isfinite(model(**_batch(tok)).loss)


def test_load_from_parts_adds_image_token(tmp_path: Path) -> None:
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(default_corpus(50), trainer=trainer)
    plain = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token="<|endoftext|>")
    plain.save_pretrained(tmp_path / "gptoss")  # a stock LM tokenizer: no <image>, no pad
    config = llava_config("tiny", vocab_size=len(plain), image_token_id=0, pad_token_id=0)
    vision_config, text_config = sub_configs(config)
    GptOssForCausalLM(text_config).save_pretrained(tmp_path / "gptoss")
    CLIPVisionModel(vision_config).save_pretrained(tmp_path / "clip")
    model, tok, preset = load_from_parts(tmp_path / "gptoss", tmp_path / "clip", seed=0)
    assert image_token_id(tok) == len(plain) and tok.pad_token == "<|endoftext|>"
    embeddings = model.get_input_embeddings()
    assert isinstance(embeddings, torch.nn.Embedding)
    assert embeddings.num_embeddings == len(plain) + 1
    assert model.config.image_token_id == len(plain) and preset.vocab_size == len(plain) + 1
    batch = encode_batch(tok, preset, [_images(1)], [format_prompt("q")], [" yes"], 128)
    assert torch.isfinite(model(**batch).loss)


def test_bf16_round_trip(tok: PreTrainedTokenizerFast, tmp_path: Path) -> None:
    model = attach_lora(
        build_model("tiny", tok, seed=0, dtype=torch.bfloat16), ["projector", "lm.lora"]
    )
    params = dict(model.named_parameters())
    assert params["base_model.model.lm_head.weight"].dtype == torch.bfloat16
    state = trainable_state(model, ["projector", "lm.lora"])
    load_trainable_state(model, state)
    assert all(
        np.array_equal(v, trainable_state(model, ["projector", "lm.lora"])[k])
        for k, v in state.items()
    )
    save_medfed(model, tok, tmp_path / "ck")
    loaded, _, _ = load_medfed(tmp_path / "ck")
    a, b = model.state_dict(), loaded.state_dict()
    assert all(a[k].dtype == b[k].dtype and torch.equal(a[k], b[k]) for k in a)


def test_failed_save_keeps_previous_checkpoint(
    adapted: Callable[..., PeftModel], tok, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = adapted()
    save_medfed(model, tok, tmp_path / "ck")
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "ck").rglob("*"))
    with pytest.raises(ValueError, match="PeftModel"):
        save_medfed(model.get_base_model(), tok, tmp_path / "ck")  # type: ignore[arg-type]

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(PeftModel, "save_pretrained", disk_full)  # fails after base/ is written
    with pytest.raises(OSError, match="No space"):
        save_medfed(model, tok, tmp_path / "ck")
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "ck").rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ck"]
