"""Feeds on the way out and on the way in: what a peer may lack, and checking what arrives.

Out: for each feed this laptop holds, the changes after what the peer is known to have, the chain hash just
before them, and the origin's signature of the feed's head (this device signs its own feeds now; other
devices' signatures travel as received, so relayed data stays attributable to the device that wrote it).

In: a feed is accepted only if its head signature verifies with its origin device's key, its changes chain up
to that head, and it continues exactly where this laptop's copy of the feed ends. A feed that would leave a
gap is skipped (the next bundle brings the missing part); one that forks from what this laptop holds refuses
the bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import CmccError
from . import keys
from .changes import TEAM, Change, feed_device, feed_kind, genesis_chain, head_message, next_chain
from .merge import ReceivedFeed


@dataclass(frozen=True)
class OutgoingFeed:
    feed: str
    start_chain: str  # the chain hash before the first change sent
    bodies: list[str]
    first_seq: int
    head_signature: str


def outgoing_feeds(
    raw: Any, device_id: str, private_key: str, peer_has: Mapping[str, int], include_team: bool
) -> list[OutgoingFeed]:
    """The changes a peer may lack, feed by feed. Team feeds only for a peer of this laptop's own team."""
    feeds = []
    for feed, last_seq, last_chain, signature in raw.execute(
        "SELECT feed, last_seq, last_chain, head_signature FROM feed ORDER BY feed"
    ).fetchall():
        if feed_kind(feed) == TEAM and not include_team:
            continue
        first = peer_has.get(feed, 0) + 1
        if first > last_seq:
            continue
        if feed_device(feed) == device_id:  # signed for this bundle (a read: the write lock is not held)
            signature = keys.sign(private_key, head_message(feed, last_seq, last_chain))
        if signature is None:
            continue  # a relayed feed whose head signature this laptop never received cannot be vouched for
        if first == 1:
            start = genesis_chain(feed)
        else:
            start = raw.execute(
                "SELECT chain FROM change WHERE feed = ? AND seq = ?", (feed, first - 1)
            ).fetchone()[0]
        bodies = [
            body
            for (body,) in raw.execute(
                "SELECT body FROM change WHERE feed = ? AND seq >= ? ORDER BY seq", (feed, first)
            )
        ]
        feeds.append(OutgoingFeed(feed, start, bodies, first, signature))
    return feeds


@dataclass
class FeedCheck:
    accepted: list[ReceivedFeed]
    skipped_gaps: list[str]


def check_incoming(
    raw: Any,
    incoming: list[dict[str, Any]],
    device_keys: Mapping[str, tuple[str, str]],
    own_team: str,
) -> FeedCheck:
    """Verify every feed of a bundle and keep what is new. ``device_keys``: device id -> (public key, team).

    Raises CmccError (nothing applied) for a bad signature, a broken chain or a fork.
    """
    local = {
        feed: (seq, chain) for feed, seq, chain in raw.execute("SELECT feed, last_seq, last_chain FROM feed")
    }
    accepted: list[ReceivedFeed] = []
    gaps: list[str] = []
    for entry in incoming:
        feed, first, start, signature = (
            entry["feed"],
            entry["first_seq"],
            entry["start_chain"],
            entry["head_signature"],
        )
        device = feed_device(feed)
        if device not in device_keys:
            raise CmccError(
                "The bundle holds changes from a device it does not identify. The file is not usable."
            )
        public_key, team = device_keys[device]
        if feed_kind(feed) == TEAM and team != own_team:
            continue  # another team's team-only records are not this team's to keep
        chain = start
        changes: list[tuple[Change, str, str]] = []
        chains_by_seq = {first - 1: start}
        for offset, body in enumerate(entry["changes"]):
            change = Change.from_body(body)
            if change.feed != feed or change.seq != first + offset or change.body() != body:
                raise CmccError("The bundle's changes are out of order or altered. The file is not usable.")
            chain = next_chain(chain, body)
            chains_by_seq[change.seq] = chain
            changes.append((change, chain, body))
        last = first + len(changes) - 1
        if not keys.verify(public_key, head_message(feed, last, chain), signature):
            raise CmccError(
                "The changes of team {team} in this bundle do not match their signature: the file was altered. "
                "Ask for a new bundle.",
                team=team,
            )
        have_seq, have_chain = local.get(feed, (0, genesis_chain(feed)))
        if last <= have_seq:
            continue
        if first > have_seq + 1:
            gaps.append(feed)
            continue
        if chains_by_seq[have_seq] != have_chain:
            raise CmccError(
                "The changes of team {team} in this bundle do not continue what this laptop holds from them "
                "(one of the two was restored from an old copy or altered). Nothing was imported.",
                team=team,
            )
        accepted.append(ReceivedFeed(feed, [c for c in changes if c[0].seq > have_seq], signature))
    return FeedCheck(accepted, gaps)
