"""What long work is handed: where to say how far it got, and whether the officer asked it to stop.

Demo data, exports, sync bundles and reports all take one :class:`Progress`. Work calls ``progress(done,
total)`` as often as it likes, ``progress.phase(text)`` when it moves to another kind of step ("Checking the
changes…"), and ``progress.check()`` wherever stopping is safe: once the officer has pressed Cancel, that raises
:class:`~cmcc_desktop.errors.Cancelled`, and the work rolls back so that nothing is changed. Phase texts and
cancel messages are marked with :func:`~cmcc_desktop.i18n.N_` where they are written: the window translates
them, the command line prints them as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled
from .i18n import N_


class Progress:
    def __init__(
        self,
        report: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        phase: Callable[[str], None] | None = None,
    ) -> None:
        self._report = report
        self._cancelled = cancelled
        self._phase = phase

    def __call__(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps (``total`` 0: how many is not known)."""
        if self._report is not None:
            self._report(done, total)

    def phase(self, text: str) -> None:
        if self._phase is not None:
            self._phase(text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled is not None and self._cancelled()

    def check(self, message: str = N_("Cancelled; nothing was changed.")) -> None:
        """Stop here if the officer asked to: raise :class:`Cancelled` with ``message``."""
        if self.cancelled:
            raise Cancelled(message)


NO_PROGRESS = Progress()  # for work that no one watches (tests, scripts)
