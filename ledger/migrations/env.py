"""Alembic environment of the consortium ledger (see ledger/migration_env.py)."""

from __future__ import annotations

from alembic import context

from ledger.migration_env import run

run(context, "consortium_ledger_version")
