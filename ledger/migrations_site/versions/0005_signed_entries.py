"""Signed entries kept for every spend: a committed training spend keeps the signed `trained`
entry its round result carried, as an evaluation spend kept its `released` one since revision
0004. The site sends the run's latest ones again with its next round result, so a spend whose
reply never reached the consortium ledger (the coordinator stopped mid-round, the reply lost, the
site stopped before it sent it) is recorded there all the same, before the entry whose eps covers
it. The two columns revision 0004 added for releases take names that fit both kinds:
`release_entry` -> `signed_entry`, `release_signature` -> `entry_signature`.

A database an earlier release made with create_all from the newer models may hold the new
columns already: they are renamed only where the old ones are there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_RENAMED = (("release_entry", "signed_entry"), ("release_signature", "entry_signature"))


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("privacy_spend")}
    with op.batch_alter_table("privacy_spend") as batch:
        for old, new in _RENAMED:
            if old in present and new not in present:
                batch.alter_column(old, new_column_name=new)


def downgrade() -> None:
    raise RuntimeError(
        "site privacy ledger: revision 0005 is never downgraded (the signed entries of its "
        "spends are part of the site's privacy history); archive the database instead"
    )
