"""The Contacts tab: the people officers work with and, one click away, their organisations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...errors import NotFoundError
from ...rules.vocabulary import ORGANISATION_TYPES, SECTORS
from ...services import Services, listings
from ...services.listing import Listing
from .. import detail_html as d
from ..background import run_in_background
from ..error_dialogs import show_error
from ..field_names import PHONE_LABELS
from ..forms.contact_forms import ContactForm, OrganisationForm
from ..forms.record_form import open_form
from ..labels import (
    choices,
    label,
    labeller,
    language_names,
    left_to_right,
    local_datetime,
    marking,
    sector_list,
    sector_names,
    short_date,
    whole_number,
)
from ..record_model import TableColumn
from ..record_tab import Detail, FilterCombo, RecordTab
from .switched_page import SwitchedPage


class PeopleTab(RecordTab):
    entity = "contact"
    shows = frozenset({"organisation", "task", "visit"})  # its organisation, tasks assigned, visits met

    def columns(self) -> list[TableColumn]:
        return [
            TableColumn("full_name", self.tr("Name")),
            TableColumn("name_ar", self.tr("Name in Arabic")),
            TableColumn("title", self.tr("Title or role")),
            TableColumn("organisation", self.tr("Organisation")),
            TableColumn("phone", self.tr("Phone"), left_to_right),
            TableColumn("email", self.tr("E-mail"), left_to_right),
            TableColumn("sectors", self.tr("Sectors"), sector_list),
            TableColumn("last_contacted", self.tr("Last contacted"), short_date),
            TableColumn("releasability", self.tr("Releasability"), marking),
        ]

    def make_listing(self, services: Services) -> Listing:
        return listings.contacts(services)

    def service(self) -> Any:
        assert self.services is not None
        return self.services.contacts

    def search_hint(self) -> str:
        return self.tr("Search people: name, role, phone, call sign… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New contact…")

    def table_name(self) -> str:
        return self.tr("Contacts")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln contact(s)", "", count)

    def build_filters(self) -> None:
        self.organisation_filter: FilterCombo = self.add_combo_filter(
            "organisation_id", self.tr("All organisations"), [], self.tr("Organisation")
        )
        self.add_combo_filter(
            "org_type",
            self.tr("All organisation types"),
            choices(ORGANISATION_TYPES),
            self.tr("Organisation type"),
        )
        self.add_combo_filter("sector", self.tr("All sectors"), choices(SECTORS), self.tr("Sector"))

    def services_ready(self) -> None:
        assert self.services is not None
        organisations = self.services.organisations

        def read() -> list[tuple[str, str]]:
            return [(o.id, o.acronym or o.name) for o in organisations.find(order_by="name")]

        run_in_background(
            read, self.organisation_filter.replace_choices, lambda e: show_error(self, e), owner=self
        )

    def record_label(self, record_id: str) -> str:
        return self.service().get(record_id).full_name

    def open_form(self, record_id: str | None) -> None:
        assert self.services is not None
        services = self.services
        open_form(self, self.entity, record_id, lambda: ContactForm(services, record_id, self), self.saved)

    def read_detail(self, services: Services, record_id: str) -> Detail:
        try:
            contact = services.contacts.get(record_id)
        except NotFoundError:
            return Detail("")
        organisation = None
        if contact.organisation_id:
            try:
                organisation = services.organisations.get(contact.organisation_id)
            except NotFoundError:
                organisation = None
        phones = "<br>".join(
            f"{d.text(left_to_right(p['number']))} ({d.text(label(PHONE_LABELS, p.get('label')))})"
            for p in contact.phones
        )
        emails = "<br>".join(
            f"<a dir='ltr' href='mailto:{d.text(e['address'])}'>{d.text(e['address'])}</a>"
            for e in contact.emails
        )
        html = d.title(contact.full_name, contact.name_ar)
        html += d.rows(
            [
                (self.tr("Title or role"), d.text(contact.title)),
                (
                    self.tr("Organisation"),
                    d.link(
                        "organisation",
                        organisation.id,
                        organisation.name,
                        deleted=organisation.deleted_at is not None,
                    )
                    if organisation
                    else "",
                ),
                (self.tr("Phones"), phones),
                (self.tr("E-mails"), emails),
                (self.tr("Call sign"), d.text(contact.call_sign)),
                (self.tr("Languages"), d.text(language_names(contact.languages))),
                (self.tr("Area"), d.text(contact.area_of_responsibility)),
                (self.tr("Sectors"), d.text(sector_names(contact.sectors))),
                (self.tr("Last contacted"), short_date(contact.last_contacted)),
                d.releasability(contact.releasability),
            ],
            raw=True,
        )
        html += d.paragraph(self.tr("Notes"), contact.notes)
        html += d.section(
            self.tr("Tasks assigned"),
            d.task_items(services.contacts.tasks_assigned(record_id)),
            self.tr("None."),
        )
        visits = services.visits.with_site_names(services.contacts.visits_met(record_id))
        html += d.section(
            self.tr("Visits where met"),
            [
                f"{d.link('visit', v.id, local_datetime(v.visited_at))} · {d.link('site', v.site_id, name)}"
                for v, name in visits
            ],
            self.tr("None."),
        )
        return Detail(html)


class OrganisationsTab(RecordTab):
    entity = "organisation"
    shows = frozenset({"contact", "task"})  # its people, its tasks

    def columns(self) -> list[TableColumn]:
        return [
            TableColumn("name", self.tr("Name")),
            TableColumn("acronym", self.tr("Acronym")),
            TableColumn("org_type", self.tr("Type"), labeller(ORGANISATION_TYPES)),
            TableColumn("country", self.tr("Country")),
            TableColumn("sectors", self.tr("Sectors"), sector_list),
            TableColumn("people", self.tr("People"), whole_number),
            TableColumn("releasability", self.tr("Releasability"), marking),
        ]

    def make_listing(self, services: Services) -> Listing:
        return listings.organisations(services)

    def service(self) -> Any:
        assert self.services is not None
        return self.services.organisations

    def search_hint(self) -> str:
        return self.tr("Search organisations: name, acronym… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New organisation…")

    def table_name(self) -> str:
        return self.tr("Organisations")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln organisation(s)", "", count)

    def build_filters(self) -> None:
        self.add_combo_filter(
            "org_type", self.tr("All types"), choices(ORGANISATION_TYPES), self.tr("Organisation type")
        )
        self.add_combo_filter("sector", self.tr("All sectors"), choices(SECTORS), self.tr("Sector"))

    def record_label(self, record_id: str) -> str:
        return self.service().get(record_id).name

    def open_form(self, record_id: str | None) -> None:
        assert self.services is not None
        services = self.services
        open_form(
            self, self.entity, record_id, lambda: OrganisationForm(services, record_id, self), self.saved
        )

    def read_detail(self, services: Services, record_id: str) -> Detail:
        try:
            organisation = services.organisations.get(record_id)
        except NotFoundError:
            return Detail("")
        html = d.title(organisation.name, organisation.name_ar)
        html += d.rows(
            [
                (self.tr("Acronym"), d.text(organisation.acronym)),
                (self.tr("Type"), d.text(label(ORGANISATION_TYPES, organisation.org_type))),
                (self.tr("Country"), d.text(organisation.country)),
                (self.tr("Sectors"), d.text(sector_names(organisation.sectors))),
                d.releasability(organisation.releasability),
            ],
            raw=True,
        )
        html += d.paragraph(self.tr("Notes"), organisation.notes)
        people = services.contacts.find(organisation_id=record_id, order_by="full_name", limit=100)
        html += d.section(
            self.tr("People"),
            [
                d.link("contact", c.id, c.full_name) + (f" · {d.text(c.title)}" if c.title else "")
                for c in people
            ],
            self.tr("None."),
        )
        tasks = services.tasks.find(assignee_organisation_id=record_id, limit=100)
        html += d.section(self.tr("Tasks assigned"), d.task_items(tasks), self.tr("None."))
        return Detail(html)


class ContactsPage(SwitchedPage):
    """People and organisations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        people = PeopleTab()
        organisations = OrganisationsTab()
        super().__init__(  # translated in this class's context: self.tr needs the widget made
            [
                (people, QCoreApplication.translate("ContactsPage", "People")),
                (organisations, QCoreApplication.translate("ContactsPage", "Organisations")),
            ],
            parent,
        )
        self.people, self.organisations = people, organisations
