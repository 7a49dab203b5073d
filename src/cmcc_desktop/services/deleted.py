"""Deleted items: what officers moved out of their lists, newest first, ready to be restored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from ..db.models import RECORD_MODELS, Contact, Site, Task, Visit
from . import Services
from .records import json_list_contains
from .search import LABEL_FIELD
from .visits import visit_label

KINDS = ("contact", "organisation", "task", "site", "visit")


@dataclass(frozen=True)
class DeletedItem:
    entity: str
    record_id: str
    label: str
    deleted_at: datetime
    deleted_by: str


def deleted_items(services: Services, entity: str | None = None, limit: int = 1000) -> list[DeletedItem]:
    """The most recently deleted records (of one kind, or of every kind), newest first."""
    found: list[DeletedItem] = []
    with services.store.read() as session:
        for kind in [entity] if entity else KINDS:
            model = RECORD_MODELS[kind]
            query: Select[*tuple[Any, ...]]
            if kind == "visit":  # known by where and when, not by its purpose
                query = select(
                    Visit.id, Site.name, Visit.visited_at, Visit.deleted_at, Visit.deleted_by
                ).outerjoin(Site, Site.id == Visit.site_id)
            else:
                query = select(
                    model.id, getattr(model, LABEL_FIELD[kind]), model.deleted_at, model.deleted_by
                )
            query = query.where(model.deleted_at.is_not(None)).order_by(model.deleted_at.desc()).limit(limit)
            for row in session.execute(
                query
            ):  # id, its name (a visit: site and day), when and who deleted it
                name = visit_label(row[1] or "", row[2]) if kind == "visit" else row[1]
                found.append(DeletedItem(kind, row[0], name, row[-2], row[-1]))
    found.sort(key=lambda item: item.deleted_at, reverse=True)
    return found[:limit]


def links_to(services: Services, entity: str, record_id: str) -> dict[str, int]:
    """How many live records of each kind point at this one (an organisation's contacts and tasks, a site's
    visits and tasks…), so that deleting it can say what will point at a deleted record."""
    pointers: dict[str, list[tuple[str, Any]]] = {
        "organisation": [
            ("contact", Contact.organisation_id == record_id),
            (
                "task",
                (Task.assignee_organisation_id == record_id) | (Task.requesting_organisation_id == record_id),
            ),
        ],
        "contact": [
            ("task", Task.assignee_contact_id == record_id),
            ("visit", json_list_contains(Visit.contacts_met, record_id)),
        ],
        "site": [("visit", Visit.site_id == record_id), ("task", Task.site_id == record_id)],
        "visit": [("task", Task.visit_id == record_id)],
    }
    counts: dict[str, int] = {}
    with services.store.read() as session:
        for kind, condition in pointers.get(entity, []):
            model = RECORD_MODELS[kind]
            count = session.execute(
                select(func.count()).select_from(model).where(condition, model.deleted_at.is_(None))
            ).scalar_one()
            if count:
                counts[kind] = count
    return counts


def restore(services: Services, entity: str, record_id: str) -> None:
    services.by_entity(entity).restore(record_id)
