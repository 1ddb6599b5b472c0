"""Interrupted spends: a reservation never committed (its process was killed mid-round) is
reported in the site's next signed consortium-ledger entry. `reported_in` names the entry whose
report carries it; `data_digest` keeps the curated data set a spend used.

A database an earlier release made with create_all from the newer models may hold the columns
already: they are added only where missing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("privacy_spend")}
    for column in (
        sa.Column("data_digest", sa.String(128), nullable=True),
        sa.Column("reported_in", sa.Integer(), nullable=True),
    ):
        if column.name not in present:
            op.add_column("privacy_spend", column)


def downgrade() -> None:
    raise RuntimeError(
        "site privacy ledger: revision 0003 is never downgraded (which interrupted spends were "
        "reported is part of the site's privacy history); archive the database instead"
    )
