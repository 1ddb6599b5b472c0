"""Alembic migrations of the consortium ledger (run programmatically by ledger.store)."""
