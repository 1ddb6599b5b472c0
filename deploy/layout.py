"""Where each file of the consortium PKI lives: the operator's and a site's directory layout.

The operator's directory is split by who mounts what: `superlink/` holds all the SuperLink needs
(and no CA key), `public/` what every site is given, `ca/` the CA key (keep it offline).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ConsortiumLayout:
    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / "consortium.json"

    @property
    def ca_key(self) -> Path:
        return self.root / "ca" / "ca.key"

    @property
    def ca_cert(self) -> Path:
        return self.root / "ca" / "ca.pem"

    @property
    def superlink_ca(self) -> Path:
        return self.root / "superlink" / "ca.pem"

    @property
    def server_cert(self) -> Path:
        return self.root / "superlink" / "server.pem"

    @property
    def server_key(self) -> Path:
        return self.root / "superlink" / "server.key"

    @property
    def signing_key(self) -> Path:
        return self.root / "coordinator" / "curriculum-signing.key"

    @property
    def signing_pub(self) -> Path:
        return self.root / "coordinator" / "curriculum-signing.pub"

    @property
    def public_ca(self) -> Path:
        return self.root / "public" / "ca.pem"

    @property
    def public_signing(self) -> Path:
        return self.root / "public" / "curriculum-signing.pub"

    @property
    def sites(self) -> Path:
        return self.root / "sites"


@dataclass(frozen=True)
class SiteLayout:
    root: Path

    @property
    def node_key(self) -> Path:
        return self.root / "node.key"

    @property
    def node_pub(self) -> Path:
        return self.root / "node.pub"

    @property
    def signing_key(self) -> Path:
        return self.root / "ledger-signing.key"

    @property
    def signing_pub(self) -> Path:
        return self.root / "ledger-signing.pub"

    @property
    def bundle(self) -> Path:
        return self.root / "site-public.json"
