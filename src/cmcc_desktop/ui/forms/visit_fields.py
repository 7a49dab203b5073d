"""Fields of the visit form: the contacts met, and the photos with their captions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ..background import run_in_background
from ..error_dialogs import show_error
from ..pickers import contact_picker

DATA_ROLE = Qt.ItemDataRole.UserRole
IMAGE_SUFFIXES = {f".{s.toStdString()}" for s in QImageReader.supportedImageFormats()}


class ContactListField(QWidget):
    """The people met: pick one by typing, add it, repeat."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._texts: dict[str, str] = {}  # the names of the people listed, by id
        self.picker = contact_picker(services, self)
        self.picker.changed.connect(self._add_picked)
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.fontMetrics().height() * 5)
        remove = QPushButton(self.tr("Remove selected"), self)
        remove.setToolTip(self.tr("Remove the person selected in the list below"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setFocusProxy(self.picker)

    def _add_picked(self) -> None:
        contact_id = self.picker.value()
        if contact_id and contact_id not in self.value():
            self._texts[contact_id] = self.picker.display(contact_id)
            self._add(contact_id)
            self.changed.emit()
        if contact_id:
            # Emptied once the completer has finished writing its choice into the box, so the box is ready
            # for the next person and nothing looks chosen but not added.
            QTimer.singleShot(0, lambda: self.picker.set_value(None))

    def _add(self, contact_id: str) -> None:
        item = QListWidgetItem(self._texts.get(contact_id, ""), self.list)
        item.setData(DATA_ROLE, contact_id)

    def _name_unnamed(self) -> None:
        """People listed whose names were not read with the value: read in the background, then shown."""
        unnamed = [i for i in self.value() if i not in self._texts]
        if unnamed:
            read = self.texts_for
            run_in_background(lambda: read(unnamed), self._named, lambda e: show_error(self, e), owner=self)

    def _named(self, texts: dict[str, str]) -> None:
        self._texts.update(texts)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(self._texts.get(item.data(DATA_ROLE), item.text()))

    def texts_for(self, value: Any) -> dict[str, str]:
        return {contact_id: self.services.label_of("contact", contact_id) for contact_id in value or ()}

    def remember(self, texts: dict[str, str]) -> None:
        self._texts.update(texts)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def value(self) -> list[str]:
        return [self.list.item(row).data(DATA_ROLE) for row in range(self.list.count())]

    def unchosen_text(self) -> str:
        """A name typed in the box but not picked, so not added."""
        return self.picker.unchosen_text()

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for contact_id in value or ():
            self._add(contact_id)
        self._name_unnamed()
        self.changed.emit()

    def display(self, value: Any) -> str:
        return ", ".join(self._texts.get(contact_id, contact_id) for contact_id in value or ())


class PhotosField(QWidget):
    """Photos as thumbnails with an editable caption each; add by the button or by dropping files here.

    Each photo is ``{"attachment_id": id or None, "path": file, "caption": text}``; a new photo has no id
    until the visit is saved and the file attached.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(150, 130))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(150)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setToolTip(self.tr("Drop photos here. Double-click a photo to write its caption."))
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.setAcceptDrops(True)
        self.list.setAcceptDrops(False)
        add = QPushButton(self.tr("Add photos…"), self)
        add.clicked.connect(self._choose)
        remove = QPushButton(self.tr("Remove selected"), self)
        remove.setToolTip(self.tr("Remove the person selected in the list below"))
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def _choose(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Photos ({patterns})").format(patterns=patterns),
        )
        for file in files:
            self.add_photo({"attachment_id": None, "path": file, "caption": ""})

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
                self.add_photo({"attachment_id": None, "path": url.toLocalFile(), "caption": ""})
        event.acceptProposedAction()

    def add_photo(self, photo: dict[str, Any]) -> None:
        item = QListWidgetItem(photo.get("caption") or "", self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(DATA_ROLE, {"attachment_id": photo.get("attachment_id"), "path": photo["path"]})
        item.setToolTip(Path(photo["path"]).name)
        path = photo.get("thumbnail") or photo["path"]

        def load() -> QImage:
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            reader.setScaledSize(reader.size().scaled(120, 90, Qt.AspectRatioMode.KeepAspectRatio))
            return reader.read()

        def show(image: QImage) -> None:
            if not image.isNull() and self.list.row(item) >= 0:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

        run_in_background(
            load, show, lambda _error: None, owner=self
        )  # a photo that cannot be read keeps its name only
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            found.append({**item.data(DATA_ROLE), "caption": item.text().strip()})
        return found

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for photo in value or ():
            self.add_photo(photo)
        self.changed.emit()

    def display(self, value: Any) -> str:
        return "\n".join(photo.get("caption") or Path(photo["path"]).name for photo in value or ())
