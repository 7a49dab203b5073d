"""The records an export may hold, read in one snapshot and filtered by who the file is for.

An export is for an **audience**: ``team`` (everything), ``partners`` (records marked CMCC partners or public)
or ``public`` (public records only). A record stricter than the audience is left out and counted, never
written, in any format. What a record links to is named only where that record may go too: a contact of a
team-only organisation is exported without the organisation's name; a visit to a site that may not go is left
out with it (the visit is where it was). Deleted records are not exported.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy import JSON

from ...db.models import RECORD_TABLES

# Who an export is for, and the markings a record may carry to go into it.
AUDIENCES: dict[str, tuple[str, ...]] = {
    "partners": ("partners", "public"),
    "public": ("public",),
    "team": ("team", "partners", "public"),
}
DEFAULT_AUDIENCE = "partners"

# The order rows are written in: what a reader looks a record up by.
_ORDER = {
    "contact": "full_name COLLATE NOCASE, id",
    "organisation": "name COLLATE NOCASE, id",
    "site": "name COLLATE NOCASE, id",
    "task": "due_date IS NULL, due_date, id",
    "visit": "visited_at, id",
}


class Snapshot:
    """The records that may go to ``audience``, from one read transaction on ``raw``."""

    def __init__(self, raw: sqlite3.Connection, audience: str) -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        self.raw = raw
        self.audience = audience
        self.allowed = AUDIENCES[audience]
        self.left_out = 0
        self._linked: dict[str, dict[str, dict[str, Any]]] = {}

    def _where(self) -> str:
        return f"deleted_at IS NULL AND releasability IN ({', '.join('?' * len(self.allowed))})"

    def count(self, entity: str) -> int:
        """How many records of ``entity`` may go."""
        table = RECORD_TABLES[entity].name
        return int(
            self.raw.execute(f"SELECT count(*) FROM {table} WHERE {self._where()}", self.allowed).fetchone()[
                0
            ]
        )

    def rows(self, entity: str) -> Iterator[dict[str, Any]]:
        """Every record of ``entity`` that may go, as stored (JSON lists decoded), in reading order. The
        records held back are added to :attr:`left_out` before the first row comes."""
        table = RECORD_TABLES[entity]
        held = self.raw.execute(
            f"SELECT count(*) FROM {table.name} WHERE deleted_at IS NULL AND releasability NOT IN "
            f"({', '.join('?' * len(self.allowed))})",
            self.allowed,
        ).fetchone()[0]
        self.left_out += int(held)
        sites = self.linked("site") if entity == "visit" else None
        json_columns = [c.name for c in table.columns if isinstance(c.type, JSON)]
        names = [c.name for c in table.columns]
        cursor = self.raw.execute(
            f"SELECT {', '.join(names)} FROM {table.name} WHERE {self._where()} ORDER BY {_ORDER[entity]}",
            self.allowed,
        )
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            if sites is not None and row["site_id"] not in sites:
                self.left_out += 1  # its site may not go, and a visit without its site says where it was
                continue
            for name in json_columns:
                row[name] = json.loads(row[name]) if row[name] else []
            yield row

    def linked(self, entity: str) -> dict[str, dict[str, Any]]:
        """The records of ``entity`` that may go, by id: what other rows name (an organisation, a site)."""
        if entity not in self._linked:
            table = RECORD_TABLES[entity]
            names = [c.name for c in table.columns if c.name not in ("notes", "access_notes")]
            self._linked[entity] = {
                row["id"]: row
                for row in (
                    dict(zip(names, values, strict=True))
                    for values in self.raw.execute(
                        f"SELECT {', '.join(names)} FROM {table.name} WHERE {self._where()}", self.allowed
                    )
                )
            }
        return self._linked[entity]

    def latest_visits(self) -> dict[str, dict[str, Any]]:
        """For each site, its latest visit that may go (needs decoded)."""
        latest: dict[str, dict[str, Any]] = {}
        for site_id, visit_id, visited_at, needs in self.raw.execute(
            f"SELECT site_id, id, visited_at, needs FROM visit WHERE {self._where()} ORDER BY visited_at, id",
            self.allowed,
        ):
            latest[site_id] = {"id": visit_id, "visited_at": visited_at, "needs": json.loads(needs or "[]")}
        return latest


def highest_severity(needs: list[dict[str, Any]]) -> int | None:
    """The gravest severity among a visit's needs (None: no need scored)."""
    scores = [int(n["severity"]) for n in needs if isinstance(n.get("severity"), int)]
    return max(scores) if scores else None
