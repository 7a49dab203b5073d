"""Organisations: UN agencies, NGOs, utilities, ministries, military liaison cells, committees."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Organisation
from . import validation as v
from .records import RecordService, Validator, json_list_contains
from .vocabulary import ORGANISATION_TYPES


def country_code(value: Any) -> str:
    code = v.optional_text(value, "Country", 2).upper()
    if code and not (len(code) == 2 and code.isalpha() and code.isascii()):
        raise v.FieldProblem("Country must be a two-letter ISO code, for example PS, JO or NO.")
    return code


class OrganisationService(RecordService[Organisation]):
    model = Organisation
    noun = "organisation"
    default_order = "name"
    required = ("name",)
    validators: ClassVar[dict[str, Validator]] = {
        "name": v.Text("Name", 300, required=True),
        "name_ar": v.Text("Name in Arabic", 300),
        "acronym": v.Text("Acronym", 40),
        "org_type": lambda x: v.choice(x, ORGANISATION_TYPES, "Organisation type"),
        "country": country_code,
        "sectors": v.sector_list,
        "notes": v.Text("Notes"),
    }

    def conditions(  # type: ignore[override]
        self, org_type: str | None = None, sector: str | None = None
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if org_type:
            found.append(Organisation.org_type == org_type)
        if sector:
            found.append(json_list_contains(Organisation.sectors, sector))
        return found
