"""What an officer asks about sync: who am I, whom do I exchange with, and what is pending."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..db.engine import sqlite_connection
from ..store import keys
from ..store.changes import TEAM, feed_kind
from ..store.store import Store
from .exchange import EVERY_TEAM, team_holdings


@dataclass(frozen=True)
class SyncIdentity:
    team: str
    officer: str
    device_id: str
    team_key: str
    fingerprint: str  # of the team key: what officers compare with other teams
    device_fingerprint: str


@dataclass(frozen=True)
class PeerStatus:
    team: str
    devices: int
    trusted: bool
    last_received_at: str | None
    last_sent_at: str | None
    pending_changes: int  # changes this laptop holds that the team may lack


def identity(store: Store) -> SyncIdentity:
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        private_key, team_private_key = raw.execute(
            "SELECT private_key, team_private_key FROM local_identity"
        ).fetchone()
    team_key = keys.public_key_of(team_private_key)
    me = store.identity
    return SyncIdentity(
        me.team_name,
        me.officer_name,
        me.device_id,
        team_key,
        keys.fingerprint(team_key),
        keys.fingerprint(keys.public_key_of(private_key)),
    )


def peers(store: Store) -> list[PeerStatus]:
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        feeds = dict(raw.execute("SELECT feed, last_seq FROM feed").fetchall())
        teams: dict[str, list[Any]] = {}
        for team, trusted in raw.execute(
            "SELECT team_name, trusted FROM sync_device WHERE device_id != ?", (store.identity.device_id,)
        ):
            teams.setdefault(team, []).append(bool(trusted))
        rows = {
            row[0]: row[1:]
            for row in raw.execute(
                "SELECT team_name, last_received_at, last_sent_at FROM sync_peer WHERE team_name != ?",
                (EVERY_TEAM,),
            )
        }
        holdings = {team: team_holdings(raw, team) for team in set(teams) | set(rows)}
    found = []
    for team in sorted(set(teams) | set(rows)):
        received_at, sent_at = rows.get(team, (None, None))
        has = holdings[team]
        same_team = team == store.identity.team_name
        pending = sum(
            max(0, seq - has.get(feed, 0))
            for feed, seq in feeds.items()
            if same_team or feed_kind(feed) != TEAM
        )
        found.append(
            PeerStatus(
                team, len(teams.get(team, [])), any(teams.get(team, [])), received_at, sent_at, pending
            )
        )
    return found


def possibly_sent(store: Store, record_id: str) -> list[tuple[str, str]]:
    """Where a record may already have gone: (team, or "" for a bundle for every team; when) for each bundle
    written since the record was first shared. What was sent cannot be recalled."""
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        (first,) = raw.execute(
            "SELECT min(json_extract(body, '$.at')) FROM change WHERE record_id = ? AND feed LIKE '%:s'",
            (record_id,),
        ).fetchone()
        if first is None:
            return []
        return [
            (team, sent)
            for team, sent in raw.execute(
                "SELECT team_name, last_sent_at FROM sync_peer WHERE last_sent_at >= ? ORDER BY last_sent_at",
                (first,),
            )
        ]


@dataclass(frozen=True)
class ForkStatus:
    """A laptop with two histories (a copied data folder in use): the other history's changes kept apart."""

    device_id: str
    officer: str
    team: str
    kept: int


def forks(store: Store) -> list[ForkStatus]:
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        rows = raw.execute(
            "SELECT f.device, coalesce(d.officer_name, ''), coalesce(d.team_name, ''), f.kept FROM "
            "(SELECT substr(feed, 1, length(feed) - 2) AS device, count(*) AS kept FROM forked_change GROUP BY device) "
            "AS f LEFT JOIN sync_device AS d ON d.device_id = f.device ORDER BY f.device"
        ).fetchall()
    return [ForkStatus(*row) for row in rows]
