"""Which database failures are the officer's to deal with, told apart by SQLite's error code.

A busy, locked, read-only, damaged or full database, a disk that fails or a file that cannot be opened is the
laptop's situation, not a bug: it becomes a :class:`~cmcc_desktop.errors.DatabaseError` whose message says
what to do. Anything else SQLite reports ("no such column", a broken constraint) is a programming error and
passes unchanged, so that it reaches the crash dialog and the log with its traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from ..errors import DatabaseError
from ..i18n import N_

_BUSY = N_(
    "The database is busy with another CMCC Desktop window or command. Wait for it to finish, then try again."
)
_READ_ONLY = N_(
    "The database is read-only, so nothing was saved. CMCC Desktop writes to its data folder even to read it: "
    "check that the folder and its files are writable (not a write-protected stick)."
)
_DAMAGED = N_(
    "The database is damaged ({reason}), so nothing was saved. Close CMCC Desktop and restore the data folder "
    "from a backup copy (the folder backups/ in it holds the latest ones)."
)
# By primary result code (the low byte of an extended code such as SQLITE_IOERR_WRITE).
_MESSAGES = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_READONLY: _READ_ONLY,
    sqlite3.SQLITE_PERM: _READ_ONLY,
    sqlite3.SQLITE_IOERR: N_(
        "The disk could not be read or written ({reason}), so nothing was saved. Check the disk or the stick "
        "the data folder is on, then try again."
    ),
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_NOTADB: _DAMAGED,
    sqlite3.SQLITE_FULL: N_("The disk is full, so nothing was saved. Free some space, then try again."),
    sqlite3.SQLITE_CANTOPEN: N_(
        "The database file cannot be opened ({reason}). Check that the data folder exists, is writable and is "
        "not on a disk that was removed."
    ),
}


def officer_error(error: BaseException) -> DatabaseError | None:
    """The officer's message for a database failure, or None if it is a bug."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(original, sqlite3.Error) or code is None:
        return None
    template = _MESSAGES.get(code & 0xFF)
    return DatabaseError(template, reason=str(original)) if template else None


@contextmanager
def translate_db_errors() -> Iterator[None]:
    """Turn the environment's database failures into messages that say what to do; let bugs through."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:  # through SQLAlchemy, or the raw connection
        found = officer_error(exc)
        if found is None:
            raise
        raise found from exc
