"""The window's one "records changed" signal: every write of a record reaches every view through it.

The change log grows with every write of a record, whoever makes it (a form in this window, an import, a
command in a terminal, a second window), so watching where it ends is enough: every couple of seconds a
background read asks whether it moved, and if it did, which records changed. Work in this window asks for a
look at once (:meth:`ChangeWatcher.check_now`) instead of waiting for the next tick. The tabs, their open
forms, the conflicts view and the status bar listen to ``changed``; nothing refreshes them by hand.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ..errors import CmccError
from ..store.store import Store
from .background import run_in_background

log = logging.getLogger(__name__)


class ChangeWatcher(QObject):
    """``changed`` carries ``{entity: record ids}``, or None when too much changed to list."""

    changed = Signal(object)
    INTERVAL_MS = 1500

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._mark: int | None = None
        self._busy = False
        self._again = False  # asked to look while a look was under way: look once more after it
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._busy = True
        run_in_background(self.store.change_mark, self._started, self._failed, owner=self)

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        """Something was written here: tell the views now, not at the next tick."""
        if self._busy:
            self._again = True
        else:
            self._poll()

    def _started(self, mark: int) -> None:
        self._busy = False
        self._mark = mark
        self._timer.start()

    def _poll(self) -> None:
        if self._busy or self._mark is None:
            return
        self._busy = True
        mark, store = self._mark, self.store
        run_in_background(lambda: store.changed_since(mark), self._found, self._failed, owner=self)

    def _found(self, found: tuple[int, dict[str, set[str]] | None]) -> None:
        self._busy = False
        mark, changed = found
        if mark != self._mark:
            self._mark = mark
            self.changed.emit(changed)
        if self._again:
            self._again = False
            self._poll()

    def _failed(self, error: BaseException) -> None:
        """A read that failed (the database busy with a long import) is tried again at the next tick."""
        self._busy = False
        self._again = False
        if isinstance(error, CmccError):
            log.info("looking for changes made elsewhere failed: %s", error)
        else:
            log.error("looking for changes made elsewhere failed", exc_info=error)
