"""A new identity for a laptop whose data folder was copied and used in two places (a fork).

The laptop takes a new device id and key, endorsed by its team's key, and writes again, as changes of the new
identity, every value that its old identity decided: receivers that kept one of the two histories apart then
receive this side's work whole from its next bundle. Values that others changed since, and fields in conflict,
are not touched.
"""

from __future__ import annotations

import json
import sqlite3

from ..db.models import RECORD_MODELS, RECORD_TABLES
from ..ids import uuid7
from ..store.changes import DERIVED_COLUMNS, feed_device
from ..store.device import ensure_own_team, start_device
from ..store.heads import RecordState
from ..store.store import Identity, Store, WriteUnit


def take_new_identity(store: Store) -> tuple[str, int]:
    """Returns the new device id and how many records were written again under it. The store must be opened
    again afterwards (its identity is the old one)."""
    old = store.identity
    new = Identity(uuid7(), old.officer_name, old.team_name)
    with store.write() as unit:
        raw = unit.raw
        raw.execute(
            "UPDATE local_identity SET device_id = ? WHERE device_id = ?", (new.device_id, old.device_id)
        )
        start_device(raw, new.device_id, new.team_name, new.officer_name, unit.now)
        ensure_own_team(raw, new.device_id, new.team_name, unit.now)
        again = WriteUnit(unit.connection, new, unit.now)
        written = _write_again(raw, again, old.device_id)
        again.close()
    return new.device_id, written


def _write_again(raw: sqlite3.Connection, unit: WriteUnit, old_device: str) -> int:
    """Every field whose value the old identity decided, written again by the new one."""
    written = 0
    for record_id, entity, heads in raw.execute(
        "SELECT record_id, entity, heads FROM record_heads"
    ).fetchall():
        model = RECORD_MODELS[entity]
        state = RecordState(json.loads(heads))
        columns = [
            c.name for c in RECORD_TABLES[model.__tablename__].columns if c.name not in DERIVED_COLUMNS
        ]
        decided = [  # a field in conflict is left to the officers: writing it would settle it unseen
            name
            for name in columns
            if len(refs := state.of(name)) == 1 and feed_device(refs[0][0]) == old_device
        ]
        record = unit.load(model, record_id)
        if decided and record is not None:
            unit.update(model, record_id, {name: getattr(record, name) for name in decided})
            written += 1
    return written
