"""The records officers keep, as typed SQLAlchemy models.

Every synced record shares :class:`RecordMixin`: a UUIDv7 text id, who made and last changed it and when
(UTC), a soft-delete marker (nothing an officer made is ever hard-deleted) and a releasability marking.
Lists that belong to one record and are edited with it (phones, e-mails, sectors, needs, officers) are JSON
fields, so that a record's fields are the unit of change for sync. Links between records are plain id
columns without foreign keys: a record received by sync may name one that has not arrived yet, so services
check links when an officer saves (see ``LINKED_FIELDS``). There are no ORM relationships, so loaded records
are plain values that can cross threads without lazy loading.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, CheckConstraint, Date, Float, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime

if TYPE_CHECKING:
    from sqlalchemy import FromClause

JsonList = list[Any]


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime(), date: Date(), JsonList: JSON()}


class RecordMixin:
    """Fields common to every record that officers create and exchange."""

    if TYPE_CHECKING:  # set by the declarative base on each mapped record class
        __table__: ClassVar[FromClause]
        __tablename__: Any

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    deleted_by: Mapped[str | None] = mapped_column(String(200), default=None)
    releasability: Mapped[str] = mapped_column(String(16), default="partners")


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str] = mapped_column(String(300), default="")
    acronym: Mapped[str] = mapped_column(String(40), default="")
    org_type: Mapped[str] = mapped_column(String(40), default="other")
    country: Mapped[str] = mapped_column(String(2), default="")
    sectors: Mapped[JsonList] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(RecordMixin, Base):
    __tablename__ = "contact"

    full_name: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # [{"label": "mobile", "number": "+970599123456"}], numbers in E.164
    phones: Mapped[JsonList] = mapped_column(default=list)
    # [{"label": "work", "address": "name@example.org"}]
    emails: Mapped[JsonList] = mapped_column(default=list)
    call_sign: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[JsonList] = mapped_column(default=list)
    area_of_responsibility: Mapped[str] = mapped_column(String(300), default="")
    sectors: Mapped[JsonList] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contacted: Mapped[date | None] = mapped_column(default=None)

    __table_args__ = (Index("ix_contact_organisation", "organisation_id"),)


class Site(RecordMixin, Base):
    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str] = mapped_column(String(300), default="")
    site_type: Mapped[str] = mapped_column(String(40), default="other")
    sector: Mapped[str] = mapped_column(String(8), default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    admin_area: Mapped[str] = mapped_column(String(200), default="")
    admin_pcode: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(40), default="unknown")
    access_notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="ck_site_latitude"),
        CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="ck_site_longitude"),
    )


class Visit(RecordMixin, Base):
    __tablename__ = "visit"

    site_id: Mapped[str] = mapped_column(String(36))
    visited_at: Mapped[datetime]
    officers: Mapped[JsonList] = mapped_column(default=list)
    contacts_met: Mapped[JsonList] = mapped_column(default=list)  # contact ids
    purpose: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    # [{"sector": "WSH", "severity": 4, "note": "..."}]
    needs: Mapped[JsonList] = mapped_column(default=list)
    people_in_need: Mapped[int | None] = mapped_column(Integer, default=None)
    security_access: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_visit_site", "site_id", "visited_at"),)


class Task(RecordMixin, Base):
    __tablename__ = "task"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(String(8), default="")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="new")
    status_reason: Mapped[str] = mapped_column(Text, default="")  # why it is blocked or on hold
    assignee_contact_id: Mapped[str | None] = mapped_column(String(36), default=None)
    assignee_organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    requesting_organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    due_date: Mapped[date | None] = mapped_column(default=None)
    site_id: Mapped[str | None] = mapped_column(String(36), default=None)
    visit_id: Mapped[str | None] = mapped_column(String(36), default=None)
    closure_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_task_status_due", "status", "due_date"),
        Index("ix_task_site", "site_id"),
        Index("ix_task_visit", "visit_id"),
        Index("ix_task_assignee_contact", "assignee_contact_id"),
    )


class Attachment(RecordMixin, Base):
    """A file kept with a visit. The bytes live once under the data dir, named by their SHA-256."""

    __tablename__ = "attachment"

    visit_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_attachment_visit", "visit_id"),)


class LocalIdentity(Base):
    """This device and the officer using it. Local bookkeeping: never exported as records.

    The Ed25519 private key signs this device's sync feeds; ``hlc`` is the last hybrid logical clock value
    this device issued or accepted.
    """

    __tablename__ = "local_identity"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_name: Mapped[str] = mapped_column(String(200))
    team_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    private_key: Mapped[str | None] = mapped_column(String(100), default=None)
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    # The team's key, shared by the team's laptops: it endorses their device keys.
    team_private_key: Mapped[str | None] = mapped_column(String(100), default=None)


class Change(Base):
    """One immutable change to one record, as written by its origin device (the sync op log).

    ``body`` is the change's canonical JSON (what is hashed and exchanged); ``chain`` is the feed's hash chain
    up to and including it, so a feed cannot be altered or reordered without the origin's signature failing.
    """

    __tablename__ = "change"

    feed: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text)
    chain: Mapped[str] = mapped_column(String(64))


class Feed(Base):
    """An origin device's append-only feed ("team" or "shared") as far as this device holds it."""

    __tablename__ = "feed"

    feed: Mapped[str] = mapped_column(String(40), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_chain: Mapped[str] = mapped_column(String(64))
    head_signature: Mapped[str | None] = mapped_column(String(200), default=None)


class SyncDevice(Base):
    """A device whose changes this laptop holds or may receive: its team, key and whether it is trusted."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_name: Mapped[str] = mapped_column(String(200))
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(40))
    trusted: Mapped[bool] = mapped_column(default=False)
    introduced_by: Mapped[str | None] = mapped_column(String(36), default=None)
    first_seen: Mapped[datetime]
    # What the device held when it made the newest bundle received from it: [[feed, last_seq], ...]
    holdings: Mapped[JsonList | None] = mapped_column(JSON, default=None)
    holdings_hlc: Mapped[int] = mapped_column(Integer, default=0)
    # The team key that endorsed this device's key, and that endorsement (None: known from before team keys).
    team_key: Mapped[str | None] = mapped_column(String(100), default=None)
    endorsement: Mapped[str | None] = mapped_column(String(200), default=None)


class SyncTeam(Base):
    """A team's key, as this laptop knows it. Only changes of devices endorsed by a trusted team key are
    taken in; a team's key is trusted once an officer has compared its fingerprint with the team."""

    __tablename__ = "sync_team"

    team_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    team_name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(40))
    trusted: Mapped[bool] = mapped_column(default=False)
    first_seen: Mapped[datetime]


class ForkedChange(Base):
    """A change of a second history of one device's feed (a copied data folder in use): kept and shown, not
    applied, until the copy takes a new identity and sends its work again."""

    __tablename__ = "forked_change"

    feed: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]


class SyncPeer(Base):
    """When bundles last went each way between this laptop and another team."""

    __tablename__ = "sync_peer"

    team_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_received_at: Mapped[datetime | None] = mapped_column(default=None)
    last_sent_at: Mapped[datetime | None] = mapped_column(default=None)


class ImportedBundle(Base):
    __tablename__ = "imported_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_device: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[datetime]


class RecordHeads(Base):
    """The changes that currently decide each field of a record (more than one: a conflict).

    ``heads`` maps a field (or ``*`` for fields the record's creation set and nothing changed since) to
    ``[[feed, seq, hlc], ...]``; ``pending`` maps a field to changes already superseded but not yet received.
    """

    __tablename__ = "record_heads"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    heads: Mapped[Any] = mapped_column(JSON)
    pending: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    conflicted: Mapped[bool] = mapped_column(default=False)

    # Only records in conflict, the few that are looked up by it.
    __table_args__ = (Index("ix_record_heads_conflicted", "conflicted", sqlite_where=text("conflicted")),)


# Fields that are one decision: a task's status with the reason it is blocked or on hold and its closure note, a
# site's latitude with its longitude, an area's name with its P-code. A change to one of them writes the others
# as they are, so that two laptops' edits conflict on the whole group, and a conflict keeps one side's group.
LINKED_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "task": (("status", "status_reason", "closure_note"),),
    "site": (("latitude", "longitude"), ("admin_area", "admin_pcode")),
}


def linked_group(entity: str, name: str) -> tuple[str, ...]:
    """The fields decided together with ``name`` (itself alone if it is not linked)."""
    return next((group for group in LINKED_FIELDS.get(entity, ()) if name in group), (name,))


# Releasability markings, the strictest first.
MARKINGS = ("team", "partners", "public")
# A record that belongs to another is never more releasable than it: (link, what it belongs to, follows).
# A visit's photos follow its marking (they have none of their own to choose); its follow-up tasks are at
# least as strict. Bundles for other teams hold back what is team only by this rule too.
CONTAINED: dict[str, tuple[str, str, bool]] = {
    "attachment": ("visit_id", "visit", True),
    "task": ("visit_id", "visit", False),
}


def strictest(*markings: str) -> str:
    return min(markings, key=lambda marking: MARKINGS.index(marking) if marking in MARKINGS else 0)


def contained_marking(entity: str, own: str, container: str) -> str:
    """The marking a contained record takes, from its own and its container's."""
    return container if CONTAINED[entity][2] else strictest(own, container)


RECORD_MODELS: dict[str, type[RecordMixin]] = {
    "organisation": Organisation,
    "contact": Contact,
    "site": Site,
    "visit": Visit,
    "task": Task,
    "attachment": Attachment,
}
RECORD_TABLES: dict[str, Table] = {entity: Base.metadata.tables[entity] for entity in RECORD_MODELS}
