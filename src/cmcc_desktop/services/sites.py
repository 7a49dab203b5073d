"""Sites officers look after: water plants, clinics, schools, shelters, bridges, crossings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Site
from ..errors import CmccError
from ..i18n import N_
from ..rules import fields as rules
from .records import RecordService, Validator

# The sector a site's type implies, for a site whose own sector is not set.
TYPE_SECTORS: Mapping[str, str] = {
    "water_sanitation": "WSH",
    "health_facility": "HEA",
    "school": "EDU",
    "shelter": "SHL",
    "road_bridge": "INF",
    "power": "ENR",
    "government_building": "GOV",
}


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
            return {missing: CmccError(N_("Give both latitude and longitude, or neither."))}
        return {}

    def need_sector(self, site_id: str) -> str | None:
        """The sector a need found at this site starts in: the site's own, else the one its type implies (a
        water plant's is water, sanitation and hygiene); None if neither says."""
        site = self.get(site_id)
        return site.sector or TYPE_SECTORS.get(site.site_type)

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
