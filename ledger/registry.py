"""The consortium's site registry on disk: one JSON record per site in a directory, by name.

Two kinds of record live in such directories: the operator's ledger registration of a site
(`NAME.ledger.json`: its ledger-signing key and declared eps cap, which the coordinator enters
into the consortium ledger at the start of a run) and, in a deployment, the site's public bundle
(deploy.pki, `NAME.json`). This module owns the directory reading and writing of both, and the
ledger registrations' format; ConsortiumLedger.register_site owns the checks of the key and cap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGISTRY_DIR = "ledger-sites"
REGISTRY_SUFFIX = ".ledger.json"


class RegistryError(ValueError):
    """A record in a registry directory that cannot be read or is not a JSON object."""


@dataclass(frozen=True)
class Registration:
    """What the operator records when a site joins: its ledger-signing key and declared cap."""

    name: str
    signing_public_key_pem: str
    epsilon_cap: float


def registry_dir(consortium_dir: Path) -> Path:
    """Where the operator keeps each site's ledger-signing key and declared eps cap."""
    return consortium_dir / REGISTRY_DIR


def read_records(directory: Path, suffix: str) -> dict[str, dict[str, Any]]:
    """NAME -> the JSON object in DIRECTORY/NAME{suffix}, in name order; none for a missing
    directory; RegistryError naming a record that is unreadable or not a JSON object."""
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob(f"*{suffix}")) if directory.is_dir() else []:
        try:
            record = json.loads(path.read_bytes())
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RegistryError(f"{path}: corrupt site record ({exc})") from exc
        if not isinstance(record, dict):
            raise RegistryError(f"{path}: corrupt site record (not a JSON object)")
        records[path.name.removesuffix(suffix)] = record
    return records


def write_registration(registry: Path, name: str, public_pem: str, epsilon_cap: float) -> Path:
    registry.mkdir(parents=True, exist_ok=True)
    path = registry / f"{name}{REGISTRY_SUFFIX}"
    doc = {"name": name, "signing_public_key_pem": public_pem, "epsilon_cap": epsilon_cap}
    path.write_text(json.dumps(doc, indent=2, sort_keys=True))
    return path


def read_registrations(registry: Path | None) -> list[Registration]:
    """Every ledger registration in `registry` (none when it is None or missing), by name."""
    if registry is None:
        return []
    out = []
    for stem, doc in read_records(registry, REGISTRY_SUFFIX).items():
        try:
            out.append(
                Registration(
                    str(doc["name"]), str(doc["signing_public_key_pem"]), float(doc["epsilon_cap"])
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RegistryError(
                f"{registry / (stem + REGISTRY_SUFFIX)}: bad field ({exc})"
            ) from exc
    return out
