"""`medfed audit`: verify the consortium privacy ledger, report on it, set up its database roles.

`register(app)` adds the group to the root command. `verify` and `report` open the ledger
read-only (no migration; SQLite files in mode=ro). Exit codes: 0 clean, 1 the ledger failed
verification (each problem names run, entry number, type, site and round), 2 bad input (the
database cannot be opened, an unknown run, a missing key file or password variable).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.exc import SQLAlchemyError

from ledger.store import ConsortiumLedger, LedgerStoreError, LedgerUnreadable
from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail
from protocols.accounting import DEFAULT_MAX_ACCOUNTANT_MB

DbOpt = Annotated[
    str,
    typer.Option(
        "--db",
        help="SQLAlchemy URL of the ledger: sqlite:///RUN_DIR/consortium-ledger.sqlite or "
        "postgresql+psycopg://USER@HOST/DB.",
    ),
]
SchemaOpt = Annotated[
    str | None, typer.Option("--schema", help="PostgreSQL schema holding the ledger tables.")
]
RunOpt = Annotated[str | None, typer.Option("--run", help="Check only this run's entries.")]
RoleOpt = Annotated[str, typer.Option("--role", help="PostgreSQL role to create or update.")]
PasswordEnvOpt = Annotated[
    str | None,
    typer.Option("--password-env", help="Environment variable holding the role's password."),
]


def _open(db: str, schema: str | None, *, migrate: bool) -> ConsortiumLedger:
    try:
        return ConsortiumLedger(db, schema=schema, migrate=migrate)
    except (LedgerStoreError, LedgerUnreadable) as exc:
        raise _fail(str(exc)) from exc
    except SQLAlchemyError as exc:
        from ledger.db import is_read_only_error
        from ledger.store import hot_journal

        if is_read_only_error(exc):
            raise _fail(hot_journal(f"--db {db}")) from exc
        raise _fail(f"--db {db}: cannot open the ledger database: {exc}") from exc


CoordinatorKeyOpt = Annotated[
    Path | None,
    typer.Option(
        "--coordinator-key",
        help="The coordinator's Ed25519 public key (PEM): its ledger entries must carry its "
        "signature, and the sites' receipts must verify under it.",
    ),
]
ReceiptsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--receipts",
        help="A site's privacy ledger (privacy.sqlite, with the site's ledger-signing.pub "
        "beside it) or a directory of agent directories: every ledger head a site holds a "
        "receipt of must still be in the ledger, the key must be a registered site's, and every "
        "spend the site's own ledger counts must be in the ledger. Repeatable.",
    ),
]


MaxAccountantMbOpt = Annotated[
    float,
    typer.Option(
        "--max-accountant-mb",
        min=1.0,
        help="Memory (MB) one recomputed eps may take: the PRV accountant's grid grows with a "
        "site's eps and steps, and a history that needs more is reported as one that cannot "
        "be recomputed. Give at least the largest privacy.max_accountant_mb of the sites' "
        "policies.",
    ),
]


def _coordinator_key(path: Path | None) -> Any:
    """The --coordinator-key public key, or None."""
    from protocols.keys import KeyFileError, load_public_key

    if path is None:
        return None
    try:
        return load_public_key(path)
    except KeyFileError as exc:
        raise _fail(f"--coordinator-key: {exc}") from exc


def _site_ledgers(paths: list[Path] | None) -> tuple[list[Any], list[Any]]:
    """(the receipts, the spends) of the sites' own ledgers named by --receipts."""
    from ledger.receipts import SITE_KEY_FILE, read_site_ledgers

    try:
        held, spends = read_site_ledgers(paths or [])
    except (LedgerStoreError, LedgerUnreadable) as exc:
        raise _fail(str(exc)) from exc
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise _fail(f"--receipts: cannot read a site ledger ({detail})") from exc
    for copy in spends:  # the key names the site whose ledger it is: without it, no audit
        if copy.key_fingerprint is None:
            key = Path(copy.where).parent / SITE_KEY_FILE
            raise _fail(
                f"--receipts {copy.where}: {copy.key_problem} ({key}): copy the site's "
                f"{SITE_KEY_FILE} from its agent directory beside the ledger"
            )
    return held, spends


AllowSeededOpt = Annotated[
    bool,
    typer.Option(
        "--allow-seeded",
        help="Accept rounds whose noise came from the reproducible test mode "
        "(randomness seeded-insecure): for test runs only; without it each one fails.",
    ),
]


def verify(
    db: DbOpt,
    schema: SchemaOpt = None,
    run: RunOpt = None,
    coordinator_key: CoordinatorKeyOpt = None,
    receipts: ReceiptsOpt = None,
    allow_seeded: AllowSeededOpt = False,
    max_accountant_mb: MaxAccountantMbOpt = DEFAULT_MAX_ACCOUNTANT_MB,
    json_out: JsonOpt = False,
) -> None:
    """Verify the consortium ledger; exit 1 naming each failing entry.

    Checks every site signature against the registered keys, the hash chain (gaps, reordering,
    edits), eps recomputed from the logged DP mechanisms against the logged eps, every spend
    against its site's cap, and each coordinator round's participants against signed site
    entries; a site's spends all at the delta and with the accountant of its first (delta at
    most 1e-2), and their noise from the OS (not the seeded test mode, unless --allow-seeded).
    Interrupted spends (a site killed mid-training reports the spend it had reserved in its next
    entry) are composed like trained rounds and listed. With --coordinator-key, every
    coordinator entry must carry the coordinator's signature; with --receipts, every chain head
    a site holds a signed receipt of must still be in the ledger (a ledger cut short, or
    rebuilt without a site, fails), the site's ledger-signing key (ledger-signing.pub beside its
    privacy.sqlite) must be the one registered for it, and every spend its own ledger counts
    must be in the ledger (a site entry left out, or a last round cut off, fails). Each
    registered site's key must parse and match its stored fingerprint. Exit 0 when all hold,
    1 with each failing entry's run, number, type, site and round (and each failing
    registration's site), 2 when the database cannot be read.
    """
    from auditor.verify import describe_interrupted, verify_ledger

    key = _coordinator_key(coordinator_key)
    held, spends = _site_ledgers(receipts)
    with _open(db, schema, migrate=False) as ledger:
        try:
            result = verify_ledger(
                ledger, run, coordinator_key=key, receipts=held, site_spends=spends,
                allow_seeded=allow_seeded, max_accountant_mb=max_accountant_mb,
            )  # fmt: skip
        except (LedgerStoreError, LedgerUnreadable) as exc:
            raise _fail(str(exc)) from exc
    if json_out:
        emit_json(result.as_dict())
    else:
        for point in result.interrupted:
            line = describe_interrupted(point)
            console.print(f"[yellow]NOTE[/] {line}", highlight=False, soft_wrap=True)
        for problem in result.problems:
            console.print(f"[red]FAIL[/] {problem}", highlight=False, soft_wrap=True)
        for line in result.registry:
            console.print(f"[red]FAIL[/] registry: {line}", highlight=False, soft_wrap=True)
        colour = "green" if result.ok else "bold red"
        console.print(f"[{colour}]{result.summary()}[/]", highlight=False, soft_wrap=True)
    if not result.ok:
        raise typer.Exit(1)


def report(
    db: DbOpt,
    out: Annotated[Path, typer.Option("--out", help="Directory for report.html.")],
    schema: SchemaOpt = None,
    run: Annotated[str | None, typer.Option("--run", help="Run to report on.")] = None,
    coordinator_key: CoordinatorKeyOpt = None,
    receipts: ReceiptsOpt = None,
    allow_seeded: AllowSeededOpt = False,
    max_accountant_mb: MaxAccountantMbOpt = DEFAULT_MAX_ACCOUNTANT_MB,
    json_out: JsonOpt = False,
) -> None:
    """Write a self-contained HTML audit report for a data-protection officer.

    OUT/report.html shows each site's eps per study (over its lifetime) against its cap,
    participation and dropouts per round, the stage timeline, the curriculum and the
    verification result (the checks of `audit verify` with the same --coordinator-key and
    --receipts; the report says which were not made for want of them), figures embedded; it is
    written (exit 0) even when verification fails, and says so. OUT/verification.json holds
    the verification result.
    """
    from auditor.report import write_report

    key = _coordinator_key(coordinator_key)
    held, spends = _site_ledgers(receipts)
    with _open(db, schema, migrate=False) as ledger:
        try:
            result = write_report(
                ledger, out, run, coordinator_key=key, receipts=held, site_spends=spends,
                allow_seeded=allow_seeded, max_accountant_mb=max_accountant_mb,
            )  # fmt: skip
        except (LedgerStoreError, LedgerUnreadable) as exc:
            raise _fail(str(exc)) from exc
        except OSError as exc:
            raise _fail(f"--out {out}: cannot write the report: {exc}") from exc
    if json_out:
        emit_json(
            {
                "report": str(result.path),
                "run_id": result.run_id,
                "verified": result.verified,
                "problems": result.problems,
                "registry_problems": result.registry_problems,
            }
        )
    else:
        registry = (
            f" and {result.registry_problems} in the site registry"
            if result.registry_problems
            else ""
        )
        state = (
            "verified"
            if result.verified
            else f"FAILED verification: {result.problems} problem(s) in the ledger's entries"
            f"{registry}"
        )
        console.print(
            f"report on run {result.run_id!r} ({state}): {result.path}",
            highlight=False,
            soft_wrap=True,
        )


def _grant(
    kind: str, db: str, role: str, schema: str | None, password_env: str | None, json_out: bool
) -> None:
    from auditor.roles import grant_role

    password = None
    if password_env is not None:
        password = os.environ.get(password_env)
        if not password:
            raise _fail(f"--password-env {password_env}: that variable is unset or empty")
    try:
        grant = grant_role(
            db, role, "reader" if kind == "reader" else "writer", schema=schema, password=password
        )
    except (LedgerStoreError, LedgerUnreadable) as exc:
        raise _fail(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise _fail(f"--db: cannot grant the role: {exc}") from exc
    if json_out:
        emit_json(grant.as_dict())
    else:
        action = "created" if grant.created else "updated"
        privileges = ", ".join(grant.privileges)
        console.print(
            f"role {role} {action}: {privileges} on schema {grant.schema}", highlight=False
        )


def grant_reader(
    db: DbOpt,
    role: RoleOpt = "medfed_auditor",
    schema: SchemaOpt = None,
    password_env: PasswordEnvOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Create or update a read-only auditor role on PostgreSQL.

    The role gets SELECT on the ledger tables and nothing else, and read-only transactions by
    default. Run as the administrator that owns the ledger tables.
    """
    _grant("reader", db, role, schema, password_env, json_out)


def grant_writer(
    db: DbOpt,
    role: RoleOpt = "medfed_coordinator",
    schema: SchemaOpt = None,
    password_env: PasswordEnvOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Create or update the coordinator's append-only role on PostgreSQL.

    The role gets SELECT and INSERT on the ledger tables, never UPDATE, DELETE or TRUNCATE, and
    does not own them (so it cannot drop their triggers). Run as the administrator that owns
    the ledger tables.
    """
    _grant("writer", db, role, schema, password_env, json_out)


def register_site(
    db: DbOpt,
    name: Annotated[str, typer.Option("--name", help="The site's name in ledger entries.")],
    public_key: Annotated[Path, typer.Option("--public-key", help="The site's Ed25519 .pub PEM.")],
    cap: Annotated[
        float, typer.Option("--cap", help="The site's eps cap, per study over its lifetime.")
    ],
    schema: SchemaOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Operator: register a site's signing key and eps cap (per study, lifetime) in the ledger.

    Creates the ledger tables when missing. Registrations are append-only: the same again is a
    no-op, a different key or cap for a registered site fails.
    """
    from protocols.keys import KeyFileError, load_public_key

    try:
        pem = public_key.read_bytes()
    except OSError as exc:
        raise _fail(f"--public-key {public_key}: cannot read it: {exc}") from exc
    try:
        load_public_key(public_key)  # checked before the ledger is opened, naming the file
    except KeyFileError as exc:
        raise _fail(f"--public-key {exc}") from exc
    with _open(db, schema, migrate=True) as ledger:
        try:
            record = ledger.register_site(name, pem, cap)
        except (LedgerStoreError, LedgerUnreadable) as exc:
            raise _fail(str(exc)) from exc
    if json_out:
        emit_json({"site": record.name, "key": record.key_fingerprint, "cap": record.epsilon_cap})
    else:
        console.print(
            f"site {record.name}: key {record.key_fingerprint[:16]}, cap {record.epsilon_cap:g}",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    """Add the `audit` group to the root `medfed` command."""
    group = typer.Typer(
        help="Auditor: verify the consortium privacy ledger, report on it, manage its roles.",
        no_args_is_help=True,
    )
    group.command("verify")(verify)
    group.command("report")(report)
    group.command("grant-reader")(grant_reader)
    group.command("grant-writer")(grant_writer)
    group.command("register-site")(register_site)
    app.add_typer(group, name="audit")
