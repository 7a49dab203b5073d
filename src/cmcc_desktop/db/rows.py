"""Encode record rows for SQLite directly, for the bulk write path.

SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself for large batches (demo
data, and later sync imports of 100k changes). These encoders store exactly what the typed columns store:
timestamps as ISO-8601 UTC text, dates as ``YYYY-MM-DD``, lists as compact JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Date, Table

from ..ids import uuid7
from .types import UtcDateTime, format_timestamp


def json_encoder(sort_keys: bool = False) -> Callable[[Any], str]:
    """Compact UTF-8 JSON. ``JSONEncoder.encode`` builds a new C encoder on every call, which costs more
    than the encoding of a short list; this builds it once, as ``JSONEncoder.iterencode`` would."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys)
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:  # no C accelerator in this Python
        return encoder.encode
    iterencode = make(
        {}, encoder.default, json.encoder.encode_basestring, None, ":", ",", sort_keys, False, True
    )
    return lambda value: "".join(iterencode(value, 0))


encode_json: Callable[[Any], str] = json_encoder()
# List columns are written in canonical form (keys sorted), the form changes carry: a new record's change
# takes that text as it is (see ``store.changes.CreationValues``) instead of encoding the lists again.
encode_canonical_json: Callable[[Any], str] = json_encoder(sort_keys=True)


def _encode_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


_last_timestamp: tuple[datetime | None, str | None] = (None, None)


def _encode_timestamp(value: datetime | None) -> str | None:
    """As :func:`format_timestamp`; the stamps of a batch are one object, so the last one is remembered."""
    global _last_timestamp
    if value is None:
        return None
    if value is _last_timestamp[0]:
        return _last_timestamp[1]
    text = format_timestamp(value)
    _last_timestamp = (value, text)
    return text


class RowEncoder:
    """Turns row dicts (missing columns take their defaults) into tuples for one ``INSERT`` statement."""

    def __init__(self, table: Table) -> None:
        self.names = [column.name for column in table.columns]
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(self.names)}) VALUES ({', '.join('?' * len(self.names))})"
        )
        # Defaults are only read to be encoded, never changed, so one shared value (an empty list) serves all.
        self.defaults: dict[str, Any] = {}
        for column in table.columns:
            default = column.default
            if default is not None:
                arg = default.arg  # type: ignore[attr-defined]
                self.defaults[column.name] = arg(None) if default.is_callable else arg
            elif column.nullable:
                self.defaults[column.name] = None
        # The defaults a new record's change leaves out (None aside, which a change never carries).
        self.omitted = {name: value for name, value in self.defaults.items() if value is not None}
        self._values = itemgetter(*self.names)
        self.json_columns = frozenset(
            column.name for column in table.columns if isinstance(column.type, JSON)
        )
        self._json_positions = [
            position for position, column in enumerate(table.columns) if isinstance(column.type, JSON)
        ]
        self._kinds = [
            (column.name, encoder)
            for column in table.columns
            if (encoder := _encoder(column.type)) is not None
        ]

    def stored(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Values as stored, for changes: timestamps and dates as text; lists stay lists (JSON in the change)."""
        return self._store_in_place(dict(values))

    def stored_new(self, row: Mapping[str, Any], stamp: Mapping[str, Any]) -> dict[str, Any]:
        """A new record's row as stored, with every column (defaults, then ``stamp``, filled in where the row
        has none) and an id (a new one if it has none)."""
        stored = {**self.defaults, **stamp, **row}
        if not stored.get("id"):
            stored["id"] = uuid7()
        return self._store_in_place(stored)

    def _store_in_place(self, stored: dict[str, Any]) -> dict[str, Any]:
        for name, kind in self._kinds:
            value = stored.get(name)
            if value is not None:
                stored[name] = kind(value)
        return stored

    def encode_stored(self, stored_row: Mapping[str, Any]) -> list[Any]:
        """The statement's parameters for a complete row already in :meth:`stored` form: lists become
        canonical JSON."""
        values = list(self._values(stored_row))
        for position in self._json_positions:
            value = values[position]
            values[position] = "[]" if value == [] else encode_canonical_json(value)  # many lists are empty
        return values

    def decoded(self, stored_row: Mapping[str, Any]) -> dict[str, Any]:
        """A row read raw from SQLite, with its JSON columns decoded: the form changes carry."""
        return {
            name: json.loads(v) if name in self.json_columns and v is not None else v
            for name, v in stored_row.items()
        }


def _encoder(column_type: Any) -> Callable[[Any], Any] | None:
    """How a column's value is stored as text, where it is not stored as it is (JSON lists aside)."""
    if isinstance(column_type, UtcDateTime):
        return _encode_timestamp
    if isinstance(column_type, Date):
        return _encode_date
    return None


@cache
def row_encoder(table: Table) -> RowEncoder:
    return RowEncoder(table)
