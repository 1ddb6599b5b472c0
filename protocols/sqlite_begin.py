"""SQLite transactions that take their lock when they begin, for every ledger MedFed keeps.

pysqlite opens a *deferred* transaction on the first write, so two writers that both read first
can interleave and one fails with "database is locked" half way through. Both ledgers (the site's
privacy ledger and the consortium ledger) instead switch the driver's own BEGIN off and issue
`BEGIN IMMEDIATE` from SQLAlchemy's "begin" event: a writer holds the write lock from its first
statement, and a second writer waits (the connection's busy timeout) rather than failing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event


def explicit_begin(engine: Engine, statement: str = "BEGIN IMMEDIATE") -> Engine:
    """Make every transaction on this SQLite engine start with `statement`; returns the engine.
    A read-only engine passes plain "BEGIN"."""

    def driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN from pysqlite

    def begin(conn: Any) -> None:
        conn.exec_driver_sql(statement)

    event.listen(engine, "connect", driver_autocommit)
    event.listen(engine, "begin", begin)
    return engine
