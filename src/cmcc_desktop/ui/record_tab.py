"""What every record tab has: a search box, filters, a sortable table over all records, and a detail pane.

A tab subclass says what is its own: its listing and columns, its filters, the detail pane's text and
buttons, and the form that creates and edits its records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.deleted import links_to
from ..services.listing import Listing
from . import settings
from .background import run_in_background
from .elided_label import ElidedLabel
from .error_dialogs import show_error
from .forms.record_form import RecordForm
from .history_dialog import HistoryDialog
from .labels import joined
from .record_model import RecordTableModel, TableColumn

SEARCH_DELAY_MS = 150


class FilterCombo(QComboBox):
    """A filter's choices, with "all" first (value ``None``). It asks for room for 14 characters, and makes
    do with 8 in a narrow window."""

    WIDTH = 14
    NARROWEST = 8

    def __init__(self, everything: str, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(everything, None)
        for value, text in choices:
            self.addItem(text, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.WIDTH)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        spare = self.fontMetrics().horizontalAdvance("x") * (self.WIDTH - self.NARROWEST)
        return QSize(hint.width() - spare, hint.height())

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))

    def replace_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        """New choices (the organisations or sites known now), keeping the current one if it remains."""
        current = self.value()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value, text in choices:
            self.addItem(text, value)
        self.set_value(current)
        self.blockSignals(False)


# What points at a record about to be deleted, by kind. A count is translated in the context of the class it is
# written in, not with self.tr: PySide6 finds no plural form for a count on an instance of a subclass.
LINK_COUNTS: dict[str, Callable[[int], str]] = {
    "contact": lambda n: QCoreApplication.translate("RecordTab", "%Ln contact(s)", "", n),
    "task": lambda n: QCoreApplication.translate("RecordTab", "%Ln task(s)", "", n),
    "visit": lambda n: QCoreApplication.translate("RecordTab", "%Ln visit(s)", "", n),
}


@dataclass(frozen=True)
class Detail:
    """What the detail pane shows of one record, read off the UI thread.

    ``state`` is what the tab's own actions need, read in the same transaction: a task and its version (a
    quick action changes the task the officer was shown, or nothing), whether a site has visits to copy.
    """

    html: str
    state: Any = None


@dataclass(frozen=True)
class _Wanted:
    """What the list selects once it has reloaded, and why (which decides what happens if it is not there)."""

    record_id: str | None
    why: Literal["shown", "saved", "link", "deleted"] = "shown"
    row: int = -1  # after a delete: the row the next record moves into


class RecordTab(QWidget):
    """A tab over one kind of record.

    The UI thread never reads the database here: the list loads its rows in the background (see
    :class:`RecordTableModel`), and each selection reads its detail in the background too, the newest
    request winning; meanwhile the pane shows the previous record, dimmed. ``detail_shown`` fires once the
    pane shows a record.
    """

    entity: str  # "contact": what the links and the deleted-items view call it
    # The kinds of record whose changes this tab shows, in its list or its detail (a site: its visits and
    # tasks too); a write of any of them refreshes it.
    shows: frozenset[str] = frozenset()
    default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    MAX_COLUMN_WIDTH = 260
    navigate = Signal(str, str)  # entity, record id: follow a link in the detail pane
    records_changed = Signal()  # this tab wrote something (saved, deleted): the window looks at once
    detail_shown = Signal(str)  # the record id whose detail the pane now shows
    demo_wanted = Signal()  # the officer asked for demo data from an empty tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.shown: Detail | None = None  # the detail in the pane, once read
        self._filters: dict[str, Callable[[], Any]] = {}
        self._filter_resets: list[Callable[[], None]] = []
        self._wanted: _Wanted | None = None
        self._shown_id: str | None = None
        # A record just saved that the search or filters now hide (a task completed under "Open"): it stays in
        # the detail pane, with its actions, until another row is chosen, so the next step is one click away.
        self._kept_id: str | None = None
        self._detail_reads = 0
        self._showing: str | None = None
        self._columns_sized = False
        self.setObjectName(f"{self.entity}_tab")
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self._build_top())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.entity}_splitter")
        self.splitter.addWidget(self._build_table())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 500])
        self._layout.addWidget(self.splitter, 1)
        self.build_filters()
        self._show_current()
        self.setEnabled(False)

    def _build_top(self) -> QHBoxLayout:
        """The search box, the filters, the count and the New button."""
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.search_hint())
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setMinimumWidth(160)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._go_to_results)
        self.search_box.installEventFilter(self)  # Down: into the results
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(6)
        # The count takes the room the search box and filters leave: a long one ("No tasks assigned to a contact
        # named …") gives way to "…" instead of pushing them aside or widening the window.
        self.count_label = ElidedLabel("", self)
        self.count_label.setObjectName("count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.new_button = QPushButton(self.new_label(), self)
        self.new_button.clicked.connect(lambda: self.open_form(None))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        top.addLayout(self.filter_bar)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        return top

    def _build_table(self) -> QTableView:
        self.model = RecordTableModel(self.columns(), self)
        self.model.order_by = self.model.columns[self.default_sort[0]].key
        self.model.descending = self.default_sort[1] == Qt.SortOrder.DescendingOrder
        self.model.reloaded.connect(self._after_reload)
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.entity}_table")
        self.table.setAccessibleName(self.table_name())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the details and their actions
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # In right-to-left tables Qt cuts English text at both ends ("…Deliver fuel to Beit La");
            # eliding in the middle keeps the start and the end of Arabic and English text alike.
            self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(40)
        header.setSortIndicator(*self.default_sort)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        # Double-click and Enter both activate a row (connecting doubleClicked as well opened two forms).
        self.table.activated.connect(lambda *_: self.edit_current())
        return self.table

    def _build_detail(self) -> QWidget:
        """The detail pane, the tab's own actions, and Edit and Delete."""
        self.detail = QTextBrowser(self)
        self.detail.setObjectName(f"{self.entity}_detail")
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._follow_link)
        # Paragraphs, headings and lists in the window's direction: a Latin name heads an Arabic page at its
        # right, as the Arabic text under it does (each block would otherwise take its first letter's).
        option = self.detail.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self.detail.document().setDefaultTextOption(option)
        self.detail_buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("E&dit"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button = QPushButton(self.tr("Histor&y"), self)
        self.history_button.setToolTip(self.tr("Who changed what, when and on which laptop"))
        self.history_button.clicked.connect(self.show_history)
        self.detail_buttons.addWidget(self.edit_button)
        self.detail_buttons.addWidget(self.history_button)
        self.detail_buttons.addStretch(1)
        self.detail_buttons.addWidget(self.delete_button)
        actions = QHBoxLayout()  # the tab's own actions, in a row of their own so the pane can stay narrow
        self.add_detail_buttons(actions)
        actions.addStretch(1)
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail, 1)
        layout.addLayout(actions)
        layout.addLayout(self.detail_buttons)
        return panel

    # -- what a subclass provides -----------------------------------------------------------------------
    def columns(self) -> list[TableColumn]:
        raise NotImplementedError

    def make_listing(self, services: Services) -> Listing:
        raise NotImplementedError

    def search_hint(self) -> str:
        return self.tr("Search…")

    def new_label(self) -> str:
        return self.tr("New…")

    def table_name(self) -> str:
        return self.tr("Records")

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("RecordTab", "%Ln record(s)", "", count)  # as LINK_COUNTS

    def build_filters(self) -> None:
        """Add the tab's filters with :meth:`add_combo_filter` and :meth:`add_check_filter`."""

    def add_detail_buttons(self, layout: QHBoxLayout) -> None:
        """Add the tab's own actions on the selected record (quick actions, reports)."""

    def read_detail(self, services: Services, record_id: str) -> Detail:
        """The detail pane of a record. Runs off the UI thread: it reads the database and builds text, and
        touches no widget. A record that is gone gives an empty detail."""
        raise NotImplementedError

    def open_form(self, record_id: str | None) -> None:
        raise NotImplementedError

    def service(self) -> Any:
        raise NotImplementedError

    def record_label(self, record_id: str) -> str:
        """How the delete question names the record (off the UI thread, like :meth:`read_detail`)."""
        return record_id

    def update_actions(self, detail: Detail | None) -> None:
        """Enable the tab's own buttons for the record the pane shows (None: no record, or still reading)."""

    # -- as a page of the main window (a page may hold several record tabs) --------------------------------
    def tabs(self) -> list[RecordTab]:
        return [self]

    def current(self) -> RecordTab:
        return self

    def show_tab(self, tab: RecordTab) -> None:
        """Nothing to switch: this page is one tab."""

    # -- filters -----------------------------------------------------------------------------------------
    def add_combo_filter(
        self, key: str, everything: str, choices: Sequence[tuple[Any, str]], accessible_name: str
    ) -> FilterCombo:
        combo = FilterCombo(everything, choices, self)
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(accessible_name)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(combo)
        self._filters[key] = combo.value
        self._filter_resets.append(lambda: combo.set_value(None))
        return combo

    def add_check_filter(self, key: str, text: str, value: Callable[[bool], Any] = bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.toggled.connect(lambda _on: self.apply_filters())
        self.filter_bar.addWidget(box)
        self._filters[key] = lambda: value(box.isChecked()) if box.isChecked() else None
        self._filter_resets.append(lambda: box.setChecked(False))
        return box

    def add_row(self) -> QHBoxLayout:
        """Another row above the table, for tabs with more filters than fit beside the search box."""
        row = QHBoxLayout()
        self._layout.insertLayout(self._layout.count() - 1, row)
        return row

    def add_filter_value(self, key: str, value: Callable[[], Any], reset: Callable[[], None]) -> None:
        """A filter whose widget the subclass built itself (a date range)."""
        self._filters[key] = value
        self._filter_resets.append(reset)

    def current_filters(self) -> dict[str, Any]:
        return {key: value() for key, value in self._filters.items()}

    def apply_filters(self) -> None:
        self.model.set_query(filters=self.current_filters())

    def clear_filters(self) -> None:
        for widget in self.findChildren(QWidget):
            widget.blockSignals(True)
        try:
            for reset in self._filter_resets:
                reset()
            self.search_box.clear()
        finally:
            for widget in self.findChildren(QWidget):
                widget.blockSignals(False)
        self._search_timer.stop()
        self.model.set_query(search="", filters=self.current_filters())

    # -- life cycle --------------------------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        """The data folder is open: list its records."""
        self.services = services
        self.setEnabled(True)
        self.model.filters = self.current_filters()
        self.model.set_listing(self.make_listing(services))
        self.services_ready()

    def services_ready(self) -> None:
        """Fill filters that list records (organisations, sites) once the data is there."""

    def refresh(self) -> None:
        """Fetch everything again (F5, or records it shows were written)."""
        if self.services is not None:
            self.services_ready()
            self.model.refresh_records()

    def records_written(self, changed: dict[str, set[str]] | None) -> None:
        """Records were written, here or elsewhere (``None``: too many to list): show them as they are now,
        and tell this tab's open forms, which check whether their own record is among them."""
        if changed is None or not changed.keys().isdisjoint(self.shows | {self.entity}):
            self.refresh()
        if changed is None or self.entity in changed:
            for form in self.findChildren(RecordForm):
                if form.isVisible():
                    form.check_for_changes()

    def _apply_search(self) -> None:
        self.model.set_query(search=self.search_box.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go_to_results()
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        """Down or Enter in the search box: into the table, on the first row unless one is chosen."""
        if self.model.rowCount() == 0:
            return
        if self.current_id() is None or not self.table.selectionModel().hasSelection():
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _after_reload(self) -> None:
        if not self._columns_sized and self.model.rowCount():
            self._columns_sized = True
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                self.table.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column) + 12, self.MAX_COLUMN_WIDTH))
        self.count_label.setText(self.count_text(self.model.rowCount()))
        wanted = self._wanted or _Wanted(self._shown_id)
        self._wanted = None
        row = self.model.row_of(wanted.record_id) if wanted.record_id else -1
        if row >= 0:
            self._select_row(row)
        elif wanted.why == "saved" and wanted.record_id:
            self._keep_shown(wanted.record_id)
        elif wanted.why == "deleted" and self.model.rowCount():
            self._select_row(min(wanted.row, self.model.rowCount() - 1))  # the next one: Del, Del, Del
        elif wanted.why == "link" and wanted.record_id:
            self._show_not_listed(wanted.record_id)
        else:
            self._show_current()

    # -- selection and details ---------------------------------------------------------------------------
    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else self._kept_id

    def _keep_shown(self, record_id: str) -> None:
        self.table.clearSelection()
        self._kept_id = record_id
        self._show_current()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)  # selects the whole row; selectRow() clears it in right-to-left
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_current()

    def show_record(self, record_id: str) -> None:
        """Select a record, clearing the search and filters if they hide it."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
            return
        self._wanted = _Wanted(record_id, "link")
        self.clear_filters()

    def _show_not_listed(self, record_id: str) -> None:
        """A link led to a record no list shows: say where it is rather than show nothing."""
        self.table.clearSelection()
        services = self.services
        if services is None:
            return
        reading = self._start_reading()

        def shown(deleted: bool) -> None:
            if reading != self._detail_reads:
                return
            note = (
                self.tr("This record is in Deleted items (View > Deleted items), where it can be restored.")
                if deleted
                else self.tr("This record is not on this laptop; it may come with the next sync bundle.")
            )
            self._show_detail(None, f"<p style='color:gray'>{note}</p>")

        run_in_background(
            lambda: services.describe(self.entity, record_id)[1], shown, self._detail_failed, owner=self
        )

    def _start_reading(self) -> int:
        """A new read of the pane begins: the newest one wins, and meanwhile the previous record shows
        dimmed, without its actions."""
        self._detail_reads += 1
        self.detail.setEnabled(False)
        self.shown, self._showing = None, None
        self.update_actions(None)
        return self._detail_reads

    def _show_current(self) -> None:
        record_id = self.current_id()
        if self.table.selectionModel().hasSelection():
            self._kept_id = None
            if self._wanted is not None and self._wanted.record_id not in (None, record_id):
                self._wanted = None  # the officer chose another record meanwhile: that one stays chosen
        record_id = self.current_id()
        self._shown_id = record_id
        self.model.anchor = record_id
        self.edit_button.setEnabled(record_id is not None)
        self.delete_button.setEnabled(record_id is not None)
        self.history_button.setEnabled(record_id is not None)
        if record_id is None or self.services is None:
            self._start_reading()
            self._show_detail(None, self._nothing_chosen())
            return
        reading = self._start_reading()
        services = self.services

        def read() -> Detail:
            return self.read_detail(services, record_id)

        def shown(detail: Detail) -> None:
            if reading != self._detail_reads:
                return  # another row was chosen meanwhile
            kept = ""
            if record_id == self._kept_id:
                note = self.tr("Saved. It no longer matches the search or filters, so it is not in the list.")
                kept = f"<p style='color:gray'>{note}</p>"
            self._show_detail(detail, kept + detail.html, record_id)

        run_in_background(read, shown, self._detail_failed, owner=self)

    def _show_detail(self, detail: Detail | None, html: str, record_id: str = "") -> None:
        self.detail.setHtml(html)
        self.detail.setEnabled(True)
        self.shown, self._showing = detail, record_id or None
        self.update_actions(detail)
        if record_id:
            self.detail_shown.emit(record_id)

    def showing(self) -> str | None:
        """The record whose detail the pane shows; None while it reads one, or shows none."""
        return self._showing

    def _detail_failed(self, error: BaseException) -> None:
        self.detail.setEnabled(True)
        show_error(self, error)

    def _nothing_chosen(self) -> str:
        """What the pane says with no record chosen: how to choose one, why the list is empty and how to
        widen it, or, in a tab with nothing yet, how to begin."""
        if self.services is None or self.model.rowCount():
            note = escape(self.tr("Select a row to see its details here."))
        elif self.search_box.text().strip() or any(self.current_filters().values()):
            clear = escape(self.tr("Clear them"))
            note = self.tr(
                "Nothing matches the search and filters. {clear} to see every record again."
            ).format(clear=f"<a href='action:clear'>{clear}</a>")
        else:
            demo = escape(self.tr("load demo data"))
            note = self.tr("Nothing here yet. {new}, or {demo} to try the app with made-up records.").format(
                new=f"<a href='action:new'>{escape(self.new_label())}</a>",
                demo=f"<a href='action:demo'>{demo}</a>",
            )
        return f"<p style='color:gray'>{note}</p>"

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "record":
            entity, _, record_id = url.path().partition("/")
            self.navigate.emit(entity, record_id)
        elif url.scheme() == "action":
            {"new": lambda: self.open_form(None), "clear": self.clear_filters, "demo": self.demo_wanted.emit}[
                url.path()
            ]()

    def saved(self, record_id: str, *, unless_another_chosen: bool = False) -> None:
        """A form or an action saved this record: the list is read again with it selected there (or kept in
        the pane if the search or filters now hide it). The list reads itself rather than wait for the change
        watcher, which may have seen this write already. ``unless_another_chosen``: for an action on the
        record in the pane, whose officer may have chosen another row while it was saved; that row stays."""
        if not unless_another_chosen or self.current_id() in (None, record_id):
            self._wanted = _Wanted(record_id, "saved")
        self.model.refresh_records()
        self.records_changed.emit()

    # -- actions -----------------------------------------------------------------------------------------
    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_form(record_id)

    def show_history(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.services is None:
            return
        dialog = HistoryDialog(self.services, self.entity, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.services is None:
            return
        services, service = self.services, self.service()
        run_in_background(
            lambda: (
                self.record_label(record_id),
                links_to(services, self.entity, record_id),
                service.get_versioned(record_id).version,  # deleting what the officer was shown, or nothing
            ),
            lambda found: self._confirm_delete(record_id, *found),
            lambda error: show_error(self, error),
            owner=self,
        )

    def _confirm_delete(self, record_id: str, name: str, links: dict[str, int], version: str) -> None:
        question = self.tr(
            "Move “{name}” to Deleted items? You can restore it from View > Deleted items."
        ).format(name=name)
        if links:
            pointing = joined(LINK_COUNTS[kind](count) for kind, count in links.items())
            question += "\n\n" + self.tr(
                "Linked to it: {records}. They keep the link, which shows it as deleted until it is restored."
            ).format(records=pointing)
        answer = QMessageBox.question(
            self,
            self.tr("Move to Deleted items?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.service()
        row = self.model.row_of(record_id)

        def done(_result: object) -> None:
            if self._kept_id == record_id:
                self._kept_id = None
            self._wanted = _Wanted(None, "deleted", row) if row >= 0 else None
            self.model.refresh_records()  # as after a save: the intent needs a read of the list after it
            self.records_changed.emit()

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.model.refresh_records()  # it changed meanwhile: show it as it is now

        run_in_background(lambda: service.delete(record_id, base_version=version), done, failed, owner=self)

    # -- the officer's place, kept when the window is built again in another language -------------------
    def place(self) -> tuple[str, str | None]:
        """The search typed and the record chosen."""
        return self.search_box.text(), self.current_id()

    def return_to(self, search: str, record_id: str | None) -> None:
        """Go back to a place before the records are listed: the search in the box and in the query, the
        record chosen again once the list is read."""
        self.search_box.blockSignals(True)
        self.search_box.setText(search)
        self.search_box.blockSignals(False)
        self.model.search = search
        self._wanted = _Wanted(record_id, "link") if record_id else None

    # -- settings ----------------------------------------------------------------------------------------
    def save_settings(self) -> None:
        settings.table_header(self.entity).write(self.table.horizontalHeader().saveState())
        settings.list_and_detail(self.entity).write(self.splitter.saveState())

    def restore_settings(self) -> None:
        header = settings.table_header(self.entity).read()
        if not header.isEmpty() and self.table.horizontalHeader().restoreState(header):
            self._columns_sized = True
        splitter = settings.list_and_detail(self.entity).read()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
