"""The site's public bundle (`site-public.json`): what a hospital sends its consortium operator.

Public keys only: the SuperNode's node-authentication key (OpenSSH line, for `flwr supernode
register`) and the Ed25519 key that signs the site's ledger entries, each with its fingerprint so
the operator can confirm it with the hospital over another channel. Parsed once, strictly: an
unknown field, a fingerprint that does not match its key, or anything private is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from deploy.keyfiles import PkiError, openssh_fingerprint, parse_node_public_line, read_bytes
from protocols.keys import KeyFileError, fingerprint, parse_public_key

SCHEMA = 1
SITE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")


def check_site_name(name: str) -> str:
    if not SITE_NAME.fullmatch(name):
        raise PkiError(
            f"site name {name!r}: use 1-63 of a-z 0-9 . _ - starting with a letter or digit"
        )
    return name


def parse_signing_public_pem(pem: str, where: str) -> Ed25519PublicKey:
    try:
        return parse_public_key(pem, where)
    except KeyFileError as exc:
        raise PkiError(str(exc)) from exc


@dataclass(frozen=True)
class SiteBundle:
    name: str
    node_public_key: str  # OpenSSH one-line, ecdsa-sha2-nistp384
    node_key_fingerprint: str  # SHA256:... as ssh-keygen -lf prints it
    signing_public_key: str  # Ed25519, PEM SubjectPublicKeyInfo
    signing_key_fingerprint: str  # sha256 hex of the raw key (protocols.keys.fingerprint)
    schema: int = SCHEMA

    def __post_init__(self) -> None:
        where = f"site bundle {self.name!r}"
        check_site_name(self.name)
        if self.schema != SCHEMA:
            raise PkiError(f"{where}: schema {self.schema!r} is not {SCHEMA}")
        for value in (self.node_public_key, self.signing_public_key):
            if "PRIVATE" in value:
                raise PkiError(f"{where}: holds a private key; only public keys may leave a site")
        node = parse_node_public_line(self.node_public_key, f"{where}: node_public_key")
        line = node.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
        if openssh_fingerprint(line.decode("ascii")) != self.node_key_fingerprint:
            raise PkiError(
                f"{where}: node_key_fingerprint {self.node_key_fingerprint!r} does not match "
                "node_public_key (altered in transit?)"
            )
        signing = parse_signing_public_pem(self.signing_public_key, f"{where}: signing_public_key")
        if fingerprint(signing) != self.signing_key_fingerprint:
            raise PkiError(
                f"{where}: signing_key_fingerprint {self.signing_key_fingerprint!r} does not match "
                "signing_public_key (altered in transit?)"
            )

    def same_keys(self, other: SiteBundle) -> bool:
        return (self.node_key_fingerprint, self.signing_key_fingerprint) == (
            other.node_key_fingerprint,
            other.signing_key_fingerprint,
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> bytes:
        return (json.dumps(self.as_dict(), indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_dict(cls, data: object, where: str) -> SiteBundle:
        if not isinstance(data, dict):
            raise PkiError(f"{where}: a site bundle is a JSON object, got {type(data).__name__}")
        fields = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - fields)
        if unknown:
            raise PkiError(f"{where}: unknown field(s) {', '.join(unknown)}")
        missing = sorted(fields - {"schema"} - set(data))
        if missing:
            raise PkiError(f"{where}: missing field(s) {', '.join(missing)}")
        for key, value in data.items():
            kind = int if key == "schema" else str
            if not isinstance(value, kind) or isinstance(value, bool):
                raise PkiError(f"{where}: field {key!r} must be {kind.__name__}, got {value!r}")
        try:
            return cls(**data)
        except PkiError as exc:
            raise PkiError(f"{where}: {exc}") from exc

    @classmethod
    def load(cls, path: Path) -> SiteBundle:
        raw = read_bytes(path, "site bundle")
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise PkiError(f"{path}: not a JSON site bundle ({exc})") from exc
        return cls.from_dict(data, str(path))
