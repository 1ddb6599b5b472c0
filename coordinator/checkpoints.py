"""Atomic checkpoints of the global trainable state after every completed round.

A checkpoint is a directory `round-NNNNN/` holding `state.safetensors`, `manifest.json` (stage,
round, state digest, anything the caller adds) and, when the server keeps state of its own (a
stage's momentum velocity), `server.safetensors` with its digest in the manifest. It is written
under a temporary name, fsynced and renamed, so a crash leaves either the whole checkpoint or none
of it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load_file, save_file

from protocols.config_reader import ConfigReader, ErrorFactory
from protocols.update_codec import state_digest

STATE_FILE = "state.safetensors"
# The server's own state (a stage's momentum velocity), when it keeps one.
SERVER_STATE_FILE = "server.safetensors"
MANIFEST_FILE = "manifest.json"


class CheckpointError(RuntimeError):
    """A checkpoint that is missing, incomplete or does not match its manifest."""


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    global_round: int
    manifest: dict[str, Any]


def _manifest_error(path: Path) -> ErrorFactory:
    def error(field_path: str, value: Any, problem: str) -> CheckpointError:
        return CheckpointError(f"{path}: {field_path}: {problem} (got {value!r})")

    return error


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def write_checkpoint(
    root: Path,
    global_round: int,
    state: Mapping[str, npt.NDArray[np.float32]],
    manifest: Mapping[str, Any],
    server_state: Mapping[str, npt.NDArray[np.float32]] | None = None,
) -> Checkpoint:
    """Write round `global_round`'s checkpoint atomically; refuses to overwrite an existing one.
    `server_state` (the server momentum's velocity), when given and not empty, is kept beside
    the model with its own digest."""
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"round-{global_round:05d}"
    if final.exists():
        raise CheckpointError(f"checkpoint {final} already exists: a round must not be repeated")
    tmp = root / f".tmp-round-{global_round:05d}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    arrays = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in state.items()}
    save_file(arrays, str(tmp / STATE_FILE))
    full = dict(manifest)
    full.update({"global_round": global_round, "state_digest": state_digest(arrays)})
    files = [STATE_FILE, MANIFEST_FILE]
    if server_state:
        extra = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in server_state.items()}
        save_file(extra, str(tmp / SERVER_STATE_FILE))
        full["server_state_digest"] = state_digest(extra)
        files.append(SERVER_STATE_FILE)
    (tmp / MANIFEST_FILE).write_text(json.dumps(full, indent=2, sort_keys=True))
    for f in files:
        _fsync_file(tmp / f)
    _fsync_dir(tmp)
    os.rename(tmp, final)
    _fsync_dir(root)
    return Checkpoint(final, global_round, full)


def list_checkpoints(root: Path) -> list[Checkpoint]:
    """Complete checkpoints under root, oldest first (temporary leftovers are ignored)."""
    if not root.is_dir():
        return []
    out = []
    for d in sorted(root.glob("round-*")):
        manifest_path = d / MANIFEST_FILE
        if not manifest_path.is_file() or not (d / STATE_FILE).is_file():
            raise CheckpointError(f"checkpoint {d} is incomplete (missing manifest or state)")
        manifest = json.loads(manifest_path.read_text())
        reader = ConfigReader(manifest, error=_manifest_error(manifest_path))
        out.append(Checkpoint(d, reader.get("global_round", int), manifest))
    return out


def read_state(ckpt: Checkpoint) -> dict[str, npt.NDArray[np.float32]]:
    """The checkpoint's state, verified against the digest in its manifest."""
    state = load_file(str(ckpt.path / STATE_FILE))
    if state_digest(state) != ckpt.manifest.get("state_digest"):
        raise CheckpointError(f"checkpoint {ckpt.path}: state does not match its manifest digest")
    return state


def read_server_state(ckpt: Checkpoint) -> dict[str, npt.NDArray[np.float32]]:
    """The server's own state kept with the checkpoint (empty when it kept none), verified
    against its digest in the manifest."""
    digest = ckpt.manifest.get("server_state_digest")
    path = ckpt.path / SERVER_STATE_FILE
    if digest is None:
        if path.exists():
            raise CheckpointError(
                f"checkpoint {ckpt.path}: {SERVER_STATE_FILE} is not in its manifest"
            )
        return {}
    if not path.is_file():
        raise CheckpointError(f"checkpoint {ckpt.path}: {SERVER_STATE_FILE} is missing")
    state = load_file(str(path))
    if state_digest(state) != digest:
        raise CheckpointError(
            f"checkpoint {ckpt.path}: {SERVER_STATE_FILE} does not match its manifest digest"
        )
    return state
