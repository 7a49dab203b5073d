"""A record's history: who changed which field from what to what, when, on which laptop and team, newest
first; for a task, how long it sat in each status. Read from the change log in the background."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..rules import vocabulary as vocab
from ..services import Services
from ..services.history import (
    CHANGED,
    CREATED,
    DECIDED,
    DELETED,
    RESTORED,
    FieldChange,
    HistoryEntry,
    code_list,
    history,
    status_durations,
)
from .background import run_in_background
from .elided_label import ElidedLabel
from .error_dialogs import show_error
from .field_names import EMAIL_LABELS, PHONE_LABELS, field_name
from .i18n import tr
from .labels import joined, label, left_to_right, local_datetime, short_date, whole_number

_KINDS = {
    CREATED: QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    CHANGED: QT_TRANSLATE_NOOP("HistoryDialog", "Changed"),
    DELETED: QT_TRANSLATE_NOOP("HistoryDialog", "Moved to Deleted items"),
    RESTORED: QT_TRANSLATE_NOOP("HistoryDialog", "Restored"),
    DECIDED: QT_TRANSLATE_NOOP("HistoryDialog", "Conflict decided"),
}
WHEN, WHO, LAPTOP, CHANGE, FIELD, BEFORE, AFTER = range(7)


def shown_value(entity: str, name: str, value: Any) -> str:
    """A value as the tabs show it, on one line (the cell's tooltip gives it whole)."""
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(value, datetime):
        return local_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    codes = code_list(entity, name)
    if codes is not None and isinstance(value, list):  # a contact's sectors, its languages
        return joined(label(codes, item) for item in value)
    if codes is not None:
        return label(codes, value)
    if isinstance(value, list):
        return "; ".join(_item(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return whole_number(value)
    return str(value)


def _item(item: Any) -> str:
    """One item of a list field: a phone, an e-mail, a need, or a plain value."""
    if not isinstance(item, dict):
        return str(item)
    if "number" in item:
        return f"{label(PHONE_LABELS, item.get('label'))}: {left_to_right(item['number'])}"
    if "address" in item:
        return f"{label(EMAIL_LABELS, item.get('label'))}: {left_to_right(item['address'])}"
    if "severity" in item:
        severity = int(item.get("severity") or 0)
        need = f"{item.get('sector', '')} {whole_number(severity)} · {label(vocab.SEVERITY, severity)}"
        return f"{need}: {item['note']}" if item.get("note") else need
    return joined(str(part) for part in item.values())


def duration_text(spent: timedelta) -> str:
    """A stint in a status as officers count it: "3 days 4 hours", "5 hours 20 minutes", "12 minutes"; each
    count in its plural form."""
    minutes = int(spent.total_seconds() // 60)
    days, hours, minutes = minutes // 1440, minutes % 1440 // 60, minutes % 60
    parts = {
        "days": tr("%Ln day(s)", "", days),
        "hours": tr("%Ln hour(s)", "", hours),
        "minutes": tr("%Ln minute(s)", "", minutes),
    }
    if days:
        return tr("{days} {hours}").format(**parts) if hours else parts["days"]
    if hours:
        return tr("{hours} {minutes}").format(**parts) if minutes else parts["hours"]
    return parts["minutes"] if minutes else tr("under a minute")


def durations_text(durations: Sequence[tuple[str, timedelta]]) -> str:
    return tr("Time in each status: {durations}").format(
        durations=joined(
            f"{label(vocab.TASK_STATUSES, status)} {duration_text(spent)}" for status, spent in durations
        )
    )


class HistoryDialog(QDialog):
    """The history of one record; Escape or Close closes it."""

    def __init__(
        self, services: Services, entity: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self.record_id = record_id
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History"))
        self.heading = ElidedLabel(self.tr("Reading the history…"), self)
        self.heading.setObjectName("history_heading")
        self.durations = QLabel(self)
        self.durations.setObjectName("status_durations")
        self.durations.setWordWrap(True)
        self.durations.setTextFormat(Qt.TextFormat.PlainText)
        self.durations.hide()
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Laptop"),
                self.tr("What happened"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # long values are cut with "…"; their tooltip shows them whole
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # as the tabs' tables do
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.durations)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)  # within a 1366x768 screen, with room for the window's frame
        self.reload(services)

    def reload(self, services: Services) -> None:
        entity, record_id = self.entity, self.record_id

        def read() -> tuple[str, list[HistoryEntry]]:
            return services.label_of(entity, record_id), history(services.store, entity, record_id)

        run_in_background(read, self._show, lambda error: show_error(self, error))

    def _show(self, found: tuple[str, list[HistoryEntry]]) -> None:
        name, entries = found
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.heading.setText(
            self.tr("{name}: newest first").format(name=name)
            if entries
            else self.tr("{name}: this laptop holds no changes of it").format(name=name)
        )
        if self.entity == "task" and entries:
            self.durations.setText(durations_text(status_durations(entries)))
            self.durations.show()
        rows = [(entry, change) for entry in entries for change in entry.changes or (None,)]
        self.table.setRowCount(len(rows))
        previous: HistoryEntry | None = None
        for row, (entry, change) in enumerate(rows):
            if entry is not previous:  # who, when and where once for each change, on its first line
                self._cell(row, WHEN, local_datetime(entry.when))
                self._cell(
                    row, WHO, self.tr("{officer} ({team})").format(officer=entry.officer, team=entry.team)
                )
                self._cell(
                    row, LAPTOP, self._laptop(entry), self.tr("Device {id}").format(id=entry.device_id)
                )
                self._cell(row, CHANGE, self._kind(entry))
                previous = entry
            if change is not None:
                self._field(row, entry, change)
        for column in (WHEN, WHO, LAPTOP, CHANGE, FIELD):
            self.table.resizeColumnToContents(column)
            header = self.table.horizontalHeader()
            header.resizeSection(column, min(header.sectionSize(column) + 12, 220))

    def _field(self, row: int, entry: HistoryEntry, change: FieldChange) -> None:
        self._cell(row, FIELD, field_name(self.entity, change.field))
        before = [shown_value(self.entity, change.field, value) for value in (change.old, *change.others)]
        if entry.kind == CREATED:
            self._cell(row, BEFORE, "")
        elif change.others:
            decided = self.tr("Laptops had written different values; this decision settled them:")
            self._cell(row, BEFORE, " / ".join(before), "\n".join([decided, *before]))
        else:
            self._cell(row, BEFORE, before[0])
        self._cell(row, AFTER, shown_value(self.entity, change.field, change.new))

    def _cell(self, row: int, column: int, text: str, tooltip: str | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(tooltip or text)
        self.table.setItem(row, column, item)

    def _laptop(self, entry: HistoryEntry) -> str:
        if entry.this_laptop:
            return self.tr("This laptop")
        if entry.device_officer:
            return self.tr("Laptop of {officer}").format(officer=entry.device_officer)
        return self.tr("Laptop {id}").format(id=entry.device_id[-8:])

    def _kind(self, entry: HistoryEntry) -> str:
        kind = QCoreApplication.translate("HistoryDialog", str(_KINDS[entry.kind]))
        return self.tr("{change}, imported").format(change=kind) if entry.imported else kind
