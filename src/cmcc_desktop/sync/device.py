"""This laptop as a sync device: its key, its entry among the devices it knows, and its two empty feeds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..db.types import format_timestamp
from . import keys
from .changes import FEED_KINDS, feed_id, genesis_chain


def start_device(raw: Any, device_id: str, team_name: str, officer_name: str, now: datetime) -> None:
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
