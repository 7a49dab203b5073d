"""Type-ahead pickers for the records a form links to: organisations, contacts, sites, visits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ..errors import NotFoundError
from ..services import Services
from .forms.fields import RecordPicker
from .i18n import tr
from .labels import local_datetime

MATCHES = 20


def organisation_picker(services: Services, parent: QWidget | None = None) -> RecordPicker:
    def search(text: str) -> list[tuple[str, str]]:
        return [(o.id, _organisation_text(o)) for o in services.organisations.search(text, MATCHES)]

    def describe(record_id: str) -> str:
        return _describe(lambda: _organisation_text(services.organisations.get(record_id)), record_id)

    return RecordPicker(search, describe, parent, tr("Type part of the organisation's name…"))


def contact_picker(services: Services, parent: QWidget | None = None) -> RecordPicker:
    def search(text: str) -> list[tuple[str, str]]:
        return [(c.id, _contact_text(c)) for c in services.contacts.search(text, MATCHES)]

    def describe(record_id: str) -> str:
        return _describe(lambda: _contact_text(services.contacts.get(record_id)), record_id)

    return RecordPicker(search, describe, parent, tr("Type part of the person's name…"))


def site_picker(services: Services, parent: QWidget | None = None) -> RecordPicker:
    def search(text: str) -> list[tuple[str, str]]:
        return [(s.id, _site_text(s)) for s in services.sites.search(text, MATCHES)]

    def describe(record_id: str) -> str:
        return _describe(lambda: _site_text(services.sites.get(record_id)), record_id)

    return RecordPicker(search, describe, parent, tr("Type part of the site's name or P-code…"))


def visit_picker(services: Services, parent: QWidget | None = None) -> RecordPicker:
    def text_of(visit_id: str) -> str:
        visit = services.visits.get(visit_id)
        site = services.sites.get(visit.site_id)
        return f"{site.name} · {local_datetime(visit.visited_at)}"

    def search(text: str) -> list[tuple[str, str]]:
        return [(v.id, text_of(v.id)) for v in services.visits.search(text, MATCHES)]

    return RecordPicker(
        search, lambda i: _describe(lambda: text_of(i), i), parent, tr("Type a site or purpose…")
    )


def _describe(make: Callable[[], str], record_id: str) -> str:
    try:
        return make()
    except NotFoundError:
        return tr("(record {id} not on this laptop)").format(id=record_id[-8:])


def _organisation_text(organisation: Any) -> str:
    return f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name


def _contact_text(contact: Any) -> str:
    return f"{contact.full_name} — {contact.title}" if contact.title else contact.full_name


def _site_text(site: Any) -> str:
    return f"{site.name} · {site.admin_pcode}" if site.admin_pcode else site.name
