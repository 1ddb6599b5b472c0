"""Revisions of the site privacy ledger schema, oldest first."""
