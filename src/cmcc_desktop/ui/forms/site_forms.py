"""The forms for a site and for a visit to it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...rules.vocabulary import SECTORS, SEVERITY, SITE_STATUSES, SITE_TYPES
from ..background import run_in_background
from ..labels import choices
from ..pickers import site_picker
from .fields import ChoiceField, DateTimeField, LongTextField, RowsField, TextField, TextListField
from .record_form import RecordForm
from .visit_fields import ContactListField, PhotosField


class SiteForm(RecordForm):
    def service(self) -> Any:
        return self.services.sites

    def form_title(self) -> str:
        return self.tr("New site") if self.record_id is None else self.tr("Edit site")

    def this_record(self) -> str:
        """ "this site", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this site")

    def build(self) -> None:
        self.add_field("name", self.tr("Name"), TextField(self), required=True)
        self.add_field("name_ar", self.tr("Name in Arabic"), TextField(self))
        self.add_field("site_type", self.tr("Type"), ChoiceField(choices(SITE_TYPES), self))
        self.add_field(
            "sector", self.tr("Sector"), ChoiceField(choices(SECTORS), self, empty=self.tr("(none)"))
        )
        hint = self.tr("Decimal degrees, WGS84, for example 31.5017 and 34.4668.")
        self.add_field("latitude", self.tr("Latitude"), TextField(self), hint=hint)
        self.add_field("longitude", self.tr("Longitude"), TextField(self), hint=hint)
        self.add_field("admin_area", self.tr("Admin area"), TextField(self))
        self.add_field("admin_pcode", self.tr("P-code"), TextField(self), hint=self.tr("For example PS0102."))
        self.add_field("status", self.tr("Operational status"), ChoiceField(choices(SITE_STATUSES), self))
        self.add_field("access_notes", self.tr("Access and security notes"), LongTextField(self))
        if self.record_id is None:
            self.fields["status"].set_value("unknown")
            self.fields["site_type"].set_value("other")


def severity_choice() -> ChoiceField:
    return ChoiceField([(level, f"{level} · {text}") for level, text in choices(SEVERITY)])


class VisitForm(RecordForm):
    """A visit and its photos, saved together."""

    def service(self) -> Any:
        return self.services.visits

    def form_title(self) -> str:
        return self.tr("New visit") if self.record_id is None else self.tr("Edit visit")

    def this_record(self) -> str:
        """ "this visit", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this visit")

    def build(self) -> None:
        site = self.add_field("site_id", self.tr("Site"), site_picker(self.services, self), required=True)
        site.changed.connect(self._site_chosen)
        self.add_field("visited_at", self.tr("Date and time"), DateTimeField(self), required=True)
        self.add_field(
            "officers",
            self.tr("Visiting officers"),
            TextListField(self),
            hint=self.tr("Separate with commas."),
        )
        self.add_field("contacts_met", self.tr("Contacts met"), ContactListField(self.services, self))
        self.add_field("purpose", self.tr("Purpose"), TextField(self))
        self.add_field("findings", self.tr("Findings"), LongTextField(self))
        self.needs = RowsField(
            [
                ("sector", self.tr("Sector"), lambda: ChoiceField(choices(SECTORS))),
                ("severity", self.tr("Severity"), severity_choice),
                ("note", self.tr("Note"), None),
            ],
            self.tr("Add need"),
            "sector",
            self,
            defaults={"severity": 3},
        )
        self.add_field("needs", self.tr("Needs by sector"), self.needs)
        self.add_field("people_in_need", self.tr("People in need (estimate)"), TextField(self))
        self.add_field("security_access", self.tr("Security and access"), LongTextField(self))
        self.add_field("recommendations", self.tr("Recommendations"), LongTextField(self))
        self.add_field("photos", self.tr("Photos"), PhotosField(self))
        if self.record_id is None:
            self.fields["officers"].set_value([self.services.store.identity.officer_name])

    def _site_chosen(self) -> None:
        """A need added from now on starts in the sector of the site visited (read off the UI thread)."""
        site_id = self.fields["site_id"].value()
        if site_id is None:
            self.needs.set_default("sector", None)
            return
        sites = self.services.sites

        def read(sector: str | None) -> None:
            if self.fields["site_id"].value() == site_id:  # not another site chosen meanwhile
                self.needs.set_default("sector", sector)

        run_in_background(lambda: sites.need_sector(site_id), read, lambda _error: None, owner=self)

    def values_of(self, record: Any) -> dict[str, Any]:
        values = {name: getattr(record, name) for name in self.fields if name != "photos"}
        values["people_in_need"] = "" if record.people_in_need is None else str(record.people_in_need)
        attachments = self.services.attachments
        values["photos"] = [
            {"attachment_id": a.id, "path": str(attachments.blob_path(a)), "caption": a.caption}
            for a in attachments.find(visit_id=record.id, order_by="created_at")
        ]
        return values


def copy_of_visit(visit: Any) -> dict[str, Any]:
    """What "Copy from last visit" carries over: the standing situation, not what was found that day."""
    return {
        "site_id": visit.site_id,
        "visited_at": datetime.now().astimezone(),
        "officers": list(visit.officers),
        "contacts_met": list(visit.contacts_met),
        "purpose": visit.purpose,
        "needs": [dict(need) for need in visit.needs],
        "people_in_need": "" if visit.people_in_need is None else str(visit.people_in_need),
        "security_access": visit.security_access,
        "recommendations": visit.recommendations,
        "releasability": visit.releasability,
    }
