"""The open data dir: database, identity, and the single path every write goes through.

Reads use short ORM sessions whose objects are detached when returned (no relationships, so they are plain
values that can cross threads). Writes are serialised in-process by a lock and begin with
``BEGIN IMMEDIATE`` across processes. :class:`WriteUnit` stamps who and when on every change and keeps the
search index in step in the same transaction; change tracking for sync belongs there too.
"""

from __future__ import annotations

import getpass
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from ..db import search_index
from ..db.engine import create_sqlite_engine, sqlite_connection
from ..db.errors import translate_db_errors
from ..db.migrate import check_and_upgrade, head_revision
from ..db.models import (
    CONTAINED,
    LINKED_FIELDS,
    RECORD_MODELS,
    RECORD_TABLES,
    LocalIdentity,
    RecordMixin,
    contained_marking,
)
from ..db.rows import row_encoder
from ..db.types import parse_timestamp
from ..errors import CmccError, DatabaseError, NotFoundError, ValidationError
from ..i18n import N_
from ..ids import uuid7
from ..paths import AppPaths
from .changes import ALL_FIELDS, DERIVED_COLUMNS, Change
from .device import ensure_own_team, start_device
from .heads import RecordState, order_key
from .journal import Journal, load_states
from .materialize import Materializer
from .versions import ChangedField

log = logging.getLogger(__name__)

M = TypeVar("M", bound=RecordMixin)
DEFAULT_TEAM = "Unnamed team"


@dataclass(frozen=True)
class Identity:
    device_id: str
    officer_name: str
    team_name: str


def identity_problems(officer: str, team: str) -> dict[str, CmccError]:
    """What is missing from a name and team that a laptop signs its changes with, by field."""
    problems = {}
    if not officer.strip():
        problems["officer"] = CmccError(N_("Give your name: it is written on every change you make."))
    if not team.strip():
        problems["team"] = CmccError(N_("Give your team's name: other teams see it on what you send them."))
    return problems


# One sentence per kind of record rather than the kind spliced into one: a translation says "no such
# contact" and "no such site" each in its own words (gender, article).
_NOT_FOUND = {
    "organisation": N_("No organisation with id {record_id} exists here."),
    "contact": N_("No contact with id {record_id} exists here."),
    "site": N_("No site with id {record_id} exists here."),
    "visit": N_("No visit with id {record_id} exists here."),
    "task": N_("No task with id {record_id} exists here."),
    "attachment": N_("No attachment with id {record_id} exists here."),
}


def not_found(entity: str, record_id: str) -> NotFoundError:
    """The refusal of a record that is not here (never made on this laptop, or not received yet)."""
    return NotFoundError(_NOT_FOUND[entity], record_id=record_id)


def utc_now() -> datetime:
    return datetime.now(UTC)


def entity_of(model: type[RecordMixin]) -> str:
    return model.__tablename__


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
        if paths.data_dir.exists() and not paths.data_dir.is_dir():
            raise DatabaseError(
                N_("{path} is a file, not a folder. Give a folder for the data (a new or an existing one)."),
                path=str(paths.data_dir),
            )
        try:
            paths.ensure()
        except OSError as exc:
            raise DatabaseError(
                N_(
                    "The data folder {path} cannot be written to ({reason}). Choose a folder you can write to."
                )
                if paths.data_dir.is_dir()
                else N_(
                    "The data folder {path} cannot be created ({reason}). Choose a folder you can write to."
                ),
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
        store = cls(paths, engine, identity, backup)
        try:
            store._prepare_sync()
            store._mend_markings()
            with store.read() as session:  # a write, and its lock, only when the rules changed
                outdated = search_index.is_outdated(session.connection())
            if outdated:
                with store.write() as unit:
                    indexed = search_index.rebuild_under_current_rules(unit.connection)
                if indexed:  # a new database has nothing to index
                    log.info("search index built again under its current rules (%d records)", indexed)
        except BaseException:
            engine.dispose()
            raise
        return store

    def _prepare_sync(self) -> None:
        """On first use: this device's key, its own entry among sync devices, its two feeds, and a first
        change for every record written before change tracking existed. Then, and later: its team's key and
        that key's endorsement of this device, and its entry kept current."""
        identity = self.identity
        with self.write() as unit:
            raw = unit.raw
            if raw.execute("SELECT private_key FROM local_identity").fetchone()[0] is None:
                start_device(raw, identity.device_id, identity.team_name, identity.officer_name, unit.now)
                adopted = unit.adopt_unlogged_records()
                if adopted:
                    log.info("gave %d existing records their first change for sync", adopted)
            else:
                raw.execute(
                    "UPDATE sync_device SET team_name = ?, officer_name = ? "
                    "WHERE device_id = ? AND (team_name != ? OR officer_name != ?)",
                    (
                        identity.team_name,
                        identity.officer_name,
                        identity.device_id,
                        identity.team_name,
                        identity.officer_name,
                    ),
                )
            ensure_own_team(raw, identity.device_id, identity.team_name, unit.now)

    def _mend_markings(self) -> None:
        """Photos and follow-ups written (or received) more releasable than the visit they belong to are
        marked as it is, once, as ordinary changes."""
        with self.read() as session:
            raw = sqlite_connection(session.connection())
            wrong = []
            for child, (link, container, _follows) in CONTAINED.items():
                for child_id, own, outer in raw.execute(
                    f"SELECT c.id, c.releasability, p.releasability FROM {child} AS c "
                    f"JOIN {container} AS p ON p.id = c.{link}"
                ):
                    if contained_marking(child, own, outer) != own:
                        wrong.append((child, child_id, contained_marking(child, own, outer)))
        if wrong:
            with self.write() as unit:
                for child, child_id, marking in wrong:
                    unit.update(RECORD_MODELS[child], child_id, {"releasability": marking})
            log.info("marked %d photos and follow-up tasks as strictly as their visits", len(wrong))

    def rename(self, officer: str, team: str) -> None:
        """The officer's name and team this laptop signs its changes with from now on (Settings; the command
        line's --officer and --team do the same at start). Records already written keep who wrote them."""
        officer, team = officer.strip(), team.strip()
        problems = identity_problems(officer, team)
        if problems:
            raise ValidationError(problems)
        with self.write() as unit:
            unit.raw.execute("UPDATE local_identity SET officer_name = ?, team_name = ?", (officer, team))
        self.identity = Identity(self.identity.device_id, officer, team)
        self._prepare_sync()  # this device's entry and its team key's name follow

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
                unit = WriteUnit(connection, self.identity, self.clock())
                yield unit
                unit.close()

    def get(self, model: type[M], record_id: str) -> M:
        with self.read() as session:
            record = session.get(model, record_id)
        if record is None:
            raise not_found(entity_of(model), record_id)
        return record

    def change_mark(self) -> int:
        """Where the change log ends now: every write of a record, by anyone, moves it on."""
        with self.read() as session:
            raw = sqlite_connection(session.connection())
            return int(raw.execute("SELECT coalesce(max(rowid), 0) FROM change").fetchone()[0])

    def changed_since(self, mark: int, most: int = 2000) -> tuple[int, dict[str, set[str]] | None]:
        """The records written after ``mark`` (by this window, another one, a command or an import), by
        entity, and the new mark. None instead of the records when there are more than ``most`` changes
        (everything is worth reading again then) or the log is not the one the mark was taken from."""
        with self.read() as session:
            raw = sqlite_connection(session.connection())
            end = int(raw.execute("SELECT coalesce(max(rowid), 0) FROM change").fetchone()[0])
            if end == mark:
                return end, {}
            if not 0 < end - mark <= most:  # many changes, or a log that was replaced (a restored copy)
                return end, None
            changed: dict[str, set[str]] = {}
            for entity, record_id in raw.execute(
                "SELECT entity, record_id FROM change WHERE rowid > ? AND rowid <= ?", (mark, end)
            ):
                changed.setdefault(entity, set()).add(record_id)
        return end, changed

    def counts(self) -> dict[str, int]:
        """Live (not deleted) records per entity."""
        with self.read() as session:
            return {
                name: session.scalar(select(func.count()).where(model.deleted_at.is_(None))) or 0
                for name, model in RECORD_MODELS.items()
            }


class WriteUnit:
    """The writes of one transaction. Every change to a record passes through here and becomes a change in
    this device's sync feeds, in the same transaction."""

    def __init__(self, connection: Connection, identity: Identity, now: datetime) -> None:
        self.connection = connection
        self.identity = identity
        self.now = now
        self.raw: sqlite3.Connection = sqlite_connection(connection)
        self._journal: Journal | None = None
        self._materializer: Materializer | None = None

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            identity = self.identity
            self._journal = Journal(
                self.raw, identity.device_id, identity.officer_name, identity.team_name, self.now
            )
        return self._journal

    @property
    def materializer(self) -> Materializer:
        if self._materializer is None:
            self._materializer = Materializer(self.connection)
        return self._materializer

    def load(self, model: type[M], record_id: str) -> M | None:
        """Read a record inside this transaction, so checks see what the write will change."""
        with Session(bind=self.connection, expire_on_commit=False) as session:
            record = session.get(model, record_id)
            session.expunge_all()
        return record

    def insert(self, model: type[RecordMixin], values: Mapping[str, Any]) -> str:
        record_id = values.get("id") or uuid7()
        self.insert_many(model, [{**values, "id": record_id}])
        return record_id

    def insert_many(self, model: type[RecordMixin], rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert new records. Rows may carry their own ids and stamps (demo data)."""
        if not rows:
            return
        stamp = {
            "created_at": self.now,
            "created_by": self.identity.officer_name,
            "updated_at": self.now,
            "updated_by": self.identity.officer_name,
        }
        entity = entity_of(model)
        encoder = row_encoder(RECORD_TABLES[entity_of(model)])
        stored_rows = [encoder.stored_new(row, stamp) for row in rows]
        if entity in CONTAINED:  # never more releasable than what it belongs to
            link, _container, _follows = CONTAINED[entity]
            markings = self._container_markings(entity, {row[link] for row in stored_rows if row[link]})
            for row in stored_rows:
                if row[link] in markings:
                    row["releasability"] = contained_marking(
                        entity, row["releasability"], markings[row[link]]
                    )
        params = [encoder.encode_stored(row) for row in stored_rows]
        self.raw.executemany(encoder.sql, params)
        self.journal.record_creations(entity, encoder, stored_rows, params)
        if entity in search_index.SEARCH_FIELDS:
            search_index.index_documents(self.connection, entity, stored_rows, new=True)

    def update(
        self,
        model: type[RecordMixin],
        record_id: str,
        changes: Mapping[str, Any],
        *,
        saw_everything: bool = False,
    ) -> None:
        """Change some fields of one record. The change supersedes what this laptop shows for those fields
        (all of the record's fields with ``saw_everything``: deletes, restores, conflict decisions)."""
        entity = entity_of(model)
        table = RECORD_TABLES[entity_of(model)]
        encoder = row_encoder(table)
        state = load_states(self.raw, [record_id])[record_id]
        current = self._stored_row(table.name, encoder, record_id)
        values = encoder.stored(dict(changes))
        for group in LINKED_FIELDS.get(entity, ()):  # one decision: written together, even if unchanged
            if not values.keys().isdisjoint(group):
                values.update({name: current[name] for name in group if name not in values})
        if entity in CONTAINED:  # never more releasable than what it belongs to
            link = CONTAINED[entity][0]
            container = self._container_markings(entity, {values.get(link, current[link])} - {None})
            if container:
                marking = values.get("releasability", current["releasability"])
                held = contained_marking(entity, marking, next(iter(container.values())))
                if held != current["releasability"] or "releasability" in values:
                    values["releasability"] = held
                if values == {} or (values.keys() == {"releasability"} and held == current["releasability"]):
                    return
        becomes_shared = current["releasability"] == "team" and values.get("releasability", "team") != "team"
        if becomes_shared:  # partner teams have never seen this record: send all of it
            whole = {
                k: v for k, v in {**current, **values}.items() if k not in DERIVED_COLUMNS and v is not None
            }
            change = self.journal.record(
                entity, record_id, whole["releasability"], whole, state.seen(), whole=True
            )
        else:
            preds = state.seen() if saw_everything else {name: state.of(name) for name in values}
            change = self.journal.record(
                entity, record_id, values.get("releasability", current["releasability"]), values, preds
            )
        state.apply(change, received=lambda _feed, _seq: True)
        self.materializer.remember([change])
        self.materializer.write(entity, {record_id: state})
        if values.get("releasability", current["releasability"]) != current["releasability"]:
            self._mark_contained(entity, record_id)

    def _container_markings(self, entity: str, container_ids: set[str]) -> dict[str, str]:
        """The markings of the records these contained ones belong to (by id)."""
        _link, container, _follows = CONTAINED[entity]
        found: dict[str, str] = {}
        ids = sorted(container_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                self.raw.execute(
                    f"SELECT id, releasability FROM {container} WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return found

    def _mark_contained(self, entity: str, record_id: str) -> None:
        """A record's marking changed: what belongs to it follows (photos) or becomes at least as strict."""
        (own,) = self.raw.execute(f"SELECT releasability FROM {entity} WHERE id = ?", (record_id,)).fetchone()
        for child, (link, container, _follows) in CONTAINED.items():
            if container != entity:
                continue
            for child_id, marking in self.raw.execute(
                f"SELECT id, releasability FROM {child} WHERE {link} = ?", (record_id,)
            ).fetchall():
                held = contained_marking(child, marking, own)
                if held != marking:
                    self.update(RECORD_MODELS[child], child_id, {"releasability": held})

    def changed_fields(self, model: type[RecordMixin], record_id: str, since: str) -> list[ChangedField]:
        """The record's fields written after version ``since``, each with who wrote it last and when."""
        columns = [c.name for c in RECORD_TABLES[entity_of(model)].columns if c.name not in DERIVED_COLUMNS]
        now = load_states(self.raw, [record_id]).get(record_id, RecordState())
        earlier = RecordState(json.loads(since)) if since else RecordState()
        found = []
        for name in now.changed_since(earlier, columns):
            ref = now.winner(name)
            if ref is not None:
                change = self._change(ref)
                found.append(ChangedField(name, change.author, change.team, parse_timestamp(change.at)))
        return found

    def last_change(self, record_id: str) -> ChangedField | None:
        """Who changed the record last, and when (``field`` is ``*``); None for a record without changes."""
        state = load_states(self.raw, [record_id]).get(record_id)
        refs = [ref for refs in state.heads.values() for ref in refs] if state else []
        if not refs:
            return None
        change = self._change(max(refs, key=order_key))
        return ChangedField(ALL_FIELDS, change.author, change.team, parse_timestamp(change.at))

    def _change(self, ref: list[Any]) -> Change:
        (body,) = self.raw.execute(
            "SELECT body FROM change WHERE feed = ? AND seq = ?", (ref[0], ref[1])
        ).fetchone()
        return Change.from_body(body)

    def _stored_row(self, table_name: str, encoder: Any, record_id: str) -> dict[str, Any]:
        cursor = self.raw.execute(f"SELECT * FROM {table_name} WHERE id = ?", (record_id,))
        names = [d[0] for d in cursor.description]
        return encoder.decoded(dict(zip(names, cursor.fetchone(), strict=True)))

    def set_deleted(self, model: type[RecordMixin], record_id: str, deleted: bool) -> None:
        """Soft-delete or restore: the record stays, marked, and leaves or rejoins the search index."""
        self.update(model, record_id, {"deleted_at": self.now if deleted else None}, saw_everything=True)

    def close(self) -> None:
        """Write this unit's changes to the log; called just before the transaction commits."""
        if self._journal is not None:
            self._journal.flush()

    def adopt_unlogged_records(self) -> int:
        """Give records written before change tracking existed their first change, by this device."""
        adopted = 0
        for entity, model in RECORD_MODELS.items():
            table = RECORD_TABLES[entity_of(model)]
            encoder = row_encoder(table)
            rows = self.raw.execute(
                f"SELECT * FROM {entity} WHERE id NOT IN (SELECT record_id FROM record_heads)"
            )
            names = [d[0] for d in rows.description]
            decoded = [encoder.decoded(dict(zip(names, raw_row, strict=True))) for raw_row in rows.fetchall()]
            params = [encoder.encode_stored(row) for row in decoded]
            adopted += self.journal.record_creations(entity, encoder, decoded, params)
        return adopted


def record_version(raw: sqlite3.Connection, record_id: str) -> str:
    """A record's version: the changes that decide its fields now (see ``store.versions``)."""
    row = raw.execute("SELECT heads FROM record_heads WHERE record_id = ?", (record_id,)).fetchone()
    return row[0] if row else ""


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
