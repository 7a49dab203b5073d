"""The SQLite engine: WAL, foreign keys, a busy timeout, and transactions that SQLite really begins.

pysqlite's own transaction handling starts transactions late and never for reads; SQLAlchemy's documented
fix is to turn it off and emit BEGIN ourselves. Write units ask for ``BEGIN IMMEDIATE`` (execution option
``sqlite_begin="IMMEDIATE"``) so that a writer takes the lock up front instead of failing half-way when
another process (the CLI beside the open app) writes at the same time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from .rows import encode_json

BUSY_TIMEOUT_MS = 10_000


def create_sqlite_engine(database: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{database}",
        connect_args={"check_same_thread": False},
        json_serializer=encode_json,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def sqlite_connection(connection: Connection) -> sqlite3.Connection:
    """The SQLite connection under a SQLAlchemy one, in the same transaction.

    The change log's hot paths (journal, materializer, merge, search index) run plain SQL on it: they write
    thousands of rows where the ORM's bookkeeping would cost more than the writes.
    """
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError(f"expected a SQLite connection, got {type(driver).__name__}")
    return driver
