"""Team keys: which laptops' changes this laptop takes in.

Every laptop holds its team's key and an endorsement of its own device key by it. A bundle carries, for every
device whose changes it holds, that device's key and its team's endorsement; a receiver takes in a device's
changes only if its team key is trusted here (compared once by fingerprint, or this laptop's own team), and
binds the device to that team key for good: a relay cannot make up a key for another team's laptop, and a
known laptop can change its key only with a new endorsement by the same team key.

A new laptop joins its team by taking the team key from a laptop of the team (``sync team-key``), so that
its team-only records reach its teammates and no one else.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from ..db.types import format_timestamp
from ..store import keys
from ..store.device import own_team_key


@dataclass(frozen=True)
class TeamKey:
    public_key: str
    name: str
    fingerprint: str
    trusted: bool


def team_of(raw: sqlite3.Connection, team_key: str) -> TeamKey | None:
    row = raw.execute(
        "SELECT team_name, fingerprint, trusted FROM sync_team WHERE team_key = ?", (team_key,)
    ).fetchone()
    return TeamKey(team_key, row[0], row[1], bool(row[2])) if row else None


def trust(raw: sqlite3.Connection, team_key: str, team_name: str, now: datetime) -> None:
    """The officer compared the fingerprint: take in the changes of every laptop this team key endorses."""
    raw.execute(
        "INSERT INTO sync_team (team_key, team_name, fingerprint, trusted, first_seen) VALUES (?, ?, ?, 1, ?) "
        "ON CONFLICT (team_key) DO UPDATE SET trusted = 1",
        (team_key, team_name, keys.fingerprint(team_key), format_timestamp(now)),
    )


def trusted_team_keys(raw: sqlite3.Connection) -> list[dict[str, str]]:
    """The other teams this laptop trusts, for a bundle to its teammates."""
    own = own_team_key(raw)
    return [
        {"team_key": team_key, "team": name}
        for team_key, name in raw.execute(
            "SELECT team_key, team_name FROM sync_team WHERE trusted AND team_key != ? ORDER BY team_key",
            (own,),
        )
    ]


def endorses(team_key: str, device_id: str, device_key: str, endorsement: str) -> bool:
    return keys.verify(team_key, keys.endorsement_message(device_id, device_key), endorsement)
