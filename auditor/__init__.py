"""The auditor's side of MedFed: the consortium ledger store, its verification and its report.

An auditor is read-only: `medfed audit verify` and `medfed audit report` open the ledger without
migrating it, on PostgreSQL under a role that `medfed audit grant-reader` limits to SELECT.
"""

from ledger.store import (
    ConsortiumLedger,
    LedgerRecord,
    LedgerStoreError,
    SiteRecord,
    StoredRow,
    default_url,
)

__all__ = [
    "ConsortiumLedger",
    "LedgerRecord",
    "LedgerStoreError",
    "SiteRecord",
    "StoredRow",
    "default_url",
]
