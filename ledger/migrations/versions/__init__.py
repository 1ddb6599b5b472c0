"""Revisions of the consortium ledger schema, oldest first."""
