"""A tab whose screen is not built yet: it says plainly what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setMaximumWidth(620)
        texts = QVBoxLayout(column)
        for text, name in (
            (f"<h2>{title}</h2>", "Title"),
            (description, "Description"),
            (self.tr("This screen is being built and comes in the next version."), "ComingSoon"),
        ):
            label = QLabel(text, column)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            texts.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
