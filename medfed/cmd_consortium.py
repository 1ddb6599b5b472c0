"""`medfed consortium init|add-site|gateway` (operator) and `medfed site init` (hospital): the PKI
and the sites' TLS gateway to the SuperLink.

Exit codes as for every medfed command: 0 success, 2 bad input (the message names the file or the
value), 1 a failure during the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail

ForceOpt = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Replace existing keys (everything signed or registered with "
        "the old ones must be redone).",
    ),
]


def consortium_init(
    directory: Annotated[Path, typer.Argument(help="The consortium's directory (new or empty).")],
    host: Annotated[
        list[str] | None,
        typer.Option(
            "--host",
            help="A DNS name or IP address the SuperLink is reached at (repeat the option); "
            "localhost and 127.0.0.1 are always included.",
        ),
    ] = None,
    force: ForceOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Create the consortium's CA, the SuperLink's TLS certificate and the coordinator's
    curriculum-signing key. Give every site DIR/public/ca.pem and
    DIR/public/curriculum-signing.pub."""
    from deploy import PkiError, init_consortium

    try:
        result = init_consortium(directory, tuple(host or ()), force=force)
    except PkiError as exc:
        raise _fail(str(exc)) from exc
    info = result.as_dict()
    if json_out:
        emit_json(info)
        return
    console.print(f"consortium in {directory}: SuperLink certificate for {', '.join(result.hosts)}")
    for key in ("ca_cert", "server_cert", "server_key", "curriculum_signing_key"):
        console.print(f"  {key}: {info[key]}", soft_wrap=True)
    console.print(f"  CA sha256: {result.ca_fingerprint}", soft_wrap=True)
    console.print(f"  curriculum signing key: {result.signing_fingerprint}", soft_wrap=True)
    console.print(
        f"next: move {result.layout.ca_key} offline; send every site the files in "
        f"{result.layout.public_ca.parent}"
    )


def consortium_add_site(
    directory: Annotated[Path, typer.Argument(help="The consortium's directory.")],
    bundle: Annotated[Path, typer.Argument(help="The site's site-public.json.")],
    epsilon_cap: Annotated[
        float | None,
        typer.Option(
            help="The eps cap the site declares, per study over its lifetime: also registers "
            "its ledger-signing key for the consortium ledger (DIR/ledger-sites, run config "
            "site-registry)."
        ),
    ] = None,
    force: ForceOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Check a site's public bundle and record it in the consortium's registry
    (DIR/sites/NAME.json); its node key is placed at DIR/sites/NAME.pub for
    `flwr supernode register`. Confirm the fingerprints with the site out of band first."""
    from deploy import PkiError, add_site

    try:
        record = add_site(directory, bundle, force=force, epsilon_cap=epsilon_cap)
    except PkiError as exc:
        raise _fail(str(exc)) from exc
    info = record.as_dict()
    if json_out:
        emit_json(info)
        return
    verb = "already registered" if record.unchanged else "registered"
    console.print(f"site {record.bundle.name!r} {verb}: {record.record}")
    console.print(f"  node key: {record.bundle.node_key_fingerprint}", soft_wrap=True)
    console.print(f"  ledger signing key: {record.bundle.signing_key_fingerprint}", soft_wrap=True)
    console.print(f"next, with the SuperLink up: {info['register']}", soft_wrap=True)


def consortium_gateway(
    directory: Annotated[Path, typer.Argument(help="The consortium's directory.")],
    listen: Annotated[
        str, typer.Option(help="HOST:PORT the hospitals' SuperNodes dial (published).")
    ] = "0.0.0.0:9092",
    superlink: Annotated[
        str,
        typer.Option(help="HOST:PORT of the SuperLink, bound where only the operator reaches it."),
    ] = "127.0.0.1:9093",
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Serve the hospitals' door to the SuperLink: TLS with the SuperLink's certificate
    (DIR/superlink/), forwarding only the Fleet API a SuperNode uses; the Control API
    (`flwr run`, `flwr supernode register`), the runtime API and the API docs get 403.
    Runs until interrupted."""
    from deploy import PkiError
    from deploy.fleet_gateway import GatewayConfig, GatewayError, serve

    if log_level not in ("debug", "info", "warning", "error"):
        raise _fail(f"--log-level {log_level!r}: expected debug, info, warning or error")
    try:
        config = GatewayConfig.from_consortium(directory, listen, superlink)
    except (PkiError, GatewayError) as exc:
        raise _fail(str(exc)) from exc
    serve(config, log_level=log_level)


def site_init(
    name: Annotated[str, typer.Argument(help="The site's name, e.g. hospital-a.")],
    directory: Annotated[Path, typer.Argument(help="Where the site keeps its keys (new).")],
    force: ForceOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Create the site's SuperNode authentication key (EC P-384, OpenSSH) and its ledger-signing
    key (Ed25519), DIR/site-public.json (the public bundle to send the consortium operator) and
    DIR/privacy.sqlite, the site's privacy ledger (0600): it holds the lifetime budget, eps per
    study; back DIR up. The private keys stay in DIR."""
    from deploy import PkiError, init_site
    from site_agent.privacy import create_site_ledger

    try:
        result = init_site(name, directory, force=force)
        ledger = create_site_ledger(directory)
    except (PkiError, OSError) as exc:
        raise _fail(str(exc)) from exc
    info = {**result.as_dict(), "privacy_ledger": str(ledger)}
    if json_out:
        emit_json(info)
        return
    console.print(f"site {name!r} keys in {directory}")
    console.print(f"  node key: {info['node_key_fingerprint']}", soft_wrap=True)
    console.print(f"  ledger signing key: {info['signing_key_fingerprint']}", soft_wrap=True)
    console.print(f"  privacy ledger: {ledger} (the lifetime budget: back it up)", soft_wrap=True)
    console.print(f"next: send {result.layout.bundle} to the consortium operator")


def register_consortium(app: typer.Typer) -> None:
    """Add the `consortium` group (init, add-site, gateway) to the top-level app."""
    group = typer.Typer(
        help="Operator: the consortium's PKI (CA, SuperLink certificate, signing key) and sites.",
        no_args_is_help=True,
    )
    group.command("init")(consortium_init)
    group.command("add-site")(consortium_add_site)
    group.command("gateway")(consortium_gateway)
    app.add_typer(group, name="consortium")


def register_site_init(site_app: typer.Typer) -> None:
    """Add `init` to the `site` group."""
    site_app.command("init")(site_init)
