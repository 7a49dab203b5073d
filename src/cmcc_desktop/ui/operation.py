"""Long work off the UI thread, one way for all of it: demo data, sync bundles, reports.

``run_operation(parent, label, job, on_success)`` runs ``job(progress)`` on a worker thread behind a
window-modal progress dialog. The job reports through its :class:`~cmcc_desktop.progress.Progress` how far it
got and which step it is on; Cancel asks it to stop at its next safe point, where it raises
:class:`~cmcc_desktop.errors.Cancelled` having changed nothing. ``on_success(result)``, ``on_cancelled()``
and ``on_failure(error)`` run on the UI thread; without ``on_failure`` an officer's error is shown in a
message and anything else goes to the crash dialog. Records the job wrote reach every view through the
window's change watcher, not through these callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import Cancelled
from ..progress import Progress
from .background import run_in_background
from .error_dialogs import show_error
from .i18n import tr

T = TypeVar("T")


class _Relay(QObject):
    """Carries the worker's reports to the UI thread (queued signals)."""

    progressed = Signal(int, int)
    phased = Signal(str)


def run_operation(
    parent: QWidget,
    label: str,
    job: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    on_cancelled: Callable[[], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> QProgressDialog:
    """Run ``job`` off the UI thread behind a progress dialog; see the module's description."""
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay(dialog)
    asked_to_stop = [False]

    def show_progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)  # 0: a busy bar, for steps whose count is not known
        dialog.setValue(min(done, total) if total else 0)

    def show_phase(text: str) -> None:
        if not asked_to_stop[0]:
            dialog.setLabelText(f"{label}\n{tr(text)}")  # a phase marked where the work names it

    def cancel() -> None:
        asked_to_stop[0] = True
        dialog.setLabelText(tr("Stopping safely…"))
        dialog.show()  # stays up until the work has stopped: nothing happens behind the officer's back

    relay.progressed.connect(show_progress)
    relay.phased.connect(show_phase)
    dialog.canceled.connect(cancel)
    progress = Progress(relay.progressed.emit, lambda: asked_to_stop[0], relay.phased.emit)

    def finish() -> None:
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(error: BaseException) -> None:
        finish()
        if isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failure is not None:
            on_failure(error)
        else:
            show_error(parent, error)

    run_in_background(lambda: job(progress), succeeded, failed, owner=parent)
    return dialog
