"""The coordinator's run store: runs, completed rounds and run events.

The tables as the coordinator created them before its run store moved to migrations; a store
that has them and no recorded revision is stamped at this one (coordinator.run_store.RUN_STORE's
baseline).

Revision ID: 0001
Revises:
Create Date: 2026-12-06
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
        "medfed_runs",
        sa.Column("run_id", sa.String(64), primary_key=True),
        sa.Column("curriculum", sa.String(200), nullable=False),
        sa.Column("curriculum_digest", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "medfed_rounds",
        sa.Column("run_id", sa.String(64), primary_key=True),
        sa.Column("global_round", sa.Integer(), primary_key=True),
        sa.Column("stage", sa.String(64), nullable=False),
        sa.Column("stage_round", sa.Integer(), nullable=False),
        sa.Column("sampled", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("refusals", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("dropped_nodes", sa.JSON(), nullable=False),
        sa.Column("num_examples", sa.Integer(), nullable=False),
        sa.Column("loss_before", sa.Float(), nullable=False),
        sa.Column("loss_after", sa.Float(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("max_epsilon", sa.Float(), nullable=False),
        sa.Column("halted", sa.Boolean(), nullable=False),
        sa.Column("checkpoint_digest", sa.String(64), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "medfed_run_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("global_round", sa.Integer(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_medfed_run_events_run_id", "medfed_run_events", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_medfed_run_events_run_id", table_name="medfed_run_events")
    op.drop_table("medfed_run_events")
    op.drop_table("medfed_rounds")
    op.drop_table("medfed_runs")
