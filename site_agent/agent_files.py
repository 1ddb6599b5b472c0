"""Small JSON records of the agent directory (what the site has sent or signed), each changed
under an exclusive lock beside it and written atomically, mode 0600: two processes of one site
never both pass on one count or sign on one key."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class AgentFileUnreadable(Exception):
    """The record exists but is not a JSON object (damaged, or written by something else)."""


def update_json(path: Path, change: Callable[[dict[str, Any]], tuple[T, bool]]) -> T:
    """`change` the JSON object at `path` (empty when the file is absent) under the lock; it
    returns (result, whether to write the object back). AgentFileUnreadable when the file
    cannot be read as an object; an exception from `change` leaves the file as it was."""
    lock = os.open(path.with_name(f".{path.name}.lock"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record: dict[str, Any] = {}
        if path.is_file():
            try:
                loaded = json.loads(path.read_text())
            except (OSError, json.JSONDecodeError) as exc:
                raise AgentFileUnreadable(f"{path}: {exc}") from exc
            if not isinstance(loaded, dict):
                raise AgentFileUnreadable(f"{path}: not a JSON object")
            record = loaded
        result, write = change(record)
        if write:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                json.dump(record, fh, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        return result
    finally:
        os.close(lock)
