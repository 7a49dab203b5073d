"""Run work off the UI thread and hand the result back to it.

``run_in_background(job, on_done, on_failed)`` runs ``job()`` on the global thread pool; the callbacks are
called on the UI thread through queued signals. The caller keeps no reference: the task object lives until
its signal has been delivered. If the widget that asked is gone by then (a window closed while its data was
loading), the result is dropped: ``owner`` names that widget, and defaults to the object ``on_done`` is a
method of. A failure dropped that way is still written to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from ..errors import CmccError

log = logging.getLogger(__name__)

_pending: set[_Task] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.job()
        except BaseException as error:  # handed to the UI thread, which decides what to show
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    job: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    task = _Task(job)
    _pending.add(task)
    if owner is None and isinstance(bound := getattr(on_done, "__self__", None), QObject):
        owner = bound

    def done(result: Any) -> None:
        _pending.discard(task)
        if owner is None or isValid(owner):
            on_done(result)

    def failed(error: BaseException) -> None:
        _pending.discard(task)
        if owner is None or isValid(owner):
            on_failed(error)
        elif isinstance(error, CmccError):
            log.info("work for a closed window failed: %s", error)
        else:
            log.error("work for a closed window failed", exc_info=error)

    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
