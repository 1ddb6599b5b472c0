"""The ledger store: the consortium ledger (the operator writes, the auditor opens read-only)
and its Alembic migrations."""
