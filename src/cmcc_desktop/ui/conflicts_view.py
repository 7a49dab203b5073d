"""View > Conflicts: each field two laptops edited differently, its values side by side, and the officer's pick.

Until an officer decides, the provisional winner (the same on every laptop) is what the tabs show; nothing
is lost either way, since every value stays in the change log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from ..rules import vocabulary as vocab
from ..services import Services
from ..services.conflicts import Conflict, ConflictValue, conflicts, resolve, settle_deletion
from ..store.store import Store
from . import field_names
from .background import run_in_background
from .deleted_items import kind_names
from .error_dialogs import show_error
from .i18n import isolated
from .labels import choices, label, local_datetime
from .text_dialog import ask_text


def shown(conflict: Conflict, side: ConflictValue) -> str:
    """One side of a conflict as the tabs would show it; linked fields each on a line with their name."""
    if len(conflict.fields) == 1:
        return _shown_value(conflict.entity, conflict.field, side.value)
    return "\n".join(
        f"{field_names.field_name(conflict.entity, name)}: {_shown_value(conflict.entity, name, side.values[name])}"
        for name in conflict.fields
    )


def _shown_value(entity: str, name: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ConflictsDialog", "(empty)")
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    codes = _codes_of(entity, name)
    return label(codes, value) if codes else str(value)


def _codes_of(entity: str, name: str) -> dict[Any, str] | None:
    if name == "releasability":
        return vocab.RELEASABILITY
    return vocab.CODE_FIELDS.get((entity, name))


def field_name(conflict: Conflict) -> str:
    return " + ".join(field_names.field_name(conflict.entity, name) for name in conflict.fields)


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
        self.list.setWordWrap(True)  # long record names wrap instead of hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)  # wrapped items apart, each its own height
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._show)
        holder = QWidget(self)  # holds the chosen conflict's page, made anew for each choice
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.sides = QWidget(holder)
        self.sides_layout = QVBoxLayout(self.sides)
        self.holder_layout.addWidget(self.sides)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(holder)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 560])  # the list wide enough for a kind, a name and a field on two lines
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, _changed: object = None) -> None:
        services = Services(self.store)

        def load() -> list[tuple[Conflict, str]]:
            return [(c, services.label_of(c.entity, c.record_id)) for c in conflicts(self.store)]

        run_in_background(load, self._fill, lambda error: show_error(self, error))

    def _fill(self, labelled: list[tuple[Conflict, str]]) -> None:
        self.found = [conflict for conflict, _record_label in labelled]
        found = self.found
        names = kind_names()
        self.list.clear()
        for conflict, record_label in labelled:
            text = f"{names.get(conflict.entity, conflict.entity)} · {record_label} · {field_name(conflict)}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        self.summary.setText(
            self.tr(
                "%Ln conflict(s) to resolve. Until you decide, every laptop shows the same provisional value.",
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
        """A new, empty page: the previous conflict's values and buttons go with the old one."""
        old = self.sides
        self.sides = QWidget(old.parentWidget())
        self.sides_layout = QVBoxLayout(self.sides)
        self.holder_layout.replaceWidget(old, self.sides)
        old.deleteLater()

    def _show(self, row: int) -> None:
        self._clear_sides()
        if row < 0 or row >= len(self.found):
            return
        conflict = self.found[row]
        explanation = {
            "values": self.tr("Two laptops changed “{field}” differently. Keep one value, or write another.")
            if len(conflict.fields) == 1
            else self.tr("Two laptops changed “{field}” differently. These go together: keep one side's."),
            "deletion": self.tr("One laptop deleted this record while another restored it."),
            "edited_while_deleted": self.tr(
                "“{field}” was edited on one laptop while another laptop deleted the record."
            ),
        }[conflict.kind].format(field=field_name(conflict))
        heading = QLabel(explanation, self.sides)
        heading.setWordWrap(True)
        self.sides_layout.addWidget(heading)
        row_layout = QHBoxLayout()
        for value in conflict.values:
            row_layout.addWidget(self._side(conflict, value))
        self.sides_layout.addLayout(row_layout)
        actions = QHBoxLayout()
        if conflict.kind == "values":
            if len(conflict.fields) == 1:  # linked fields: one side's whole group is kept
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
        title = self.tr("{team} · {author}").format(team=isolated(value.team), author=isolated(value.author))
        box = QGroupBox(title, self.sides)
        inner = QVBoxLayout(box)
        when = QLabel(local_datetime(datetime.fromisoformat(value.at)), box)
        if value.provisional:
            when.setText(self.tr("{when} · shown for now").format(when=when.text()))
        when.setStyleSheet("color: gray;")
        text = QLabel(isolated(shown(conflict, value)), box)  # aligned to the window's side, in any language
        text.setTextFormat(Qt.TextFormat.PlainText)  # values come from other laptops: never as rich text
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(when)
        inner.addWidget(text, 1)
        if conflict.kind == "values":
            keep = QPushButton(
                self.tr("Keep this value") if len(conflict.fields) == 1 else self.tr("Keep these"), box
            )
            keep.clicked.connect(lambda: self._resolve(conflict, dict(value.values)))
            inner.addWidget(keep)
        return box

    def _write_value(self, conflict: Conflict) -> None:
        current = next((v.value for v in conflict.values if v.provisional), "")
        codes = _codes_of(conflict.entity, conflict.field)
        if codes:  # a code list: pick one of its values, never free text
            options = choices(codes)
            labels = [text for _code, text in options]
            start = next((i for i, (code, _text) in enumerate(options) if code == current), 0)
            picked, ok = QInputDialog.getItem(
                self, self.tr("Choose another value"), field_name(conflict), labels, start, False
            )
            if ok:
                self._resolve(conflict, {conflict.field: options[labels.index(picked)][0]})
            return
        text = ask_text(
            self,
            self.tr("Write another value"),
            field_name(conflict),
            "" if current is None else str(current),
        )
        if text is not None:
            self._resolve(conflict, {conflict.field: text})

    def _resolve(self, conflict: Conflict, values: dict[str, Any]) -> None:
        run_in_background(lambda: resolve(self.store, conflict, values), self._done, self._failed)

    def _settle(self, conflict: Conflict, keep_deleted: bool) -> None:
        run_in_background(
            lambda: settle_deletion(self.store, conflict, keep_deleted), self._done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        """Refused (the record changed since the list was read, say): show why, and the list as it is now."""
        show_error(self, error)
        self.reload()

    def _done(self, _result: object) -> None:
        self.resolved.emit()
        self.reload()
