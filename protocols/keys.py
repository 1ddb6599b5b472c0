"""Ed25519 signing keys of the consortium: generate, save (PEM), load, fingerprint.

Built on `cryptography` only. Private keys are PKCS8 PEM, encrypted when a passphrase is given,
written atomically with mode 0600 from the first byte (never world-readable, even briefly).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PRIVATE_SUFFIX = ".key"
PUBLIC_SUFFIX = ".pub"

log = logging.getLogger(__name__)
_WARNED: set[tuple[str, int]] = set()


class KeyFileError(ValueError):
    """A key file that is missing, not an Ed25519 key, or locked with another passphrase."""


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """sha256 (hex) of the raw 32-byte public key: how signatures name their signer."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return hashlib.sha256(public_raw(public)).hexdigest()


def _passphrase_bytes(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None:
        return None
    raw = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    if not raw:
        raise KeyFileError("an empty passphrase protects nothing: give a real one or none")
    return raw


def write_atomic(path: Path, data: bytes, mode: int, overwrite: bool) -> None:
    """Write `data` to a temp file created with `mode` (never wider, not even briefly), fsync it
    and rename it over `path`; refuses an existing `path` unless `overwrite`."""
    if path.exists() and not overwrite:
        raise KeyFileError(f"{path} exists: refusing to overwrite a key file")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.fchmod(fd, mode)  # the umask may have narrowed it; never widens past `mode`
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_private_key(
    key: Ed25519PrivateKey,
    path: str | Path,
    passphrase: str | bytes | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """PKCS8 PEM, encrypted with `passphrase` when given; mode 0600; atomic."""
    secret = _passphrase_bytes(passphrase)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    path = Path(path)
    write_atomic(path, pem, 0o600, overwrite)
    return path


def save_public_key(key: Ed25519PublicKey, path: str | Path, *, overwrite: bool = False) -> Path:
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = Path(path)
    write_atomic(path, pem, 0o644, overwrite)
    return path


def write_key_pair(
    directory: str | Path,
    name: str = "curriculum-signing",
    passphrase: str | bytes | None = None,
) -> tuple[Path, Path]:
    """A fresh key pair as DIR/NAME.key (0600) and DIR/NAME.pub; refuses to overwrite either."""
    directory = Path(directory)
    private, public = directory / (name + PRIVATE_SUFFIX), directory / (name + PUBLIC_SUFFIX)
    for path in (private, public):
        if path.exists():
            raise KeyFileError(f"{path} exists: refusing to overwrite a key file")
    key = generate_signing_key()
    save_private_key(key, private, passphrase)
    save_public_key(key.public_key(), public)
    return private, public


def read_file(path: Path, what: str) -> bytes:
    """A key or record file's bytes; KeyFileError naming the file and what it should hold."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileError(f"{path}: no {what} file there") from exc
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the {what} file: {exc}") from exc


def load_private_key(path: str | Path, passphrase: str | bytes | None = None) -> Ed25519PrivateKey:
    """The Ed25519 private key in a PEM file; errors say which of file, type, passphrase."""
    path = Path(path)
    data = read_file(path, "private key")
    secret = _passphrase_bytes(passphrase)
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except TypeError as exc:  # passphrase given for a plain key, or missing for an encrypted one
        state = "is encrypted: give its passphrase" if secret is None else "is not encrypted"
        raise KeyFileError(f"{path}: the private key {state}") from exc
    except ValueError as exc:
        if secret is not None and b"ENCRYPTED PRIVATE KEY" in data:
            raise KeyFileError(f"{path}: wrong passphrase for the private key") from exc
        raise KeyFileError(f"{path}: not a PEM private key ({exc})") from exc
    except UnsupportedAlgorithm as exc:
        raise KeyFileError(f"{path}: unsupported key algorithm ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: holds a {type(key).__name__}, not an Ed25519 private key")
    _warn_if_shared(path)
    return key


def _warn_if_shared(path: Path) -> None:
    """A private key other users can read is a key they can sign with: say so (it still loads,
    as `ssh` would not; keys this project writes are 0600)."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return
    if os.name == "posix" and mode & 0o077 and (str(path), mode) not in _WARNED:
        _WARNED.add((str(path), mode))  # once a process: an agent loads its key every round
        log.warning(
            "%s: the private key is readable by other users (mode %04o); make it private: "
            "chmod 600 %s", path, mode, path,
        )  # fmt: skip


def parse_public_key(data: str | bytes, where: str) -> Ed25519PublicKey:
    """The one parser of an Ed25519 public key: PEM SubjectPublicKeyInfo (text or bytes), or its
    DER encoding; KeyFileError naming `where` (a file, a field) otherwise. Callers with their own
    error type wrap this one."""
    try:
        raw = data.encode("ascii") if isinstance(data, str) else bytes(data)
    except UnicodeEncodeError as exc:
        raise KeyFileError(f"{where}: not a PEM public key ({exc})") from exc
    if b"PRIVATE KEY" in raw:
        raise KeyFileError(f"{where}: holds a private key; give the public key ({PUBLIC_SUFFIX})")
    pem = raw.lstrip().startswith(b"-----BEGIN")
    load = serialization.load_pem_public_key if pem else serialization.load_der_public_key
    try:
        key = load(raw)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(f"{where}: not a PEM public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{where}: holds a {type(key).__name__}, not Ed25519")
    return key


def load_public_key(path: str | Path) -> Ed25519PublicKey:
    """The Ed25519 public key in a PEM file (SubjectPublicKeyInfo)."""
    path = Path(path)
    return parse_public_key(read_file(path, "public key"), str(path))
