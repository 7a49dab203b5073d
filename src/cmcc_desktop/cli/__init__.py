"""The command line: ``cmcc-desktop [options] [command]``. Thin: it parses, then calls the services; the only
place that prints. A module per command group (``data``, ``reports``, ``sync``), each adding its commands to the
parser and running them; what they need of the database layer is imported when they run, so that the window,
which parses the command line too, does not wait for it before its first paint."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from .. import APP_NAME, __version__
from ..errors import CmccError
from ..i18n import N_
from ..paths import AppPaths
from . import data, reports, sync

GROUPS = {"demo": data, "info": data, "export": data, "report": reports, "sync": sync}


class _Parser(argparse.ArgumentParser):
    """Command-line mistakes get one line, like every other error, and a pointer to the help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{APP_NAME}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="CMCC Desktop: contacts, tasking, site visits, sync files and visit reports for "
        "Civil-Military Coordination Center officers. Without a command, it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use this data folder (default: CMCC_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--officer", metavar="NAME", help="the officer using this laptop (saved; default: the login name)"
    )
    parser.add_argument("--team", metavar="NAME", help="this laptop's team (saved; default: 'Unnamed team')")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language, en or ar, for this start (Settings remember a choice); a report's language is its own --lang",
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help="open the main window and offer this sync bundle for import (how a .cmccsync file opens)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, wait until the data folder is open, close it and exit (checks an install)",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    for group in (data, sync, reports):
        group.add_commands(commands)
    return parser


def check(args: argparse.Namespace, paths: AppPaths) -> None:
    """Mistakes refused before anything is written, not even the log: a command that works on records
    already there, pointed at a folder without a database (a mistyped --data-dir), creates no folder,
    database or identity."""
    group = GROUPS[args.command]
    # A file given for the folder is left to opening it, which says so.
    if group.needs_database(args) and not paths.data_dir.is_file() and not paths.database.exists():
        if paths.portable:
            raise CmccError(
                N_(
                    "There is no CMCC Desktop database in {folder}; nothing was created. Check the folder given "
                    "with --data-dir or CMCC_DATA_DIR. To start a new data folder there, start CMCC Desktop with "
                    'it, or run `{app} --data-dir "{folder}" demo` for demo data.'
                ),
                folder=str(paths.data_dir),
                app=APP_NAME,
            )
        raise CmccError(
            N_(
                "There is no CMCC Desktop database in {folder} yet: start CMCC Desktop once to create it, or run "
                "`{app} demo` for demo data."
            ),
            folder=str(paths.data_dir),
            app=APP_NAME,
        )
    group.check(args, paths)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run a command that :func:`check` let through."""
    from ..store.store import Store

    with Store.open(paths, officer=args.officer, team=args.team) as store:
        GROUPS[args.command].run(args, store)
    return 0


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
