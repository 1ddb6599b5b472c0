"""The ledgers' ground floor: the consortium ledger store (the operator writes, the auditor opens
read-only), the Alembic migrations of both the consortium ledger and each site's privacy ledger
with their one runner (ledger.db), and the consortium's site registry (ledger.registry)."""
