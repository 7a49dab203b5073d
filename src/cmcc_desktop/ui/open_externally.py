"""Open a file or folder with what the desktop has for it (a PDF viewer, the file manager, an image viewer).

``QDesktopServices.openUrl`` only returns False when the desktop has no handler, and says why on stderr, which
an officer never sees: then the window says so, with the path and a button that copies it, so that the file
can still be found and opened by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import tr
from .labels import left_to_right


def open_externally(parent: QWidget | None, path: Path) -> None:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Could not open"))
    box.setText(
        tr("This computer has no program set to open “{name}”. Find it with your file manager:").format(
            name=path.name or str(path)
        )
    )
    # In a right-to-left window a path still reads "/home/…", not "home/…/".
    box.setInformativeText(str(path) if box.isLeftToRight() else left_to_right(path))
    copy = box.addButton(tr("Copy path"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(str(path))
