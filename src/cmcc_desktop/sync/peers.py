"""The teams this laptop knows by name, and forgetting one that was never heard from.

A team becomes known here when a bundle from it (or a teammate's word that it is trusted) arrives, or when a
bundle is written for it. Writing one for a mistyped name would make that name a team for good, shown in
``sync status`` and the status bar: the command line asks for a name it has not seen to be confirmed, and
a team no bundle ever came from can be forgotten.
"""

from __future__ import annotations

import sqlite3

from ..db.engine import sqlite_connection
from ..errors import CmccError
from ..i18n import N_
from ..store.store import Store
from .exchange import EVERY_TEAM


def known_teams(store: Store) -> list[str]:
    """Every team name this laptop has met, its own included, sorted."""
    with store.read() as session:
        return _known(sqlite_connection(session.connection()), store.identity.team_name)


def _known(raw: sqlite3.Connection, own_team: str) -> list[str]:
    names = {
        name
        for (name,) in raw.execute(
            "SELECT team_name FROM sync_device UNION SELECT team_name FROM sync_team "
            "UNION SELECT team_name FROM sync_peer"
        )
    }
    names.add(own_team)
    names.discard(EVERY_TEAM)
    return sorted(names)


def forget_team(store: Store, team: str) -> None:
    """Remove a team that no bundle ever came from (a mistyped name, most often).

    A team that sent something is refused: what later bundles for it leave out is judged by what it sent,
    and its laptops' keys are what its changes are checked against. The time a bundle was last written for
    the forgotten name is kept as one written for every team, so that marking a record more strictly still
    warns that the record may have gone out with it.
    """
    own = store.identity.team_name
    with store.write() as unit:
        raw = unit.raw
        if team not in _forgettable(raw, own, store.identity.device_id):
            if team in _known(raw, own):
                raise CmccError(
                    N_(
                        "Team {team} cannot be forgotten: changes of its laptops have reached this one, and they "
                        "decide what the next bundle for that team holds."
                    ),
                    team=team,
                )
            others = [name for name in _known(raw, own) if name != own]
            raise CmccError(
                N_(
                    "No team named {team} is listed here, so there is nothing to forget. Teams listed: {known}."
                ),
                team=repr(team),
                known=", ".join(others) or N_("none"),
            )
        (last_sent,) = raw.execute(
            "SELECT last_sent_at FROM sync_peer WHERE team_name = ?", (team,)
        ).fetchone()
        raw.execute("DELETE FROM sync_peer WHERE team_name = ?", (team,))
        if last_sent is not None:
            raw.execute(
                "INSERT INTO sync_peer (team_name, last_sent_at) VALUES (?, ?) ON CONFLICT (team_name) DO "
                "UPDATE SET last_sent_at = max(coalesce(last_sent_at, ''), excluded.last_sent_at)",
                (EVERY_TEAM, last_sent),
            )


def forgettable_teams(store: Store) -> list[str]:
    """The teams listed here, other than this laptop's own, that no bundle ever came from: those
    :func:`forget_team` removes. Sorted."""
    with store.read() as session:
        return _forgettable(
            sqlite_connection(session.connection()), store.identity.team_name, store.identity.device_id
        )


def _forgettable(raw: sqlite3.Connection, own_team: str, device_id: str) -> list[str]:
    return [
        name
        for (name,) in raw.execute(
            "SELECT team_name FROM sync_peer WHERE team_name NOT IN (?, ?) AND last_received_at IS NULL "
            "AND team_name NOT IN (SELECT team_name FROM sync_device WHERE device_id != ?) "
            "ORDER BY team_name",
            (EVERY_TEAM, own_team, device_id),
        )
    ]
