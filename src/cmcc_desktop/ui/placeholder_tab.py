"""A tab whose screen is not built yet: it says plainly what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>", self)
        text = QLabel(description, self)
        text.setWordWrap(True)
        coming = QLabel(self.tr("This screen is being built and comes in the next version."), self)
        coming.setObjectName("ComingSoon")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (heading, text, coming):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setMaximumWidth(640)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
