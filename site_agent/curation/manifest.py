"""The curated data set's manifest: per-file sha256, and the digest that names the data set.

The manifest lists only curated outputs (relative paths and their sha256), never a source file
name or anything about files that were removed. Its digest, the sha256 of its canonical JSON
(sorted keys, no whitespace, ASCII), is the data set's identity: the privacy ledger records it
with every spend, so a changed file means a different data set.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "medfed-curation-manifest/1"


class ManifestError(ValueError):
    """A manifest that is missing, malformed, or does not match the files beside it."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def canonical_digest(manifest: dict[str, Any]) -> str:
    payload = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def build_manifest(root: Path) -> dict[str, Any]:
    """Every file under ``root`` (except the manifest itself), by POSIX relative path."""
    files = {
        p.relative_to(root).as_posix(): file_sha256(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).as_posix() != MANIFEST_NAME
    }
    return {"format": MANIFEST_FORMAT, "files": files}


def write_manifest(root: Path) -> str:
    """Write ``root/manifest.json`` and return its digest."""
    manifest = build_manifest(root)
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=True) + "\n"
    (root / MANIFEST_NAME).write_text(text, encoding="ascii")
    return canonical_digest(manifest)


def verify_manifest(root: Path) -> str:
    """The digest of ``root``'s manifest after checking every file against it."""
    path = Path(root) / MANIFEST_NAME
    try:
        recorded = json.loads(path.read_text(encoding="ascii"))
    except (OSError, ValueError) as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    if not isinstance(recorded, dict) or recorded.get("format") != MANIFEST_FORMAT:
        raise ManifestError(f"{path}: not a {MANIFEST_FORMAT} manifest")
    actual = build_manifest(Path(root))
    if actual["files"] != recorded.get("files"):
        want, have = recorded.get("files") or {}, actual["files"]
        changed = sorted(k for k in set(want) | set(have) if want.get(k) != have.get(k))
        raise ManifestError(f"{path}: {len(changed)} file(s) differ, first {changed[0]!r}")
    return canonical_digest(recorded)
