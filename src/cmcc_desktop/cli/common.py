"""What the command groups share: counts in plain English, and files not written over unasked."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import CmccError
from ..files import require_output_file
from ..i18n import N_
from ..paths import AppPaths


def counted(count: int, noun: str) -> str:
    """A count as it is said: "1 device", "2 devices", "0 changes", never "device(s)"."""
    return f"{count} {noun if count == 1 else noun + 's'}"


def add_output(parser: argparse.ArgumentParser, what: str) -> None:
    """``-o FILE`` and the ``--force`` that allows writing over an existing file."""
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=what)
    parser.add_argument("--force", action="store_true", help="write over FILE if it already exists")


def refuse_overwrite(args: argparse.Namespace, paths: AppPaths) -> None:
    """A file already there is kept unless ``--force`` says otherwise: the same name typed twice would
    otherwise lose the first export, report or bundle without a word. What may never be written (the data
    folder's own files) is refused first, so that --force is not offered for it."""
    if args.output == "-":
        return
    target = Path(args.output)
    require_output_file(target, paths)
    if target.exists() and not args.force:
        raise CmccError(
            N_(
                "{file} already exists; nothing was written. Give another file name, or add --force to write "
                "over it."
            ),
            file=args.output,
        )
