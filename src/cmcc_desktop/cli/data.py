"""``cmcc-desktop demo``, ``info`` and ``export``: the data folder's records as a whole."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..demo_sizes import DemoSizes
from ..errors import CmccError
from ..i18n import N_
from .common import add_output, counted, refuse_overwrite

if TYPE_CHECKING:
    from ..paths import AppPaths
    from ..store.store import Store

# Demo data is for trying CMCC Desktop out and for measuring it; a million records would fill a laptop's memory.
MAX_DEMO_RECORDS = 250_000


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    add_output(export_cmd, "file to write ('-' for standard output)")


def needs_database(args: argparse.Namespace) -> bool:
    """``info`` and ``export`` read a database already there; ``demo`` may make one."""
    return args.command != "demo"


def check(args: argparse.Namespace, paths: AppPaths) -> None:
    """Mistakes refused before the data folder is touched."""
    if args.command == "demo" and args.visits and not args.sites:
        raise CmccError(N_("Visits are made to sites: give --sites 1 or more, or --visits 0."))
    if args.command == "export":
        refuse_overwrite(args, paths)


def run(args: argparse.Namespace, store: Store) -> None:
    from ..services import demo
    from ..services.export import dump_records, write_json_dump

    if args.command == "demo":
        sizes = DemoSizes(args.organisations, args.contacts, args.sites, args.tasks, args.visits)
        counts = demo.generate(store, seed=args.seed, sizes=sizes)
        print("Demo data added: " + ", ".join(counted(n, entity) for entity, n in counts.items()))
    elif args.command == "info":
        _print_info(store)
    elif args.output == "-":
        dump_records(store, sys.stdout)
    else:
        written = write_json_dump(store, Path(args.output))
        print(f"Wrote {counted(written, 'record')} to {args.output}", file=sys.stderr)


def _print_info(store: Store) -> None:
    from ..db.migrate import head_revision

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


def _count(text: str) -> int:
    """A demo size, read as the forms read counts ("1,200" too). Only the demo command has sizes, and it
    loads the services anyway, so importing them here costs the window nothing."""
    from ..rules.validation import FieldProblem, non_negative_int

    try:
        value = non_negative_int(text, repr(text))
    except FieldProblem as problem:
        raise argparse.ArgumentTypeError(str(problem).rstrip(".")) from None
    if value is None:
        raise argparse.ArgumentTypeError("a size must be a whole number")
    if value > MAX_DEMO_RECORDS:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and {MAX_DEMO_RECORDS:,}")
    return value
