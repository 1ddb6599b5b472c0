"""A site's receipts of the consortium ledger: the chain heads the coordinator signed after each
round, as the site verified them (protocols.ledger_receipt). An auditor checks the consortium
ledger against them: a ledger cut short, or rebuilt, no longer holds these heads.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_receipts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("global_round", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("coordinator_key", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("run_id", "seq", "entry_hash", name="ledger_receipts_head"),
    )


def downgrade() -> None:
    raise RuntimeError(
        "site privacy ledger: revision 0002 is never downgraded (the receipts are the site's "
        "evidence of the consortium ledger); archive the database instead"
    )
