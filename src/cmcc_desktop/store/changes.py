"""Changes, feeds and hash chains.

A change is what one device wrote to one record at one moment: the fields it set, with their stored values,
and for each field the changes it saw there (its predecessors). A device writes its changes to two feeds:
``team`` for records marked team only, which never leave the team, and ``shared`` for the rest. Each feed is a
numbered, hash-chained sequence, so a receiver can check that a feed arrived whole and unaltered against one
signature of its head by the origin device.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..db.rows import RowEncoder, encode_canonical_json

TEAM, SHARED = "team", "shared"
FEED_KINDS = (TEAM, SHARED)
ALL_FIELDS = "*"  # in heads and predecessors: every field without an entry of its own

# The columns a change never carries: the id is the record's, and these are derived from the changes.
DERIVED_COLUMNS = frozenset({"id", "updated_at", "updated_by", "deleted_by"})

HeadRef = tuple[str, int, int]  # feed, seq, hlc

_text = json.encoder.encode_basestring  # JSON string, UTF-8 kept


def feed_id(device_id: str, kind: str) -> str:
    return f"{device_id}:{kind[0]}"


def feed_kind(feed: str) -> str:
    return TEAM if feed.endswith(":t") else SHARED


def feed_device(feed: str) -> str:
    return feed[:-2]


def feed_for(device_id: str, releasability: str) -> str:
    """Team-only records go to the team feed; partner and public records to the shared feed."""
    return feed_id(device_id, TEAM if releasability == "team" else SHARED)


@dataclass(frozen=True, slots=True)
class Change:
    feed: str
    seq: int
    hlc: int
    at: str  # the origin's wall time, ISO-8601 UTC: shown as "updated at"
    author: str
    team: str
    entity: str
    record_id: str
    values: dict[str, Any]
    preds: dict[str, list[list[Any]]] = field(default_factory=dict)  # field -> [[feed, seq, hlc], ...]
    whole: bool = False  # sets every field: a creation, or a full snapshot when a record becomes shareable

    @property
    def ref(self) -> HeadRef:
        return (self.feed, self.seq, self.hlc)

    def body(self) -> str:
        """Canonical JSON: the bytes that are hashed, chained and exchanged."""
        return change_body(
            self.feed,
            self.seq,
            self.hlc,
            self.at,
            self.author,
            self.team,
            self.entity,
            self.record_id,
            canonical_json(self.values),
            self.preds,
            self.whole,
        )

    @classmethod
    def from_body(cls, body: str) -> Change:
        """A change from this laptop's own log (already checked when it was written or received)."""
        return cls.from_data(json.loads(body))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Change:
        return cls(
            feed=data["feed"],
            seq=data["seq"],
            hlc=data["hlc"],
            at=data["at"],
            author=data["author"],
            team=data["team"],
            entity=data["entity"],
            record_id=data["record"],
            values=data["values"],
            preds=data["preds"],
            whole=data["whole"],
        )


def change_body(
    feed: str,
    seq: int,
    hlc: int,
    at: str,
    author: str,
    team: str,
    entity: str,
    record_id: str,
    values: str,
    preds: dict[str, list[list[Any]]],
    whole: bool,
) -> str:
    """A change's canonical JSON: compact, keys sorted (written out in that order here, which is several
    times faster than sorting a dict per change). ``values`` comes already in canonical JSON."""
    text = _text
    return (
        f'{{"at":{text(at)},"author":{text(author)},"entity":{text(entity)},'
        f'"feed":{text(feed)},"hlc":{int(hlc)},"preds":{canonical_json(preds)},'
        f'"record":{text(record_id)},"seq":{int(seq)},"team":{text(team)},'
        f'"values":{values},"whole":{"true" if whole else "false"}}}'
    )


def canonical_json(value: dict[str, Any]) -> str:
    """Compact JSON with keys sorted, as change bodies hold their values and predecessors."""
    return encode_canonical_json(value) if value else "{}"


class CreationValues:
    """The canonical JSON ``values`` of a new record's whole change, put together from the record's insert
    parameters (:meth:`RowEncoder.encode_stored`), whose lists are canonical JSON already. Encoding every
    new record a second time was a good part of writing 100k of them. A field that is empty or holds its
    column default is left out; materialising takes the default for it."""

    def __init__(self, encoder: RowEncoder) -> None:
        self.fields = [
            (
                f"{_text(name)}:",
                encoder.names.index(name),
                encode_canonical_json(encoder.omitted[name])
                if name in encoder.json_columns and name in encoder.omitted
                else encoder.omitted.get(name),
                name in encoder.json_columns,
            )
            for name in sorted(encoder.names)
            if name not in DERIVED_COLUMNS
        ]

    def __call__(self, params: Sequence[Any]) -> str:
        parts = []
        for key, position, default, is_json in self.fields:
            value = params[position]
            if value is None or value == default:
                continue
            if is_json:
                parts.append(key + value)
            elif type(value) is str:
                parts.append(key + _text(value))
            else:  # numbers
                parts.append(key + encode_canonical_json(value))
        return "{" + ",".join(parts) + "}"


def genesis_chain(feed: str) -> str:
    return hashlib.sha256(f"cmcc-feed:{feed}".encode()).hexdigest()


def next_chain(previous: str, body: str) -> str:
    return chain_after(previous, hashlib.sha256(body.encode()).hexdigest())


def chain_after(previous: str, body_sha256: str) -> str:
    """The chain hash after a change, from the hash of its body (all a held-back change reveals)."""
    return hashlib.sha256(bytes.fromhex(previous) + bytes.fromhex(body_sha256)).hexdigest()


# A change held back by the bundle's sender (its record is team only there) is kept in the log as a marker with
# its body's hash, so that the feed's chain goes on; it changes no record, and is passed on as held back.
WITHHELD = "withheld:"


def withheld_body(body_sha256: str) -> str:
    return WITHHELD + body_sha256


def is_withheld(body: str) -> bool:
    return body.startswith(WITHHELD)


def body_sha256(body: str) -> str:
    """The hash a feed's chain is built from, for a change or a held-back change alike."""
    return body[len(WITHHELD) :] if is_withheld(body) else hashlib.sha256(body.encode()).hexdigest()


def head_message(feed: str, seq: int, chain: str) -> bytes:
    """What an origin device signs: "my feed ends at seq with this chain hash"."""
    return f"cmcc-feed-head\n{feed}\n{seq}\n{chain}".encode()
