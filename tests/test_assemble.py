"""`medfed model assemble` / `model digest`: released gpt-oss (MXFP4 experts) + CLIP -> a base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from released_formats import (
    exact_mxfp4_tensor,
    mxfp4_quantize,
    write_clip_vision,
    write_gptoss_release,
)
from typer.testing import CliRunner

from medfed.cli import app
from model.assemble import assemble_base
from model.digest import base_dir_digest
from model.io import load_base
from model.mxfp4 import dequantize_mxfp4
from model.tokenizer import image_token_id

runner = CliRunner()


def test_dequantize_hand_packed_bytes() -> None:
    # byte 0x21: low nibble 1 (+0.5) first, high nibble 2 (+1.0); 0xF9: 9 (-0.5), 15 (-6.0)
    blocks = torch.zeros((1, 2, 1, 16), dtype=torch.uint8)
    blocks[0, 0, 0, 0], blocks[0, 1, 0, 0] = 0x21, 0xF9
    scales = torch.tensor([[[128], [125]]], dtype=torch.uint8)  # 2**1 and 2**-2
    out = dequantize_mxfp4(blocks, scales, "x", dtype=torch.float32)  # (1, in=32, out=2)
    assert out.shape == (1, 32, 2)
    assert out[0, :2, 0].tolist() == [1.0, 2.0]
    assert out[0, :2, 1].tolist() == [-0.125, -1.5]
    assert out[0, 2:].abs().sum() == 0


def test_quantize_then_dequantize_is_exact_on_representable_values() -> None:
    weight = exact_mxfp4_tensor((3, 64, 96), seed=1)
    blocks, scales = mxfp4_quantize(weight)
    assert blocks.shape == (3, 96, 2, 16) and scales.shape == (3, 96, 2)
    assert torch.equal(dequantize_mxfp4(blocks, scales, "w", dtype=torch.float32), weight)
    noisy = torch.randn(2, 64, 32)
    approx = dequantize_mxfp4(*mxfp4_quantize(noisy), "w", dtype=torch.float32)
    # the widest E2M1 step (4 -> 6) is 2 * 2**e, so rounding is off by <= 2**e < block max / 3
    block_max = noisy.abs().reshape(2, 2, 32, 32).amax(dim=2, keepdim=True)  # over inputs
    bound = (block_max / 3).expand(2, 2, 32, 32).reshape(2, 64, 32)
    assert ((approx - noisy).abs() <= bound + 1e-7).all()


def test_dequantize_rejects_malformed_tensors() -> None:
    blocks = torch.zeros((1, 2, 1, 16), dtype=torch.uint8)
    with pytest.raises(ValueError, match="layer.w_scales"):
        dequantize_mxfp4(blocks, torch.zeros((1, 3, 1), dtype=torch.uint8), "layer.w")
    with pytest.raises(ValueError, match="uint8"):
        dequantize_mxfp4(blocks.float(), torch.zeros((1, 2, 1), dtype=torch.uint8), "layer.w")


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    root = tmp_path_factory.mktemp("released")
    lang = write_gptoss_release(root / "gpt-oss")
    vision = write_clip_vision(root / "clip")
    return root, lang, vision


def test_assemble_loads_with_load_base_in_bf16_with_the_oracle_weights(
    released: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    root, lang, vision = released
    result = assemble_base(root / "gpt-oss", root / "clip", tmp_path / "base")
    assert len(result.dequantized) == 4  # gate_up and down of two layers
    model, tok, preset = load_base(tmp_path / "base")
    state = model.state_dict()
    assert {t.dtype for t in state.values()} == {torch.bfloat16}
    for name, value in lang.items():
        key = (
            name.replace("model.", "model.language_model.", 1) if name != "lm_head.weight" else name
        )
        assert torch.equal(state[key], value), key
    for name, value in vision.items():
        assert torch.equal(state[f"model.vision_tower.{name}"], value), name
    manifest = json.loads((tmp_path / "base" / "medfed.json").read_text())
    assert manifest["dtype"] == "bfloat16"
    assert manifest["config_digest"] == result.config_digest == base_dir_digest(tmp_path / "base")
    assert tok.eos_token == "<|return|>" and image_token_id(tok) == len(tok) - 1
    assert model.config.image_seq_length == preset.image_seq_length == 4
    ids = torch.tensor([[image_token_id(tok)] * 4 + [5, 6, 7]])
    with torch.no_grad():
        out = model(input_ids=ids, pixel_values=torch.randn(1, 3, 32, 32, dtype=torch.bfloat16))
    assert out.logits.shape == (1, 7, 512) and torch.isfinite(out.logits.float()).all()


def test_cli_assemble_and_digest(released: tuple[Path, dict, dict], tmp_path: Path) -> None:
    root, _, _ = released
    out = tmp_path / "base"
    args = ["--language", str(root / "gpt-oss"), "--vision", str(root / "clip"), "--out", str(out)]
    res = runner.invoke(app, ["model", "assemble", *args, "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.stdout)
    digest = runner.invoke(app, ["model", "digest", str(out)])
    assert digest.exit_code == 0, digest.output
    assert digest.stdout.strip() == info["config_digest"] == base_dir_digest(out)


def test_assemble_names_the_unpaired_tensor(
    released: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    root, _, _ = released
    broken = tmp_path / "gpt-oss"
    broken.mkdir()
    for f in (root / "gpt-oss").iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    from safetensors.torch import load_file, save_file

    for shard in broken.glob("*.safetensors"):
        tensors = load_file(shard)
        tensors.pop("model.layers.1.mlp.experts.down_proj_scales", None)
        save_file(tensors, str(shard))
    with pytest.raises(ValueError, match=r"layers\.1\.mlp\.experts\.down_proj_blocks"):
        assemble_base(broken, root / "clip", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    res = runner.invoke(
        app, ["model", "assemble", "--language", str(broken), "--vision", str(broken),
              "--out", str(tmp_path / "o")],
    )  # fmt: skip
    assert res.exit_code == 2 and "--vision" in res.output and "gpt_oss" in res.output


def test_digest_of_a_directory_that_is_not_a_base(tmp_path: Path) -> None:
    res = runner.invoke(app, ["model", "digest", str(tmp_path)])
    assert res.exit_code == 2 and "config.json is missing" in res.output


@pytest.mark.parametrize(
    "config", ["[]", "5", "null", '{"text_config": []}', '{"text_config": {"vocab_size": "a"}}']
)
def test_digest_of_a_base_whose_config_is_json_of_another_shape_names_the_file(
    tmp_path: Path, config: str
) -> None:
    """Valid JSON that is no LLaVA configuration (a list, a field of the wrong type) gave a
    TypeError traceback from transformers."""
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "config.json").write_text(config)
    res = runner.invoke(app, ["model", "digest", str(tmp_path)])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert f"{tmp_path / 'base'}/config.json: not a LLaVA configuration" in text


def test_digest_of_the_shipped_base_matches_its_manifest() -> None:
    from model import default_base_dir

    base = default_base_dir()
    manifest = json.loads((base / "medfed.json").read_text())
    assert base_dir_digest(base) == manifest["config_digest"]


def test_model_info_tiny_reports_the_shipped_base_digest() -> None:
    from model import default_base_dir

    res = runner.invoke(app, ["model", "info", "tiny", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["config_digest"] == base_dir_digest(default_base_dir())
