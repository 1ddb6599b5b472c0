"""The consortium's PKI on disk: `init_consortium` (operator), `init_site` (hospital), `add_site`.

Operator directory (`medfed consortium init DIR`):

    consortium.json                  hosts and fingerprints
    ca/ca.key, ca/ca.pem             the CA (keep ca/ offline once the server cert is issued)
    superlink/ca.pem, server.pem, server.key    all the SuperLink mounts, nothing else
    coordinator/curriculum-signing.key, .pub    signs curricula (Ed25519, protocols.keys)
    public/ca.pem, public/curriculum-signing.pub    what every site is given
    sites/NAME.json, sites/NAME.pub  registered sites; NAME.pub feeds `flwr supernode register`

Site directory (`medfed site init NAME DIR`): node.key / node.pub (Flower node authentication,
OpenSSH), ledger-signing.key / .pub (Ed25519) and site-public.json, the bundle to send.

Private keys never leave the directory they are made in, are written 0600 atomically, and are never
overwritten unless `force`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deploy import tls
from deploy.bundle import SiteBundle, check_site_name
from deploy.keyfiles import (
    PRIVATE_MODE,
    PUBLIC_MODE,
    PkiError,
    generate_node_key,
    node_private_bytes,
    node_public_line,
    openssh_fingerprint,
    private_dir,
    refuse_existing,
    write_atomic,
)
from deploy.layout import ConsortiumLayout, SiteLayout
from ledger.registry import RegistryError, read_records, registry_dir, write_registration
from protocols.keys import fingerprint, generate_signing_key, save_private_key, save_public_key


@dataclass(frozen=True)
class ConsortiumInit:
    layout: ConsortiumLayout
    hosts: tuple[str, ...]
    ca_fingerprint: str
    server_fingerprint: str
    signing_fingerprint: str

    def as_dict(self) -> dict[str, Any]:
        lay = self.layout
        return {
            "dir": str(lay.root),
            "hosts": list(self.hosts),
            "ca_cert": str(lay.public_ca),
            "server_cert": str(lay.server_cert),
            "server_key": str(lay.server_key),
            "curriculum_signing_key": str(lay.signing_key),
            "curriculum_signing_public": str(lay.public_signing),
            "ca_fingerprint": self.ca_fingerprint,
            "server_fingerprint": self.server_fingerprint,
            "curriculum_signing_fingerprint": self.signing_fingerprint,
        }


@dataclass(frozen=True)
class SiteInit:
    layout: SiteLayout
    bundle: SiteBundle

    def as_dict(self) -> dict[str, Any]:
        lay = self.layout
        return {
            "name": self.bundle.name,
            "dir": str(lay.root),
            "node_key": str(lay.node_key),
            "node_public_key": str(lay.node_pub),
            "ledger_signing_key": str(lay.signing_key),
            "bundle": str(lay.bundle),
            "node_key_fingerprint": self.bundle.node_key_fingerprint,
            "signing_key_fingerprint": self.bundle.signing_key_fingerprint,
        }


@dataclass(frozen=True)
class SiteRecord:
    bundle: SiteBundle
    record: Path  # sites/NAME.json
    node_pub: Path  # sites/NAME.pub, for `flwr supernode register`
    unchanged: bool  # the same keys were already registered under this name

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.bundle.name,
            "record": str(self.record),
            "node_public_key": str(self.node_pub),
            "node_key_fingerprint": self.bundle.node_key_fingerprint,
            "signing_key_fingerprint": self.bundle.signing_key_fingerprint,
            "unchanged": self.unchanged,
            "register": f"flwr supernode register {self.node_pub} CONNECTION --name "
            f"{self.bundle.name} --format json",
        }


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def init_consortium(
    directory: str | Path, hosts: Sequence[str] = tls.DEFAULT_HOSTS, *, force: bool = False
) -> ConsortiumInit:
    """A CA, the SuperLink's TLS certificate for `hosts` (plus localhost and 127.0.0.1) and the
    coordinator's curriculum-signing key, under `directory`."""
    lay = ConsortiumLayout(Path(directory))
    names = tls.san_entries(hosts)  # validate before touching anything
    targets = [lay.ca_key, lay.ca_cert, lay.server_key, lay.server_cert, lay.signing_key]
    refuse_existing([*targets, lay.signing_pub], force)
    for folder in ("ca", "superlink", "coordinator"):
        private_dir(lay.root / folder)
    ca = tls.make_ca()
    server = tls.make_server_cert(ca, hosts)
    write_atomic(lay.ca_key, tls.key_pem(ca.key), PRIVATE_MODE, overwrite=force)
    write_atomic(lay.server_key, tls.key_pem(server.key), PRIVATE_MODE, overwrite=force)
    signing = generate_signing_key()
    save_private_key(signing, lay.signing_key, overwrite=force)
    ca_pem = tls.cert_pem(ca.cert)
    for path in (lay.ca_cert, lay.superlink_ca, lay.public_ca):
        write_atomic(path, ca_pem, PUBLIC_MODE, overwrite=True)
    write_atomic(lay.server_cert, tls.cert_pem(server.cert), PUBLIC_MODE, overwrite=True)
    for path in (lay.signing_pub, lay.public_signing):
        save_public_key(signing.public_key(), path, overwrite=True)
    lay.sites.mkdir(exist_ok=True)
    result = ConsortiumInit(
        layout=lay,
        hosts=tuple(str(n.value) for n in names),
        ca_fingerprint=tls.cert_fingerprint(ca.cert),
        server_fingerprint=tls.cert_fingerprint(server.cert),
        signing_fingerprint=fingerprint(signing),
    )
    manifest = {"schema": 1, "created": _utc_now(), **result.as_dict()}
    manifest.pop("dir")
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    write_atomic(lay.manifest, text.encode(), PUBLIC_MODE, overwrite=True)
    return result


def init_site(name: str, directory: str | Path, *, force: bool = False) -> SiteInit:
    """The site's node-authentication key and ledger-signing key, and its public bundle."""
    check_site_name(name)
    lay = SiteLayout(Path(directory))
    refuse_existing([lay.node_key, lay.node_pub, lay.signing_key, lay.signing_pub], force)
    private_dir(lay.root)
    node = generate_node_key()
    write_atomic(lay.node_key, node_private_bytes(node), PRIVATE_MODE, overwrite=force)
    line = node_public_line(node.public_key())
    write_atomic(lay.node_pub, (line + "\n").encode(), PUBLIC_MODE, overwrite=force)
    signing = generate_signing_key()
    save_private_key(signing, lay.signing_key, overwrite=force)
    save_public_key(signing.public_key(), lay.signing_pub, overwrite=force)
    bundle = SiteBundle(
        name=name,
        node_public_key=line,
        node_key_fingerprint=openssh_fingerprint(line),
        signing_public_key=lay.signing_pub.read_text(),
        signing_key_fingerprint=fingerprint(signing),
    )
    write_atomic(lay.bundle, bundle.to_json(), PUBLIC_MODE, overwrite=True)
    return SiteInit(lay, bundle)


def registered_sites(directory: str | Path) -> dict[str, SiteBundle]:
    """Every site in the consortium's registry, by name (each record re-validated)."""
    lay = ConsortiumLayout(Path(directory))
    out: dict[str, SiteBundle] = {}
    try:
        records = read_records(lay.sites, ".json")
    except RegistryError as exc:
        raise PkiError(str(exc)) from exc
    for name, record in records.items():
        out[name] = SiteBundle.from_dict(record.get("bundle"), str(lay.sites / f"{name}.json"))
    return out


def add_site(
    consortium_dir: str | Path,
    bundle_path: str | Path,
    *,
    force: bool = False,
    epsilon_cap: float | None = None,
) -> SiteRecord:
    """Record a site's public bundle in the registry and place its node key for registration.
    The same bundle twice is a no-op; other keys under a known name need `force`; one node key
    under two names is refused. With `epsilon_cap` (the cap the site declares), the site's
    ledger-signing key from the bundle is also written to the ledger registry
    (`ledger-sites/NAME.ledger.json`), which the coordinator enters into the consortium ledger
    (run config `site-registry`)."""
    if epsilon_cap is not None and not 0.0 < epsilon_cap < float("inf"):
        raise PkiError(f"epsilon cap of a site must be > 0, got {epsilon_cap!r}")
    lay = ConsortiumLayout(Path(consortium_dir))
    if not lay.manifest.is_file():
        raise PkiError(
            f"{lay.root}: not a consortium directory (no consortium.json); "
            "run `medfed consortium init` first"
        )
    bundle = SiteBundle.load(Path(bundle_path))
    record, node_pub = lay.sites / f"{bundle.name}.json", lay.sites / f"{bundle.name}.pub"
    known = registered_sites(lay.root)
    for other_name, other in known.items():
        if other_name != bundle.name and other.node_key_fingerprint == bundle.node_key_fingerprint:
            raise PkiError(
                f"{bundle_path}: node key {bundle.node_key_fingerprint} is already registered "
                f"for site {other_name!r} ({lay.sites / (other_name + '.json')})"
            )
    previous = known.get(bundle.name)
    if previous is not None and previous.same_keys(bundle) and node_pub.is_file():
        _register_ledger_key(lay.root, bundle, epsilon_cap)
        return SiteRecord(bundle, record, node_pub, unchanged=True)
    if previous is not None and not force:
        raise PkiError(
            f"{record}: site {bundle.name!r} is registered with other keys; use --force to "
            "replace them (and unregister its old SuperNode with `flwr supernode unregister`)"
        )
    entry = {"added": _utc_now(), "bundle": bundle.as_dict()}
    text = json.dumps(entry, indent=2, sort_keys=True) + "\n"
    write_atomic(node_pub, (bundle.node_public_key + "\n").encode(), PUBLIC_MODE, overwrite=True)
    write_atomic(record, text.encode(), PUBLIC_MODE, overwrite=True)
    _register_ledger_key(lay.root, bundle, epsilon_cap)
    return SiteRecord(bundle, record, node_pub, unchanged=False)


def _register_ledger_key(root: Path, bundle: SiteBundle, epsilon_cap: float | None) -> None:
    if epsilon_cap is not None:
        write_registration(registry_dir(root), bundle.name, bundle.signing_public_key, epsilon_cap)
