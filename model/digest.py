"""The model digest: the one fingerprint a hospital's policy approves.

A digest is sha256 over the canonical JSON of the LLaVA configuration (architecture, vocabulary
size and the special token ids), with the keys that change with the library version, the save
location or the load dtype left out. The token ids come from the model's *own* tokenizer, so:

- `base_dir_digest(DIR)` reads DIR/base/config.json and checks that the tokenizer saved next to it
  gives the same image, pad, bos and eos ids and fits the vocabulary;
- `preset_digest(PRESET, TOKENIZER)` is the digest a base built from PRESET for TOKENIZER has.

Everything that needs a digest (checkpoints, signing, site policies, `medfed model digest`,
`medfed model info`) calls these functions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transformers import PreTrainedConfig, PreTrainedTokenizerBase

if TYPE_CHECKING:
    from model.presets import ModelPreset

# Keys that change with the library version, the save location, the load dtype or save_pretrained
# bookkeeping, not with the architecture.
_VOLATILE_KEYS = frozenset(
    {"transformers_version", "_name_or_path", "architectures", "dtype", "torch_dtype"}
)
BASE_SUBDIR = "base"


def _canonical(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            str(k): _canonical(v)
            for k, v in value.items()
            if str(k) not in _VOLATILE_KEYS and not str(k).startswith("_attn_implementation")
        }
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def config_digest(config: PreTrainedConfig) -> str:
    """sha256 (hex) of the canonical JSON of `config.to_dict()`, volatile keys removed."""
    canonical = _canonical(config.to_dict())
    payload = json.dumps(canonical, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def preset_digest(preset: str | ModelPreset, tokenizer: PreTrainedTokenizerBase) -> str:
    """Digest of the model `preset` builds for `tokenizer` (its vocabulary and special ids)."""
    from model.build import config_for_tokenizer

    return config_digest(config_for_tokenizer(preset, tokenizer))


def _check_tokenizer_ids(config: Any, tokenizer: PreTrainedTokenizerBase, where: Path) -> None:
    from model.tokenizer import image_token_id

    text = config.text_config
    ids = {
        "image_token_index": (config.image_token_index, image_token_id(tokenizer)),
        "text_config.pad_token_id": (text.pad_token_id, tokenizer.pad_token_id),
        "text_config.eos_token_id": (text.eos_token_id, tokenizer.eos_token_id),
    }
    for name, (in_config, in_tokenizer) in ids.items():
        if in_config != in_tokenizer:
            raise ValueError(
                f"{where}: config {name}={in_config!r} but the tokenizer saved there gives "
                f"{in_tokenizer!r}: the configuration and its tokenizer do not belong together"
            )
    if len(tokenizer) > text.vocab_size:
        raise ValueError(
            f"{where}: the tokenizer has {len(tokenizer)} tokens but text_config.vocab_size is "
            f"{text.vocab_size}"
        )


def base_dir_digest(directory: str | Path) -> str:
    """Digest of a MedFed base directory (DIR/base/config.json, checked against DIR/base's own
    tokenizer). Reads configuration and tokenizer files only, never the weights."""
    from transformers import AutoTokenizer, LlavaConfig

    directory = Path(directory)
    base = directory / BASE_SUBDIR
    if not (base / "config.json").is_file():
        raise ValueError(
            f"{directory} is not a MedFed base directory: {base}/config.json is missing"
        )
    from huggingface_hub.errors import StrictDataclassError

    try:
        config = LlavaConfig.from_pretrained(base, local_files_only=True)
    except (OSError, ValueError, TypeError, AttributeError, KeyError, StrictDataclassError) as exc:
        # valid JSON of another shape (a list, a number, a sub-config that is no object, a
        # field of the wrong type) reaches transformers' constructors as the wrong type
        reason = " ".join(str(exc).split())
        reason = reason if len(reason) <= 300 else reason[:300] + "..."
        raise ValueError(f"{base}/config.json: not a LLaVA configuration ({reason})") from exc
    try:
        tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ValueError(f"{base}: no tokenizer saved next to the configuration ({exc})") from exc
    _check_tokenizer_ids(config, tokenizer, base)
    return config_digest(config)
