"""The forms for a person and for an organisation."""

from __future__ import annotations

from typing import Any

from ...rules.vocabulary import LANGUAGES, ORGANISATION_TYPES, SECTORS
from ..field_names import EMAIL_LABELS, PHONE_LABELS
from ..labels import choices
from ..pickers import organisation_picker
from .fields import (
    CheckListField,
    ChoiceField,
    DateField,
    LabelField,
    LanguagesField,
    LongTextField,
    RowsField,
    TextField,
)
from .record_form import RecordForm


class ContactForm(RecordForm):
    def service(self) -> Any:
        return self.services.contacts

    def form_title(self) -> str:
        return self.tr("New contact") if self.record_id is None else self.tr("Edit contact")

    def this_record(self) -> str:
        """ "this contact", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this contact")

    def build(self) -> None:
        self.add_field("full_name", self.tr("Full name"), TextField(self), required=True)
        self.add_field("name_ar", self.tr("Name in Arabic"), TextField(self))
        self.add_field("title", self.tr("Title or role"), TextField(self))
        self.add_field("organisation_id", self.tr("Organisation"), organisation_picker(self.services, self))
        phone_labels = choices(PHONE_LABELS)
        self.add_field(
            "phones",
            self.tr("Phone numbers"),
            RowsField(
                [
                    ("label", self.tr("Label"), lambda: LabelField(phone_labels)),
                    ("number", self.tr("Number"), None),
                ],
                self.tr("Add phone"),
                "number",
                self,
                defaults={"label": "mobile"},
                left_to_right=True,
            ),
            hint=self.tr(
                "Local numbers are read as Palestinian (+970); write other countries with + and the code."
            ),
        )
        email_labels = choices(EMAIL_LABELS)
        self.add_field(
            "emails",
            self.tr("E-mail addresses"),
            RowsField(
                [
                    ("label", self.tr("Label"), lambda: LabelField(email_labels)),
                    ("address", self.tr("Address"), None),
                ],
                self.tr("Add e-mail"),
                "address",
                self,
                defaults={"label": "work"},
                left_to_right=True,
            ),
        )
        self.add_field("call_sign", self.tr("Radio call sign"), TextField(self))
        self.add_field("languages", self.tr("Languages"), LanguagesField(choices(LANGUAGES), self))
        self.add_field("area_of_responsibility", self.tr("Area of responsibility"), TextField(self))
        self.add_field("sectors", self.tr("Sectors"), CheckListField(choices(SECTORS), self))
        self.add_field("last_contacted", self.tr("Last contacted"), DateField(self, self.tr("on")))
        self.add_field("notes", self.tr("Notes"), LongTextField(self))


class OrganisationForm(RecordForm):
    def service(self) -> Any:
        return self.services.organisations

    def form_title(self) -> str:
        return self.tr("New organisation") if self.record_id is None else self.tr("Edit organisation")

    def this_record(self) -> str:
        """ "this organisation", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this organisation")

    def build(self) -> None:
        self.add_field("name", self.tr("Name"), TextField(self), required=True)
        self.add_field("name_ar", self.tr("Name in Arabic"), TextField(self))
        self.add_field("acronym", self.tr("Acronym"), TextField(self))
        org_type = ChoiceField(choices(ORGANISATION_TYPES), self)
        org_type.set_value("other")  # a new organisation's type is chosen, not assumed to be a UN agency
        self.add_field("org_type", self.tr("Type"), org_type)
        country = TextField(self)
        country.setPlaceholderText(self.tr("Two-letter ISO code, for example PS or NO"))
        self.add_field("country", self.tr("Country"), country)
        self.add_field("sectors", self.tr("Sectors"), CheckListField(choices(SECTORS), self))
        self.add_field("notes", self.tr("Notes"), LongTextField(self))
