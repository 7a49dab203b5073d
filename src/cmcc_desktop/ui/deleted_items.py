"""View > Deleted items: everything moved out of the lists, newest first, with Restore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.deleted import KINDS, DeletedItem, deleted_items, restore
from .background import run_in_background
from .error_dialogs import show_error
from .labels import local_datetime
from .record_tab import FilterCombo


def kind_names() -> dict[str, str]:
    return {
        "contact": QCoreApplication.translate("DeletedItems", "Contact"),
        "organisation": QCoreApplication.translate("DeletedItems", "Organisation"),
        "task": QCoreApplication.translate("DeletedItems", "Task"),
        "site": QCoreApplication.translate("DeletedItems", "Site"),
        "visit": QCoreApplication.translate("DeletedItems", "Visit"),
    }


class DeletedItemsDialog(QDialog):
    """``restored(entity, record_id)`` fires after each restore, so the tabs can show the record again."""

    restored = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.items: list[DeletedItem] = []
        self.setWindowTitle(self.tr("Deleted items"))
        self.setObjectName("deleted_items")
        self.resize(760, 480)
        names = kind_names()
        self.kind = FilterCombo(self.tr("Every kind"), [(k, names[k]) for k in KINDS], self)
        self.kind.setAccessibleName(self.tr("Kind of record"))
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted"), self.tr("Deleted by")]
        )
        self.table.setAccessibleName(self.tr("Deleted items"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.restore_selected())
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.note = QLabel(
            self.tr("Nothing an officer made is ever erased: deleted records wait here."), self
        )
        self.note.setStyleSheet("color: gray;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        kind = self.kind.value()
        run_in_background(
            lambda: deleted_items(self.services, kind), self._show, lambda error: show_error(self, error)
        )

    def _show(self, items: list[DeletedItem]) -> None:
        self.items = items
        names = kind_names()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (names[item.entity], item.label, local_datetime(item.deleted_at), item.deleted_by)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.items[rows[0].row()]

        def done(_result: object) -> None:
            self.restored.emit(item.entity, item.record_id)
            self.reload()

        run_in_background(
            lambda: restore(self.services, item.entity, item.record_id),
            done,
            lambda e: show_error(self, e),
            owner=self,
        )
