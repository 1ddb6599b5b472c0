"""Alembic environment of a site's privacy ledger (see ledger/migration_env.py)."""

from __future__ import annotations

from alembic import context

from ledger.migration_env import run

run(context, "site_privacy_ledger_version")
