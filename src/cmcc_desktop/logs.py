"""The rotating log file: what happened, for the officer's IT cell when something goes wrong."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "cmcc-desktop.log"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/cmcc-desktop.log``, rotated at 2 MB with five old files kept."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic lists every plugin it loads at INFO, on every start; its migrations ("Running upgrade") stay.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path
