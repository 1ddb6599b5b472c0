"""A MedFed base directory from the released checkpoints: gpt-oss (MXFP4 experts) + CLIP vision.

    assemble_base(language_dir, vision_dir, out)

1. The language checkpoint (config.json with `quantization_config.quant_method = "mxfp4"`,
   safetensors shards, tokenizer) is rewritten tensor by tensor into a plain bf16 GPT-oss
   checkpoint in a temporary sibling of `out`: every `*_blocks`/`*_scales` pair becomes the
   dequantized weight (model.mxfp4), every other floating tensor is cast to bf16. Only one
   tensor is dequantized at a time.
2. That checkpoint and the CLIP vision checkpoint go through the ordinary loader
   (`model.build.load_from_parts`, bf16), which adds `<image>` to the tokenizer and a fresh
   projector, and `model.io.save_base` writes `out/base` + `out/medfed.json`, which `load_base`
   reads.

The whole model is in memory once, in bf16 (about 42 GB for gpt-oss-20b + CLIP ViT-L/14-336).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from safetensors.torch import save_file

from model.build import load_from_parts
from model.digest import config_digest
from model.io import save_base
from model.mxfp4 import BLOCKS_SUFFIX, SCALES_SUFFIX, dequantize_mxfp4, is_mxfp4_name

DTYPE = torch.bfloat16
SHARD_BYTES = 4 * 1024**3
# Files of a language checkpoint that are not weights and go along unchanged.
_LANGUAGE_SIDE_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja",
    "generation_config.json",
)  # fmt: skip


@dataclass(frozen=True)
class AssembleResult:
    out: Path
    preset_name: str
    config_digest: str
    parameters: int
    dequantized: tuple[str, ...]  # names of the weights that were MXFP4 in the checkpoint


def _read_config(directory: Path, what: str) -> dict[str, Any]:
    path = directory / "config.json"
    if not path.is_file():
        raise ValueError(f"--{what} {directory}: config.json is missing")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def _weight_files(directory: Path, what: str) -> list[Path]:
    files = sorted(directory.glob("*.safetensors"))
    if not files:
        raise ValueError(f"--{what} {directory}: no *.safetensors weight files")
    return files


def _tensor_index(files: list[Path]) -> dict[str, Path]:
    """Tensor name -> the shard holding it; a name in two shards is an error."""
    index: dict[str, Path] = {}
    for path in files:
        with safe_open(str(path), framework="pt") as f:
            for name in f.keys():  # noqa: SIM118 (safe_open is not a Mapping)
                if name in index:
                    raise ValueError(f"tensor {name} is in both {index[name]} and {path}")
                index[name] = path
    return index


def _load(index: dict[str, Path], name: str) -> torch.Tensor:
    with safe_open(str(index[name]), framework="pt") as f:
        return f.get_tensor(name)


def _converted(index: dict[str, Path]) -> Iterator[tuple[str, torch.Tensor, bool]]:
    """(name, bf16 tensor, was_mxfp4) for every weight of the language checkpoint."""
    for name in sorted(index):
        if name.endswith(SCALES_SUFFIX):
            base = name.removesuffix(SCALES_SUFFIX)
            if base + BLOCKS_SUFFIX not in index:
                raise ValueError(f"{index[name]}: {name} has no matching {base}{BLOCKS_SUFFIX}")
            continue
        if name.endswith(BLOCKS_SUFFIX):
            base = name.removesuffix(BLOCKS_SUFFIX)
            if base + SCALES_SUFFIX not in index:
                raise ValueError(f"{index[name]}: {name} has no matching {base}{SCALES_SUFFIX}")
            blocks, scales = _load(index, name), _load(index, base + SCALES_SUFFIX)
            yield base, dequantize_mxfp4(blocks, scales, base, dtype=DTYPE), True
            continue
        tensor = _load(index, name)
        yield name, tensor.to(DTYPE) if tensor.is_floating_point() else tensor, False


def dequantize_language_checkpoint(language_dir: Path, out: Path) -> tuple[str, ...]:
    """Write a bf16 GPT-oss checkpoint of `language_dir` (MXFP4 or not) into `out`.

    Returns the names of the dequantized weights. Shards of at most SHARD_BYTES, with the
    standard model.safetensors.index.json.
    """
    config = _read_config(language_dir, "language")
    if config.get("model_type") != "gpt_oss":
        raise ValueError(
            f"--language {language_dir}/config.json: model_type={config.get('model_type')!r}, "
            "expected 'gpt_oss'"
        )
    quant = config.pop("quantization_config", None)
    if quant is not None and quant.get("quant_method") != "mxfp4":
        raise ValueError(
            f"--language {language_dir}/config.json: quantization_config.quant_method="
            f"{quant.get('quant_method')!r}; only mxfp4 (the released format) is supported"
        )
    index = _tensor_index(_weight_files(language_dir, "language"))
    if quant is None and any(is_mxfp4_name(n) for n in index):
        raise ValueError(
            f"--language {language_dir}: MXFP4 tensors (*_blocks/*_scales) but config.json has "
            "no quantization_config"
        )
    out.mkdir(parents=True, exist_ok=True)
    config["torch_dtype"] = config["dtype"] = "bfloat16"
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    for name in _LANGUAGE_SIDE_FILES:
        if (language_dir / name).is_file():
            shutil.copy2(language_dir / name, out / name)

    dequantized: list[str] = []
    weight_map: dict[str, str] = {}
    shard: dict[str, torch.Tensor] = {}
    shard_bytes, shard_no, total = 0, 0, 0

    def flush() -> None:
        nonlocal shard, shard_bytes, shard_no
        if shard:
            shard_no += 1
            file = f"model-{shard_no:05d}.safetensors"
            save_file(shard, str(out / file), metadata={"format": "pt"})
            weight_map.update(dict.fromkeys(shard, file))
            shard, shard_bytes = {}, 0

    for name, tensor, was_mxfp4 in _converted(index):
        if was_mxfp4:
            dequantized.append(name)
        size = tensor.numel() * tensor.element_size()
        if shard and shard_bytes + size > SHARD_BYTES:
            flush()
        shard[name] = tensor.contiguous()
        shard_bytes += size
        total += size
    flush()
    (out / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": total}, "weight_map": weight_map}, indent=2) + "\n",
        encoding="utf-8",
    )
    return tuple(dequantized)


def _check_vision_dir(vision_dir: Path) -> None:
    config = _read_config(vision_dir, "vision")
    kind = config.get("model_type")
    if kind not in ("clip_vision_model", "clip"):
        raise ValueError(
            f"--vision {vision_dir}/config.json: model_type={kind!r}, expected "
            "'clip_vision_model' (a CLIPVisionModel checkpoint) or 'clip'"
        )
    _weight_files(vision_dir, "vision")


def assemble_base(
    language_dir: str | Path, vision_dir: str | Path, out: str | Path, seed: int = 0
) -> AssembleResult:
    """Released gpt-oss + CLIP checkpoints -> a MedFed base directory in bf16 (see module doc).

    `seed` initialises the projector. `out` is written atomically (save_base).
    """
    language_dir, vision_dir, out = Path(language_dir), Path(vision_dir), Path(out)
    for flag, path in (("language", language_dir), ("vision", vision_dir)):
        if not path.is_dir():
            raise ValueError(f"--{flag} {path}: not a directory")
    _check_vision_dir(vision_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.language-bf16-", dir=out.parent))
    try:
        dequantized = dequantize_language_checkpoint(language_dir, work)
        model, tokenizer, _ = load_from_parts(work, vision_dir, seed=seed, dtype=DTYPE)
        save_base(model, tokenizer, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    manifest = json.loads((out / "medfed.json").read_text(encoding="utf-8"))
    return AssembleResult(
        out=out,
        preset_name=str(manifest["preset_name"]),
        config_digest=config_digest(model.config),
        parameters=sum(p.numel() for p in model.parameters()),
        dequantized=dequantized,
    )
