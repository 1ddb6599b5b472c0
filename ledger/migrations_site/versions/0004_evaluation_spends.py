"""Evaluation spends: federated evaluation counts leave a site under DP, and each release is a
spend of the site's lifetime budget like a training round's. `kind` says which a row is
('training' for every row before this revision; 'evaluation' for a release of counts), so the
site's own ledger and the auditor can tell a round's training spend from the evaluation after it.
An evaluation row keeps the signed `released` ledger entry that left with the counts
(`release_entry`, canonical JSON; `release_signature`, hex), which the site sends again with its
next round results, so a release the coordinator never recorded still reaches the consortium
ledger.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("privacy_spend")}
    if "kind" not in present:
        op.add_column(
            "privacy_spend",
            sa.Column("kind", sa.String(16), nullable=False, server_default="training"),
        )
    if "release_entry" not in present:
        op.add_column("privacy_spend", sa.Column("release_entry", sa.Text(), nullable=True))
    if "release_signature" not in present:
        op.add_column(
            "privacy_spend", sa.Column("release_signature", sa.String(128), nullable=True)
        )


def downgrade() -> None:
    raise RuntimeError(
        "site privacy ledger: revision 0004 is never downgraded (which spends released "
        "evaluation counts is part of the site's privacy history); archive the database instead"
    )
