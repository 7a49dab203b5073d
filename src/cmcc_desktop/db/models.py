"""The records officers keep, as typed SQLAlchemy models.

Every synced record shares :class:`RecordMixin`: a UUIDv7 text id, who made and last changed it and when
(UTC), a soft-delete marker (nothing an officer made is ever hard-deleted) and a releasability marking.
Lists that belong to one record and are edited with it (phones, e-mails, sectors, needs, officers) are JSON
fields, so that a record's fields are the unit of change for sync. Links between records are plain id
columns with foreign keys; there are no ORM relationships, so loaded records are plain values that can cross
threads without lazy loading.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime

JsonList = list[Any]


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime(), date: Date(), JsonList: JSON()}


class RecordMixin:
    """Fields common to every record that officers create and exchange."""

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
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
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

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
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
    assignee_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    assignee_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    requesting_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )
    due_date: Mapped[date | None] = mapped_column(default=None)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), default=None)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), default=None)
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

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_attachment_visit", "visit_id"),)


class LocalIdentity(Base):
    """This device and the officer using it. Local bookkeeping: never exported or synced."""

    __tablename__ = "local_identity"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_name: Mapped[str] = mapped_column(String(200))
    team_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


RECORD_MODELS: dict[str, type[RecordMixin]] = {
    "organisation": Organisation,
    "contact": Contact,
    "site": Site,
    "visit": Visit,
    "task": Task,
    "attachment": Attachment,
}
