"""The consortium ledger: registered sites and the append-only chain of entries.

Append-only is enforced by the database, not by the application: triggers refuse every UPDATE,
DELETE (and, on PostgreSQL, TRUNCATE) of both tables, whoever asks, and on PostgreSQL those
privileges are also revoked from PUBLIC. The application's role should not own the tables (an
owner can drop a trigger): run the migrations as an administrator, grant the application
`medfed audit grant-writer` (SELECT, INSERT) and auditors `medfed audit grant-reader` (SELECT).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("consortium_sites", "consortium_ledger")
ENTRY_TYPES = ("site_round", "coordinator_round", "stage_transition", "resume")
PG_FUNCTION = "consortium_ledger_append_only"


def _tables() -> None:
    op.create_table(
        "consortium_sites",
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("public_key_pem", sa.Text(), nullable=False),
        sa.Column("key_fingerprint", sa.String(64), nullable=False),
        sa.Column("epsilon_cap", sa.Double(), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("epsilon_cap > 0", name="consortium_sites_cap_positive"),
    )
    kinds = ", ".join(f"'{k}'" for k in ENTRY_TYPES)
    op.create_table(
        "consortium_ledger",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.Identity(),
            primary_key=True,
        ),
        sa.Column("run_id", sa.String(128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry_type", sa.String(32), nullable=False),
        sa.Column("site", sa.String(128), nullable=True),
        sa.Column("global_round", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("seq >= 0", name="consortium_ledger_seq"),
        sa.CheckConstraint(f"entry_type IN ({kinds})", name="consortium_ledger_entry_type"),
        # One successor per entry: even a writer that skipped the lock cannot fork a run's chain.
        sa.UniqueConstraint("run_id", "seq", name="consortium_ledger_run_seq"),
        sa.UniqueConstraint("run_id", "prev_hash", name="consortium_ledger_run_prev"),
        sa.UniqueConstraint("entry_hash", name="consortium_ledger_entry_hash"),
    )


def _postgresql_guards() -> None:
    op.execute(
        f"""
        CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'consortium ledger: % on % is refused: its rows are append-only',
                TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
        )
        op.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC")


def _sqlite_guards() -> None:
    for table in TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'consortium ledger: {action} on {table} is refused: "
                f"its rows are append-only'); END"
            )


def upgrade() -> None:
    _tables()
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        _postgresql_guards()
    elif dialect == "sqlite":
        _sqlite_guards()
    else:
        raise RuntimeError(f"consortium ledger: no append-only guards for the {dialect} dialect")


def downgrade() -> None:
    raise RuntimeError(
        "consortium ledger: revision 0001 is never downgraded (that would drop the ledger); "
        "archive the database and start a new one instead"
    )
