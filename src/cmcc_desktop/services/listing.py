"""Table listings: which records a view shows, in what order, and the few values each row displays.

A window over 100k records cannot load them all. A :class:`Listing` answers two small questions instead:
the ordered ids that match the view's filters and search text (one narrow query), and the display values of a
page of those ids (one query by primary key). Sorting by any column, including values from linked records
(a contact's organisation, a task's site), happens in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, String, bindparam, func, or_, select, text
from sqlalchemy.orm import QueryableAttribute

from ..db import search_index
from .records import RecordService


@dataclass(frozen=True)
class ListColumn:
    """One column of a listing: a stable key (for settings and sorting) and the SQL that gives its value."""

    key: str
    expression: ColumnElement[Any] | QueryableAttribute[Any]


class Listing:
    """The rows of one kind of record as a table shows them."""

    def __init__(
        self,
        service: RecordService[Any],
        columns: Sequence[ListColumn],
        source: FromClause | None = None,
    ) -> None:
        self.service = service
        self.model = service.model
        self.columns = list(columns)
        self.keys = [c.key for c in self.columns]
        self._by_key = {c.key: c for c in self.columns}
        self._source = source if source is not None else self.model.__table__

    def ids(
        self,
        *,
        search: str = "",
        order_by: str | None = None,
        descending: bool = False,
        deleted: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """Ids of the matching records, in display order. A search with no usable words matches nothing."""
        query = self._select(select(self.model.id), deleted, filters or {})
        if search.strip():
            expression = search_index.match_expression(search)
            if expression is None:
                return []
            matches = [self.model.id.in_(_search_matches(expression, self.service.noun))]
            matches += [
                getattr(self.model, field).in_(_search_matches(expression, entity))
                for field, entity in self.service.searched_through.items()
            ]
            query = query.where(or_(*matches))
        order = (
            self._by_key[order_by].expression if order_by else getattr(self.model, self.service.default_order)
        )
        query = query.order_by((order.desc() if descending else order.asc()).nulls_last(), self.model.id)
        with self.service.store.read() as session:
            return list(session.scalars(query))

    def rows(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """Display values of these records, keyed by id, in the order of :attr:`columns`."""
        query = select(self.model.id, *(c.expression for c in self.columns)).select_from(self._source)
        query = query.where(self.model.id.in_(list(ids)))
        with self.service.store.read() as session:
            return {row[0]: tuple(row[1:]) for row in session.execute(query)}

    def _select(self, query: Select[Any], deleted: bool, filters: Mapping[str, Any]) -> Select[Any]:
        query = query.select_from(self._source)
        marker = self.model.deleted_at.is_not(None) if deleted else self.model.deleted_at.is_(None)
        live_filters = {k: v for k, v in filters.items() if v not in (None, "", False)}
        return query.where(marker, *self.service.conditions(**live_filters))


def _search_matches(expression: str, entity: str) -> Any:
    """The ids of one entity's records that match a full-text expression, as a subquery."""
    return (
        text(
            "SELECT d.record_id FROM search_index AS s JOIN search_doc AS d ON d.docid = s.rowid "
            "WHERE search_index MATCH :expression AND d.entity = :entity"
        )
        # Unique names: a listing may hold several of these subqueries (a visit's own text, its site's).
        .bindparams(
            bindparam("expression", expression, unique=True), bindparam("entity", entity, unique=True)
        )
        .columns(record_id=String)
    )


def first_in_list(column: Any, field: str) -> ColumnElement[Any]:
    """The given field of the first item of a JSON list column (a contact's first phone number)."""
    return func.json_extract(column, f"$[0].{field}")
