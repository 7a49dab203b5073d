"""This laptop as a sync device: its key, its entry among the devices it knows, its feeds, and its team's
key with that key's endorsement of the device's (see ``sync.teams`` for what other laptops make of them)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ..db.types import format_timestamp
from . import keys
from .changes import FEED_KINDS, feed_id, genesis_chain


def start_device(
    raw: sqlite3.Connection, device_id: str, team_name: str, officer_name: str, now: datetime
) -> None:
    """Give the laptop's identity row (``device_id``) a new key, an entry among devices, and its feeds."""
    private_key = keys.new_private_key()
    raw.execute("UPDATE local_identity SET private_key = ? WHERE device_id = ?", (private_key, device_id))
    public_key = keys.public_key_of(private_key)
    raw.execute(
        "INSERT INTO sync_device (device_id, team_name, officer_name, public_key, fingerprint, trusted, "
        "introduced_by, first_seen) VALUES (?, ?, ?, ?, ?, 1, NULL, ?)",
        (device_id, team_name, officer_name, public_key, keys.fingerprint(public_key), format_timestamp(now)),
    )
    for kind in FEED_KINDS:
        feed = feed_id(device_id, kind)
        raw.execute(
            "INSERT INTO feed (feed, device_id, kind, last_seq, last_chain) VALUES (?, ?, ?, 0, ?)",
            (feed, device_id, kind, genesis_chain(feed)),
        )


def ensure_own_team(raw: sqlite3.Connection, device_id: str, team_name: str, now: datetime) -> str:
    """This laptop's team key (made on first use), trusted, and its endorsement of this device's key.
    Returns the team's public key."""
    device_private, team_private = raw.execute(
        "SELECT private_key, team_private_key FROM local_identity"
    ).fetchone()
    if team_private is None:
        team_private = keys.new_private_key()
        raw.execute("UPDATE local_identity SET team_private_key = ?", (team_private,))
    team_key = keys.public_key_of(team_private)
    device_key = keys.public_key_of(device_private)
    raw.execute(
        "INSERT INTO sync_team (team_key, team_name, fingerprint, trusted, first_seen) VALUES (?, ?, ?, 1, ?) "
        "ON CONFLICT (team_key) DO UPDATE SET team_name = excluded.team_name, trusted = 1 "
        "WHERE team_name != excluded.team_name OR NOT trusted",
        (team_key, team_name, keys.fingerprint(team_key), format_timestamp(now)),
    )
    endorsed = raw.execute("SELECT team_key FROM sync_device WHERE device_id = ?", (device_id,)).fetchone()
    if endorsed is not None and endorsed[0] != team_key:
        endorsement = keys.sign(team_private, keys.endorsement_message(device_id, device_key))
        raw.execute(
            "UPDATE sync_device SET team_key = ?, endorsement = ? WHERE device_id = ?",
            (team_key, endorsement, device_id),
        )
    return team_key


def own_team_key(raw: sqlite3.Connection) -> str:
    (team_private,) = raw.execute("SELECT team_private_key FROM local_identity").fetchone()
    return keys.public_key_of(team_private)
