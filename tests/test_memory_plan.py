"""`medfed model plan`: per-stage peak memory, checked against autograd on the tiny preset and
against the parameter counts of the real preset on the meta device."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import torch
from typer.testing import CliRunner

from medfed.cli import app
from model import PRESETS, attach_lora, build_model, default_corpus, train_tokenizer
from model.loss import per_sample_loss
from model.memory_plan import GB, LOGIT_BYTES, activation_bytes_per_sample, plan_curriculum
from model.prompting import IGNORE_INDEX
from protocols.curriculum import CurriculumError, Stage
from protocols.curriculum_file import load_curriculum, loads_curriculum

runner = CliRunner()
REAL = Path(__file__).resolve().parents[1] / "curricula" / "medgpt-oss.toml"


def _stage(**kw: object) -> Stage:
    base = dict(name="s", trainable_groups=("lm.lora",), data_kinds=("vqa",), rounds=1,
                local_steps=1, batch_size=4, learning_rate=1e-3)  # fmt: skip
    return Stage(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize("tokens", [128, 512])
def test_activation_estimate_matches_what_autograd_saves(tokens: int) -> None:
    tok = train_tokenizer(default_corpus())
    tiny = dataclasses.replace(PRESETS["tiny"], vocab_size=len(tok))
    model = attach_lora(build_model(tiny, tok, seed=0, dtype=torch.bfloat16), ["lm.lora"])
    params = {p.untyped_storage().data_ptr() for p in model.parameters()}
    ids = torch.randint(10, 300, (1, tokens))
    ids[0, : tiny.image_seq_length] = model.config.image_token_id
    saved: dict[int, int] = {}

    def pack(t: torch.Tensor) -> torch.Tensor:
        if t.untyped_storage().data_ptr() not in params:  # weights are not activations
            saved[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    labels = ids.clone()
    labels[0, : tiny.image_seq_length] = IGNORE_INDEX  # every text token a target: the bound
    batch = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels,
             "pixel_values": torch.randn(1, 3, 64, 64, dtype=torch.bfloat16)}  # fmt: skip
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        per_sample_loss(model, batch)  # logits at the targets only, as training computes them
    estimate = activation_bytes_per_sample(tiny, _stage(max_length=tokens), "eager")
    # the fp32 gradient of the logits exists in backward only
    estimate -= (tokens - tiny.image_seq_length) * len(tok) * 4
    ratio = sum(saved.values()) / estimate
    assert 0.8 <= ratio <= 1.25


def test_shipped_real_scale_curriculum_fits_80_gb() -> None:
    plans = plan_curriculum("medgpt-oss-20b", load_curriculum(REAL), 80.0)
    by = {p.stage: p for p in plans}
    assert all(p.fits for p in plans) and all(p.headroom_gb > 5 for p in plans)
    # counts from the meta device: the projector, LM LoRA r=16, both
    assert by["alignment"].trainable_params == 1024 * 2880 + 2880 + 2880 * 2880 + 2880
    assert by["long-context"].trainable_params == 7_962_624
    assert by["instruction"].trainable_params == 7_962_624 + by["alignment"].trainable_params
    assert 42.0 < by["alignment"].weights_gb < 43.0  # ~21.3e9 bf16 weights + fp32 adapters
    # an 8192-token sample's logits alone: tokens x vocab x 10 bytes (the stage trains on
    # reports too, and a report without an image can be all target)
    assert by["long-context"].activations_gb > 8192 * 201088 * LOGIT_BYTES / GB


def test_logits_are_planned_at_text_tokens_only() -> None:
    """The loss computes logits only where a target is, and an image's tokens never are one:
    each image token removes vocab x 10 bytes from the plan, text tokens add them; a stage that
    trains on reports keeps every token (a study without an image is a text-only sample)."""
    p = PRESETS["medgpt-oss-20b"]
    per_token = p.vocab_size * LOGIT_BYTES  # type: ignore[operator]
    image = activation_bytes_per_sample(p, _stage(max_length=2048), "flash")
    text = activation_bytes_per_sample(
        p, _stage(max_length=2048, images_per_sample=0, data_kinds=("text",)), "flash"
    )
    features = (p.num_patches + 1) * p.vision_hidden_size * 2  # the tower's output, bf16
    assert text - image == p.image_seq_length * per_token - features
    mixed = activation_bytes_per_sample(p, _stage(max_length=2048, data_kinds=("vqa", "text")),
                                        "flash")  # fmt: skip
    assert mixed - image == p.image_seq_length * per_token


def test_micro_batch_and_checkpointing_move_the_numbers() -> None:
    p = PRESETS["medgpt-oss-20b"]
    one = activation_bytes_per_sample(p, _stage(max_length=4096), "flash")
    ckpt = activation_bytes_per_sample(
        p, _stage(max_length=4096, activation_checkpointing=True), "flash"
    )
    eager = activation_bytes_per_sample(p, _stage(max_length=4096), "eager")
    assert ckpt < one / 2 and eager > one
    text = REAL.read_text().replace("micro_batch_size = 2\n", "micro_batch_size = 4\n")
    plans = plan_curriculum("medgpt-oss-20b", loads_curriculum(text), 80.0)
    instruction = plans[-1]
    base = plan_curriculum("medgpt-oss-20b", load_curriculum(REAL), 80.0)[-1]
    assert instruction.activations_gb == pytest.approx(2 * base.activations_gb, abs=0.02)


def test_cli_plan_json_and_exit_code(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["model", "plan", "medgpt-oss-20b", "--curriculum", str(REAL),
                             "--gpu-memory", "80", "--json"])  # fmt: skip
    assert ok.exit_code == 0, ok.output
    doc = json.loads(ok.stdout)
    assert doc["fits"] and [s["stage"] for s in doc["stages"]] == [
        "alignment",
        "long-context",
        "instruction",
    ]
    small = runner.invoke(app, ["model", "plan", "medgpt-oss-20b", "--curriculum", str(REAL),
                                "--gpu-memory", "40"])  # fmt: skip
    assert small.exit_code == 1 and "DOES NOT FIT" in small.output


def test_micro_batch_size_is_validated_with_the_field_named(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text(REAL.read_text().replace("micro_batch_size = 2\n", "micro_batch_size = 64\n"))
    with pytest.raises(CurriculumError, match=r"instruction.*micro_batch_size.*64"):
        load_curriculum(bad)
    bad.write_text(
        REAL.read_text().replace(
            "activation_checkpointing = true", "activation_checkpointing = 1", 1
        )
    )
    with pytest.raises(CurriculumError, match="activation_checkpointing"):
        load_curriculum(bad)
