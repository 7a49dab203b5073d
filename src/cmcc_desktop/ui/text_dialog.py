"""A dialog that asks for a few lines of text (why a task is blocked, a closure note, a value of one's own).

Unlike ``QInputDialog.getMultiLineText``: the question wraps, Tab leaves the text for the buttons (it never
types a tab), Ctrl+Enter answers, and a text the answer cannot take is refused inside the dialog, with the
reason under the field, instead of after it has closed. Escape, Cancel or the window's close button ask
before they drop a text the officer typed, as a record form does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import CmccError
from .error_dialogs import translated_message


class TextDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        text: str = "",
        problem: Callable[[str], CmccError | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._problem = problem
        self._given = text
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.installEventFilter(self)  # Ctrl+Enter in the text answers
        self.resize(480, 260)
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.editor.toPlainText()

    def accept(self) -> None:
        problem = self._problem(self.text()) if self._problem is not None else None
        if problem is not None:
            self.error.setText(translated_message(problem))
            self.error.show()
            self.editor.setFocus()
            return
        super().accept()

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all come here (QDialog routes closing to reject)."""
        if self._typed() and not self._discard_confirmed():
            self.editor.setFocus()
            return
        super().reject()

    def _typed(self) -> bool:
        """Something the officer wrote here would be lost: not blank, and not just the text it opened with."""
        return bool(self.text().strip()) and self.text() != self._given

    def _discard_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("Discard the text you typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,  # back to the text: nothing lost, nothing done
        )
        return answer == QMessageBox.StandardButton.Discard


def ask_text(
    parent: QWidget | None,
    title: str,
    question: str,
    text: str = "",
    problem: Callable[[str], CmccError | None] | None = None,
) -> str | None:
    """The text the officer gave, or None if they cancelled."""
    dialog = TextDialog(parent, title, question, text, problem)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
