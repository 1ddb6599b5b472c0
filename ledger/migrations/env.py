"""Alembic environment of the consortium ledger.

Online, it runs on the connection that ledger.store hands over in
`config.attributes["connection"]` (inside the caller's transaction, under its lock). Offline
(`--sql`), it renders the DDL for the URL in the `sqlalchemy.url` option, for a DBA to review.
"""

from __future__ import annotations

from alembic import context

VERSION_TABLE = "consortium_ledger_version"

config = context.config
connection = config.attributes.get("connection")
if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        version_table=VERSION_TABLE,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif connection is None:
    raise RuntimeError(
        "ledger/migrations/env.py: no connection in config.attributes['connection']; "
        "run the migrations through ledger.store.upgrade()"
    )
else:
    context.configure(connection=connection, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()
