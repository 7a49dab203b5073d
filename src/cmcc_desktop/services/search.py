"""Search across every kind of record at once (the main window's global search)."""

from __future__ import annotations

from dataclasses import dataclass

from ..db import search_index
from ..db.models import RECORD_MODELS
from ..store.store import Store


@dataclass(frozen=True)
class SearchHit:
    entity: str
    record_id: str
    label: str


LABEL_FIELD = {
    "organisation": "name",
    "contact": "full_name",
    "site": "name",
    "task": "title",
    "visit": "purpose",
}


def search_everything(store: Store, text: str, limit: int = 100) -> list[SearchHit]:
    """Best matches across organisations, contacts, sites, tasks and visits, best first."""
    with store.read() as session:
        connection = session.connection()
        ids = search_index.search(connection, text, None, limit)
        hits: dict[str, SearchHit] = {}
        for entity, field in LABEL_FIELD.items():
            model = RECORD_MODELS[entity]
            label = getattr(model, field)
            for record_id, value in session.execute(
                model.__table__.select().with_only_columns(model.id, label).where(model.id.in_(ids))
            ):
                hits[record_id] = SearchHit(entity, record_id, value)
    return [hits[i] for i in ids if i in hits]
