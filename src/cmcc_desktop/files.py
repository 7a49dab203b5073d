"""Files the officer asks for by name: bundles, reports, dumps."""

from __future__ import annotations

from pathlib import Path

from .errors import CmccError
from .i18n import N_
from .paths import AppPaths

# The database's own files beside it, which SQLite keeps while it is open.
_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def require_output_file(target: Path, paths: AppPaths) -> None:
    """Refuse an output path that cannot or must not be written, before any work is done:

    - a folder that does not exist (rather than create it: a mistyped folder on the command line would
      leave the file somewhere the officer never looks);
    - a folder given instead of a file name;
    - the data folder's own files (the database, its backups, stored attachments), which the output would
      overwrite and lose.
    """
    folder = target.parent
    if not folder.is_dir():
        raise CmccError(
            N_("The folder {folder} does not exist, so {name} was not written. Choose an existing folder."),
            folder=str(folder),
            name=target.name,
        )
    if target.is_dir():
        raise CmccError(
            N_("{target} is a folder. Give a file name in it, for example {example}."),
            target=str(target),
            example=str(target / "cmcc-output"),
        )
    resolved = target.resolve()
    database = paths.database.resolve()
    own_files = {database.with_name(database.name + suffix) for suffix in _DATABASE_COMPANIONS}
    kept_folders = (paths.attachments.resolve(), paths.backups.resolve())
    if resolved in own_files or any(resolved.is_relative_to(folder) for folder in kept_folders):
        raise CmccError(
            N_(
                "{target} is one of CMCC Desktop's own data files; writing there would destroy it. Choose "
                "another file name or folder."
            ),
            target=str(target),
        )
