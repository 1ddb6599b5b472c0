"""Files of the consortium PKI: atomic private writes, and the SuperNodes' OpenSSH node keys.

Flower's SuperNode authentication takes an EC key on a NIST curve whose private half is in
OpenSSH format, unencrypted, and whose public half is the OpenSSH one-line format; PKCS8 or PEM
files and Ed25519 keys are rejected by Flower at start-up with little said, so the loaders here
check all of that first and name the file.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from protocols import keys

NODE_CURVE = ec.SECP384R1()
# The curves Flower's node authentication accepts (ecdsa-sha2-nistp*).
NODE_CURVES = ("secp256r1", "secp384r1", "secp521r1")
PRIVATE_MODE = 0o600
PUBLIC_MODE = 0o644


class PkiError(ValueError):
    """A PKI file that is missing, corrupt, of the wrong kind, or would be overwritten."""


def write_atomic(path: Path, data: bytes, mode: int, *, overwrite: bool = False) -> Path:
    """protocols.keys.write_atomic, with the refusal worded for the PKI commands (--force)."""
    if path.exists() and not overwrite:
        raise PkiError(f"{path} exists: refusing to overwrite it (use --force to replace it)")
    keys.write_atomic(path, data, mode, overwrite=True)
    return path


def private_dir(path: Path) -> Path:
    """A directory that holds private keys: created 0700 (an existing one is left as it is)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def refuse_existing(paths: list[Path], force: bool) -> None:
    """Check every target before writing any, so a refusal leaves nothing half-replaced."""
    if force:
        return
    for path in paths:
        if path.exists():
            raise PkiError(f"{path} exists: refusing to overwrite a key (use --force to replace)")


def read_bytes(path: Path, what: str) -> bytes:
    try:
        return keys.read_file(path, what)
    except keys.KeyFileError as exc:
        raise PkiError(str(exc)) from exc


# ------------------------------------------------------------------ node authentication keys


def generate_node_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(NODE_CURVE)


def node_private_bytes(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),  # Flower cannot prompt for a passphrase
    )


def node_public_line(key: ec.EllipticCurvePublicKey) -> str:
    """The OpenSSH one-line public key (`ecdsa-sha2-nistp384 AAAA...`) Flower registers."""
    return key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode("ascii")


def openssh_fingerprint(line: str) -> str:
    """`SHA256:...` of the key blob, as `ssh-keygen -lf KEY.pub` prints it."""
    blob = base64.b64decode(line.split()[1])
    digest = base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")
    return f"SHA256:{digest}"


def _wrong_type(key: object, where: str) -> PkiError:
    return PkiError(
        f"{where}: holds a {type(key).__name__}; Flower node authentication needs an EC key "
        "on a NIST curve (P-384 advised), not Ed25519 or RSA"
    )


def _check_curve(curve: ec.EllipticCurve, where: str) -> None:
    if curve.name not in NODE_CURVES:
        raise PkiError(f"{where}: EC curve {curve.name} is not one of {', '.join(NODE_CURVES)}")


def parse_node_public_line(line: str, where: str) -> ec.EllipticCurvePublicKey:
    """An OpenSSH public line on a NIST curve; PEM or other formats are refused naming `where`."""
    text = line.strip()
    if "PRIVATE KEY" in text:
        raise PkiError(f"{where}: holds a private key; only the public key may leave the site")
    if text.startswith("-----BEGIN"):
        raise PkiError(
            f"{where}: a PEM public key; Flower registers the OpenSSH one-line format "
            "(ecdsa-sha2-nistp384 AAAA...)"
        )
    try:
        key = serialization.load_ssh_public_key(text.encode("ascii"))
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError) as exc:
        raise PkiError(f"{where}: not an OpenSSH public key ({exc})") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise _wrong_type(key, where)
    _check_curve(key.curve, where)
    return key


def load_node_public_key(path: Path) -> ec.EllipticCurvePublicKey:
    return parse_node_public_line(
        read_bytes(path, "node public key").decode("ascii", "replace"), str(path)
    )


def load_node_private_key(path: Path) -> ec.EllipticCurvePrivateKey:
    """The SuperNode's private key, checked as Flower needs it: OpenSSH, unencrypted, NIST EC."""
    data = read_bytes(path, "node private key")
    if b"BEGIN OPENSSH PRIVATE KEY" not in data:
        kind = "a PKCS8/PEM key" if b"PRIVATE KEY" in data else "not a private key"
        raise PkiError(
            f"{path}: {kind}; Flower node authentication needs an unencrypted OpenSSH private "
            "key (medfed site init writes one)"
        )
    try:
        key = serialization.load_ssh_private_key(data, password=None)
    except TypeError as exc:
        raise PkiError(f"{path}: the node key is encrypted; Flower needs it unencrypted") from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise PkiError(f"{path}: corrupt OpenSSH private key ({exc})") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise _wrong_type(key, str(path))
    _check_curve(key.curve, str(path))
    return key
