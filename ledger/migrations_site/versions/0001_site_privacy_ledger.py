"""A site's privacy ledger: one lock row per data set, and every DP spend on it.

The tables as the site agent created them before its schema moved to migrations; a database
that has them and no recorded revision is stamped at this one (ledger.db.SITE's baseline).

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


def upgrade() -> None:
    op.create_table(
        "privacy_budget",
        sa.Column("dataset_digest", sa.String(128), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "privacy_spend",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "dataset_digest",
            sa.String(128),
            sa.ForeignKey("privacy_budget.dataset_digest"),
            nullable=False,
        ),
        sa.Column("run_id", sa.String(128), nullable=False),
        sa.Column("stage", sa.String(128), nullable=False),
        sa.Column("global_round", sa.Integer(), nullable=False),
        sa.Column("noise_multiplier", sa.Double(), nullable=False),
        sa.Column("sample_rate", sa.Double(), nullable=False),
        sa.Column("steps", sa.Integer(), nullable=False),
        sa.Column("clipping_norm", sa.Double(), nullable=False),
        sa.Column("delta", sa.Double(), nullable=False),
        sa.Column("accountant", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("epsilon_after", sa.Double(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('reserved', 'committed', 'refused')", name="spend_status"),
        sa.CheckConstraint("accountant IN ('rdp', 'prv')", name="spend_accountant"),
        sa.CheckConstraint("steps >= 1", name="spend_steps"),
    )
    op.create_index("ix_privacy_spend_dataset_digest", "privacy_spend", ["dataset_digest"])


def downgrade() -> None:
    raise RuntimeError(
        "site privacy ledger: revision 0001 is never downgraded (that would drop the site's "
        "privacy history and reset its budget); archive the database instead"
    )
