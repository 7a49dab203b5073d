"""Entry point: ``cmcc-desktop`` and ``python -m cmcc_desktop``.

With no command it opens the main window; with a command it runs the CLI. Qt is imported only for the
window, so the CLI starts fast and runs on machines without a display.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import APP_NAME
from .cli import check, parse, run
from .errors import CmccError
from .logs import configure_logging
from .paths import resolve_paths


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    paths = resolve_paths(args.data_dir)
    if args.command is not None:
        try:
            check(args, paths)
        except CmccError as error:
            print(f"{APP_NAME}: error: {error}", file=sys.stderr)
            return 1
    try:
        configure_logging(paths.log_dir)
    except OSError as exc:
        logging.getLogger(APP_NAME).addHandler(logging.NullHandler())  # not Python's echo of every warning
        if paths.data_dir.is_dir() and os.access(paths.data_dir, os.W_OK):  # else opening it says why
            print(
                f"{APP_NAME}: warning: cannot write the log in {paths.log_dir}: {exc.strerror}",
                file=sys.stderr,
            )
    if args.command is None:
        from .ui.app import run_gui

        return run_gui(
            paths,
            officer=args.officer,
            team=args.team,
            language=args.lang,
            smoke_test=args.smoke_test,
            bundle=Path(args.import_file) if args.import_file else None,
        )
    try:
        return run(args, paths)
    except CmccError as error:
        logging.getLogger(APP_NAME).warning("%s failed: %s", args.command, error)
        print(f"{APP_NAME}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (``| head``): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit's flush stays quiet
        return 1


if __name__ == "__main__":
    sys.exit(main())
