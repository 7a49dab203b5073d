"""Apply changes received from other devices, and rebuild every record from the log.

Changes arrive feed by feed, each feed continuing exactly where this laptop's copy of it ends (the importer
checks that). They are stored, their records' heads advance, and the records are materialised again. The
same code rebuilds the whole state from the log, which is how tests prove that derived state equals the log.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..db import search_index
from ..db.models import RECORD_MODELS
from ..store import clock
from ..store.changes import Change, feed_device, feed_kind, is_withheld
from ..store.heads import RecordState
from ..store.journal import load_states
from ..store.materialize import Materializer
from .conflict_scan import find_conflicts


@dataclass
class MergeResult:
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    changes: int = 0
    far_ahead_teams: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ReceivedFeed:
    """A feed's new changes, in order: each with its sequence number, the change (None for one its sender held
    back), the chain hash after it and its body as received (already checked, so it is stored as it is), and
    the origin's head signature."""

    feed: str
    changes: list[tuple[int, Change | None, str, str]]
    head_signature: str


def apply_received(unit: Any, feeds: Iterable[ReceivedFeed], now: datetime) -> MergeResult:
    """Store and apply the feeds' changes inside the caller's write unit (one transaction)."""
    raw = unit.raw
    applied = dict(raw.execute("SELECT feed, last_seq FROM feed").fetchall())
    result = MergeResult()
    ordered: list[Change] = []
    rows = []
    for received in feeds:
        if not received.changes:
            continue
        for seq, change, chain, body in received.changes:
            if change is None:  # held back: it only continues the chain
                rows.append((received.feed, seq, 0, "", "", body, chain))
                continue
            ordered.append(change)
            rows.append((change.feed, change.seq, change.hlc, change.entity, change.record_id, body, chain))
        last, last_chain = received.changes[-1][0], received.changes[-1][2]
        raw.execute(
            "INSERT INTO feed (feed, device_id, kind, last_seq, last_chain, head_signature) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (feed) DO UPDATE SET last_seq = excluded.last_seq, last_chain = excluded.last_chain, "
            "head_signature = excluded.head_signature",
            (
                received.feed,
                feed_device(received.feed),
                feed_kind(received.feed),
                last,
                last_chain,
                received.head_signature,
            ),
        )
    raw.executemany(
        "INSERT INTO change (feed, seq, hlc, entity, record_id, body, chain) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    now_ms = int(now.timestamp() * 1000)
    _apply(unit.connection, raw, ordered, applied, result)
    if ordered:
        top = max(change.hlc for change in ordered)
        result.far_ahead_teams = {c.team for c in ordered if clock.is_far_ahead(c.hlc, now_ms)}
        hlc = raw.execute("SELECT hlc FROM local_identity").fetchone()[0]
        raw.execute("UPDATE local_identity SET hlc = ?", (clock.accept(hlc, top, now_ms),))
    return result


def rebuild_from_log(unit: Any) -> MergeResult:
    """Derive every record again from the change log alone."""
    raw = unit.raw
    for entity in RECORD_MODELS:
        raw.execute(f"DELETE FROM {entity}")
    raw.execute("DELETE FROM record_heads")
    search_index.rebuild(unit.connection)
    changes = [
        Change.from_body(body)
        for (body,) in raw.execute("SELECT body FROM change ORDER BY feed, seq")
        if not is_withheld(body)
    ]
    result = MergeResult()
    _apply(unit.connection, raw, changes, {}, result)
    return result


def _apply(
    connection: Any,
    raw: sqlite3.Connection,
    ordered: list[Change],
    applied: dict[str, int],
    result: MergeResult,
) -> None:
    """Advance the heads of every touched record, then materialise them, entity by entity."""
    record_ids = list(dict.fromkeys(change.record_id for change in ordered))
    states = load_states(raw, record_ids)
    existed = _existing_rows(raw, ordered)
    before = {conflict.key for conflict in find_conflicts(raw, record_ids)}
    by_entity: dict[str, dict[str, RecordState]] = defaultdict(dict)
    for change in ordered:
        state = states.setdefault(change.record_id, RecordState())
        state.apply(change, received=lambda feed, seq: seq <= applied.get(feed, 0))
        applied[change.feed] = change.seq
        by_entity[change.entity][change.record_id] = state
    materializer = Materializer(connection)
    materializer.remember(ordered)
    for entity, entity_states in by_entity.items():
        written = materializer.write(entity, entity_states)
        for record_id in written:
            if record_id in existed:
                result.updated += 1
            else:
                result.new += 1
    # New decisions for an officer, counted as the Conflicts view lists them.
    result.conflicts += len({conflict.key for conflict in find_conflicts(raw, record_ids)} - before)
    result.changes += len(ordered)


def _existing_rows(raw: sqlite3.Connection, changes: list[Change]) -> set[str]:
    found: set[str] = set()
    by_entity: dict[str, list[str]] = defaultdict(list)
    for change in changes:
        by_entity[change.entity].append(change.record_id)
    for entity, ids in by_entity.items():
        found.update(
            rid
            for (rid,) in _chunked(
                raw, f"SELECT id FROM {entity} WHERE id IN ({{}})", list(dict.fromkeys(ids))
            )
        )
    return found


def _chunked(raw: sqlite3.Connection, sql: str, ids: list[str]) -> Iterable[tuple[Any, ...]]:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield from raw.execute(sql.format(", ".join("?" * len(chunk))), chunk)
