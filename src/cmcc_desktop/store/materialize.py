"""Turn heads back into record rows: each field takes its winning change's value.

Used when changes arrive from other devices and when the whole state is rebuilt from the log. A record whose
creation has not arrived yet (only later edits did) keeps its heads but gets no row until it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Table

from ..db import search_index
from ..db.engine import sqlite_connection
from ..db.models import RECORD_TABLES
from ..db.rows import encode_json, row_encoder
from .changes import DERIVED_COLUMNS, Change
from .heads import RecordState, edited_while_deleted, one_head_json, order_key


class Materializer:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.raw = sqlite_connection(connection)
        self.changes: dict[tuple[str, int], Change] = {}

    def remember(self, changes: Iterable[Change]) -> None:
        for change in changes:
            self.changes[(change.feed, change.seq)] = change

    def write(self, entity: str, states: dict[str, RecordState]) -> dict[str, dict[str, Any]]:
        """Save the heads and the rows of these records; returns the rows written (not the deferred ones)."""
        table = RECORD_TABLES[entity]
        columns = [c.name for c in table.columns if c.name not in DERIVED_COLUMNS]
        self._load([ref for state in states.values() for refs in state.heads.values() for ref in refs])
        rows: dict[str, dict[str, Any]] = {}
        heads_rows = []
        defaults = row_encoder(table).defaults
        for record_id, state in states.items():
            only = state.only_head()
            if only is not None:  # one change decides everything: no conflict, and a quick row
                row, conflicted = (
                    self._row_of_one(record_id, self.changes[_key(only)], columns, defaults),
                    False,
                )
            else:
                row = self._row(table, record_id, state, columns)
                conflicted = bool(state.conflicted_fields(columns, self.value_of(defaults)))
            if row is not None:
                rows[record_id] = row
                if row["deleted_at"] is not None:
                    delete = self.changes[_key(state.winner("deleted_at"))]
                    conflicted = conflicted or bool(edited_while_deleted(state, delete, columns))
            heads = one_head_json(only) if only is not None else encode_json(state.heads)
            pending = encode_json(state.pending) if state.pending else None
            heads_rows.append((record_id, entity, heads, pending, conflicted))
        self.raw.executemany(
            "INSERT INTO record_heads (record_id, entity, heads, pending, conflicted) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (record_id) DO UPDATE SET heads = excluded.heads, pending = excluded.pending, "
            "conflicted = excluded.conflicted",
            heads_rows,
        )
        if rows:
            self._upsert(table, list(rows.values()))
        return rows

    def _row(
        self, table: Table, record_id: str, state: RecordState, columns: list[str]
    ) -> dict[str, Any] | None:
        if not state.of("created_at"):
            return None  # its creation has not arrived yet
        value_of = self.value_of(row_encoder(table).defaults)
        row: dict[str, Any] = {"id": record_id}
        for name in columns:
            row[name] = value_of(state.winner(name), name)
        latest = self.changes[_key(max((r for refs in state.heads.values() for r in refs), key=order_key))]
        row["updated_at"], row["updated_by"] = latest.at, latest.author
        row["deleted_by"] = (
            self.changes[_key(state.winner("deleted_at"))].author if row["deleted_at"] is not None else None
        )
        return row

    @staticmethod
    def _row_of_one(
        record_id: str, change: Change, columns: list[str], defaults: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The row of a record that one whole change (its creation) decides entirely."""
        if not change.whole:
            return None  # only edits of it have arrived; its creation has not
        values = change.values
        row: dict[str, Any] = {"id": record_id}
        for name in columns:
            row[name] = values[name] if name in values else defaults.get(name)
        row["updated_at"], row["updated_by"] = change.at, change.author
        row["deleted_by"] = change.author if row["deleted_at"] is not None else None
        return row

    def value_of(self, defaults: dict[str, Any]) -> Callable[[list[Any] | None, str], Any]:
        """The value a head gives a field: what it wrote, or the column default for a creation without it."""

        def value(ref: list[Any] | None, name: str) -> Any:
            change = self.changes[_key(ref)]
            return change.values[name] if name in change.values else defaults.get(name)

        return value

    def _upsert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        encoder = row_encoder(table)
        updates = ", ".join(f"{n} = excluded.{n}" for n in encoder.names if n != "id")
        self.raw.executemany(
            f"{encoder.sql} ON CONFLICT (id) DO UPDATE SET {updates}",
            [encoder.encode_stored(row) for row in rows],
        )
        if table.name not in search_index.SEARCH_FIELDS:
            return
        live = [row for row in rows if row["deleted_at"] is None]
        gone = [row["id"] for row in rows if row["deleted_at"] is not None]
        search_index.remove_documents(self.connection, gone + [row["id"] for row in live])
        search_index.index_documents(self.connection, table.name, live, new=True)

    def _load(self, refs: list[list[Any]]) -> None:
        """Fetch the changes these heads name that are not in memory yet."""
        missing = sorted({(ref[0], ref[1]) for ref in refs} - self.changes.keys())
        for start in range(0, len(missing), 400):
            chunk = missing[start : start + 400]
            marks = ", ".join("(?, ?)" for _ in chunk)
            flat = [value for pair in chunk for value in pair]
            for body in self.raw.execute(
                f"SELECT body FROM change WHERE (feed, seq) IN (VALUES {marks})", flat
            ):
                change = Change.from_body(body[0])
                self.changes[(change.feed, change.seq)] = change


def _key(ref: list[Any] | None) -> tuple[str, int]:
    assert ref is not None
    return (ref[0], ref[1])
