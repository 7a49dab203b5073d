"""One window per data folder.

Two windows on one data folder would each show a copy of the records that the other does not refresh, and
the officer would be editing in two places at once. The first window holds a lock file in the data folder
(``QLockFile``: a lock left by a crashed window, whose process is gone, is taken over) and listens on a local
socket named after the folder; a second start asks it to come to the front (and, for a sync bundle opened
from the file manager, to import that file) and exits. The command line does
not take the lock: commands beside the open window are fine, and the window notices what they write.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import AppPaths

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"
_SHOW = b"show\n"


class WindowLock(QObject):
    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._lock = QLockFile(str(paths.data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(
            0
        )  # held as long as the window is open; stale only if its process is gone
        folder = str(paths.data_dir.resolve()).encode()
        self._name = f"cmcc-desktop-{_user()}-{hashlib.sha256(folder).hexdigest()[:16]}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another window holds it. A folder that cannot be written (or does not
        exist and cannot be made) takes no lock: opening the data says what is wrong with it."""
        try:
            self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() == QLockFile.LockError.PermissionError

    def holder(self) -> tuple[int, str]:
        """The process id and host of the window that holds the lock (0 and "" if unknown)."""
        pid, host, _app = self._lock.getLockInfo()  # PySide6 returns the C++ out-parameters
        return int(pid), str(host)

    def listen(self, show: Callable[[Path | None], None]) -> None:
        """Bring the window forward (``show``) when a second start on this folder asks, with the sync bundle
        that start was given, if any."""
        QLocalServer.removeServer(self._name)  # a socket left by a window that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("a second start cannot reach this window: %s", server.errorString())
            return

        def connected() -> None:
            while (socket := server.nextPendingConnection()) is not None:
                socket.readyRead.connect(lambda s=socket: _request(s))
                socket.disconnected.connect(socket.deleteLater)

        def _request(socket: QLocalSocket) -> None:
            message = bytes(socket.readAll().data())
            if message.startswith(_SHOW):
                log.info("brought to the front for a second start on the same data folder")
                bundle = message[len(_SHOW) :].decode("utf-8", "replace")
                show(Path(bundle) if bundle else None)

        server.newConnection.connect(connected)
        self._server = server

    def ask_to_show(self, bundle: Path | None = None) -> bool:
        """Ask the window that holds the lock to come to the front (and to import ``bundle``); False if it
        cannot be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(2000):
            return False
        socket.write(_SHOW + (str(bundle.resolve()).encode() if bundle else b""))
        sent = socket.waitForBytesWritten(2000)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def _user() -> str:
    try:
        return hashlib.sha256(getpass.getuser().encode()).hexdigest()[:8]
    except (KeyError, OSError):
        return "user"
