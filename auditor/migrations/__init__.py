"""Alembic migrations of the consortium ledger (run programmatically by auditor.ledger_store)."""
