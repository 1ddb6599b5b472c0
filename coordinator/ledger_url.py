"""Where the coordinator's consortium ledger lives: the operator's secret, not the app bundle's.

A PostgreSQL URL holds a password, so it never travels in the run config (the SuperLink stores
that, and anyone who can list runs reads it): it comes from the ServerApp host's environment,
`MEDFED_DATABASE_URL`, or a file named by `MEDFED_DATABASE_URL_FILE` (a Docker or systemd
secret). The run config's `ledger-url` may name a database without a password; by default the
ledger is an SQLite file in the run directory.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ledger.store import default_url

ENV_URL = "MEDFED_DATABASE_URL"
ENV_URL_FILE = "MEDFED_DATABASE_URL_FILE"


class LedgerUrlError(ValueError):
    """A ledger URL that cannot be used: names where it came from."""


def checked_url(url: str, where: str) -> str:
    """`url`, if SQLAlchemy can parse it; else LedgerUrlError naming `where` it came from."""
    try:
        make_url(url)
    except ArgumentError as exc:
        raise LedgerUrlError(f"{where}: not a database URL ({exc})") from None
    return url


def refuse_password(url: str, where: str) -> str:
    """`url`, unless it holds a password (then name the safe places for it)."""
    if checked_url(url, where) and make_url(url).password is not None:
        raise LedgerUrlError(
            f"{where}: the URL holds a password; the run config is stored by the SuperLink and "
            f"shown to whoever lists runs. Set {ENV_URL} or {ENV_URL_FILE} on the ServerApp's "
            "host instead"
        )
    return url


def resolve_ledger_url(
    configured: str | None, run_dir: Path, environ: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """(URL, where it came from): MEDFED_DATABASE_URL_FILE, MEDFED_DATABASE_URL, the run
    config's `ledger-url`, else SQLite in `run_dir`."""
    env = os.environ if environ is None else environ
    if env.get(ENV_URL_FILE):
        path = Path(env[ENV_URL_FILE])
        try:
            text = path.read_text().strip()
        except OSError as exc:
            raise LedgerUrlError(f"{ENV_URL_FILE}={path}: cannot read it ({exc})") from None
        if not text:
            raise LedgerUrlError(f"{ENV_URL_FILE}={path}: the file is empty")
        return checked_url(text, f"{ENV_URL_FILE}={path}"), f"{ENV_URL_FILE} ({path})"
    if env.get(ENV_URL):
        return checked_url(env[ENV_URL], ENV_URL), ENV_URL
    if configured:
        return refuse_password(configured, "run config ledger-url"), "run config ledger-url"
    return default_url(run_dir), "the run directory"


def shown(url: str) -> str:
    """The URL with its password masked, for logs."""
    return make_url(url).render_as_string(hide_password=True)
