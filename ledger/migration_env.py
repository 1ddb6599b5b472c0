"""The Alembic environment both ledgers' migrations run in (each env.py calls `run`).

Online, it runs on the connection that ledger.db.upgrade hands over in
`config.attributes["connection"]` (inside the caller's transaction, under its lock). Offline
(`--sql`), it renders the DDL for the URL in the `sqlalchemy.url` option, for a DBA to review.
"""

from __future__ import annotations

from typing import Any


def run(context: Any, version_table: str) -> None:
    """Run the migrations with `context` (alembic.context), recording them in `version_table`."""
    config = context.config
    connection = config.attributes.get("connection")
    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"),
            version_table=version_table,
            literal_binds=True,
        )
    elif connection is None:
        raise RuntimeError(
            f"{config.get_main_option('script_location')}/env.py: no connection in "
            "config.attributes['connection']; run the migrations through ledger.db.upgrade()"
        )
    else:
        context.configure(connection=connection, version_table=version_table)
    with context.begin_transaction():
        context.run_migrations()
