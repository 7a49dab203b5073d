"""Where the automatic copies of the database go, as Settings chooses it: another disk or a USB stick keeps
them when the laptop is lost. ``AppPaths.backups`` reads the choice; this writes it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import CmccError, ValidationError
from ..i18n import N_
from ..paths import BACKUP_SETTINGS, AppPaths


def chosen_backups_folder(paths: AppPaths) -> str:
    """The folder the officer chose (empty: the data folder's own ``backups/``)."""
    chosen = paths.chosen_backups
    return str(chosen.parent) if chosen is not None else ""


def backups_folder_problems(folder: str) -> dict[str, CmccError]:
    """The chosen folder must exist and be writable now (empty: the data folder's own)."""
    folder = folder.strip()
    chosen = Path(folder).expanduser()
    if folder and (not chosen.is_dir() or not os.access(chosen, os.W_OK)):
        return {
            "backups": CmccError(
                N_("{folder} is not a folder this laptop can write to. Choose another."), folder=folder
            )
        }
    return {}


def save_backups_folder(paths: AppPaths, folder: str, device_id: str) -> None:
    """Keep the copies in ``folder`` from now on, each laptop in a folder of its own inside it (several
    laptops may share one stick, and each keeps only its newest copies); empty: in the data folder."""
    settings_file = paths.data_dir / BACKUP_SETTINGS
    folder = folder.strip()
    if not folder:
        settings_file.unlink(missing_ok=True)
        return
    problems = backups_folder_problems(folder)
    if problems:
        raise ValidationError(problems)
    own = Path(folder).expanduser().resolve() / f"cmcc-desktop-backups-{device_id[-12:]}"
    written = settings_file.with_name(settings_file.name + ".new")
    written.write_text(json.dumps({"folder": str(own)}, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(written, settings_file)  # whole or not at all
