"""Site visits: what an officer found at a site, what is needed, and what follows up."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, exists, func, select, true

from ..db.models import Contact, Site, Visit
from ..errors import CmccError, ValidationError
from . import validation as v
from .records import RecordService, Validator, json_list_contains
from .store import WriteUnit


def visit_label(site_name: str, visited_at: datetime | None) -> str:
    """How a visit is named in lists of mixed records (deleted items, conflicts): "Rimal Water Well ·
    2026-10-30", the day in this laptop's time zone."""
    day = visited_at.astimezone().strftime("%Y-%m-%d") if visited_at else ""
    return " · ".join(part for part in (site_name, day) if part)


def _site_id(value: Any) -> str:
    if not value:
        raise v.FieldProblem("Choose the site that was visited.")
    return str(value)


class VisitService(RecordService[Visit]):
    model = Visit
    noun = "visit"
    default_order = "visited_at"
    required = ("site_id", "visited_at")
    references: ClassVar = {"site_id": Site}
    validators: ClassVar[dict[str, Validator]] = {
        "site_id": _site_id,
        "visited_at": lambda x: v.timestamp(x, "Date and time of the visit") if x else _missing_time(),
        "officers": lambda x: v.text_list(x, "Visiting officer"),
        "contacts_met": lambda x: v.text_list(x, "Contact met"),
        "purpose": lambda x: v.optional_text(x, "Purpose"),
        "findings": lambda x: v.optional_text(x, "Findings", 100_000),
        "needs": v.needs_list,
        "people_in_need": lambda x: v.non_negative_int(x, "People in need"),
        "security_access": lambda x: v.optional_text(x, "Security and access"),
        "recommendations": lambda x: v.optional_text(x, "Recommendations"),
    }

    def create(self, **values: Any) -> Visit:
        """A new visit; the officer using this laptop is a visiting officer unless others are named."""
        values.setdefault("officers", [self.store.identity.officer_name])
        return super().create(**values)

    def _check_references(self, unit: WriteUnit, values: Any) -> None:
        super()._check_references(unit, values)
        missing = [i for i in values.get("contacts_met") or () if unit.load(Contact, i) is None]
        if missing:
            raise ValidationError(
                {
                    "contacts_met": CmccError(
                        "{count} of the contacts met no longer exist.", count=len(missing)
                    )
                }
            )

    def conditions(  # type: ignore[override]
        self,
        site_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        sector: str | None = None,
        officer: str | None = None,
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if site_id:
            found.append(Visit.site_id == site_id)
        if date_from:
            found.append(Visit.visited_at >= datetime.combine(date_from, time(), UTC))
        if date_to:
            found.append(Visit.visited_at < datetime.combine(date_to + timedelta(days=1), time(), UTC))
        if sector:
            each = func.json_each(Visit.needs).table_valued("value")
            found.append(
                exists(
                    select(1).select_from(each).where(func.json_extract(each.c.value, "$.sector") == sector)
                )
            )
        if officer:
            found.append(json_list_contains(Visit.officers, officer))
        return found

    def with_site_names(self, visits: list[Visit]) -> list[tuple[Visit, str]]:
        """Each visit with the name of its site (for lists that link both)."""
        site_ids = {visit.site_id for visit in visits}
        with self.store.read() as session:
            names = dict(session.execute(select(Site.id, Site.name).where(Site.id.in_(site_ids))).all())
        return [(visit, names.get(visit.site_id, "")) for visit in visits]

    def officer_names(self) -> list[str]:
        """Every officer named on a live visit, for the visit log's officer filter."""
        each = func.json_each(Visit.officers).table_valued("value")
        query = (
            select(each.c.value)
            .select_from(Visit)
            .join(each, true())
            .where(Visit.deleted_at.is_(None))
            .distinct()
        )
        with self.store.read() as session:
            return sorted(str(name) for name in session.scalars(query) if name)

    def last_visit(self, site_id: str) -> Visit | None:
        """The most recent live visit of a site, for "Copy from last visit"."""
        visits = self.list(site_id=site_id, order_by="visited_at", descending=True, limit=1)
        return visits[0] if visits else None


def _missing_time() -> datetime:
    raise v.FieldProblem("Give the date and time of the visit.")
