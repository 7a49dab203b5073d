"""Fields of the visit form: the contacts met, and the photos with a caption under each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ..background import run_in_background
from ..error_dialogs import show_error
from ..i18n import file_dialog_options
from ..labels import joined
from ..pickers import contact_picker

DATA_ROLE = Qt.ItemDataRole.UserRole
IMAGE_SUFFIXES = {f".{s.toStdString()}" for s in QImageReader.supportedImageFormats()}
THUMBNAIL = QSize(120, 90)


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
        return joined(self._texts.get(contact_id, contact_id) for contact_id in value or ())


class CaptionEdit(QLineEdit):
    """A photo's caption. Enter ends it and stays here: it does not save the form around it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PhotoCard(QFrame):
    """One photo: its thumbnail, and under it its caption, written in place, and a button to remove it."""

    def __init__(self, photo: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stored = {"attachment_id": photo.get("attachment_id"), "path": photo["path"]}
        name = Path(photo["path"]).name
        self.thumbnail = QLabel(name, self)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)  # a photo that cannot be read shows its file name
        self.thumbnail.setToolTip(name)
        self.caption = CaptionEdit(self)
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.caption.setAccessibleName(self.tr("Caption of {name}").format(name=name))
        self.caption.setAcceptDrops(False)  # photos dropped here are added, not written into the caption
        self.caption.setText(photo.get("caption") or "")
        self.remove = QToolButton(self)
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this photo from the visit"))
        self.remove.setAccessibleName(self.tr("Remove {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFixedWidth(THUMBNAIL.width() + 40)

    def show_thumbnail(self, image: QImage) -> None:
        self.thumbnail.setPixmap(QPixmap.fromImage(image))

    def value(self) -> dict[str, Any]:
        return {**self.stored, "caption": self.caption.text().strip()}


class PhotosField(QWidget):
    """Photos side by side, each with its caption in a box under its thumbnail; add by the button or by
    dropping files here.

    Each photo is ``{"attachment_id": id or None, "path": file, "caption": text}``; a new photo has no id
    until the visit is saved and the file attached.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[PhotoCard] = []
        self.setAcceptDrops(True)
        self.empty = QLabel(self.tr("No photos yet. Drop photos here, or add them with the button."), self)
        self.empty.setStyleSheet("color: gray;")
        self.empty.setWordWrap(True)
        strip = QWidget(self)
        self.row = QHBoxLayout(strip)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.empty, 1)
        self.row.addStretch(1)
        self.photo_area = QScrollArea(self)
        self.photo_area.setWidget(strip)
        self.photo_area.setWidgetResizable(True)
        self.photo_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photo_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.photo_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        sample = PhotoCard({"path": ""})  # as tall as every card
        self.photo_area.setFixedHeight(
            sample.sizeHint().height()
            + self.photo_area.horizontalScrollBar().sizeHint().height()
            + 2 * self.photo_area.frameWidth()
        )
        sample.deleteLater()
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self._choose)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo_area, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def _choose(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Photos ({patterns})").format(patterns=patterns),
            options=file_dialog_options(),
        )
        for file in files:
            self.add_photo({"attachment_id": None, "path": file, "caption": ""})
        if files:
            self.cards[-len(files)].caption.setFocus(Qt.FocusReason.OtherFocusReason)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
                self.add_photo({"attachment_id": None, "path": url.toLocalFile(), "caption": ""})
        event.acceptProposedAction()

    def add_photo(self, photo: dict[str, Any]) -> None:
        card = PhotoCard(photo, self.photo_area.widget())
        # Tab runs from the button through the captions, in the order the photos are shown.
        QWidget.setTabOrder(self.cards[-1].remove if self.cards else self.add_button, card.caption)
        QWidget.setTabOrder(card.caption, card.remove)
        self.row.insertWidget(len(self.cards), card)
        self.cards.append(card)
        self.empty.hide()
        card.caption.textChanged.connect(self.changed)
        card.remove.clicked.connect(lambda: self._remove(card))
        path = photo["path"]

        def load() -> QImage:
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            reader.setScaledSize(reader.size().scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            return reader.read()

        def show(image: QImage) -> None:
            if not image.isNull() and card in self.cards:
                card.show_thumbnail(image)

        run_in_background(
            load, show, lambda _error: None, owner=self
        )  # a photo that cannot be read keeps its name only
        self.changed.emit()

    def _remove(self, card: PhotoCard) -> None:
        index = self.cards.index(card)
        self.cards.remove(card)
        card.deleteLater()
        self.empty.setVisible(not self.cards)
        if self.cards:  # the keyboard stays among the photos
            self.cards[min(index, len(self.cards) - 1)].caption.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        return [card.value() for card in self.cards]

    def set_value(self, value: Any) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.empty.show()
        for photo in value or ():
            self.add_photo(photo)
        self.changed.emit()

    def display(self, value: Any) -> str:
        return "\n".join(photo.get("caption") or Path(photo["path"]).name for photo in value or ())
