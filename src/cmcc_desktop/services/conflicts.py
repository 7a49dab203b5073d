"""Conflicts: fields edited concurrently on two laptops, and edits made while another laptop deleted the
record. Every value is kept and shown until an officer decides; the decision is a change that saw them all.

A decision is refused, like a stale save, if the record changed after the conflict was read (another import
may have brought a third value): the officer decides on what they were shown.
"""

from __future__ import annotations

from typing import Any

from ..db.engine import sqlite_connection
from ..db.models import RECORD_MODELS
from ..store.store import Store, WriteUnit, record_version
from ..store.versions import StaleRecordError, same_version
from ..sync.conflict_scan import Conflict, ConflictValue, find_conflicts
from . import Services
from .records import RecordService

__all__ = ["Conflict", "ConflictValue", "conflicts", "resolve", "settle_deletion"]


def conflicts(store: Store) -> list[Conflict]:
    """Every decision waiting for an officer: a field (or linked fields) with more than one current value,
    and every edit made while another device deleted the record."""
    with store.read() as session:
        return find_conflicts(sqlite_connection(session.connection()))


def resolve(store: Store, conflict: Conflict, values: dict[str, Any]) -> None:
    """Settle a conflict with the values the officer picked or wrote, one for each of its fields (checked
    like any edit)."""
    if set(values) != set(conflict.fields):
        raise TypeError(f"a decision gives every field of the conflict: {conflict.fields}")
    service = _service(store, conflict.entity)
    with store.write() as unit:
        current = _unchanged(unit, service, conflict)
        cleaned = service.clean(values, current)
        unit.update(RECORD_MODELS[conflict.entity], conflict.record_id, cleaned)


def settle_deletion(store: Store, conflict: Conflict, keep_deleted: bool) -> None:
    """An edit was made while another laptop deleted the record: restore it with the edit, or keep it
    deleted having seen the edit. Either way the conflict ends."""
    service = _service(store, conflict.entity)
    with store.write() as unit:
        _unchanged(unit, service, conflict)
        unit.set_deleted(RECORD_MODELS[conflict.entity], conflict.record_id, keep_deleted)


def _unchanged(unit: WriteUnit, service: RecordService[Any], conflict: Conflict) -> Any:
    """The record, if it is still as it was when the conflict was read."""
    record = unit.load(service.model, conflict.record_id)
    if record is None:
        raise service.not_found(conflict.record_id)
    if not same_version(record_version(unit.raw, conflict.record_id), conflict.version):
        changed = unit.changed_fields(service.model, conflict.record_id, conflict.version)
        raise StaleRecordError(service.noun, record, record_version(unit.raw, conflict.record_id), changed)
    return record


def _service(store: Store, entity: str) -> RecordService[Any]:
    return Services(store).by_entity(entity)
