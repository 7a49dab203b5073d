"""Deleted items: what officers moved out of their lists, newest first, ready to be restored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import RECORD_MODELS
from . import Services
from .search import LABEL_FIELD

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
            query = (
                select(model.id, getattr(model, LABEL_FIELD[kind]), model.deleted_at, model.deleted_by)
                .where(model.deleted_at.is_not(None))
                .order_by(model.deleted_at.desc())
                .limit(limit)
            )
            found += [DeletedItem(kind, *row) for row in session.execute(query)]
    found.sort(key=lambda item: item.deleted_at, reverse=True)
    return found[:limit]


def restore(services: Services, entity: str, record_id: str) -> None:
    services.by_entity(entity).restore(record_id)
