"""Long work (demo data, sync bundles, reports) off the UI thread, with a progress dialog and Cancel.

The job is called as ``job(progress, cancelled)``: ``progress(done, total)`` may be called from the worker
thread as often as it likes (the dialog is updated through a queued signal), and ``cancelled()`` tells the
job that the officer pressed Cancel. A job that stops early raises :class:`~cmcc_desktop.errors.Cancelled`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import Cancelled
from .background import run_in_background
from .error_dialogs import show_error

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Relay(QObject):
    progressed = Signal(int, int)


def run_with_progress(
    parent: QWidget,
    label: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    on_failed: Callable[[BaseException], None] | None = None,
) -> QProgressDialog:
    """Run ``job`` off the UI thread behind a progress dialog. Without ``cancellable`` the dialog has no
    Cancel button: for work that is all-or-nothing and cannot stop half-way (writing or applying a bundle)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("long_work", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay(dialog)
    state = {"cancelled": False}

    def show_progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    relay.progressed.connect(show_progress)
    dialog.canceled.connect(lambda: state.update(cancelled=True))

    def finished(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failed is not None:
            on_failed(error)
        else:
            show_error(parent, error)

    run_in_background(
        lambda: job(relay.progressed.emit, lambda: state["cancelled"]),
        finished,
        failed,
    )
    return dialog
