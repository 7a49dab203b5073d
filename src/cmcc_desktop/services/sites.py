"""Sites officers look after: water plants, clinics, schools, shelters, bridges, crossings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Site
from ..errors import CmccError
from ..rules import fields as rules
from .records import RecordService, Validator


class SiteService(RecordService[Site]):
    model = Site
    noun = "site"
    default_order = "name"
    required = rules.SITE.required
    validators: ClassVar[Mapping[str, Validator]] = rules.SITE.validators

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
