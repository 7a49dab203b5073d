"""The open data dir: database, identity, and the single path every write goes through.

Reads use short ORM sessions whose objects are detached when returned (no relationships, so they are plain
values that can cross threads). Writes are serialised in-process by a lock and begin with
``BEGIN IMMEDIATE`` across processes. :class:`WriteUnit` stamps who and when on every change and keeps the
search index in step in the same transaction; change tracking for sync belongs there too.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..db import search_index
from ..db.engine import create_sqlite_engine
from ..db.migrate import check_and_upgrade, head_revision
from ..db.models import RECORD_MODELS, LocalIdentity, RecordMixin
from ..db.rows import row_encoder
from ..errors import DatabaseError, NotFoundError
from ..ids import uuid7
from ..paths import AppPaths

log = logging.getLogger(__name__)

M = TypeVar("M", bound=RecordMixin)
DEFAULT_TEAM = "Unnamed team"


@dataclass(frozen=True)
class Identity:
    device_id: str
    officer_name: str
    team_name: str


def utc_now() -> datetime:
    return datetime.now(UTC)


def entity_of(model: type[RecordMixin]) -> str:
    return model.__tablename__  # type: ignore[attr-defined,no-any-return]


class Store:
    """One open data dir. Create with :meth:`open`; close when done."""

    def __init__(self, paths: AppPaths, engine: Engine, identity: Identity, backup: Any = None) -> None:
        self.paths = paths
        self.engine = engine
        self.identity = identity
        self.upgrade_backup = backup
        self.clock: Callable[[], datetime] = utc_now
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, paths: AppPaths, officer: str | None = None, team: str | None = None) -> Store:
        try:
            paths.ensure()
        except OSError as exc:
            raise DatabaseError(
                "The data folder {path} cannot be created ({reason}). Choose a folder you can write to.",
                path=str(paths.data_dir),
                reason=exc.strerror or str(exc),
            ) from exc
        engine = create_sqlite_engine(paths.database)
        try:
            with translate_db_errors():
                backup = check_and_upgrade(engine, paths.database, paths.backups)
                identity = _ensure_identity(engine, officer, team)
        except BaseException:
            engine.dispose()
            raise
        if backup is not None:
            log.info("database upgraded to %s; the previous copy is %s", head_revision(), backup)
        return cls(paths, engine, identity, backup)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_db_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session
            session.expunge_all()

    @contextmanager
    def write(self) -> Iterator[WriteUnit]:
        """One transaction: all of it is saved, or (on any error) none of it."""
        with self._write_lock, translate_db_errors(), self.engine.connect() as raw_connection:
            connection = raw_connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin():
                yield WriteUnit(connection, self.identity, self.clock())

    def get(self, model: type[M], record_id: str) -> M:
        with self.read() as session:
            record = session.get(model, record_id)
        if record is None:
            raise NotFoundError(
                "No {entity} with id {record_id} exists here.", entity=entity_of(model), record_id=record_id
            )
        return record

    def counts(self) -> dict[str, int]:
        """Live (not deleted) records per entity."""
        with self.read() as session:
            return {
                name: session.scalar(select(func.count()).where(model.deleted_at.is_(None))) or 0
                for name, model in RECORD_MODELS.items()
            }


class WriteUnit:
    """The writes of one transaction. Every change to a record passes through here."""

    def __init__(self, connection: Connection, identity: Identity, now: datetime) -> None:
        self.connection = connection
        self.identity = identity
        self.now = now

    def insert(self, model: type[RecordMixin], values: Mapping[str, Any]) -> str:
        record_id = values.get("id") or uuid7()
        self.insert_many(model, [{**values, "id": record_id}])
        return record_id

    def insert_many(self, model: type[RecordMixin], rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert new records. Rows may carry their own ids and stamps (demo data, later sync)."""
        if not rows:
            return
        stamp = {
            "created_at": self.now,
            "created_by": self.identity.officer_name,
            "updated_at": self.now,
            "updated_by": self.identity.officer_name,
        }
        encoder = row_encoder(model.__table__)  # type: ignore[attr-defined]
        complete = [encoder.complete({**stamp, **row, "id": row.get("id") or uuid7()}) for row in rows]
        self._driver().executemany(encoder.sql, [encoder.encode(row) for row in complete])
        entity = entity_of(model)
        if entity in search_index.SEARCH_FIELDS:
            search_index.index_documents(self.connection, entity, complete, new=True)

    def load(self, model: type[M], record_id: str) -> M | None:
        """Read a record inside this transaction, so checks see what the write will change."""
        with Session(bind=self.connection, expire_on_commit=False) as session:
            record = session.get(model, record_id)
            session.expunge_all()
        return record

    def update(self, model: type[RecordMixin], record_id: str, changes: Mapping[str, Any]) -> None:
        """Change some fields of one record; the search index follows."""
        values = {**changes, "updated_at": self.now, "updated_by": self.identity.officer_name}
        self.connection.execute(update(model).where(model.id == record_id).values(values))
        self._reindex(model, record_id)

    def set_deleted(self, model: type[RecordMixin], record_id: str, deleted: bool) -> None:
        """Soft-delete or restore: the record stays, marked, and leaves or rejoins the search index."""
        marker = (
            {"deleted_at": self.now, "deleted_by": self.identity.officer_name}
            if deleted
            else {"deleted_at": None, "deleted_by": None}
        )
        self.update(model, record_id, marker)

    def _driver(self) -> Any:
        """The DB-API connection under this transaction, for bulk statements."""
        return self.connection.connection.driver_connection

    def _reindex(self, model: type[RecordMixin], record_id: str) -> None:
        entity = entity_of(model)
        if entity not in search_index.SEARCH_FIELDS:
            return
        row = self.connection.execute(select(model.__table__).where(model.id == record_id)).mappings().one()
        if row["deleted_at"] is None:
            search_index.index_documents(self.connection, entity, [row])
        else:
            search_index.remove_documents(self.connection, [record_id])


@contextmanager
def translate_db_errors() -> Iterator[None]:
    """Turn the environment's database failures into messages that say what to do."""
    try:
        yield
    except OperationalError as exc:
        original = exc.orig
        code = getattr(original, "sqlite_errorcode", None)
        reason = str(original)
        if code == sqlite3.SQLITE_FULL or "disk is full" in reason:
            raise DatabaseError(
                "The disk is full, so nothing was saved. Free some space, then try again."
            ) from exc
        if code == sqlite3.SQLITE_READONLY or "readonly" in reason:
            raise DatabaseError(
                "The database is read-only, so nothing was saved. Check that the data folder is writable."
            ) from exc
        if code == sqlite3.SQLITE_BUSY or "locked" in reason:
            raise DatabaseError(
                "The database is busy with another CMCC Desktop window or command. "
                "Wait for it to finish, then try again."
            ) from exc
        raise DatabaseError(
            "The database could not be used ({reason}). Try again; if it keeps failing, restore a backup.",
            reason=reason,
        ) from exc


def _ensure_identity(engine: Engine, officer: str | None, team: str | None) -> Identity:
    with Session(engine) as session, session.begin():
        row = session.scalars(select(LocalIdentity)).first()
        if row is None:
            row = LocalIdentity(
                device_id=uuid7(),
                officer_name=(officer or _os_user()).strip(),
                team_name=(team or DEFAULT_TEAM).strip(),
                created_at=utc_now(),
            )
            session.add(row)
        else:
            if officer and officer.strip() != row.officer_name:
                row.officer_name = officer.strip()
            if team and team.strip() != row.team_name:
                row.team_name = team.strip()
        return Identity(row.device_id, row.officer_name, row.team_name)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "Officer"
