"""docs/DEPLOY.md's hospital walkthrough names only commands and options the CLI has: every
`medfed ...` in it (code blocks and inline code) is looked up in the real command tree, with
the long options its code-block lines pass, so a renamed command or option fails here."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer

from medfed.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "DEPLOY.md"
START, END = "## Hospital site, step by step", "## Auditor"


def _section() -> str:
    text = DOC.read_text()
    return text[text.index(START) : text.index(END)]


def _commands(section: str) -> list[tuple[list[str], list[str]]]:
    """(words after `medfed`, long options) of every command line in the code blocks, and
    (words, []) of every inline `medfed ...`."""
    found: list[tuple[list[str], list[str]]] = []
    for block in re.findall(r"```bash\n(.*?)```", section, flags=re.S):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            line = line.split("  #")[0]
            if line.strip().startswith("medfed "):
                words = re.findall(r"(?<=\s)[a-z][a-z-]*(?=\s|$)", " " + line.strip()[7:])
                found.append((words, re.findall(r"(?<!\S)--[a-z][a-z-]*", line)))
    for inline in re.findall(r"`(medfed [^`]*)`", section.replace("\n", " ")):
        found.append((re.findall(r"(?<=\s)[a-z][a-z-]*(?=\s|$)", " " + inline[7:]), []))
    return found


def _resolve(words: list[str]) -> click.Command:
    command: click.Command = typer.main.get_command(app)
    path = ["medfed"]
    for word in words:
        if not isinstance(command, click.Group):
            break
        sub = command.commands.get(word)
        if sub is None:
            raise LookupError(f"`{' '.join(path)} {word}`: no such command")
        path.append(word)
        command = sub
    if isinstance(command, click.Group):
        raise LookupError(f"`{' '.join(path)}` is a group, the doc names no command of it")
    return command


def test_the_walkthrough_names_commands() -> None:
    commands = _commands(_section())
    named = {" ".join(w[:2]) for w, _ in commands}
    # the steps the walkthrough is about: if one disappears from the doc, this test is stale
    for step in ("site init", "site inspect", "site curate", "site check", "model digest",
                 "app digest", "site clientapp", "site ledger", "audit verify"):  # fmt: skip
        assert any(n.startswith(step) for n in named), step


@pytest.mark.parametrize("words_options", _commands(_section()), ids=lambda c: " ".join(c[0]))
def test_every_walkthrough_command_and_option_exists(
    words_options: tuple[list[str], list[str]],
) -> None:
    words, options = words_options
    if not words:  # `medfed --help`
        assert options == ["--help"]
        return
    command = _resolve(words)
    known = {opt for param in command.params for opt in param.opts if opt.startswith("--")}
    known |= {opt for param in command.params for opt in param.secondary_opts}
    if command.name == "clientapp":  # the rest of its arguments are Flower's SuperExec's
        options = [o for o in options if o == "--policy"]
    assert [o for o in options if o not in known] == [], f"medfed {' '.join(words)}"
