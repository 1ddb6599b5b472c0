"""`medfed app digest` (the sha256 a site approves in `[trust] app_digests`) and
`medfed site clientapp` (Flower's SuperExec for `--isolation process` that runs only approved
app bundles, see site_agent/pinned_app.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medfed.console import JsonOpt, emit_json
from medfed.console import fail as _fail


def app_digest_cmd(
    path: Annotated[
        Path,
        typer.Argument(help="A FAB (from `flwr build`) or the project directory `flwr run` sends."),
    ],
    json_out: JsonOpt = False,
) -> None:
    """Print the sha256 of an app bundle (FAB): the value a hospital puts in its policy's
    trust.app_digests to let that exact code run at its site."""
    from site_agent.pinned_app import app_digest

    if not path.exists():
        raise _fail(f"no such file or directory: {path}")
    try:
        digest = app_digest(path)
    except (OSError, ValueError) as exc:
        raise _fail(f"cannot bundle {path}: {exc}") from exc
    if json_out:
        emit_json({"path": str(path), "app_digest": digest})
    else:
        print(digest)


def site_clientapp(
    ctx: typer.Context,
    policy: Annotated[Path, typer.Option(help="The site's policy file (its trust.app_digests).")],
) -> None:
    """Run in place of `flower-superexec` next to a `flower-supernode --isolation process`:
    every ClientApp task's bundle is checked against the policy's `trust.app_digests` before
    any of its code is unpacked or imported; approved ones run with Flower's own runner. Other
    arguments go to Flower's SuperExec, e.g. `--runtime-api-address 127.0.0.1:9094 --insecure`."""
    from site_agent.pinned_app import run_pinned_superexec

    if not policy.is_file():
        raise _fail(f"site policy not found: {policy}")
    run_pinned_superexec(policy, ctx.args)


def register(app: typer.Typer, site_app: typer.Typer) -> None:
    app_group = typer.Typer(help="Flower app bundles (FABs): digests sites approve.")
    app_group.command("digest")(app_digest_cmd)
    app.add_typer(app_group, name="app")
    site_app.command(
        "clientapp",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )(site_clientapp)
