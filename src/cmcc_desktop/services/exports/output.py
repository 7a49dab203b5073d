"""Writing an export file whole or not at all: into a temporary file beside the target, renamed over it
when complete. A failure or a cancel leaves no file and never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ...errors import CmccError
from ...files import require_output_file
from ...i18n import N_
from ...paths import AppPaths


@contextlib.contextmanager
def atomic_file(target: Path, paths: AppPaths) -> Iterator[Path]:
    """A temporary path to write; renamed to ``target`` when the block ends without an error."""
    require_output_file(target, paths)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise CmccError(
            N_("Cannot write {path} ({reason}). Choose a folder you can write to."),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    os.close(handle)
    temporary = Path(name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # a file to hand on, readable as any other the officer saves
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CmccError(
            N_(
                "Writing {path} failed ({reason}); no file was written. Free some space or choose another folder."
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
