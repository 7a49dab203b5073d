"""This device's side of the change log: every local write becomes a change in one of its feeds, in the
same transaction as the write itself."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..db.types import format_timestamp
from . import clock
from .changes import Change, feed_for, next_chain
from .heads import RecordState


class Journal:
    """The changes one write unit adds. Loaded lazily by the write unit, flushed before it commits."""

    def __init__(self, raw: Any, device_id: str, officer: str, team: str, now: datetime) -> None:
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
        feed = feed_for(self.device_id, releasability)
        seq, chain = self.feeds[feed]
        self.hlc = clock.tick(self.hlc, self.now_ms)
        change = Change(
            feed=feed,
            seq=seq + 1,
            hlc=self.hlc,
            at=at or self.at,
            author=author or self.officer,
            team=self.team,
            entity=entity,
            record_id=record_id,
            values=values,
            preds=preds or {},
            whole=whole,
        )
        body = change.body()
        chain = next_chain(chain, body)
        self.feeds[feed] = (change.seq, chain)
        self.rows.append((feed, change.seq, change.hlc, entity, record_id, body, chain))
        return change

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


def load_states(raw: Any, record_ids: list[str]) -> dict[str, RecordState]:
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
