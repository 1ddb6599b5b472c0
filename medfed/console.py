"""Shared console helpers: one rich Console, JSON output, and progress bars."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

console = Console(stderr=True)


def emit_json(payload: Any) -> None:
    """Machine-readable result on stdout (progress and messages go to stderr)."""
    print(json.dumps(payload, indent=2, sort_keys=True, default=str))


@contextmanager
def progress_bar(description: str, total: int, enabled: bool = True) -> Iterator[Progress]:
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )
    with progress:
        progress.add_task(description, total=total)
        yield progress
