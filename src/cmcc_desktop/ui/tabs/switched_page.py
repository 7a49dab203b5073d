"""A main-window page that holds two record tabs (people and organisations; sites and visits), switched by
two buttons above the table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from .. import settings
from ..record_tab import RecordTab


class SwitchedPage(QWidget):
    navigate = Signal(str, str)
    records_changed = Signal()

    def __init__(self, pages: list[tuple[RecordTab, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tabs = [tab for tab, _title in pages]
        self.stack = QStackedWidget(self)
        self.switch = QButtonGroup(self)
        buttons = QHBoxLayout()
        for index, (tab, title) in enumerate(pages):
            self.stack.addWidget(tab)
            button = QToolButton(self)
            button.setText(title)
            button.setCheckable(True)
            button.setChecked(index == 0)
            button.setAutoRaise(True)
            self.switch.addButton(button, index)
            buttons.addWidget(button)
            tab.navigate.connect(self.navigate)
            tab.records_changed.connect(self.records_changed)
        self.switch.idClicked.connect(self.stack.setCurrentIndex)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    def tabs(self) -> list[RecordTab]:
        return list(self._tabs)

    def current(self) -> RecordTab:
        return self._tabs[self.stack.currentIndex()]

    def save_settings(self, key: str) -> None:
        settings.shown_page(key).write(self.stack.currentIndex())

    def restore_settings(self, key: str) -> None:
        index = settings.shown_page(key).read()
        if 0 <= index < len(self._tabs):
            self.show_tab(self._tabs[index])

    def show_tab(self, tab: RecordTab) -> None:
        index = self.stack.indexOf(tab)
        self.stack.setCurrentIndex(index)
        self.switch.button(index).setChecked(True)
