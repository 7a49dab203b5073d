"""Sites officers look after: water plants, clinics, schools, shelters, bridges, crossings."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Site
from ..errors import CmccError
from . import validation as v
from .records import RecordService, Validator
from .vocabulary import SECTORS, SITE_STATUSES, SITE_TYPES


def pcode(value: Any) -> str:
    """P-codes stay text (leading zeros matter), upper-case, letters and digits only."""
    code = v.optional_text(value, "P-code", 40).upper()
    if code and not code.isalnum():
        raise v.FieldProblem("A P-code has only letters and digits, for example PS0102.")
    return code


class SiteService(RecordService[Site]):
    model = Site
    noun = "site"
    default_order = "name"
    required = ("name",)
    validators: ClassVar[dict[str, Validator]] = {
        "name": v.Text("Site name", 300, required=True),
        "name_ar": v.Text("Name in Arabic", 300),
        "site_type": lambda x: v.choice(x, SITE_TYPES, "Site type"),
        "sector": lambda x: v.optional_choice(x, SECTORS, "Sector"),
        "latitude": lambda x: v.coordinate(x, "Latitude", -90, 90),
        "longitude": lambda x: v.coordinate(x, "Longitude", -180, 180),
        "admin_area": v.Text("Admin area", 200),
        "admin_pcode": pcode,
        "status": lambda x: v.choice(x, SITE_STATUSES, "Operational status"),
        "access_notes": v.Text("Access and security notes"),
    }

    def cross_checks(self, cleaned: dict[str, Any], current: Site | None) -> dict[str, CmccError]:
        latitude = cleaned.get("latitude", current.latitude if current else None)
        longitude = cleaned.get("longitude", current.longitude if current else None)
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            return {missing: CmccError("Give both latitude and longitude, or neither.")}
        return {}

    def conditions(  # type: ignore[override]
        self,
        site_type: str | None = None,
        status: str | None = None,
        sector: str | None = None,
        pcode_prefix: str | None = None,
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if site_type:
            found.append(Site.site_type == site_type)
        if status:
            found.append(Site.status == status)
        if sector:
            found.append(Site.sector == sector)
        if pcode_prefix:
            found.append(Site.admin_pcode.startswith(pcode_prefix.upper(), autoescape=True))
        return found
