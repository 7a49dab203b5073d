"""Notice records written outside this window: a command in a terminal, an import, a second window.

The change log grows with every write of a record, whoever makes it, so watching where it ends is enough:
every couple of seconds a background read asks whether it moved, and if it did, which records changed. The
window then refreshes its views and tells the forms that are open (see ``Workspace.records_written``).
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
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._busy = True
        run_in_background(self.store.change_mark, self._started, self._failed, owner=self)

    def stop(self) -> None:
        self._timer.stop()

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

    def _failed(self, error: BaseException) -> None:
        """A read that failed (the database busy with a long import) is tried again at the next tick."""
        self._busy = False
        if isinstance(error, CmccError):
            log.info("looking for changes made elsewhere failed: %s", error)
        else:
            log.error("looking for changes made elsewhere failed", exc_info=error)
