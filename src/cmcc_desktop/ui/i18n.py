"""The window's side of translation: strings marked below the window (``N_``, ``NP_``) and module-level
strings of the window itself are translated here, in the empty context where ``pyside6-lupdate`` puts them.

Widgets use ``self.tr``. A message with a count passes it as the third argument, ``tr("%Ln task(s)", "", n)``,
so that lupdate extracts it with its plural forms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from ..i18n import Marked, formatted


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language."""
    return QCoreApplication.translate("", text, disambiguation, n)


def _translate(text: str, n: int) -> str:
    return QCoreApplication.translate("", text, None, n)


def isolated(value: object) -> str:
    """A value put into a sentence (a team, a name, a text typed in another language) that keeps its own
    direction and leaves the sentence's alone (Unicode first-strong isolate): in Arabic, "CMCC North: …" does
    not turn the whole line left to right."""
    return f"\u2068{value}\u2069"


def message(template: str, **params: Any) -> str:
    """A marked template in the interface language, its count in the right plural form and its marked
    parameters (field names) translated too. In a right-to-left window a value put into the sentence (a
    number as typed, a path, a name) keeps its own direction: "059 912 3456" does not read "3456 912 059"."""
    if QGuiApplication.isRightToLeft():
        params = {
            key: isolated(value) if isinstance(value, str) and not isinstance(value, Marked) else value
            for key, value in params.items()
        }
    return formatted(template, params, _translate)


def file_dialog_options() -> QFileDialog.Option:
    """Options of the window's file dialogs: in a right-to-left window Qt shows a filter's patterns mirrored
    ("(cmccsync.*)"), and a pattern cannot be isolated (a filter must end with its parenthesis), so there
    the patterns are hidden and the filter reads by its name."""
    if QGuiApplication.isRightToLeft():
        return QFileDialog.Option.HideNameFilterDetails
    return QFileDialog.Option(0)
