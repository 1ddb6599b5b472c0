"""PostgreSQL roles for the consortium ledger: a read-only auditor and the application's writer.

The migrations make the rows append-only for everyone (triggers); these roles add least
privilege on top. An auditor gets SELECT and nothing else (and read-only transactions by
default); the application gets SELECT and INSERT, so UPDATE, DELETE and TRUNCATE fail on
privileges before any trigger runs. Neither role owns the tables, so neither can drop a trigger.
Run these as the administrator that ran the migrations. SQLite has no roles: an auditor gets a
copy of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from ledger.db import VERSION_TABLE, LedgerStoreError

RoleKind = Literal["reader", "writer"]
LEDGER_TABLES = ("consortium_sites", "consortium_ledger")
_ROLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_ALL = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"


@dataclass(frozen=True)
class RoleGrant:
    role: str
    kind: RoleKind
    schema: str
    created: bool
    privileges: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "role": self.role,
            "kind": self.kind,
            "schema": self.schema,
            "created": self.created,
            "privileges": list(self.privileges),
        }


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _password_literal(password: str) -> str:
    if not password or "\0" in password:
        raise LedgerStoreError("a role password must be non-empty and hold no NUL character")
    return "'" + password.replace("'", "''") + "'"  # standard_conforming_strings is on


def _ensure_role(conn: Connection, role: str, password: str | None) -> bool:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    secret = f" PASSWORD {_password_literal(password)}" if password is not None else ""
    if exists is None:
        conn.exec_driver_sql(f"CREATE ROLE {_quote(conn, role)} LOGIN{secret}")
        return True
    if secret:
        conn.exec_driver_sql(f"ALTER ROLE {_quote(conn, role)}{secret}")
    return False


def _ledger_schema(conn: Connection, schema: str | None, where: str) -> str:
    name = schema or conn.execute(text("SELECT current_schema()")).scalar_one()
    for table in (*LEDGER_TABLES, VERSION_TABLE):
        found = conn.execute(
            text("SELECT to_regclass(:t)"), {"t": f"{_quote(conn, name)}.{table}"}
        ).scalar_one()
        if found is None:
            raise LedgerStoreError(
                f"{where}: no table {table} in schema {name!r}: run the ledger's migrations first"
            )
    return str(name)


def grant_role(
    url: str,
    role: str,
    kind: RoleKind,
    *,
    schema: str | None = None,
    password: str | None = None,
) -> RoleGrant:
    """Create `role` (LOGIN) if missing and give it exactly the `kind`'s ledger privileges."""
    if not isinstance(role, str) or not _ROLE.fullmatch(role):
        raise LedgerStoreError(f"role name {role!r}: use 1-63 of a-z, 0-9, _ (not a digit first)")
    if kind not in ("reader", "writer"):
        raise LedgerStoreError(f"role kind must be 'reader' or 'writer', got {kind!r}")
    parsed = make_url(url)
    where = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() != "postgresql":
        raise LedgerStoreError(
            f"{where}: roles need PostgreSQL; SQLite has none (give an auditor a copy of the file)"
        )
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            name = _ledger_schema(conn, schema, where)
            created = _ensure_role(conn, role, password)
            who, space = _quote(conn, role), _quote(conn, name)
            tables = ", ".join(f"{space}.{t}" for t in (*LEDGER_TABLES, VERSION_TABLE))
            ledger = ", ".join(f"{space}.{t}" for t in LEDGER_TABLES)
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {space} TO {who}")
            conn.exec_driver_sql(f"REVOKE {_ALL} ON {tables} FROM {who}")
            conn.exec_driver_sql(f"GRANT SELECT ON {tables} TO {who}")
            privileges: tuple[str, ...] = ("SELECT",)
            if kind == "writer":
                conn.exec_driver_sql(f"GRANT INSERT ON {ledger} TO {who}")
                privileges = ("SELECT", "INSERT")
            else:
                conn.exec_driver_sql(f"ALTER ROLE {who} SET default_transaction_read_only = on")
    finally:
        engine.dispose()
    return RoleGrant(role, kind, name, created, privileges)


def grant_reader(
    url: str, role: str, *, schema: str | None = None, password: str | None = None
) -> RoleGrant:
    """A read-only auditor role: SELECT on the ledger tables, nothing else."""
    return grant_role(url, role, "reader", schema=schema, password=password)


def grant_writer(
    url: str, role: str, *, schema: str | None = None, password: str | None = None
) -> RoleGrant:
    """The application's role: SELECT and INSERT, never UPDATE, DELETE or TRUNCATE."""
    return grant_role(url, role, "writer", schema=schema, password=password)
