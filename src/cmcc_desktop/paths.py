"""Where CMCC Desktop keeps its data and logs.

The data dir is the platform's user data dir unless ``--data-dir`` or ``CMCC_DATA_DIR`` names another one;
a portable install on a USB stick uses that override. When the data dir is overridden, logs live inside it
(``logs/``) so that a portable install leaves nothing behind on the laptop.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import APP_NAME

DATA_DIR_ENV = "CMCC_DATA_DIR"
DATABASE_FILE = "cmcc.sqlite3"
BACKUP_SETTINGS = "backup-settings.json"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files one data dir is made of."""

    data_dir: Path
    log_dir: Path
    # An explicitly chosen data dir (a USB stick): logs and window settings live inside it too.
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups(self) -> Path:
        """Where the automatic copies of the database go (before an upgrade, before each sync import): the
        folder chosen in Settings (another disk, a USB stick) while it is plugged in and can be written, else
        ``backups/`` in the data folder, so that a missing stick never stops an import."""
        chosen = self.chosen_backups
        if chosen is not None and chosen.parent.is_dir() and os.access(chosen.parent, os.W_OK):
            return chosen
        return self.data_dir / "backups"

    @property
    def chosen_backups(self) -> Path | None:
        """This data folder's own folder inside the one chosen in Settings (``backup-settings.json``)."""
        try:
            stored = json.loads((self.data_dir / BACKUP_SETTINGS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        folder = stored.get("folder") if isinstance(stored, dict) else None
        return Path(folder) if isinstance(folder, str) and folder else None

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.attachments, self.data_dir / "backups"):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the data dir: the argument first, then ``CMCC_DATA_DIR``, then the platform default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs", portable=True)
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
