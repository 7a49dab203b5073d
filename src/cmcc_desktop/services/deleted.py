"""Deleted items: what officers moved out of their lists, newest first, ready to be restored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import RECORD_MODELS, Site, Visit
from . import Services
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
            if kind == "visit":  # known by where and when, not by its purpose
                query = select(Visit.id, Site.name, Visit.visited_at, Visit.deleted_at, Visit.deleted_by)
                query = query.outerjoin(Site, Site.id == Visit.site_id)
            else:
                query = select(
                    model.id, getattr(model, LABEL_FIELD[kind]), model.deleted_at, model.deleted_by
                )
            query = query.where(model.deleted_at.is_not(None)).order_by(model.deleted_at.desc()).limit(limit)
            for row in session.execute(query):
                if kind == "visit":
                    record_id, site, visited_at, deleted_at, deleted_by = row
                    found.append(
                        DeletedItem(
                            kind, record_id, visit_label(site or "", visited_at), deleted_at, deleted_by
                        )
                    )
                else:
                    found.append(DeletedItem(kind, *row))
    found.sort(key=lambda item: item.deleted_at, reverse=True)
    return found[:limit]


def restore(services: Services, entity: str, record_id: str) -> None:
    services.by_entity(entity).restore(record_id)
