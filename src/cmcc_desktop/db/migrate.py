"""Bring a database file to the schema this version of the app expects.

- No file yet: the migrations create it.
- Written by an older version: copy it to ``backups/`` first, then upgrade.
- Written by a newer version (a revision this app does not know): refuse, and leave the file untouched.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..errors import DatabaseError, SchemaTooNewError
from ..i18n import N_
from .engine import sqlite_connection
from .errors import translate_db_errors

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships its migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def stored_revision(database: Path) -> str | None:
    """The schema revision recorded in the file, read without writing to it; None for a new database."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    # Without a WAL file every change is in the main file, and ``immutable`` reads it without creating
    # the -wal and -shm files a WAL-mode database otherwise gets, even read-only.
    wal = database.with_name(database.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?{options}", uri=True)) as connection:
            has_table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if not has_table:
                tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise DatabaseError(
                        N_("The file {path} is not a CMCC Desktop database. Choose another data folder."),
                        path=str(database),
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            N_("The database {path} cannot be read ({reason}). Restore it from a backup copy."),
            path=str(database),
            reason=str(exc),
        ) from exc
    return row[0] if row else None


def backup_database(database: Path, backups: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup, so the copy is consistent even in WAL mode."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{database.stem}-{stamp}-{label}.sqlite3"
    source = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def check_and_upgrade(engine: Engine, database: Path, backups: Path) -> Path | None:
    """Refuse a newer database, back up an older one, and migrate to head. Returns the backup, if any.

    The whole upgrade is one transaction: if any step fails, the database stays at its old version (SQLite
    rolls back schema changes too), the copy made before it is kept, and the error says so.
    """
    current = stored_revision(database)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            N_(
                "This database was written by a newer version of CMCC Desktop (schema {revision}). "
                "Install that version or newer to open it; the file was not changed."
            ),
            revision=current,
        )
    if current == head:
        return None
    if current is None:
        _upgrade(engine)
        return None
    label = f"from-{current}-to-{head}"
    with translate_db_errors():
        backup = backup_database(database, backups, label)
    try:
        with translate_db_errors():
            _upgrade(engine)
    except DatabaseError:
        _keep_only(backup, database, label)
        raise
    except Exception as exc:
        log.exception("upgrading the database from %s to %s failed", current, head)
        _keep_only(backup, database, label)
        raise DatabaseError(
            N_(
                "CMCC Desktop could not upgrade the database from schema {old} to {new} ({reason}). Nothing was "
                "changed: the database is still at its old version, and a copy of it is in {backup}. Keep using the "
                "earlier version of CMCC Desktop for now, and send the log folder to your IT cell."
            ),
            old=current,
            new=head,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            backup=str(backup),
        ) from exc
    return backup


def _upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.connect() as connection:
        raw = sqlite_connection(connection)
        assert raw is not None
        # Some migrations rebuild a table (copy, drop, rename), which SQLite refuses while other tables'
        # foreign keys point at it. The setting only changes outside a transaction, so it is set around it.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _keep_only(backup: Path, database: Path, label: str) -> None:
    """After a failed upgrade the database is unchanged, so copies left by earlier failed tries of the same
    upgrade are older copies of the same database: keep only the newest, so that retries do not fill the disk."""
    for older in backup.parent.glob(f"{database.stem}-*-{label}.sqlite3"):
        if older != backup:
            older.unlink(missing_ok=True)
