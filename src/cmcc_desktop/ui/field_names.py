"""Record fields by the names the forms give them, in the interface language: what History and the Conflicts
view call a field (a field the table does not know reads as its name, "call sign"); and the labels of a
contact's phones and e-mail addresses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..i18n import N_

# Fields as the forms label them; others read as their names.
_FIELD_NAMES: dict[tuple[str, str], object] = {
    ("contact", "full_name"): QT_TRANSLATE_NOOP("FieldNames", "Full name"),
    ("contact", "name_ar"): QT_TRANSLATE_NOOP("FieldNames", "Name in Arabic"),
    ("contact", "title"): QT_TRANSLATE_NOOP("FieldNames", "Title or role"),
    ("contact", "organisation_id"): QT_TRANSLATE_NOOP("FieldNames", "Organisation"),
    ("contact", "phones"): QT_TRANSLATE_NOOP("FieldNames", "Phone numbers"),
    ("contact", "emails"): QT_TRANSLATE_NOOP("FieldNames", "E-mail addresses"),
    ("contact", "call_sign"): QT_TRANSLATE_NOOP("FieldNames", "Radio call sign"),
    ("contact", "languages"): QT_TRANSLATE_NOOP("FieldNames", "Languages"),
    ("contact", "area_of_responsibility"): QT_TRANSLATE_NOOP("FieldNames", "Area of responsibility"),
    ("contact", "sectors"): QT_TRANSLATE_NOOP("FieldNames", "Sectors"),
    ("contact", "last_contacted"): QT_TRANSLATE_NOOP("FieldNames", "Last contacted"),
    ("contact", "notes"): QT_TRANSLATE_NOOP("FieldNames", "Notes"),
    ("organisation", "name"): QT_TRANSLATE_NOOP("FieldNames", "Name"),
    ("organisation", "name_ar"): QT_TRANSLATE_NOOP("FieldNames", "Name in Arabic"),
    ("organisation", "acronym"): QT_TRANSLATE_NOOP("FieldNames", "Acronym"),
    ("organisation", "org_type"): QT_TRANSLATE_NOOP("FieldNames", "Type"),
    ("organisation", "country"): QT_TRANSLATE_NOOP("FieldNames", "Country"),
    ("organisation", "sectors"): QT_TRANSLATE_NOOP("FieldNames", "Sectors"),
    ("organisation", "notes"): QT_TRANSLATE_NOOP("FieldNames", "Notes"),
    ("site", "name"): QT_TRANSLATE_NOOP("FieldNames", "Name"),
    ("site", "name_ar"): QT_TRANSLATE_NOOP("FieldNames", "Name in Arabic"),
    ("site", "site_type"): QT_TRANSLATE_NOOP("FieldNames", "Type"),
    ("site", "sector"): QT_TRANSLATE_NOOP("FieldNames", "Sector"),
    ("site", "latitude"): QT_TRANSLATE_NOOP("FieldNames", "Latitude"),
    ("site", "longitude"): QT_TRANSLATE_NOOP("FieldNames", "Longitude"),
    ("site", "admin_area"): QT_TRANSLATE_NOOP("FieldNames", "Admin area"),
    ("site", "admin_pcode"): QT_TRANSLATE_NOOP("FieldNames", "P-code"),
    ("site", "status"): QT_TRANSLATE_NOOP("FieldNames", "Operational status"),
    ("site", "access_notes"): QT_TRANSLATE_NOOP("FieldNames", "Access and security notes"),
    ("visit", "site_id"): QT_TRANSLATE_NOOP("FieldNames", "Site"),
    ("visit", "visited_at"): QT_TRANSLATE_NOOP("FieldNames", "Date and time"),
    ("visit", "officers"): QT_TRANSLATE_NOOP("FieldNames", "Visiting officers"),
    ("visit", "contacts_met"): QT_TRANSLATE_NOOP("FieldNames", "Contacts met"),
    ("visit", "purpose"): QT_TRANSLATE_NOOP("FieldNames", "Purpose"),
    ("visit", "findings"): QT_TRANSLATE_NOOP("FieldNames", "Findings"),
    ("visit", "needs"): QT_TRANSLATE_NOOP("FieldNames", "Needs by sector"),
    ("visit", "people_in_need"): QT_TRANSLATE_NOOP("FieldNames", "People in need (estimate)"),
    ("visit", "security_access"): QT_TRANSLATE_NOOP("FieldNames", "Security and access"),
    ("visit", "recommendations"): QT_TRANSLATE_NOOP("FieldNames", "Recommendations"),
    ("task", "title"): QT_TRANSLATE_NOOP("FieldNames", "Title"),
    ("task", "description"): QT_TRANSLATE_NOOP("FieldNames", "Description"),
    ("task", "sector"): QT_TRANSLATE_NOOP("FieldNames", "Sector"),
    ("task", "priority"): QT_TRANSLATE_NOOP("FieldNames", "Priority"),
    ("task", "status"): QT_TRANSLATE_NOOP("FieldNames", "Status"),
    ("task", "status_reason"): QT_TRANSLATE_NOOP("FieldNames", "Reason (blocked or on hold)"),
    ("task", "assignee_contact_id"): QT_TRANSLATE_NOOP("FieldNames", "Assigned to (person)"),
    ("task", "assignee_organisation_id"): QT_TRANSLATE_NOOP("FieldNames", "Assigned to (organisation)"),
    ("task", "requesting_organisation_id"): QT_TRANSLATE_NOOP("FieldNames", "Requested by"),
    ("task", "due_date"): QT_TRANSLATE_NOOP("FieldNames", "Due date"),
    ("task", "site_id"): QT_TRANSLATE_NOOP("FieldNames", "Site"),
    ("task", "visit_id"): QT_TRANSLATE_NOOP("FieldNames", "From visit"),
    ("task", "closure_note"): QT_TRANSLATE_NOOP("FieldNames", "Closure note"),
    ("attachment", "caption"): QT_TRANSLATE_NOOP("FieldNames", "Caption"),
}
_RELEASABILITY = QT_TRANSLATE_NOOP("FieldNames", "Releasability")


def field_name(entity: str, name: str) -> str:
    if name == "releasability":
        return QCoreApplication.translate("FieldNames", str(_RELEASABILITY))
    known = _FIELD_NAMES.get((entity, name))
    return QCoreApplication.translate("FieldNames", str(known)) if known else name.replace("_", " ")


# The labels the contact form offers for a phone and an e-mail address, by the code stored; a label typed by
# hand ("duty phone") reads as it was typed.
PHONE_LABELS = {
    "mobile": N_("mobile"),
    "office": N_("office"),
    "satellite": N_("satellite"),
    "whatsapp": N_("WhatsApp"),
}
EMAIL_LABELS = {"work": N_("work"), "personal": N_("personal")}
