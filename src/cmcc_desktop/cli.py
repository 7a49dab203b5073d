"""The command line: ``cmcc-desktop [options] [command]``. Thin: it parses, then calls services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import APP_NAME, __version__
from .demo_sizes import DemoSizes
from .errors import CmccError
from .paths import AppPaths

if TYPE_CHECKING:
    from .services.store import Store


# Demo data is for trying CMCC Desktop out and for measuring it; a million records would fill a laptop's memory.
MAX_DEMO_RECORDS = 250_000


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
    parser.add_argument("--lang", metavar="CODE", help="user interface language, e.g. en or ar (window only)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, wait until the data folder is open, close it and exit (checks an install)",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")

    demo_cmd = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo_cmd.add_argument(
        "--seed", type=int, default=1, help="the same seed and sizes give the same data (default 1)"
    )
    sizes = DemoSizes()
    for name in ("organisations", "contacts", "sites", "tasks", "visits"):
        demo_cmd.add_argument(
            f"--{name}",
            type=_count,
            default=getattr(sizes, name),
            metavar="N",
            help=f"how many {name} (default {getattr(sizes, name)})",
        )

    commands.add_parser("info", help="show the data folder, database size, record counts and schema version")

    export_cmd = commands.add_parser("export", help="write all records to a file")
    export_cmd.add_argument(
        "--format", choices=["json"], default="json", help="json: the canonical dump (default)"
    )
    export_cmd.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="file to write ('-' for standard output)"
    )
    _add_sync_commands(commands)
    _add_report_commands(commands)
    return parser


def _add_report_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help="print a visit or a site as a PDF report")
    kinds = report.add_subparsers(dest="report_kind", metavar="kind", required=True)
    visit = kinds.add_parser("visit", help="one visit, with its photos and follow-up tasks")
    visit.add_argument("visit_id", metavar="VISIT_ID")
    site = kinds.add_parser(
        "site", help="all visits of a site (or those in a date range), with a summary first"
    )
    site.add_argument("site_id", metavar="SITE_ID")
    site.add_argument("--from", dest="date_from", type=_day, metavar="DATE", help="first day, YYYY-MM-DD")
    site.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="last day, YYYY-MM-DD")
    for parser in (visit, site):
        parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
        parser.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)")


def _add_sync_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser("sync", help="exchange work with other teams by file")
    actions = sync.add_subparsers(dest="sync_command", metavar="action", required=True)
    actions.add_parser("identity", help="this laptop's team and its key fingerprint (to compare), and device")
    export = actions.add_parser("export", help="write a sync bundle for another team")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the bundle to write (.cmccsync)"
    )
    export.add_argument(
        "--peer", metavar="TEAM", help="only what this team may lack (default: everything shareable)"
    )
    export.add_argument("--full", action="store_true", help="everything, even what the team already has")
    export.add_argument(
        "--passphrase-file", metavar="F", help="encrypt with the team passphrase in this file"
    )
    imported = actions.add_parser("import", help="import a sync bundle from another team")
    imported.add_argument("file", metavar="FILE", help="the bundle to import")
    imported.add_argument(
        "--passphrase-file", metavar="F", help="the team passphrase, if the bundle is encrypted"
    )
    imported.add_argument(
        "--trust-signer",
        action="store_true",
        help="trust the sender's team key (compare its fingerprint with the team first)",
    )
    team_key = actions.add_parser(
        "team-key", help="give this team's key to a new laptop of the team, or join a team with it"
    )
    team_actions = team_key.add_subparsers(dest="team_key_command", metavar="action", required=True)
    given = team_actions.add_parser("export", help="write this team's key to a file, encrypted")
    given.add_argument("-o", "--output", required=True, metavar="FILE", help="the key file to write")
    given.add_argument(
        "--passphrase-file", required=True, metavar="F", help="encrypt with the passphrase in F"
    )
    joined = team_actions.add_parser("join", help="make this laptop one of the team whose key file this is")
    joined.add_argument("file", metavar="FILE", help="the key file")
    joined.add_argument("--passphrase-file", required=True, metavar="F", help="its passphrase")
    actions.add_parser(
        "new-identity",
        help="after a copied data folder was used in two places: a new identity for this laptop, its work sent again",
    )
    actions.add_parser("status", help="teams exchanged with, last exchange each way, what is pending")
    actions.add_parser("conflicts", help="fields edited on two laptops at once, waiting for a decision")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    # Imported here, not at the top: the window's start parses the command line too, and must not wait
    # for the database layer before its first paint.
    from .services import demo
    from .services.export import write_json_dump
    from .services.store import Store
    from .sync import cli as sync_cli

    if args.command == "demo":
        sizes = DemoSizes(args.organisations, args.contacts, args.sites, args.tasks, args.visits)
        if sizes.visits and not sizes.sites:
            raise CmccError("Visits are made to sites: give --sites 1 or more, or --visits 0.")
    with Store.open(paths, officer=args.officer, team=args.team) as store:
        if args.command == "demo":
            counts = demo.generate(store, seed=args.seed, sizes=sizes)
            print("Demo data added: " + ", ".join(f"{n} {entity}s" for entity, n in counts.items()))
        elif args.command == "info":
            _print_info(store)
        elif args.command == "sync":
            sync_cli.run(args, store)
        elif args.command == "report":
            _report(args, store)
        elif args.command == "export":
            if args.output == "-":
                from .services.export import dump_records

                dump_records(store, sys.stdout)
            else:
                written = write_json_dump(store, Path(args.output))
                print(f"Wrote {written} records to {args.output}", file=sys.stderr)
    return 0


def _report(args: argparse.Namespace, store: Store) -> None:
    from .reports.visit_report import render_site_report, render_visit_report
    from .services import Services

    services = Services(store)
    output = Path(args.output)
    if args.report_kind == "visit":
        render_visit_report(services, args.visit_id, output, paper=args.paper)
    else:
        render_site_report(services, args.site_id, output, args.date_from, args.date_to, paper=args.paper)
    print(f"Wrote {output}", file=sys.stderr)


def _print_info(store: Store) -> None:
    from .db.migrate import head_revision

    database = store.paths.database
    size = sum(p.stat().st_size for p in database.parent.glob(database.name + "*") if p.is_file())
    print(f"CMCC Desktop {__version__}")
    print(f"Data folder:     {store.paths.data_dir}")
    print(f"Database:        {database} ({size / 1_048_576:.1f} MB)")
    print(f"Schema version:  {head_revision()}")
    print(f"Log folder:      {store.paths.log_dir}")
    print(f"Officer / team:  {store.identity.officer_name} / {store.identity.team_name}")
    print(f"Device id:       {store.identity.device_id}")
    print("Records (not deleted):")
    for entity, count in store.counts().items():
        print(f"  {entity + 's':<15}{count}")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-01"
        ) from None


def _count(text: str) -> int:
    """A demo size, read as the forms read counts ("1,200" too). Only the demo command has sizes, and it
    loads the services anyway, so importing them here costs the window nothing."""
    from .services.validation import FieldProblem, non_negative_int

    try:
        value = non_negative_int(text, repr(text))
    except FieldProblem as problem:
        raise argparse.ArgumentTypeError(str(problem).rstrip(".")) from None
    if value is None:
        raise argparse.ArgumentTypeError("a size must be a whole number")
    if value > MAX_DEMO_RECORDS:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and {MAX_DEMO_RECORDS:,}")
    return value


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
