"""A record's history: who changed which field from what to what, when, on which laptop and team.

Read from the change log the app keeps anyway (local edits, sync imports, conflict decisions). Each change
says what its author saw before it (its predecessors, per field), so the old value of a field is the value of
those predecessors: what that officer changed, not what this laptop happened to show. Changes are replayed in
clock order, which also gives the value shown before a change whose predecessors never reached this laptop
(held back by a sender while the record was team only).

Values stay as stored, with linked records named as lists show them; code-list labels and the words around
them are the window's to translate (:func:`code_list` says which fields hold codes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date

from ..db.engine import sqlite_connection
from ..db.models import RECORD_TABLES
from ..db.rows import row_encoder
from ..db.types import UtcDateTime, parse_timestamp
from ..rules import vocabulary as vocab
from ..rules.fields import RULES
from ..store.changes import ALL_FIELDS, DERIVED_COLUMNS, Change, feed_device, is_withheld
from ..store.heads import order_key
from ..store.store import Store, utc_now
from . import Services

CREATED, CHANGED, DELETED, RESTORED, DECIDED = "created", "changed", "deleted", "restored", "conflict_decided"

# Written by every creation, delete and restore, and said by the kind of change rather than as fields.
_NOT_SHOWN = frozenset({"created_at", "created_by", "deleted_at"})
# Links that hold several records' ids (field -> their entity), beside the single links of the rules.
_LINK_LISTS: dict[tuple[str, str], str] = {("visit", "contacts_met"): "contact"}
_CODE_LISTS: dict[tuple[str, str], Mapping[Any, str]] = {
    **vocab.CODE_FIELDS,
    ("organisation", "sectors"): vocab.SECTORS,  # lists of codes
    ("contact", "sectors"): vocab.SECTORS,
    ("contact", "languages"): vocab.LANGUAGES,
}
# Statuses in which a task waits for nobody: the clock of its last status stops there.
_CLOCK_STOPS = frozenset({"verified", "cancelled"})


@dataclass(frozen=True)
class FieldChange:
    """One field a change wrote: the value its author saw and the value written. A conflict decision saw
    several: ``old`` is the one shown until then, ``others`` the values it settled besides."""

    field: str
    old: Any
    new: Any
    others: tuple[Any, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime  # the author's clock, UTC
    officer: str
    team: str
    device_id: str  # the laptop the change was made on
    device_officer: str  # the officer that laptop last said it was used by ("" if it never said)
    this_laptop: bool
    kind: str  # CREATED, CHANGED, DELETED, RESTORED or DECIDED
    changes: tuple[FieldChange, ...]

    @property
    def imported(self) -> bool:
        """Made on another laptop: it came here in a sync bundle."""
        return not self.this_laptop


def code_list(entity: str, name: str) -> Mapping[Any, str] | None:
    """The code list whose labels a field's stored codes read as ("in_progress" -> "In progress")."""
    if name == "releasability":
        return vocab.RELEASABILITY
    return _CODE_LISTS.get((entity, name))


def history(store: Store, entity: str, record_id: str) -> list[HistoryEntry]:
    """Every change of the record this laptop holds, newest first."""
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        changes = _changes_of(raw, entity, record_id)
        devices = _device_officers(raw, {feed_device(change.feed) for change in changes})
    replay = _Replay(entity)
    entries = [
        replay.entry(change, devices, store.identity.device_id)
        for change in sorted(changes, key=lambda c: order_key(list(c.ref)))
    ]
    shown = [entry for entry in entries if entry.changes or entry.kind != CHANGED]
    return _named(Services(store), entity, shown)[::-1]


def status_durations(entries: list[HistoryEntry], now: datetime | None = None) -> list[tuple[str, timedelta]]:
    """How long a task sat in each status, from its history (newest first, as :func:`history` gives it): the
    statuses in the order it first reached them. Its current status counts until ``now`` (by default the
    present) unless the task is verified or cancelled."""
    moves = [
        (entry.when, change.new)
        for entry in reversed(entries)
        for change in entry.changes
        if change.field == "status"
    ]
    totals: dict[str, timedelta] = {}
    for index, (start, status) in enumerate(moves):
        if index + 1 < len(moves):
            end = moves[index + 1][0]
        elif status in _CLOCK_STOPS:
            continue
        else:
            end = now or utc_now()
        totals[status] = totals.get(status, timedelta()) + max(end - start, timedelta())
    return list(totals.items())


def _changes_of(raw: sqlite3.Connection, entity: str, record_id: str) -> list[Change]:
    rows = raw.execute("SELECT body FROM change WHERE record_id = ? AND entity = ?", (record_id, entity))
    return [Change.from_body(body) for (body,) in rows if not is_withheld(body)]


def _device_officers(raw: sqlite3.Connection, device_ids: set[str]) -> dict[str, str]:
    ids = sorted(device_ids)
    marks = ", ".join("?" * len(ids))
    return dict(
        raw.execute(f"SELECT device_id, officer_name FROM sync_device WHERE device_id IN ({marks})", ids)
    )


class _Replay:
    """The record's changes, taken in clock order: what each one changed from what."""

    def __init__(self, entity: str) -> None:
        table = RECORD_TABLES[entity]
        self.columns = [c.name for c in table.columns if c.name not in DERIVED_COLUMNS]
        self.defaults = row_encoder(table).defaults
        self.dates = {c.name for c in table.columns if isinstance(c.type, Date)}
        self.timestamps = {c.name for c in table.columns if isinstance(c.type, UtcDateTime)}
        self.seen: dict[tuple[str, int], Change] = {}
        self.shown: dict[str, Any] = {}  # each field's value after the changes replayed so far

    def entry(self, change: Change, devices: Mapping[str, str], own_device: str) -> HistoryEntry:
        known = [
            self.seen[(ref[0], ref[1])]
            for refs in change.preds.values()
            for ref in refs
            if (ref[0], ref[1]) in self.seen
        ]
        first = change.whole and not known  # its creation, or the first this laptop saw of it
        written = self.columns if change.whole else [name for name in change.values if name in self.columns]
        fields: list[FieldChange] = []
        decided = False
        for name in written:
            new = self._value(change, name)
            if first:
                if name not in _NOT_SHOWN and new not in (None, "", []):
                    fields.append(FieldChange(name, None, self._decoded(name, new)))
                continue
            saw = self._saw(change, name)
            old, others = saw[0], tuple(value for value in saw[1:] if value != saw[0])
            decided = decided or bool(others)
            if name not in _NOT_SHOWN and (old != new or others):
                fields.append(
                    FieldChange(
                        name,
                        self._decoded(name, old),
                        self._decoded(name, new),
                        tuple(self._decoded(name, value) for value in others),
                    )
                )
        was_deleted = self.shown.get("deleted_at") is not None
        kind = self._kind(change, first, was_deleted, decided)
        for name in written:
            self.shown[name] = self._value(change, name)
        self.seen[(change.feed, change.seq)] = change
        device = feed_device(change.feed)
        return HistoryEntry(
            parse_timestamp(change.at),
            change.author,
            change.team,
            device,
            devices.get(device, ""),
            device == own_device,
            kind,
            tuple(fields),
        )

    @staticmethod
    def _kind(change: Change, first: bool, was_deleted: bool, decided: bool) -> str:
        if first:
            return CREATED
        if "deleted_at" in change.values:
            deleted = change.values["deleted_at"] is not None
            if deleted and was_deleted:  # only settling an edit made while it was deleted deletes it again
                return DECIDED
            if deleted != was_deleted:
                return DELETED if deleted else RESTORED
        return DECIDED if decided else CHANGED

    def _value(self, change: Change, name: str) -> Any:
        """What a change gives a field: what it wrote, or the column default for a whole one without it."""
        if name in change.values:
            return change.values[name]
        return self.defaults.get(name) if change.whole else self.shown.get(name)

    def _saw(self, change: Change, name: str) -> list[Any]:
        """The values of a field its author saw, the one shown first: one value, or several (a conflict)."""
        refs = change.preds.get(name, change.preds.get(ALL_FIELDS, []))
        ordered = sorted((ref for ref in refs if (ref[0], ref[1]) in self.seen), key=order_key, reverse=True)
        values = [self._value(self.seen[(ref[0], ref[1])], name) for ref in ordered]
        if not values:  # its predecessors never came here: what this laptop showed before it
            return [self.shown.get(name, self.defaults.get(name))]
        distinct: list[Any] = []
        for value in values:
            if value not in distinct:
                distinct.append(value)
        return distinct

    def _decoded(self, name: str, value: Any) -> Any:
        if value is None:
            return None
        if name in self.timestamps:
            return parse_timestamp(value)
        if name in self.dates:
            return date.fromisoformat(value)
        return value


def _named(services: Services, entity: str, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The entries with linked records' ids replaced by their names, as lists show them."""
    links = RULES[entity].references
    lists = {name: target for (owner, name), target in _LINK_LISTS.items() if owner == entity}
    names: dict[tuple[str, str], str] = {}

    def name_of(target: str, record_id: Any) -> Any:
        if not record_id:
            return record_id
        key = (target, str(record_id))
        if key not in names:
            names[key] = services.label_of(target, str(record_id))
        return names[key]

    def shown(field: str, value: Any) -> Any:
        if field in links:
            return name_of(links[field], value)
        if field in lists and isinstance(value, list):
            return [name_of(lists[field], item) for item in value]
        return value

    return [
        replace(
            entry,
            changes=tuple(
                FieldChange(
                    change.field,
                    shown(change.field, change.old),
                    shown(change.field, change.new),
                    tuple(shown(change.field, other) for other in change.others),
                )
                for change in entry.changes
            ),
        )
        for entry in entries
    ]
