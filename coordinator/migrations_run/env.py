"""Alembic environment of the coordinator's run store (see ledger/migration_env.py)."""

from __future__ import annotations

from alembic import context

from ledger.migration_env import run

run(context, "medfed_run_store_version")
