"""What each kind of record's fields may hold: the checks that forms (through the services) and received
sync changes share, so that a value a form would refuse is refused wherever it comes from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..i18n import N_
from . import validation as v
from .vocabulary import ORGANISATION_TYPES, SECTORS, SITE_STATUSES, SITE_TYPES, TASK_PRIORITIES, TASK_STATUSES

Validator = Callable[[Any], Any]


@dataclass(frozen=True)
class FieldRules:
    validators: Mapping[str, Validator]
    required: tuple[str, ...] = ()  # what a new record must have
    references: Mapping[str, str] = field(default_factory=dict)  # a field that links, and to what


def country_code(value: Any) -> str:
    # Read whole (not cut to two letters): "Palestine" cut to "PA" would be Panama.
    code = v.optional_text(value, N_("Country"), 100).upper()
    if code and not (len(code) == 2 and code.isalpha() and code.isascii()):
        raise v.FieldProblem(N_("Country must be a two-letter ISO code, for example PS, JO or NO."))
    return code


def pcode(value: Any) -> str:
    """P-codes stay text (leading zeros matter), upper-case, letters and digits only."""
    code = v.optional_text(value, N_("P-code"), 40).upper()
    if code and not code.isalnum():
        raise v.FieldProblem(N_("A P-code has only letters and digits, for example PS0102."))
    return code


def link(value: Any) -> str | None:
    """A link to another record: its id, or none."""
    return str(value) if value else None


def _site_id(value: Any) -> str:
    if not value:
        raise v.FieldProblem(N_("Choose the site that was visited."))
    return str(value)


def _visit_time(value: Any) -> datetime:
    if not value:
        raise v.FieldProblem(N_("Give the date and time of the visit."))
    return v.timestamp(value, N_("Date and time of the visit"))


ORGANISATION = FieldRules(
    {
        "name": v.Text(N_("Name"), 300, required=True),
        "name_ar": v.Text(N_("Name in Arabic"), 300),
        "acronym": v.Text(N_("Acronym"), 40),
        "org_type": lambda x: v.choice(x, ORGANISATION_TYPES, N_("Organisation type")),
        "country": country_code,
        "sectors": v.sector_list,
        "notes": v.Text(N_("Notes")),
    },
    required=("name",),
)
CONTACT = FieldRules(
    {
        "full_name": v.Text(N_("Full name"), 300, required=True),
        "name_ar": v.Text(N_("Name in Arabic"), 300),
        "title": v.Text(N_("Title or role"), 300),
        "organisation_id": link,
        "phones": v.phone_list,
        "emails": v.email_list,
        "call_sign": v.Text(N_("Radio call sign"), 60),
        "languages": v.language_list,
        "area_of_responsibility": v.Text(N_("Area of responsibility"), 300),
        "sectors": v.sector_list,
        "notes": v.Text(N_("Notes")),
        "last_contacted": lambda x: v.optional_date(x, N_("Last contacted")),
    },
    required=("full_name",),
    references={"organisation_id": "organisation"},
)
SITE = FieldRules(
    {
        "name": v.Text(N_("Site name"), 300, required=True),
        "name_ar": v.Text(N_("Name in Arabic"), 300),
        "site_type": lambda x: v.choice(x, SITE_TYPES, N_("Site type")),
        "sector": lambda x: v.optional_choice(x, SECTORS, N_("Sector")),
        "latitude": lambda x: v.coordinate(x, N_("Latitude"), -90, 90),
        "longitude": lambda x: v.coordinate(x, N_("Longitude"), -180, 180),
        "admin_area": v.Text(N_("Admin area"), 200),
        "admin_pcode": pcode,
        "status": lambda x: v.choice(x, SITE_STATUSES, N_("Operational status")),
        "access_notes": v.Text(N_("Access and security notes")),
    },
    required=("name",),
)
VISIT = FieldRules(
    {
        "site_id": _site_id,
        "visited_at": _visit_time,
        "officers": lambda x: v.text_list(x, N_("Visiting officer")),
        "contacts_met": lambda x: v.text_list(x, N_("Contact met")),
        "purpose": v.Text(N_("Purpose")),
        "findings": v.Text(N_("Findings"), 100_000),
        "needs": v.needs_list,
        "people_in_need": lambda x: v.non_negative_int(x, N_("People in need")),
        "security_access": v.Text(N_("Security and access")),
        "recommendations": v.Text(N_("Recommendations")),
    },
    required=("site_id", "visited_at"),
    references={"site_id": "site"},
)
TASK = FieldRules(
    {
        "title": v.Text(N_("Title"), 300, required=True),
        "description": v.Text(N_("Description")),
        "sector": lambda x: v.optional_choice(x, SECTORS, N_("Sector")),
        "priority": lambda x: v.choice(x, TASK_PRIORITIES, N_("Priority")),
        "status": lambda x: v.choice(x, TASK_STATUSES, N_("Status")),
        "status_reason": v.Text(N_("Reason")),
        "assignee_contact_id": link,
        "assignee_organisation_id": link,
        "requesting_organisation_id": link,
        "due_date": lambda x: v.optional_date(x, N_("Due date")),
        "site_id": link,
        "visit_id": link,
        "closure_note": v.Text(N_("Closure note")),
    },
    required=("title",),
    references={
        "assignee_contact_id": "contact",
        "assignee_organisation_id": "organisation",
        "requesting_organisation_id": "organisation",
        "site_id": "site",
        "visit_id": "visit",
    },
)
ATTACHMENT = FieldRules({"caption": v.Text(N_("Caption"))}, references={"visit_id": "visit"})

RULES: dict[str, FieldRules] = {
    "organisation": ORGANISATION,
    "contact": CONTACT,
    "site": SITE,
    "visit": VISIT,
    "task": TASK,
    "attachment": ATTACHMENT,
}
