"""How errors reach the officer: a plain message for what they can fix, a crash dialog for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..errors import CmccError
from .i18n import message

log = logging.getLogger(__name__)


def translated_message(error: CmccError) -> str:
    """The error's message in the interface language."""
    return message(error.template, **error.params)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A CmccError is something the officer can act on; anything else is a bug."""
    if isinstance(error, CmccError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("errors", "CMCC Desktop"), translated_message(error)
        )
    else:
        show_crash(parent, type(error), error, error.__traceback__)


def show_crash(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "CMCC Desktop: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Something went wrong inside CMCC Desktop. What you saved before is safe. "
            "Please send the details below and the log file to your IT cell.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_exception_hook() -> None:
    """Show uncaught exceptions in the UI thread as a crash dialog instead of a silent exit."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        show_crash(QApplication.activeWindow(), kind, error, trace)

    sys.excepthook = hook
