"""Feeds on the way out and on the way in: what a peer may lack, and checking what arrives.

Out: for each feed this laptop holds, the changes after what the peer is known to have, the chain hash just
before them, and the origin's signature of the feed's head (this device signs its own feeds now; other
devices' signatures travel as received, so relayed data stays attributable to the device that wrote it).

In: a feed is taken in only from a device whose team key is trusted here; its changes must parse as typed
values and pass the forms' checks, chain up to a head whose signature verifies with the device's key, and
continue exactly where this laptop's copy of the feed ends. A feed that would leave a gap is skipped (the next
bundle brings the missing part). A feed whose history differs from this laptop's copy (a copied data folder in
use: one device, two histories) is a fork: its changes are kept apart and reported, the rest is imported.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..db.models import CONTAINED, RECORD_MODELS
from ..i18n import N_
from ..store import keys
from ..store.changes import (
    TEAM,
    Change,
    body_sha256,
    chain_after,
    feed_device,
    feed_kind,
    genesis_chain,
    head_message,
    is_withheld,
    withheld_body,
)
from .bundle import Entry, OutgoingFeedData, Withheld
from .merge import ReceivedFeed
from .received import check_values, field_names
from .wire import BundleError, FeedHeader, parse_change


def team_only_records(raw: sqlite3.Connection) -> set[str]:
    """The records that must not leave the team: marked team only, or belonging to a record that is."""
    held: set[str] = set()
    for entity in RECORD_MODELS:
        held.update(row[0] for row in raw.execute(f"SELECT id FROM {entity} WHERE releasability = 'team'"))
    for child, (link, container, _follows) in CONTAINED.items():
        held.update(
            row[0]
            for row in raw.execute(
                f"SELECT c.id FROM {child} AS c JOIN {container} AS p ON p.id = c.{link} "
                "WHERE p.releasability = 'team'"
            )
        )
    return held


def outgoing_feeds(
    raw: sqlite3.Connection, device_id: str, private_key: str, peer_has: Mapping[str, int], include_team: bool
) -> list[OutgoingFeedData]:
    """The changes a peer may lack, feed by feed. Team feeds only for a peer of this laptop's own team. For
    another team, the changes of records that are team only now (or belong to one) are held back: only their
    hash goes, so that the feed's chain stays whole and nothing of them can be read from the file."""
    held = set() if include_team else team_only_records(raw)
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
        entries: list[str | Withheld] = [
            Withheld(body_sha256(body)) if is_withheld(body) or record_id in held else body
            for body, record_id in raw.execute(
                "SELECT body, record_id FROM change WHERE feed = ? AND seq >= ? ORDER BY seq", (feed, first)
            )
        ]
        feeds.append(OutgoingFeedData(feed, first, start, signature, entries))
    return feeds


@dataclass(frozen=True)
class AcceptedDevice:
    public_key: str
    team: str  # the name its trusted team key goes by here
    own_team: bool  # endorsed by this laptop's own team key: its team-only records are ours to keep


@dataclass(frozen=True)
class Fork:
    """One device, two histories: where they part, and how many changes of the other history were kept."""

    device_id: str
    feed: str
    kept: int


@dataclass
class FeedCheck:
    accepted: list[ReceivedFeed] = field(default_factory=list)
    skipped_gaps: list[str] = field(default_factory=list)
    forks: list[Fork] = field(default_factory=list)
    forked_rows: list[tuple[str, int, str, str]] = field(default_factory=list)  # feed, seq, chain, body


@dataclass(frozen=True)
class ParsedFeed:
    """A received feed with every change typed and checked, and the chain hash after each."""

    feed: str
    first_seq: int
    head_signature: str
    changes: list[tuple[int, Change | None, str, str]]  # seq, change (None: held back), chain after, body
    chains: dict[int, str]  # seq -> chain hash after it, from first_seq - 1


def parse_feed(header: FeedHeader, entries: Iterator[Entry]) -> ParsedFeed:
    """Type and check each received change as it is read, before the database is touched (or backed up).
    Raises BundleError for a change not typed as this version writes it, or a value no form would save."""
    entities = field_names()
    feed, first = header.feed, header.first_seq
    chain = header.start_chain
    chains = {first - 1: chain}
    changes: list[tuple[int, Change | None, str, str]] = []
    for offset, item in enumerate(entries):
        seq = first + offset
        if isinstance(item, Withheld):
            chain = chain_after(chain, item.body_sha256)
            changes.append((seq, None, chain, withheld_body(item.body_sha256)))
        else:
            change = _parse(item, feed, seq, entities)
            chain = chain_after(chain, body_sha256(item))
            changes.append((seq, change, chain, item))
        chains[seq] = chain
    return ParsedFeed(feed, first, header.head_signature, changes, chains)


def check_incoming(
    raw: sqlite3.Connection, incoming: list[ParsedFeed], devices: Mapping[str, AcceptedDevice]
) -> FeedCheck:
    """Verify every feed against its origin's signature and this laptop's copy, and keep what is new; feeds
    of devices not in ``devices`` (not endorsed by a trusted team key) are left out. Raises BundleError
    (nothing applied) for a bad signature."""
    local = {
        feed: (seq, chain) for feed, seq, chain in raw.execute("SELECT feed, last_seq, last_chain FROM feed")
    }
    found = FeedCheck()
    for entry in incoming:
        feed, first, changes, chains_by_seq = entry.feed, entry.first_seq, entry.changes, entry.chains
        device = devices.get(feed_device(feed))
        if device is None:
            continue  # its team key is not trusted here: reported by the importer
        if feed_kind(feed) == TEAM and not device.own_team:
            continue  # another team's team-only records are not this team's to keep
        last = first + len(changes) - 1
        if not keys.verify(
            device.public_key, head_message(feed, last, chains_by_seq[last]), entry.head_signature
        ):
            raise BundleError(
                N_(
                    "The changes of team {team} in this bundle do not match their signature: the file was altered. "
                    "Ask for a new bundle."
                ),
                team=device.team,
            )
        have_seq, have_chain = local.get(feed, (0, genesis_chain(feed)))
        meet = min(last, have_seq)  # the last position both histories claim
        if meet < first - 1:
            found.skipped_gaps.append(feed)  # it starts after this laptop's copy ends
            continue
        if chains_by_seq[meet] != _chain_at(raw, feed, meet, have_seq, have_chain):
            agreed = _last_agreed(raw, feed, first - 1, meet, chains_by_seq, have_seq, have_chain)
            kept = [(feed, seq, c, body) for seq, _change, c, body in changes if seq > agreed]
            found.forks.append(Fork(feed_device(feed), feed, len(kept)))
            found.forked_rows += kept
            continue
        if last > have_seq:
            found.accepted.append(ReceivedFeed(feed, changes[have_seq - first + 1 :], entry.head_signature))
    return found


def _parse(body: str, feed: str, seq: int, entities: Mapping[str, set[str]]) -> Change:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise BundleError(N_("The bundle's changes are damaged. It is not usable.")) from exc
    change = Change.from_data(parse_change(data, entities))
    if change.feed != feed or change.seq != seq or change.body() != body:
        raise BundleError(N_("The bundle's changes are out of order or altered. The file is not usable."))
    check_values(change.entity, change.values, change.whole)
    return change


def agrees_with_local(raw: sqlite3.Connection, feed: ParsedFeed) -> bool:
    """Whether a received feed and this laptop's copy of it tell the same history where both reach."""
    row = raw.execute("SELECT last_seq, last_chain FROM feed WHERE feed = ?", (feed.feed,)).fetchone()
    have_seq, have_chain = row if row else (0, genesis_chain(feed.feed))
    meet = min(feed.first_seq + len(feed.changes) - 1, have_seq)
    if meet < feed.first_seq - 1:
        return True  # nothing in common to compare yet
    return feed.chains[meet] == _chain_at(raw, feed.feed, meet, have_seq, have_chain)


def _last_agreed(
    raw: sqlite3.Connection,
    feed: str,
    low: int,
    high: int,
    chains: Mapping[int, str],
    have_seq: int,
    have_chain: str,
) -> int:
    """The last sequence number at which both histories agree, knowing they differ at ``high``: chains agree up
    to where the histories part and never after, so a binary search finds it. ``low - 1`` if they differ from
    the start of what arrived."""
    if chains[low] != _chain_at(raw, feed, low, have_seq, have_chain):
        return low - 1
    while high - low > 1:  # agree at low, differ at high
        middle = (low + high) // 2
        if chains[middle] == _chain_at(raw, feed, middle, have_seq, have_chain):
            low = middle
        else:
            high = middle
    return low


def _chain_at(raw: sqlite3.Connection, feed: str, seq: int, have_seq: int, have_chain: str) -> str:
    """This laptop's chain hash of a feed after ``seq``."""
    if seq == have_seq:
        return have_chain
    if seq == 0:
        return genesis_chain(feed)
    return str(raw.execute("SELECT chain FROM change WHERE feed = ? AND seq = ?", (feed, seq)).fetchone()[0])
