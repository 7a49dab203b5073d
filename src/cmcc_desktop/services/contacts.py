"""Contacts: the people officers deal with, with several phones and e-mails each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from sqlalchemy import ColumnElement, select

from ..db.models import Contact, Organisation, Task, Visit
from ..rules import fields as rules
from .records import RecordService, Validator, json_list_contains, references_of


class ContactService(RecordService[Contact]):
    model = Contact
    noun = "contact"
    default_order = "full_name"
    required = rules.CONTACT.required
    references: ClassVar = references_of(rules.CONTACT)
    validators: ClassVar[Mapping[str, Validator]] = rules.CONTACT.validators

    def conditions(  # type: ignore[override]
        self, organisation_id: str | None = None, org_type: str | None = None, sector: str | None = None
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if organisation_id:
            found.append(Contact.organisation_id == organisation_id)
        if org_type:
            found.append(
                Contact.organisation_id.in_(select(Organisation.id).where(Organisation.org_type == org_type))
            )
        if sector:
            found.append(json_list_contains(Contact.sectors, sector))
        return found

    def tasks_assigned(self, contact_id: str) -> list[Task]:
        with self.store.read() as session:
            query = select(Task).where(Task.assignee_contact_id == contact_id, Task.deleted_at.is_(None))
            return list(session.scalars(query.order_by(Task.due_date, Task.id)))

    def visits_met(self, contact_id: str) -> list[Visit]:
        """Visits where this contact was met."""
        with self.store.read() as session:
            query = select(Visit).where(
                Visit.deleted_at.is_(None), json_list_contains(Visit.contacts_met, contact_id)
            )
            return list(session.scalars(query.order_by(Visit.visited_at.desc())))
