"""Signed curricula: the consortium binds a curriculum to the model and the run it trains.

The signature (Ed25519) covers a domain-separated digest of everything that changes what a site
computes besides its own policy and data:

    sha256(b"medfed-curriculum-v2\\0" + curriculum_digest + b"\\0" + model_config_digest
           + b"\\0" + canonical JSON of the terms {run_id, lora_rank, not_before, not_after})

(digests as lowercase hex ASCII; times in whole seconds since the epoch, UTC), so a site that
verifies it knows this exact curriculum was approved for this exact model, this run, this LoRA
rank and this validity window: none can be swapped without the signature failing, and a site
refuses an instruction outside the window (an old signed run cannot be replayed later).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from protocols.curriculum import Curriculum
from protocols.curriculum_file import curriculum_digest
from protocols.hexdigest import is_hex64
from protocols.keys import fingerprint, load_private_key

SIGNATURE_FORMAT = "medfed-curriculum-signature"
SIGNATURE_VERSION = 2
_DOMAIN = b"medfed-curriculum-v2\0"
MAX_LORA_RANK = 1024
_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_CONFIG_KEYS = {
    "curriculum_digest": "curriculum_digest",
    "model_config_digest": "model_config_digest",
    "signature": "curriculum_signature",
    "signer": "curriculum_signer",
    "run_id": "curriculum_run_id",
}
_TERM_KEYS = {
    "lora_rank": "curriculum_lora_rank",
    "not_before": "curriculum_not_before",
    "not_after": "curriculum_not_after",
}


class SignatureError(ValueError):
    """A signed curriculum that does not verify, or a signature file that cannot be read."""


def _check_hex64(name: str, value: object) -> str:
    if not is_hex64(value):
        raise SignatureError(f"{name} must be 64 lowercase hex digits (sha256), got {value!r}")
    return value


# The last second of 9999-12-31 UTC: a validity window past it cannot be shown as a date.
MAX_TIMESTAMP = 253_402_300_799


@dataclass(frozen=True)
class RunTerms:
    """What the signature binds besides the two digests: the run, the LoRA rank, the window."""

    run_id: str
    lora_rank: int
    not_before: int
    not_after: int

    def __post_init__(self) -> None:
        if not isinstance(self.run_id, str) or not _RUN_ID.fullmatch(self.run_id):
            raise SignatureError(
                f"run_id must be 1-128 of A-Z a-z 0-9 . _ : - starting with a letter or digit, "
                f"got {self.run_id!r}"
            )
        for name in ("lora_rank", "not_before", "not_after"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise SignatureError(f"{name} must be an integer, got {value!r}")
        if not 1 <= self.lora_rank <= MAX_LORA_RANK:
            raise SignatureError(f"lora_rank must be in [1, {MAX_LORA_RANK}], got {self.lora_rank}")
        for name in ("not_before", "not_after"):
            value = getattr(self, name)
            if not 0 <= value <= MAX_TIMESTAMP:
                raise SignatureError(
                    f"{name} must be a Unix time in [0, {MAX_TIMESTAMP}] (1970 to 9999), "
                    f"got {value}"
                )
        if self.not_after <= self.not_before:
            raise SignatureError(
                f"not_after ({self.not_after}) must be later than not_before ({self.not_before})"
            )

    def canonical(self) -> bytes:
        fields = {
            "run_id": self.run_id,
            "lora_rank": self.lora_rank,
            "not_before": self.not_before,
            "not_after": self.not_after,
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def starting_now(cls, run_id: str, lora_rank: int, valid_days: float) -> RunTerms:
        if not (valid_days > 0 and valid_days <= 3660):
            raise SignatureError(f"valid_days must be in (0, 3660], got {valid_days}")
        now = int(time.time())
        return cls(run_id, lora_rank, now - 300, now + int(valid_days * 86400))


def manifest_digest(curriculum_digest_hex: str, model_config_digest: str, terms: RunTerms) -> bytes:
    """The 32 bytes that are signed: both digests and the run terms under the domain tag."""
    cur = _check_hex64("curriculum digest", curriculum_digest_hex)
    model = _check_hex64("model config digest", model_config_digest)
    payload = cur.encode("ascii") + b"\0" + model.encode("ascii") + b"\0" + terms.canonical()
    return hashlib.sha256(_DOMAIN + payload).digest()


@dataclass(frozen=True)
class SignedCurriculum:
    """A curriculum digest and a model configuration digest, signed by one consortium key."""

    curriculum_digest: str
    model_config_digest: str
    signature: bytes
    signer: str  # fingerprint: sha256 (hex) of the signer's raw public key
    run_id: str
    lora_rank: int
    not_before: int
    not_after: int

    @property
    def terms(self) -> RunTerms:
        return RunTerms(self.run_id, self.lora_rank, self.not_before, self.not_after)

    def __post_init__(self) -> None:
        _ = self.terms  # validates the run terms
        _check_hex64("curriculum_digest", self.curriculum_digest)
        _check_hex64("model_config_digest", self.model_config_digest)
        _check_hex64("signer", self.signer)
        if not isinstance(self.signature, bytes) or len(self.signature) != 64:
            raise SignatureError(f"signature must be 64 bytes (Ed25519), got {self.signature!r}")

    def to_dict(self) -> dict[str, str | int]:
        return {
            "format": SIGNATURE_FORMAT,
            "version": SIGNATURE_VERSION,
            "curriculum_digest": self.curriculum_digest,
            "model_config_digest": self.model_config_digest,
            "signature": self.signature.hex(),
            "signer": self.signer,
            "run_id": self.run_id,
            "lora_rank": self.lora_rank,
            "not_before": self.not_before,
            "not_after": self.not_after,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "signature") -> SignedCurriculum:
        if data.get("format") != SIGNATURE_FORMAT or data.get("version") != SIGNATURE_VERSION:
            raise SignatureError(
                f"{source}: not a {SIGNATURE_FORMAT} v{SIGNATURE_VERSION} document "
                f"(format={data.get('format')!r}, version={data.get('version')!r})"
            )
        return cls._from_fields(
            data, {k: k for k in _CONFIG_KEYS}, {k: k for k in _TERM_KEYS}, source
        )

    @classmethod
    def from_json(cls, text: str, source: str = "signature") -> SignedCurriculum:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SignatureError(f"{source}: not JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise SignatureError(f"{source}: a signature file holds a JSON object")
        return cls.from_dict(data, source)

    def save(self, path: str | Path) -> Path:
        """Write the `.sig.json` file (temp name, then rename)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(self.to_json(), encoding="utf-8")
            os.replace(tmp, path)  # a directory at `path` fails here: leave no temp file
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def load(cls, path: str | Path) -> SignedCurriculum:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SignatureError(f"{path}: cannot read the signature file ({exc})") from exc
        return cls.from_json(text, str(path))

    def to_config(self) -> dict[str, str | int]:
        """Flat scalars for a Flower ConfigRecord (hex strings), alongside the round's config."""
        out: dict[str, str | int] = {"curriculum_signature_version": SIGNATURE_VERSION}
        for attr, key in _CONFIG_KEYS.items():
            value = getattr(self, attr)
            out[key] = value.hex() if isinstance(value, bytes) else value
        for attr, key in _TERM_KEYS.items():
            out[key] = getattr(self, attr)
        return out

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> SignedCurriculum:
        version = cfg.get("curriculum_signature_version")
        if version != SIGNATURE_VERSION:
            raise SignatureError(
                f"config record: curriculum_signature_version {version!r} is not "
                f"{SIGNATURE_VERSION}"
            )
        return cls._from_fields(cfg, _CONFIG_KEYS, _TERM_KEYS, "config record")

    @classmethod
    def _from_fields(
        cls,
        data: Mapping[str, Any],
        keys: Mapping[str, str],
        int_keys: Mapping[str, str],
        source: str,
    ) -> SignedCurriculum:
        values: dict[str, Any] = {}
        for attr, key in keys.items():
            if not isinstance(data.get(key), str):
                raise SignatureError(f"{source}: field {key!r} must be a string")
            values[attr] = data[key]
        for attr, key in int_keys.items():
            value = data.get(key)
            if not isinstance(value, int) or isinstance(value, bool):
                raise SignatureError(f"{source}: field {key!r} must be an integer")
            values[attr] = value
        try:
            signature = bytes.fromhex(values.pop("signature"))
        except ValueError as exc:
            raise SignatureError(f"{source}: field 'signature' is not hex") from exc
        try:
            return cls(signature=signature, **values)
        except SignatureError as exc:
            raise SignatureError(f"{source}: {exc}") from exc


def sign_manifest(
    private_key: Ed25519PrivateKey,
    curriculum: Curriculum,
    model_config_digest: str,
    terms: RunTerms,
) -> SignedCurriculum:
    """Sign `curriculum` (by its canonical digest) for the model whose config digest is given,
    for one run, LoRA rank and validity window."""
    cur = curriculum_digest(curriculum)
    signature = private_key.sign(manifest_digest(cur, model_config_digest, terms))
    return SignedCurriculum(
        curriculum_digest=cur,
        model_config_digest=model_config_digest,
        signature=signature,
        signer=fingerprint(private_key),
        run_id=terms.run_id,
        lora_rank=terms.lora_rank,
        not_before=terms.not_before,
        not_after=terms.not_after,
    )


def sign_and_save(
    curriculum: Curriculum,
    key_file: Path,
    out: Path,
    *,
    terms: RunTerms,
    model_digest: str | None = None,
    base_dir: Path | None = None,
    passphrase: str | bytes | None = None,
) -> SignedCurriculum:
    """The operator's one signing step: load the private key, take the model's config digest
    (given, or read from the base checkpoint directory `base_dir`), sign for the run `terms`,
    save `out`.

    Exactly one of `model_digest` and `base_dir`; KeyFileError for a bad key file."""
    if (model_digest is None) == (base_dir is None):
        raise ValueError("sign_and_save: give exactly one of model_digest and base_dir")
    private = load_private_key(key_file, passphrase)
    if model_digest is None:
        from model.digest import base_dir_digest  # lazily: it imports transformers

        model_digest = base_dir_digest(Path(str(base_dir)))
    signed = sign_manifest(private, curriculum, model_digest, terms)
    out.parent.mkdir(parents=True, exist_ok=True)
    signed.save(out)
    return signed


def verify_manifest(
    signed: SignedCurriculum,
    curriculum: Curriculum,
    model_config_digest: str,
    trusted_public_keys: Iterable[Ed25519PublicKey],
    run_id: str | None = None,
    lora_rank: int | None = None,
    now: float | None = None,
) -> None:
    """Return if a trusted key signed exactly this curriculum for exactly this model (and, when
    given, this run and LoRA rank), and `now` (default: this machine's clock) is in the window.

    Raises SignatureError naming the first failed check: unknown signer, bad signature,
    curriculum changed since signing, model configuration digest mismatch, another run or rank,
    outside the validity window.
    """
    verify_signed(signed, model_config_digest, trusted_public_keys, run_id, lora_rank, now)
    verify_curriculum_digest(signed, curriculum_digest(curriculum), curriculum.name)


def verify_curriculum_digest(signed: SignedCurriculum, actual: str, name: str = "") -> None:
    """SignatureError unless `actual` (the sha256 of a curriculum's canonical bytes) is the
    digest the signature covers."""
    if actual != signed.curriculum_digest:
        what = f"curriculum {name!r}" if name else "the curriculum sent"
        raise SignatureError(
            f"curriculum changed since signing: {what} has digest {actual}, the signature "
            f"covers {signed.curriculum_digest}"
        )


def verify_signed(
    signed: SignedCurriculum,
    model_config_digest: str,
    trusted_public_keys: Iterable[Ed25519PublicKey],
    run_id: str | None = None,
    lora_rank: int | None = None,
    now: float | None = None,
) -> None:
    """Everything `verify_manifest` checks but the curriculum itself: the signer, the signature
    over the signed digests and terms, the model, run, rank and window. A site runs it on the
    digest of the bytes it received before it parses them."""
    trusted = {fingerprint(k): k for k in trusted_public_keys}
    key = trusted.get(signed.signer)
    if key is None:
        raise SignatureError(
            f"unknown signer {signed.signer}: not among the {len(trusted)} trusted key(s)"
        )
    try:
        key.verify(
            signed.signature,
            manifest_digest(signed.curriculum_digest, signed.model_config_digest, signed.terms),
        )
    except InvalidSignature as exc:
        raise SignatureError(
            f"bad signature: it does not verify under the signer's key {signed.signer}"
        ) from exc
    _check_hex64("model config digest", model_config_digest)
    if model_config_digest != signed.model_config_digest:
        raise SignatureError(
            f"model config digest mismatch: this model is {model_config_digest}, the curriculum "
            f"was signed for {signed.model_config_digest}"
        )
    if run_id is not None and run_id != signed.run_id:
        raise SignatureError(f"run {run_id!r} is not the run {signed.run_id!r} that was signed")
    if lora_rank is not None and lora_rank != signed.lora_rank:
        raise SignatureError(f"LoRA rank {lora_rank} is not the signed rank {signed.lora_rank}")
    clock = time.time() if now is None else now
    if not signed.not_before <= clock <= signed.not_after:
        raise SignatureError(
            f"outside the signed validity window: now {int(clock)}, valid from "
            f"{signed.not_before} to {signed.not_after} (seconds since the epoch, UTC)"
        )
