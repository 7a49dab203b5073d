"""Organisations: UN agencies, NGOs, utilities, ministries, military liaison cells, committees."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Organisation
from ..rules import fields as rules
from .records import RecordService, Validator, json_list_contains


class OrganisationService(RecordService[Organisation]):
    model = Organisation
    noun = "organisation"
    default_order = "name"
    required = rules.ORGANISATION.required
    validators: ClassVar[Mapping[str, Validator]] = rules.ORGANISATION.validators

    def conditions(  # type: ignore[override]
        self, org_type: str | None = None, sector: str | None = None
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if org_type:
            found.append(Organisation.org_type == org_type)
        if sector:
            found.append(json_list_contains(Organisation.sectors, sector))
        return found
