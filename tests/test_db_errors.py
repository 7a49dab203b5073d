"""Database failures: the laptop's situation gets the officer's message, a bug keeps its own error."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from cmcc_desktop.db.errors import translate_db_errors
from cmcc_desktop.errors import DatabaseError
from cmcc_desktop.services import Store


def failure(code: int, message: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (sqlite3.SQLITE_BUSY, "busy with another CMCC Desktop window"),
        (sqlite3.SQLITE_LOCKED, "busy with another CMCC Desktop window"),
        (sqlite3.SQLITE_FULL, "The disk is full"),
        (sqlite3.SQLITE_IOERR_WRITE, "could not be read or written (disk I/O error)"),  # an extended code
        (sqlite3.SQLITE_CORRUPT, "The database is damaged"),
        (sqlite3.SQLITE_NOTADB, "The database is damaged"),
        (sqlite3.SQLITE_CANTOPEN, "cannot be opened"),
        (sqlite3.SQLITE_READONLY_DBMOVED, "read-only"),
    ],
)
def test_the_laptops_situation_is_told_to_the_officer(code: int, says: str) -> None:
    with pytest.raises(DatabaseError, match=re.escape(says)), translate_db_errors():
        raise failure(code, "disk I/O error")


def test_a_read_only_database_is_the_officers_to_fix(tmp_path: Path) -> None:
    database = tmp_path / "ro.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE t (a)")
    connection.close()
    read_only = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    with pytest.raises(DatabaseError, match="read-only"), translate_db_errors():
        read_only.execute("INSERT INTO t VALUES (1)")
    read_only.close()


def test_a_programming_error_is_not_dressed_up_as_the_officers(store: Store) -> None:
    """ "No such column" is a bug: it must reach the crash dialog with its traceback, not "restore a backup"."""
    with pytest.raises(Exception, match="no such column") as raised, store.read() as session:
        session.execute(text("SELECT no_such_column FROM contact"))
    assert not isinstance(raised.value, DatabaseError)
    with pytest.raises(sqlite3.IntegrityError), store.write() as unit:
        unit.raw.execute("INSERT INTO record_heads (record_id, entity, heads) VALUES (NULL, 'contact', '{}')")
