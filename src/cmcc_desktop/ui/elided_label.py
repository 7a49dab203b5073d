"""A one-line label that never widens the window: what does not fit gives way to "…" in its middle (the
start and the end show: "Officer: Brigadier … · Team: CMCC North"), and shows whole in its tooltip."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle, QToolTip, QWidget


def right_to_left(text: str) -> bool:
    """Whether the text's first letter with a direction is written right to left (Arabic, Hebrew). As in
    Unicode's rule for a paragraph, what stands inside an isolate (a name put into a sentence) does not
    count; text with no such letter reads in the window's direction."""
    depth = 0
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("LRI", "RLI", "FSI"):
            depth += 1
        elif direction == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0 and direction in ("R", "AL"):
            return True
        elif depth == 0 and direction == "L":
            return False
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


class ElidedLabel(QLabel):
    """A plain-text label that asks for the width of its text but makes do with a few characters.

    :meth:`text` is always the whole text. The label's own tooltip, if it has one, wins over the whole text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, narrowest: int = 8) -> None:
        """``narrowest``: how many characters it keeps at least; in a row short of room, labels give way by the
        same amount each, as far as they can, so a label that must stay readable keeps more."""
        super().__init__(text, parent)
        self.narrowest = narrowest
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrowest = self.fontMetrics().averageCharWidth() * self.narrowest
        margins = self.contentsMargins()
        return QSize(min(hint.width(), narrowest + margins.left() + margins.right()), hint.height())

    def _shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        # As QLabel does: the text reads in its own direction ("400 contacts" stays so in an Arabic window).
        direction = (
            Qt.AlignmentFlag(Qt.TextFlag.TextForceRightToLeft)
            if right_to_left(self.text())
            else Qt.AlignmentFlag(Qt.TextFlag.TextForceLeftToRight)
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            QStyle.visualAlignment(self.layoutDirection(), self.alignment()) | direction,
            self.palette(),
            self.isEnabled(),
            self._shown_text(),
            self.foregroundRole(),
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and not self.toolTip()
            and self._shown_text() != self.text()
        ):
            QToolTip.showText(event.globalPos(), self.text(), self)
            return True
        return super().event(event)
