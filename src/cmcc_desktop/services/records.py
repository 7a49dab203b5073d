"""What every kind of record can do: create, update, soft-delete, restore, get, list, count and search.

An entity's service says only what is its own: how each field is checked (``validators``), which fields a new
record needs (``required``), rules across fields (``cross_checks``), which fields point at other records
(``references``) and its list filters (``conditions``). Every write goes through :class:`WriteUnit`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, select

from ..db import search_index
from ..db.engine import sqlite_connection
from ..db.models import RECORD_MODELS, RecordMixin
from ..errors import CmccError, NotFoundError, ValidationError
from ..i18n import N_
from ..rules.fields import FieldRules, Validator
from ..rules.validation import FieldProblem, releasability
from ..store.store import Store, WriteUnit, not_found, record_version
from ..store.versions import ChangedField, StaleRecordError, Versioned, same_version

M = TypeVar("M", bound=RecordMixin)

# One sentence per kind of record (see ``store.store.not_found``).
_IN_DELETED_ITEMS = {
    "organisation": N_("This organisation is in Deleted items. Restore it before changing it."),
    "contact": N_("This contact is in Deleted items. Restore it before changing it."),
    "site": N_("This site is in Deleted items. Restore it before changing it."),
    "visit": N_("This visit is in Deleted items. Restore it before changing it."),
    "task": N_("This task is in Deleted items. Restore it before changing it."),
    "attachment": N_("This attachment is in Deleted items. Restore it before changing it."),
}


class RecordService(Generic[M]):
    model: type[M]  # set by each service to its record class
    noun: ClassVar[str]  # the kind of record, as the store names it ("contact")
    validators: ClassVar[Mapping[str, Validator]]
    required: ClassVar[tuple[str, ...]] = ()
    references: ClassVar[Mapping[str, type[RecordMixin]]] = {}
    default_order: ClassVar[str] = "id"
    # A record also matches a search that matches the record it links to through one of these fields
    # (field -> that record's entity): a visit is found by its site's name.
    searched_through: ClassVar[Mapping[str, str]] = {}

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, record_id: str) -> M:
        return self.store.get(self.model, record_id)

    def get_versioned(self, record_id: str) -> Versioned[M]:
        """The record with its version, read in one transaction: what a form starts from."""
        with self.store.read() as session:
            record = session.get(self.model, record_id)
            version = self.version_of(sqlite_connection(session.connection()), record_id)
        if record is None:
            raise self.not_found(record_id)
        return Versioned(record, version)

    def version_of(self, raw: sqlite3.Connection, record_id: str) -> str:
        """The version a save of this record is checked against (see ``store.versions``)."""
        return record_version(raw, record_id)

    def changed_since(self, unit: WriteUnit, record_id: str, version: str) -> list[ChangedField]:
        """The fields written after ``version``, with who wrote them."""
        return unit.changed_fields(self.model, record_id, version)

    def get_many(self, record_ids: Sequence[str]) -> list[M]:
        """The records with these ids, in the order given (missing ids are skipped)."""
        with self.store.read() as session:
            found = {
                r.id: r for r in session.scalars(select(self.model).where(self.model.id.in_(record_ids)))
            }
        return [found[i] for i in record_ids if i in found]

    def find(
        self,
        *,
        deleted: bool = False,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> list[M]:
        """Live records (or, with ``deleted=True``, the deleted ones) matching the entity's filters."""
        column = getattr(self.model, order_by or self.default_order)
        query = self._filtered(select(self.model), deleted, filters)
        query = query.order_by(column.desc() if descending else column, self.model.id)
        query = query.offset(offset).limit(limit)
        with self.store.read() as session:
            return list(session.scalars(query))

    def count(self, *, deleted: bool = False, **filters: Any) -> int:
        query = self._filtered(select(func.count()).select_from(self.model), deleted, filters)
        with self.store.read() as session:
            return session.scalar(query) or 0

    def search(self, text: str, limit: int = 200) -> list[M]:
        """Full-text search over this entity's live records, best match first."""
        with self.store.read() as session:
            ids = search_index.search(session.connection(), text, self.noun, limit)
        return self.get_many(ids)

    def conditions(self, **filters: Any) -> list[ColumnElement[bool]]:
        """SQL conditions for the entity's own list filters; unknown filters are a programming error."""
        if filters:
            raise TypeError(f"unknown filters for {self.noun}: {sorted(filters)}")
        return []

    # -- writing ---------------------------------------------------------------------------------------
    def create(self, **values: Any) -> M:
        return self.save(None, values).record

    def update(self, record_id: str, *, base_version: str | None = None, **changes: Any) -> M:
        """Change the given fields. Nothing is written if nothing differs. With ``base_version``, nothing is
        written either if the record changed after that version was read (:class:`StaleRecordError`)."""
        return self.save(record_id, changes, base_version).record

    def save(
        self, record_id: str | None, values: Mapping[str, Any], base_version: str | None = None
    ) -> Versioned[M]:
        """Create (``record_id`` None) or update a record; returns it as saved, with its new version."""
        with self.store.write() as unit:
            record_id = self.write_in(unit, record_id, values, base_version)
            return self.saved_in(unit, record_id)

    def write_in(
        self, unit: WriteUnit, record_id: str | None, values: Mapping[str, Any], base_version: str | None
    ) -> str:
        """The checks and the write of :meth:`save`, inside the caller's transaction; returns the id."""
        if record_id is None:
            cleaned = self.clean(values, None)
            self._check_references(unit, cleaned)
            return unit.insert(self.model, cleaned)
        current = self._load_live(unit, record_id, base_version)
        cleaned = self.clean(values, current)
        diff = {name: value for name, value in cleaned.items() if getattr(current, name) != value}
        if diff:
            self._check_references(unit, diff)
            unit.update(self.model, record_id, diff)
        return record_id

    def saved_in(self, unit: WriteUnit, record_id: str) -> Versioned[M]:
        """The record as this transaction leaves it, with its version."""
        return Versioned(unit.load(self.model, record_id), self.version_of(unit.raw, record_id))  # type: ignore[arg-type]

    def delete(self, record_id: str, *, base_version: str | None = None) -> None:
        """Move the record to the deleted items; it can be restored."""
        with self.store.write() as unit:
            self._load_live(unit, record_id, base_version)
            unit.set_deleted(self.model, record_id, True)

    def restore(self, record_id: str, *, base_version: str | None = None) -> M:
        with self.store.write() as unit:
            record = unit.load(self.model, record_id)
            if record is None:
                raise self.not_found(record_id)
            self._check_version(unit, record, base_version)
            if record.deleted_at is not None:
                unit.set_deleted(self.model, record_id, False)
        return self.get(record_id)

    # -- checks ----------------------------------------------------------------------------------------
    def clean(self, values: Mapping[str, Any], current: M | None) -> dict[str, Any]:
        """Check and normalise the given fields; gather every problem before raising."""
        unknown = set(values) - set(self.validators) - {"releasability"}
        if unknown:
            raise TypeError(f"unknown fields for {self.noun}: {sorted(unknown)}")
        problems: dict[str, CmccError] = {}
        cleaned: dict[str, Any] = {}
        for name, value in values.items():
            check = releasability if name == "releasability" else self.validators[name]
            try:
                cleaned[name] = check(value)
            except FieldProblem as problem:
                problems[name] = problem
        if current is None:
            for name in self.required:
                if name not in values and name not in problems:
                    try:
                        cleaned[name] = self.validators[name](None)
                    except FieldProblem as problem:
                        problems[name] = problem
        # Rules across fields too, over the fields that are right: every problem shows at once, and a field's
        # own problem stays the one it shows.
        for name, across in self.cross_checks(cleaned, current).items():
            problems.setdefault(name, across)
        if problems:
            raise ValidationError(problems)
        return cleaned

    def cross_checks(self, cleaned: dict[str, Any], current: M | None) -> dict[str, CmccError]:
        """Rules that involve more than one field or the record's current state."""
        return {}

    def _check_references(self, unit: WriteUnit, values: Mapping[str, Any]) -> None:
        problems: dict[str, CmccError] = {}
        for name, model in self.references.items():
            target_id = values.get(name)
            if not target_id:
                continue
            target = unit.load(model, target_id)
            if target is None:
                problems[name] = CmccError(
                    N_("The linked record {record_id} does not exist."), record_id=target_id
                )
            elif target.deleted_at is not None:
                problems[name] = CmccError(
                    N_("The linked record was deleted. Restore it from Deleted items first, or pick another.")
                )
        if problems:
            raise ValidationError(problems)

    def _load_live(self, unit: WriteUnit, record_id: str, base_version: str | None = None) -> M:
        record = unit.load(self.model, record_id)
        if record is None:
            raise self.not_found(record_id)
        self._check_version(unit, record, base_version)
        if record.deleted_at is not None:
            raise CmccError(_IN_DELETED_ITEMS[self.noun])
        return record

    def _check_version(self, unit: WriteUnit, record: RecordMixin, base_version: str | None) -> None:
        """Refuse to write over changes the officer has not seen (see ``store.versions``)."""
        if base_version is None:
            return
        version = self.version_of(unit.raw, record.id)
        if not same_version(version, base_version):
            changed = self.changed_since(unit, record.id, base_version)
            raise StaleRecordError(self.noun, record, version, changed)

    def not_found(self, record_id: str) -> NotFoundError:
        return not_found(self.noun, record_id)

    def _filtered(self, query: Select[Any], deleted: bool, filters: Mapping[str, Any]) -> Select[Any]:
        marker = self.model.deleted_at.is_not(None) if deleted else self.model.deleted_at.is_(None)
        return query.where(marker, *self.conditions(**{k: v for k, v in filters.items() if v is not None}))


def references_of(rules: FieldRules) -> dict[str, type[RecordMixin]]:
    """The models a kind of record's links point at."""
    return {name: RECORD_MODELS[entity] for name, entity in rules.references.items()}


def json_list_contains(column: Any, value: str) -> ColumnElement[bool]:
    """True where a JSON list column holds the value (a sector code, a contact id, an officer's name)."""
    each = func.json_each(column).table_valued("value")
    return exists(select(1).select_from(each).where(each.c.value == value))
