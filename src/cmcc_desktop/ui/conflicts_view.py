"""View > Conflicts: each field two laptops edited differently, its values side by side, and the officer's pick.

Until an officer decides, the provisional winner (the same on every laptop) is what the tabs show; nothing
is lost either way, since every value stays in the change log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.store import Store
from ..sync.conflicts import Conflict, ConflictValue, conflicts, resolve, settle_deletion
from .background import run_in_background
from .deleted_items import kind_names
from .error_dialogs import show_error


def shown(value: Any) -> str:
    if value is None or value == "":
        return QDialog.tr("(empty)")
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value)


class ConflictsDialog(QDialog):
    """``resolved`` fires after each decision, so the tabs can show the settled values."""

    resolved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.found: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.setObjectName("conflicts")
        self.resize(900, 520)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.sides = QWidget(self)
        self.sides_layout = QVBoxLayout(self.sides)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.sides)
        splitter.setStretchFactor(1, 2)
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        services = Services(self.store)

        def load() -> list[tuple[Conflict, str]]:
            return [(c, services.label_of(c.entity, c.record_id)) for c in conflicts(self.store)]

        run_in_background(load, self._fill, lambda error: show_error(self, error))

    def _fill(self, labelled: list[tuple[Conflict, str]]) -> None:
        self.found = [conflict for conflict, _label in labelled]
        found = self.found
        names = kind_names()
        self.list.clear()
        for conflict, label in labelled:
            self.list.addItem(
                QListWidgetItem(f"{names.get(conflict.entity, conflict.entity)} · {label} · {conflict.field}")
            )
        self.summary.setText(
            self.tr(
                "%n conflict(s) to resolve. Until you decide, every laptop shows the same provisional value.",
                "",
                len(found),
            )
            if found
            else self.tr("No conflicts: every laptop that exchanged with this one agrees.")
        )
        if found:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _clear_sides(self) -> None:
        while self.sides_layout.count():
            item = self.sides_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                QWidget().setLayout(item.layout())

    def _show(self, row: int) -> None:
        self._clear_sides()
        if row < 0 or row >= len(self.found):
            return
        conflict = self.found[row]
        explanation = {
            "values": self.tr("Two laptops changed “{field}” differently. Keep one value, or write another."),
            "deletion": self.tr("One laptop deleted this record while another restored it."),
            "edited_while_deleted": self.tr(
                "“{field}” was edited on one laptop while another laptop deleted the record."
            ),
        }[conflict.kind].format(field=conflict.field)
        heading = QLabel(explanation, self.sides)
        heading.setWordWrap(True)
        self.sides_layout.addWidget(heading)
        row_layout = QHBoxLayout()
        for value in conflict.values:
            row_layout.addWidget(self._side(conflict, value))
        self.sides_layout.addLayout(row_layout)
        actions = QHBoxLayout()
        if conflict.kind == "values":
            write = QPushButton(self.tr("Write another value…"), self.sides)
            write.clicked.connect(lambda: self._write_value(conflict))
            actions.addWidget(write)
        else:
            restore = QPushButton(self.tr("Restore the record, with the edit"), self.sides)
            restore.clicked.connect(lambda: self._settle(conflict, keep_deleted=False))
            keep = QPushButton(self.tr("Keep it deleted"), self.sides)
            keep.clicked.connect(lambda: self._settle(conflict, keep_deleted=True))
            actions.addWidget(restore)
            actions.addWidget(keep)
        actions.addStretch(1)
        self.sides_layout.addLayout(actions)
        self.sides_layout.addStretch(1)

    def _side(self, conflict: Conflict, value: ConflictValue) -> QGroupBox:
        title = self.tr("{team} · {author}").format(team=value.team, author=value.author)
        box = QGroupBox(title, self.sides)
        inner = QVBoxLayout(box)
        when = QLabel(value.at + (self.tr(" · shown for now") if value.provisional else ""), box)
        when.setStyleSheet("color: gray;")
        text = QLabel(shown(value.value), box)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(when)
        inner.addWidget(text, 1)
        if conflict.kind == "values":
            keep = QPushButton(self.tr("Keep this value"), box)
            keep.clicked.connect(lambda: self._resolve(conflict, value.value))
            inner.addWidget(keep)
        return box

    def _write_value(self, conflict: Conflict) -> None:
        current = next((v.value for v in conflict.values if v.provisional), "")
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Write another value"), conflict.field, "" if current is None else str(current)
        )
        if ok:
            self._resolve(conflict, text)

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        run_in_background(
            lambda: resolve(self.store, conflict.entity, conflict.record_id, conflict.field, value),
            self._done,
            lambda error: show_error(self, error),
        )

    def _settle(self, conflict: Conflict, keep_deleted: bool) -> None:
        run_in_background(
            lambda: settle_deletion(self.store, conflict.entity, conflict.record_id, keep_deleted),
            self._done,
            lambda error: show_error(self, error),
        )

    def _done(self, _result: object) -> None:
        self.resolved.emit()
        self.reload()
