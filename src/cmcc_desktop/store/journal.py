"""This device's side of the change log: every local write becomes a change in one of its feeds, in the
same transaction as the write itself."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from functools import cache
from typing import Any

from ..db.rows import RowEncoder
from ..db.types import format_timestamp
from . import clock
from .changes import Change, CreationValues, canonical_json, change_body, feed_for, next_chain
from .heads import RecordState, one_head_json


class Journal:
    """The changes one write unit adds. Loaded lazily by the write unit, flushed before it commits."""

    def __init__(
        self, raw: sqlite3.Connection, device_id: str, officer: str, team: str, now: datetime
    ) -> None:
        self.raw = raw
        self.device_id = device_id
        self.officer = officer
        self.team = team
        self.now_ms = int(now.timestamp() * 1000)
        self.at = format_timestamp(now)
        self.feeds: dict[str, tuple[int, str]] = {
            feed: (seq, chain)
            for feed, seq, chain in raw.execute(
                "SELECT feed, last_seq, last_chain FROM feed WHERE device_id = ?", (device_id,)
            )
        }
        self.hlc = raw.execute("SELECT hlc FROM local_identity WHERE device_id = ?", (device_id,)).fetchone()[
            0
        ]
        self.rows: list[tuple[Any, ...]] = []

    def record(
        self,
        entity: str,
        record_id: str,
        releasability: str,
        values: dict[str, Any],
        preds: dict[str, list[list[Any]]] | None = None,
        whole: bool = False,
        at: str | None = None,
        author: str | None = None,
    ) -> Change:
        """Add one change by this device. ``at``/``author`` default to now and the officer."""
        at, author, preds = at or self.at, author or self.officer, preds or {}
        feed, seq, hlc = self._append(
            entity, record_id, releasability, canonical_json(values), preds, whole, at, author
        )
        return Change(
            feed=feed,
            seq=seq,
            hlc=hlc,
            at=at,
            author=author,
            team=self.team,
            entity=entity,
            record_id=record_id,
            values=values,
            preds=preds,
            whole=whole,
        )

    def record_creations(
        self, entity: str, encoder: RowEncoder, rows: list[dict[str, Any]], params: list[list[Any]]
    ) -> int:
        """Add one whole change per new record and write the records' heads: the bulk path of demo data and
        adoption. ``rows`` are stored rows with every column and their own stamps, ``params`` the same rows
        as ``encoder`` writes them. Returns how many records."""
        values_of = _creation_values(encoder)
        heads = []
        for row, row_params in zip(rows, params, strict=True):
            ref = self._append(
                entity,
                row["id"],
                row["releasability"],
                values_of(row_params),
                {},
                True,
                row["updated_at"],
                row["updated_by"],
            )
            heads.append((row["id"], entity, one_head_json(ref)))
        self.raw.executemany(
            "INSERT INTO record_heads (record_id, entity, heads, pending, conflicted) VALUES (?, ?, ?, NULL, 0)",
            heads,
        )
        return len(heads)

    def _append(
        self,
        entity: str,
        record_id: str,
        releasability: str,
        values: str,
        preds: dict[str, list[list[Any]]],
        whole: bool,
        at: str,
        author: str,
    ) -> tuple[str, int, int]:
        """Number, clock, encode and chain one change in its feed (``values`` in canonical JSON); returns
        its reference (feed, seq, hlc)."""
        feed = feed_for(self.device_id, releasability)
        seq, chain = self.feeds[feed]
        seq += 1
        self.hlc = hlc = clock.tick(self.hlc, self.now_ms)
        body = change_body(feed, seq, hlc, at, author, self.team, entity, record_id, values, preds, whole)
        chain = next_chain(chain, body)
        self.feeds[feed] = (seq, chain)
        self.rows.append((feed, seq, hlc, entity, record_id, body, chain))
        return feed, seq, hlc

    def flush(self) -> None:
        if not self.rows:
            return
        self.raw.executemany(
            "INSERT INTO change (feed, seq, hlc, entity, record_id, body, chain) VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.raw.executemany(
            "UPDATE feed SET last_seq = ?, last_chain = ?, head_signature = NULL WHERE feed = ?",
            [(seq, chain, feed) for feed, (seq, chain) in self.feeds.items()],
        )
        self.raw.execute("UPDATE local_identity SET hlc = ? WHERE device_id = ?", (self.hlc, self.device_id))
        self.rows = []


@cache
def _creation_values(encoder: RowEncoder) -> CreationValues:
    return CreationValues(encoder)


def load_states(raw: sqlite3.Connection, record_ids: list[str]) -> dict[str, RecordState]:
    """The heads of these records, as stored (records without any are absent)."""
    found: dict[str, RecordState] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for record_id, heads, pending in raw.execute(
            f"SELECT record_id, heads, pending FROM record_heads WHERE record_id IN ({marks})", chunk
        ):
            found[record_id] = RecordState(json.loads(heads), json.loads(pending) if pending else {})
    return found
