"""Files the officer asks for by name: bundles, reports, dumps."""

from __future__ import annotations

from pathlib import Path

from .errors import CmccError


def require_output_folder(target: Path) -> None:
    """Refuse to write into a folder that does not exist, rather than create it: a mistyped folder on the
    command line would otherwise leave the file somewhere the officer never looks."""
    folder = target.parent
    if not folder.is_dir():
        raise CmccError(
            "The folder {folder} does not exist, so {name} was not written. Choose an existing folder.",
            folder=str(folder),
            name=target.name,
        )
