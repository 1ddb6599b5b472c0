"""Checkpoints on disk, in the plain transformers + peft layout.

    DIR/base/      LlavaForConditionalGeneration.save_pretrained (safetensors, adapters not merged)
                   + tokenizer + LlavaProcessor
    DIR/adapter/   PeftModel.save_pretrained: LoRA weights and the modules_to_save (projector...)
    DIR/medfed.json  format version, preset, config digest, LoRA settings, trainable groups

`export_hf` writes base/ and adapter/ only: anyone can load them with transformers + peft.
`save_medfed` adds medfed.json; `load_medfed` restores the model exactly (bitwise) with the same
trainable groups. `save_base`/`load_base` do the same for a model without adapters.
Every save writes a temporary sibling directory and renames it into place, so a crash never
leaves a half-written checkpoint under DIR.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import torch
from peft import LoraConfig, PeftModel
from transformers import AutoTokenizer, LlavaForConditionalGeneration, PreTrainedTokenizerBase

from model.build import identify_preset
from model.device import place
from model.lora import attached_groups, lora_config, quiet_peft, used_vision_layers
from model.presets import ModelPreset, config_digest
from model.prompting import make_processor
from model.trainable import ADAPTER_NAME, group_parameters, set_trainable_groups, validate_groups

FORMAT = "medfed-checkpoint/1"
MANIFEST = "medfed.json"
BASE_DIR = "base"
ADAPTER_DIR = "adapter"


# ------------------------------------------------------------------ helpers


@contextmanager
def _atomic_dir(target: Path) -> Iterator[Path]:
    """Yield a fresh temporary sibling of `target`; when the block succeeds it replaces `target`.

    A failure inside the block leaves `target` untouched; the old `target` is only removed once
    the new one is in place (and put back if that rename fails).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    trash: Path | None = None
    if target.exists():
        trash = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, trash / target.name)
    try:
        os.replace(tmp, target)
    except BaseException:
        if trash is not None:
            os.replace(trash / target.name, target)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)


def _base_state_dict(peft_model: PeftModel) -> dict[str, torch.Tensor]:
    """Base-model weights under their transformers names, adapters and trained copies left out."""
    out: dict[str, torch.Tensor] = {}
    for name, tensor in peft_model.get_base_model().state_dict().items():
        if ".lora_" in name or ".modules_to_save." in name:
            continue
        plain = name.replace(".base_layer.", ".").replace(".original_module.", ".")
        if plain in out:
            raise ValueError(f"two base tensors map to {plain}")
        out[plain] = tensor
    return out


def _save_hf_base(
    model: LlavaForConditionalGeneration,
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    out: Path,
    state_dict: dict[str, torch.Tensor] | None = None,
) -> None:
    model.save_pretrained(out, state_dict=state_dict, safe_serialization=True)
    make_processor(preset, tokenizer).save_pretrained(out)


def _manifest(
    preset: ModelPreset,
    config: Any,
    lora: dict[str, Any] | None,
    trainable: tuple[str, ...],
    dtype: torch.dtype,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "preset_name": preset.name,
        "preset": preset.to_dict(),
        "config_digest": config_digest(config),
        "lora": lora,
        "trainable_groups": list(trainable),
        "dtype": str(dtype).removeprefix("torch."),
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        raise ValueError(f"{directory} is not a MedFed checkpoint: {MANIFEST} is missing")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: format={data.get('format')!r}, expected {FORMAT!r}")
    return data


def _trainable_groups(model: torch.nn.Module) -> tuple[str, ...]:
    """Groups whose parameters all require grad."""
    out = []
    for g in attached_groups(model):
        params = group_parameters(model, g).values()
        if all(p.requires_grad for p in params):
            out.append(g)
    return tuple(out)


def _lora_settings(peft_model: PeftModel) -> dict[str, Any]:
    groups = attached_groups(peft_model)
    cfg = peft_model.peft_config[ADAPTER_NAME]
    if not isinstance(cfg, LoraConfig):
        raise ValueError(f"adapter {ADAPTER_NAME!r} is {type(cfg).__name__}, not LoraConfig")
    r, alpha, dropout = int(cfg.r), int(cfg.lora_alpha), float(cfg.lora_dropout)
    vision_layers = used_vision_layers(_llava(peft_model).config)
    expected = lora_config(groups, r=r, alpha=alpha, dropout=dropout, vision_layers=vision_layers)
    if cfg.target_modules != expected.target_modules or set(cfg.modules_to_save or []) != set(
        expected.modules_to_save or []
    ):
        raise ValueError(
            f"adapter targets {cfg.target_modules!r} / modules_to_save {cfg.modules_to_save!r} "
            "were not made by attach_lora: cannot describe them as trainable groups"
        )
    return {"groups": list(groups), "r": r, "alpha": alpha, "dropout": dropout}


# ------------------------------------------------------------------ public API


def export_hf(
    peft_model: PeftModel, tokenizer: PreTrainedTokenizerBase, directory: str | Path
) -> None:
    """Write DIR/base and DIR/adapter, loadable with plain transformers + peft:

    base = LlavaForConditionalGeneration.from_pretrained(DIR / "base")
    model = PeftModel.from_pretrained(base, DIR / "adapter")
    """
    preset = identify_preset(_llava(peft_model).config)
    with _atomic_dir(Path(directory)) as tmp:
        _write_export(peft_model, tokenizer, preset, tmp)


def _llava(peft_model: PeftModel) -> LlavaForConditionalGeneration:
    if not isinstance(peft_model, PeftModel):
        raise ValueError(f"expected a PeftModel (see attach_lora), got {type(peft_model).__name__}")
    base = peft_model.get_base_model()
    if not isinstance(base, LlavaForConditionalGeneration):
        raise ValueError(
            f"adapted model is {type(base).__name__}, not LlavaForConditionalGeneration"
        )
    return base


def _write_export(
    peft_model: PeftModel, tokenizer: PreTrainedTokenizerBase, preset: ModelPreset, out: Path
) -> None:
    base = _llava(peft_model)
    _save_hf_base(base, tokenizer, preset, out / BASE_DIR, state_dict=_base_state_dict(peft_model))
    peft_model.save_pretrained(str(out / ADAPTER_DIR), safe_serialization=True)


def save_medfed(
    peft_model: PeftModel,
    tokenizer: PreTrainedTokenizerBase,
    directory: str | Path,
    preset: ModelPreset | None = None,
) -> None:
    """Checkpoint an adapted model: export_hf layout + medfed.json (atomic, overwrites DIR)."""
    base = _llava(peft_model)
    preset = preset or identify_preset(base.config)
    manifest = _manifest(
        preset,
        base.config,
        _lora_settings(peft_model),
        _trainable_groups(peft_model),
        next(base.parameters()).dtype,
    )
    with _atomic_dir(Path(directory)) as tmp:
        _write_export(peft_model, tokenizer, preset, tmp)
        _write_json(tmp / MANIFEST, manifest)


def save_base(
    model: LlavaForConditionalGeneration,
    tokenizer: PreTrainedTokenizerBase,
    directory: str | Path,
    preset: ModelPreset | None = None,
) -> None:
    """Checkpoint a model without adapters (e.g. a pretrained base): DIR/base + medfed.json."""
    if isinstance(model, PeftModel):
        raise ValueError("model has adapters: use save_medfed or export_hf")
    preset = preset or identify_preset(model.config)
    manifest = _manifest(preset, model.config, None, (), next(model.parameters()).dtype)
    with _atomic_dir(Path(directory)) as tmp:
        _save_hf_base(model, tokenizer, preset, tmp / BASE_DIR)
        _write_json(tmp / MANIFEST, manifest)


def _load_base_parts(
    directory: Path, device: torch.device | str | None
) -> tuple[LlavaForConditionalGeneration, PreTrainedTokenizerBase, dict[str, Any]]:
    manifest = _read_manifest(directory)
    dtype = getattr(torch, manifest["dtype"])
    tokenizer = AutoTokenizer.from_pretrained(directory / BASE_DIR, local_files_only=True)
    model = LlavaForConditionalGeneration.from_pretrained(
        directory / BASE_DIR, dtype=dtype, local_files_only=True
    )
    digest = config_digest(model.config)
    if digest != manifest["config_digest"]:
        raise ValueError(
            f"{directory}: config digest {digest} != recorded {manifest['config_digest']}"
        )
    place(model, device if device is not None else "cpu")
    return model, tokenizer, manifest


def load_base(
    directory: str | Path, device: torch.device | str | None = None
) -> tuple[LlavaForConditionalGeneration, PreTrainedTokenizerBase, ModelPreset]:
    """Load a `save_base` checkpoint; every parameter requires grad, as after build_model."""
    model, tokenizer, manifest = _load_base_parts(Path(directory), device)
    return model, tokenizer, ModelPreset.from_dict(manifest["preset"])


def load_medfed(
    directory: str | Path, device: torch.device | str | None = None
) -> tuple[PeftModel, PreTrainedTokenizerBase, ModelPreset]:
    """Load a `save_medfed` checkpoint exactly, with the same groups trainable as when saved."""
    directory = Path(directory)
    base, tokenizer, manifest = _load_base_parts(directory, device)
    if manifest["lora"] is None:
        raise ValueError(f"{directory} holds no adapter: use load_base")
    with quiet_peft():
        peft_model = PeftModel.from_pretrained(
            base, str(directory / ADAPTER_DIR), is_trainable=True, local_files_only=True
        )
    groups = validate_groups(manifest["trainable_groups"]) if manifest["trainable_groups"] else ()
    if groups:
        set_trainable_groups(peft_model, groups)
    else:
        for p in peft_model.parameters():
            p.requires_grad_(False)
    return peft_model, tokenizer, ModelPreset.from_dict(manifest["preset"])
