"""The canonical JSON dump: every record as stored, for audits, backups and comparing two laptops.

Records (deleted ones too, with their marker) are grouped by entity, sorted by id, each with its keys in
sorted order; text is UTF-8, not escaped. Nothing local goes in: no device id, no search index, no export
time. So two databases that hold the same records give the same bytes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import JSON

from ..db.engine import sqlite_connection
from ..db.models import RECORD_TABLES
from ..i18n import N_
from ..progress import NO_PROGRESS, Progress
from ..store.store import Store
from .exports.output import atomic_file

DUMP_FORMAT = "cmcc-desktop-dump"
DUMP_VERSION = 1
ENTITY_ORDER = ("organisation", "contact", "site", "visit", "task", "attachment")


def write_json_dump(store: Store, target: Path, progress: Progress = NO_PROGRESS) -> int:
    """Write the dump to ``target`` (atomically: a crash never leaves half a file). Returns records written."""
    with (
        atomic_file(target, store.paths) as temporary,
        temporary.open("w", encoding="utf-8", newline="\n") as out,
    ):
        written = dump_records(store, out, progress)
    return written


def dump_records(store: Store, out: TextIO, progress: Progress = NO_PROGRESS) -> int:
    header = json.dumps({"format": DUMP_FORMAT, "format_version": DUMP_VERSION}, separators=(",", ":"))
    out.write(header[:-1] + ',"records":{\n')
    written = 0
    with store.engine.connect() as connection, connection.begin():  # one snapshot for every entity
        raw = sqlite_connection(connection)
        for position, entity in enumerate(ENTITY_ORDER):
            out.write(f'"{entity}":[')
            for index, record in enumerate(_stored_records(raw, entity)):
                out.write(",\n" if index else "\n")
                out.write(json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
                written += 1
                if written % 1000 == 0:
                    progress(written, 0)
                    progress.check(N_("The export was cancelled; no file was written."))
            out.write("\n]" + ("," if position < len(ENTITY_ORDER) - 1 else "") + "\n")
    out.write("}}\n")
    return written


def _stored_records(raw: sqlite3.Connection, entity: str) -> Iterator[dict[str, Any]]:
    """Rows exactly as stored (timestamps and dates as their text), JSON columns decoded, in id order."""
    table = RECORD_TABLES[entity]
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    names = [c.name for c in table.columns]
    for row in raw.execute(f"SELECT {', '.join(names)} FROM {table.name} ORDER BY id"):
        record = dict(zip(names, row, strict=True))
        for name in json_columns:
            record[name] = json.loads(record[name])
        yield record
