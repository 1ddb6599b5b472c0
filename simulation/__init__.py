"""Simulation scaffolding: synthetic hospitals, run preparation, the Simulation Engine and
ledger fixtures. Above the roles (it plays them all on one machine), below the command line."""
