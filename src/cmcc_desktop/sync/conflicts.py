"""Conflicts: fields edited concurrently on two laptops, and edits made while another laptop deleted the
record. Every value is kept and shown until an officer decides; the decision is a change that saw them all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..db.models import RECORD_MODELS
from ..db.rows import row_encoder
from ..services import Services
from ..services.store import Store
from .changes import DERIVED_COLUMNS, Change
from .heads import RecordState, edited_while_deleted, order_key


@dataclass(frozen=True)
class ConflictValue:
    value: Any
    team: str
    author: str
    at: str
    provisional: bool


@dataclass(frozen=True)
class Conflict:
    entity: str
    record_id: str
    field: str
    # "values": edited on two laptops; "deletion": deleted on one, restored on another (settle_deletion);
    # "edited_while_deleted": this field was edited while another laptop deleted the record (settle_deletion)
    kind: str
    values: list[ConflictValue]


def conflicts(store: Store) -> list[Conflict]:
    """Every field with more than one current value, and every edit made while another device deleted."""
    found: list[Conflict] = []
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        rows = raw.execute(
            "SELECT record_id, entity, heads, pending FROM record_heads WHERE conflicted ORDER BY entity, record_id"
        ).fetchall()
        for record_id, entity, heads, pending in rows:
            state = RecordState(json.loads(heads), json.loads(pending) if pending else {})
            table = RECORD_MODELS[entity].__table__  # type: ignore[attr-defined]
            columns = [c.name for c in table.columns if c.name not in DERIVED_COLUMNS]
            defaults = row_encoder(table).defaults

            def value_of(ref: list[Any], name: str, defaults: dict[str, Any] = defaults) -> Any:
                change = _change(raw, ref)
                return change.values[name] if name in change.values else defaults.get(name)

            for name in state.conflicted_fields(columns, value_of):
                kind = "deletion" if name == "deleted_at" else "values"
                found.append(Conflict(entity, record_id, name, kind, _values(raw, state.of(name), name)))
            winner = state.winner("deleted_at")
            delete = _change(raw, winner) if winner else None
            if delete is not None and delete.values.get("deleted_at"):
                for name in edited_while_deleted(state, delete, columns):
                    if name != "deleted_at":
                        found.append(
                            Conflict(
                                entity,
                                record_id,
                                name,
                                "edited_while_deleted",
                                _values(raw, state.of(name), name),
                            )
                        )
    return found


def _values(raw: Any, refs: list[list[Any]], name: str) -> list[ConflictValue]:
    top = max(refs, key=order_key)
    values = []
    for ref in sorted(refs, key=order_key, reverse=True):
        change = _change(raw, ref)
        values.append(
            ConflictValue(change.values.get(name), change.team, change.author, change.at, ref == top)
        )
    return values


def _change(raw: Any, ref: list[Any]) -> Change:
    return Change.from_body(
        raw.execute("SELECT body FROM change WHERE feed = ? AND seq = ?", (ref[0], ref[1])).fetchone()[0]
    )


def resolve(store: Store, entity: str, record_id: str, field: str, value: Any) -> None:
    """Settle a conflicting field with the value the officer picked or wrote (checked like any edit)."""
    service = _service(store, entity)
    current = service.get(record_id)
    cleaned = service.clean({field: value}, current)
    with store.write() as unit:
        unit.update(RECORD_MODELS[entity], record_id, cleaned)


def settle_deletion(store: Store, entity: str, record_id: str, keep_deleted: bool) -> None:
    """An edit was made while another laptop deleted the record: restore it with the edit, or keep it
    deleted having seen the edit. Either way the conflict ends."""
    _service(store, entity).get(record_id)
    with store.write() as unit:
        unit.set_deleted(RECORD_MODELS[entity], record_id, keep_deleted)


def _service(store: Store, entity: str) -> Any:
    return Services(store).by_entity(entity)
