"""What a bundle says, as typed values: received JSON is checked field by field before anything uses it.

Every object must have exactly the keys this version writes, each of the type it writes; anything else refuses
the file with :class:`BundleError`. Nothing from a bundle reaches SQL, a file name or a signature check before
it has passed through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import CmccError, Message
from ..i18n import N_, NP_

T = TypeVar("T")

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FEED_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[ts]")
HEX64_RE = re.compile(r"[0-9a-f]{64}")
KEY_RE = re.compile(r"[A-Za-z0-9+/]{43}=")  # an Ed25519 public key, base64
SIGNATURE_RE = re.compile(r"[A-Za-z0-9+/]{86}==")  # an Ed25519 signature, base64
TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
MAX_INT = 2**62


class BundleError(CmccError):
    """The file cannot be imported; nothing was changed."""


class PassphraseError(BundleError):
    """An encrypted file without its passphrase, or with a wrong one: not the file's fault, so it is not kept
    in quarantine, and the officer is asked again."""


def refuse(part: str, detail: str, **params: Any) -> BundleError:
    """The refusal of a part of the bundle (a marked name: "manifest", "list of devices"), with what is wrong
    with it (a marked template, filled in with ``params``)."""
    return BundleError(
        N_("The bundle's {part} is not in the form CMCC Desktop writes ({detail}). It was refused."),
        part=part,
        detail=Message(detail, **params),
    )


def fields(
    value: Any, part: str, required: AbstractSet[str], optional: AbstractSet[str] = frozenset()
) -> dict[str, Any]:
    """An object with exactly these keys (``optional`` ones may be missing)."""
    if not isinstance(value, dict):
        raise refuse(part, N_("not an object"))
    keys = set(value)
    if not required <= keys:
        raise refuse(part, N_("missing {names}"), names=", ".join(sorted(required - keys)))
    if not keys <= required | optional:
        raise refuse(part, N_("unknown {names}"), names=", ".join(sorted(keys - required - optional))[:200])
    return value


def text(value: Any, part: str, most: int, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str):
        raise refuse(part, N_("not text"))
    if len(value) > most:
        raise refuse(part, NP_("longer than %Ln character(s)", "", 0), n=most)
    if pattern is not None and not pattern.fullmatch(value):
        raise refuse(part, N_("not of its form"))
    return value


def whole(value: Any, part: str, least: int = 0, most: int = MAX_INT) -> int:
    if type(value) is not int or not least <= value <= most:
        raise refuse(part, N_("not a whole number from {least} to {most}"), least=least, most=most)
    return value


def items(value: Any, part: str, most: int, each: Callable[[Any, str], T]) -> list[T]:
    if not isinstance(value, list):
        raise refuse(part, N_("not a list"))
    if len(value) > most:
        raise refuse(part, NP_("more than %Ln item(s)", "", 0), n=most)
    return [each(item, part) for item in value]


def feed_position(value: Any, part: str) -> tuple[str, int]:
    """``[feed, seq]``"""
    if not isinstance(value, list) or len(value) != 2:
        raise refuse(part, N_("not a [feed, sequence] pair"))
    return text(value[0], part, 40, FEED_RE), whole(value[1], part)


# -- the manifest ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceEntry:
    """A device whose changes the bundle carries: its key, and its team's endorsement of that key."""

    device_id: str
    team: str
    officer: str
    public_key: str
    team_key: str
    endorsement: str


@dataclass(frozen=True)
class Member:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    created_hlc: int
    app_version: str
    schema_version: str
    sender: str  # a device id among ``devices``
    devices: dict[str, DeviceEntry]
    sender_has: list[tuple[str, int]]
    assumed_receiver_has: list[tuple[str, int]]
    peer_team: str | None
    changes: int
    attachments: int
    members: dict[str, Member]
    trusted_teams: dict[str, str]  # team key -> name: the teams the sender trusts, for its own teammates

    @property
    def sender_device(self) -> DeviceEntry:
        return self.devices[self.sender]


MAX_DEVICES = 10_000
MAX_FEEDS = 2 * MAX_DEVICES
MAX_MEMBERS = 100_000


def parse_manifest(value: Any, member_name: Callable[[str], bool]) -> Manifest:
    data = fields(
        value,
        N_("manifest"),
        {
            "format",
            "format_version",
            "bundle_id",
            "created_at",
            "created_hlc",
            "app_version",
            "schema_version",
            "sender",
            "devices",
            "sender_has",
            "assumed_receiver_has",
            "peer_team",
            "counts",
            "members",
            "trusted_teams",
        },
    )
    devices: dict[str, DeviceEntry] = {}
    for entry in items(data["devices"], N_("list of devices"), MAX_DEVICES, _device):
        if entry.device_id in devices:
            raise refuse(N_("list of devices"), N_("a device listed twice"))
        devices[entry.device_id] = entry
    sender = text(data["sender"], N_("sender"), 36, UUID_RE)
    if sender not in devices:
        raise BundleError(N_("The bundle does not identify its sender. It is not usable."))
    counts = fields(data["counts"], N_("counts"), {"changes", "attachments"})
    members = data["members"]
    if not isinstance(members, dict) or len(members) > MAX_MEMBERS:
        raise refuse(
            N_("list of members"), NP_("not an object of at most %Ln member(s)", "", 0), n=MAX_MEMBERS
        )
    listed = {}
    for name, member in members.items():
        if not member_name(name):
            raise BundleError(
                N_("The bundle holds an unexpected file ({name}). It was refused for safety."),
                name=str(name)[:80],
            )
        described = fields(member, N_("list of members"), {"sha256", "size"})
        listed[name] = Member(
            text(described["sha256"], N_("member hash"), 64, HEX64_RE), whole(described["size"], N_("size"))
        )
    peer = data["peer_team"]
    return Manifest(
        bundle_id=text(data["bundle_id"], N_("bundle id"), 36, UUID_RE),
        created_at=text(data["created_at"], N_("creation time"), 27, TIMESTAMP_RE),
        created_hlc=whole(data["created_hlc"], N_("clock")),
        app_version=text(data["app_version"], N_("app version"), 40),
        schema_version=text(data["schema_version"], N_("schema version"), 80),
        sender=sender,
        devices=devices,
        sender_has=items(data["sender_has"], N_("holdings"), MAX_FEEDS, feed_position),
        assumed_receiver_has=items(data["assumed_receiver_has"], N_("holdings"), MAX_FEEDS, feed_position),
        peer_team=None if peer is None else text(peer, N_("peer team"), 200),
        changes=whole(counts["changes"], N_("count of changes")),
        attachments=whole(counts["attachments"], N_("count of attachments")),
        members=listed,
        trusted_teams=dict(items(data["trusted_teams"], N_("trusted teams"), MAX_DEVICES, _trusted_team)),
    )


def _device(value: Any, part: str) -> DeviceEntry:
    data = fields(value, part, {"device_id", "team", "officer", "public_key", "team_key", "endorsement"})
    return DeviceEntry(
        device_id=text(data["device_id"], N_("device id"), 36, UUID_RE),
        team=text(data["team"], N_("team name"), 200),
        officer=text(data["officer"], N_("officer name"), 200),
        public_key=text(data["public_key"], N_("device key"), 44, KEY_RE),
        team_key=text(data["team_key"], N_("team key"), 44, KEY_RE),
        endorsement=text(data["endorsement"], N_("endorsement"), 88, SIGNATURE_RE),
    )


def _trusted_team(value: Any, part: str) -> tuple[str, str]:
    data = fields(value, part, {"team_key", "team"})
    return text(data["team_key"], N_("team key"), 44, KEY_RE), text(data["team"], N_("team name"), 200)


def parse_signature(value: Any) -> tuple[str, str]:
    """``signature.json``: the signing key and the signature of the manifest's bytes."""
    data = fields(value, N_("signature"), {"public_key", "signature"})
    return (
        text(data["public_key"], N_("signature key"), 44, KEY_RE),
        text(data["signature"], N_("signature"), 88, SIGNATURE_RE),
    )


# -- changes -------------------------------------------------------------------------------------------
_CHANGE_KEYS = {"at", "author", "entity", "feed", "hlc", "preds", "record", "seq", "team", "values", "whole"}
MAX_PREDS = 1_000


def parse_change(value: Any, entities: Mapping[str, set[str]]) -> dict[str, Any]:
    """A change body as received, checked for shape and types; ``entities`` gives each kind of record's
    fields (what a change may set). Its values are checked against the forms' rules elsewhere."""
    data = fields(value, N_("change"), _CHANGE_KEYS)
    text(data["at"], N_("change time"), 27, TIMESTAMP_RE)
    text(data["author"], N_("author"), 200)
    text(data["team"], N_("team name"), 200)
    entity = text(data["entity"], N_("kind of record"), 20)
    if entity not in entities:
        raise refuse(N_("change"), N_("an unknown kind of record, {kind}"), kind=repr(entity[:20]))
    text(data["feed"], N_("feed name"), 40)  # its form: it must equal its feed's name, checked by the caller
    whole(data["hlc"], N_("clock"))
    whole(data["seq"], N_("sequence number"), 1)
    text(data["record"], N_("record id"), 36, UUID_RE)
    if type(data["whole"]) is not bool:
        raise refuse(N_("change"), N_("its whole flag is not true or false"))
    values = data["values"]
    if not isinstance(values, dict):
        raise refuse(N_("change"), N_("its values are not an object"))
    unknown = set(values) - entities[entity]
    if unknown:
        raise refuse(N_("change"), N_("unknown fields: {names}"), names=", ".join(sorted(unknown))[:120])
    preds = data["preds"]
    if not isinstance(preds, dict) or len(preds) > len(entities[entity]) + 1:
        raise refuse(N_("change"), N_("its predecessors are not an object of fields"))
    for name, refs in preds.items():
        if name != "*" and name not in entities[entity]:
            raise refuse(N_("change"), N_("predecessors of an unknown field {name}"), name=repr(name[:40]))
        items(refs, N_("predecessor"), MAX_PREDS, _ref)
    return data


def _ref(value: Any, part: str) -> tuple[str, int, int]:
    if not isinstance(value, list) or len(value) != 3:
        raise refuse(part, N_("not a [feed, sequence, clock] triple"))
    return text(value[0], part, 40, FEED_RE), whole(value[1], part, 1), whole(value[2], part)


# -- feeds ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedHeader:
    """The line before a feed's changes in ``feeds.jsonl``."""

    feed: str
    first_seq: int
    start_chain: str
    head_signature: str
    count: int


def parse_feed_header(value: Any) -> FeedHeader:
    data = fields(value, N_("feed"), {"feed", "first_seq", "start_chain", "head_signature", "changes"})
    return FeedHeader(
        feed=text(data["feed"], N_("feed name"), 40, FEED_RE),
        first_seq=whole(data["first_seq"], N_("first sequence number"), 1),
        start_chain=text(data["start_chain"], N_("chain hash"), 64, HEX64_RE),
        head_signature=text(data["head_signature"], N_("feed signature"), 88, SIGNATURE_RE),
        count=whole(data["changes"], N_("count of a feed's changes"), 1),
    )


def parse_withheld(value: Mapping[str, Any]) -> str:
    """A change held back from this bundle (its record is team only now): only its body's hash travels."""
    data = fields(value, N_("held-back change"), {"withheld"})
    return text(data["withheld"], N_("held-back change"), 64, HEX64_RE)
