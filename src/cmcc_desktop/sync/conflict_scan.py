"""Finding conflicts in records' heads, each as one decision for an officer.

A decision is a field, or a group of linked fields (a task's status with its reason, a site's latitude with its
longitude; see ``db.models.LINKED_FIELDS``): keeping one side keeps that side's whole group. The Conflicts view,
the command line and the import summary all count these decisions, so they say the same number.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..db.models import RECORD_TABLES, linked_group
from ..db.rows import row_encoder
from ..store.changes import DERIVED_COLUMNS, Change
from ..store.heads import RecordState, Ref, edited_while_deleted, order_key


@dataclass(frozen=True)
class ConflictValue:
    """One side of a conflict: the values it gives the conflict's fields, and who wrote them, when."""

    values: dict[str, Any]
    team: str
    author: str
    at: str
    provisional: bool

    @property
    def value(self) -> Any:
        """The value of a one-field conflict."""
        return next(iter(self.values.values()))


@dataclass(frozen=True)
class Conflict:
    entity: str
    record_id: str
    fields: tuple[str, ...]  # one field, or a group of linked fields decided together
    # "values": edited on two laptops; "deletion": deleted on one, restored on another (settle_deletion);
    # "edited_while_deleted": edited while another laptop deleted the record (settle_deletion)
    kind: str
    values: list[ConflictValue]
    version: str  # of the record when the conflict was read: a decision on a newer record is refused

    @property
    def field(self) -> str:
        return self.fields[0]

    @property
    def key(self) -> tuple[str, tuple[str, ...], str]:
        return (self.record_id, self.fields, self.kind)


def find_conflicts(raw: sqlite3.Connection, record_ids: Iterable[str] | None = None) -> list[Conflict]:
    """Every decision waiting for an officer (or those of these records only), by entity and record."""
    query = "SELECT record_id, entity, heads, pending FROM record_heads WHERE conflicted"
    if record_ids is None:
        rows = raw.execute(query + " ORDER BY entity, record_id").fetchall()
    else:
        ids = list(record_ids)
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += raw.execute(f"{query} AND record_id IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
        rows.sort(key=lambda row: (row[1], row[0]))
    scan = _Scan(raw)
    return [conflict for row in rows for conflict in scan.record(*row)]


class _Scan:
    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw
        self.changes: dict[tuple[str, int], Change] = {}

    def change(self, ref: Ref) -> Change:
        key = (ref[0], ref[1])
        if key not in self.changes:
            (body,) = self.raw.execute("SELECT body FROM change WHERE feed = ? AND seq = ?", key).fetchone()
            self.changes[key] = Change.from_body(body)
        return self.changes[key]

    def record(self, record_id: str, entity: str, heads: str, pending: str | None) -> list[Conflict]:
        state = RecordState(json.loads(heads), json.loads(pending) if pending else {})
        table = RECORD_TABLES[entity]
        columns = [c.name for c in table.columns if c.name not in DERIVED_COLUMNS]
        defaults = row_encoder(table).defaults

        def value_of(ref: Ref | None, name: str) -> Any:
            change = self.change(ref)  # type: ignore[arg-type]
            return change.values[name] if name in change.values else defaults.get(name)

        found: list[Conflict] = []
        conflicted = state.conflicted_fields(columns, value_of)
        for group in _groups(entity, conflicted):
            kind = "deletion" if group == ("deleted_at",) else "values"
            sides = {tuple(ref) for name in group if name in conflicted for ref in state.of(name)}
            found.append(self._conflict(entity, record_id, heads, group, kind, state, sides, value_of))
        winner = state.winner("deleted_at")
        if winner is not None and self.change(winner).values.get("deleted_at"):
            edited = [
                n for n in edited_while_deleted(state, self.change(winner), columns) if n != "deleted_at"
            ]
            for group in _groups(entity, edited):
                sides = {tuple(ref) for name in group if name in edited for ref in state.of(name)}
                found.append(
                    self._conflict(
                        entity, record_id, heads, group, "edited_while_deleted", state, sides, value_of
                    )
                )
        return found

    def _conflict(
        self,
        entity: str,
        record_id: str,
        version: str,
        group: tuple[str, ...],
        kind: str,
        state: RecordState,
        sides: set[tuple[Any, ...]],
        value_of: Any,
    ) -> Conflict:
        """Each side gives every field of the group: what it wrote, or else the field's current value."""
        refs = sorted((list(side) for side in sides), key=order_key, reverse=True)
        values = []
        for ref in refs:
            change = self.change(ref)
            given = {
                name: value_of(ref if ref in state.of(name) else state.winner(name), name) for name in group
            }
            values.append(ConflictValue(given, change.team, change.author, change.at, ref == refs[0]))
        return Conflict(entity, record_id, group, kind, values, version)


def _groups(entity: str, names: list[str]) -> list[tuple[str, ...]]:
    """The decisions these fields make: linked fields together, in the order of their first field."""
    found: list[tuple[str, ...]] = []
    for name in names:
        group = linked_group(entity, name)
        if group not in found:
            found.append(group)
    return found
