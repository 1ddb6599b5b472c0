"""Shared console helpers: one rich Console, JSON output, and progress bars."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

console = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error on stderr and return the Exit to raise: 2 bad input, 1 a failed check.
    The message is printed literally (paths and lists in it are not rich markup) and unwrapped,
    so a long path stays whole."""
    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


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
