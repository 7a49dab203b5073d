"""A table model over a listing: every matching record at once, loaded a page at a time.

The model holds only the ordered ids of the matching records and the display values of the pages the view
has asked for. Both are read off the UI thread: the ids whenever the search, filters or sort change (with the
first page and the selected record's page, so the table paints at once), and any other page when the view
first asks for one of its rows, which show empty until it arrives. Sorting and filtering happen in SQL: a
proxy model would have to load all 100k rows to sort them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..services.listing import Listing
from .background import run_in_background
from .error_dialogs import show_error

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn:
    """A column as the officer sees it: the listing key, its header and how its value reads."""

    key: str
    header: str
    show: Callable[[Any], str] = field(default=lambda value: "" if value is None else str(value))


class RecordTableModel(QAbstractTableModel):
    """Rows of one listing; ``reloaded`` fires each time a new set of ids is in place."""

    PAGE = 200
    reloaded = Signal()
    reload_failed = Signal(object)

    def __init__(self, columns: Sequence[TableColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.listing: Listing | None = None
        self.search = ""
        self.filters: dict[str, Any] = {}
        self.deleted = False
        self.order_by: str | None = None
        self.descending = False
        self._ids: list[str] = []
        self._rows: dict[str, tuple[Any, ...]] = {}
        self._positions: dict[str, int] | None = None
        self._generation = 0  # a newer read of the ids makes the older reads' results stale
        self._loading: set[int] = set()  # the first rows of the pages being read
        self.anchor: str | None = None  # the selected record: its page comes with the ids
        self._decorations: Callable[[str, tuple[Any, ...], int], Any] | None = None

    # -- what to show ------------------------------------------------------------------------------------
    def set_listing(self, listing: Listing) -> None:
        self.listing = listing
        self._value_index = [listing.keys.index(c.key) for c in self.columns]
        self.reload()

    def set_query(self, *, search: str | None = None, filters: Mapping[str, Any] | None = None) -> None:
        if search is not None:
            self.search = search
        if filters is not None:
            self.filters = dict(filters)
        self.reload()

    def set_row_style(self, style: Callable[[str, tuple[Any, ...], int], Any]) -> None:
        """``style(record_id, values, role)`` gives a row's font or colours (an overdue task stands out)."""
        self._decorations = style

    def reload(self) -> None:
        """Fetch the matching ids again, off the UI thread; the newest request wins."""
        if self.listing is None:
            return
        self._generation += 1
        generation = self._generation
        listing, search, filters = self.listing, self.search, dict(self.filters)
        order_by, descending, deleted = self.order_by, self.descending, self.deleted
        anchor, page = self.anchor, self.PAGE

        def fetch() -> tuple[list[str], dict[str, tuple[Any, ...]]]:
            ids = listing.ids(
                search=search, order_by=order_by, descending=descending, deleted=deleted, filters=filters
            )
            wanted = ids[:page]
            if anchor is not None and anchor not in wanted and anchor in ids:
                start = ids.index(anchor) // page * page
                wanted += ids[start : start + page]
            rows = listing.rows(wanted)
            return ids, {record_id: rows.get(record_id, ()) for record_id in wanted}

        def done(found: tuple[list[str], dict[str, tuple[Any, ...]]]) -> None:
            if generation == self._generation:
                self._replace(*found)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.reload_failed.emit(error)
                show_error(None, error)

        run_in_background(fetch, done, failed, owner=self)

    def refresh_records(self) -> None:
        """Values changed: fetch the ids and the shown rows again."""
        self.reload()

    def _replace(self, ids: list[str], rows: dict[str, tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = rows
        self._positions = None
        self._loading.clear()
        self.endResetModel()
        self.reloaded.emit()

    # -- lookups -----------------------------------------------------------------------------------------
    def record_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        if self._positions is None:
            self._positions = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._positions.get(record_id, -1)

    def values(self, row: int) -> tuple[Any, ...]:
        """A row's values, or () while its page is being read (or for a record deleted meanwhile)."""
        found = self._rows.get(self._ids[row])
        if found is None:
            self._read_page(row - row % self.PAGE)
            return ()
        return found

    def _read_page(self, start: int) -> None:
        if start in self._loading or self.listing is None:
            return
        self._loading.add(start)
        listing, generation = self.listing, self._generation
        page = [i for i in self._ids[start : start + self.PAGE] if i not in self._rows]

        def done(loaded: dict[str, tuple[Any, ...]]) -> None:
            if generation != self._generation:
                return
            self._loading.discard(start)
            for record_id in page:  # a record deleted meanwhile shows as an empty row until the next reload
                self._rows[record_id] = loaded.get(record_id, ())
            last = min(start + self.PAGE, len(self._ids)) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading.discard(start)
                show_error(None, error)

        run_in_background(lambda: listing.rows(page), done, failed, owner=self)

    # -- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self.values(index.row())
            if not values:
                return ""
            column = self.columns[index.column()]
            return column.show(values[self._value_index[index.column()]])
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if self._decorations is not None and role in (
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return self._decorations(self._ids[index.row()], self.values(index.row()), role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.order_by, self.descending):
            self.order_by, self.descending = key, descending
            self.reload()

    def value_of(self, row: int, key: str) -> Any:
        """A listing value of a row by its key, for row styles and tests."""
        assert self.listing is not None
        values = self.values(row)
        return values[self.listing.keys.index(key)] if values else None
