"""Alembic migrations of each site's privacy ledger (run programmatically by ledger.db.upgrade)."""
