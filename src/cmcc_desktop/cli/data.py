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

# The formats of ``export`` besides the JSON dump, and the kinds of record each writes (services.exports.FORMATS
# says the same; the command line is parsed before the services are imported).
EXPORT_FORMATS = ("csv", "xlsx", "hxl", "vcf", "geojson", "kml")
ENTITY_CHOICES = {
    "contacts": "contact",
    "organisations": "organisation",
    "sites": "site",
    "tasks": "task",
    "visits": "visit",
}

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

    export_cmd = commands.add_parser(
        "export",
        help="write records to a file: the canonical JSON dump, or one kind of record as a spreadsheet, "
        "vCards or a map",
    )
    export_cmd.add_argument(
        "--format",
        choices=["json", *EXPORT_FORMATS],
        default="json",
        help="json: the canonical dump of every record (default); csv, xlsx: a spreadsheet with headers and "
        "HXL hashtags; hxl: HXL-tagged CSV for HXL tools; vcf: contacts as vCards; geojson, kml: sites or "
        "visits on a map",
    )
    export_cmd.add_argument(
        "--entity",
        choices=list(ENTITY_CHOICES),
        help="the kind of record (needed by every format but json)",
    )
    export_cmd.add_argument(
        "--audience",
        choices=["partners", "public", "team"],
        default="partners",
        help="who the file is for: records stricter than that are left out (default partners; json is "
        "the team's own dump and holds everything)",
    )
    export_cmd.add_argument(
        "--language", choices=["en", "ar"], default="en", help="language of headers and labels (default en)"
    )
    export_cmd.add_argument(
        "--vcard-version",
        choices=["4.0", "3.0"],
        default="4.0",
        help="vCard 4.0 (default) or 3.0 for old phones",
    )
    add_output(export_cmd, "file to write ('-' for standard output, json only)")


def needs_database(args: argparse.Namespace) -> bool:
    """``info`` and ``export`` read a database already there; ``demo`` may make one."""
    return args.command != "demo"


def check(args: argparse.Namespace, paths: AppPaths) -> None:
    """Mistakes refused before the data folder is touched."""
    if args.command == "demo" and args.visits and not args.sites:
        raise CmccError(N_("Visits are made to sites: give --sites 1 or more, or --visits 0."))
    if args.command == "export":
        if args.format != "json":
            if args.entity is None:
                raise CmccError(
                    N_("Say which records to export: add --entity {choices}."),
                    choices="|".join(ENTITY_CHOICES),
                )
            if args.output == "-":
                raise CmccError(N_("Give a file name with -o; only the JSON dump can go to standard output."))
            from ..services.exports import ExportOptions, check_options

            check_options(
                ExportOptions(ENTITY_CHOICES[args.entity], args.format, args.audience, args.language)
            )
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
    elif args.format != "json":
        _export(args, store)
    elif args.output == "-":
        dump_records(store, sys.stdout)
    else:
        written = write_json_dump(store, Path(args.output))
        print(f"Wrote {counted(written, 'record')} to {args.output}", file=sys.stderr)


def _export(args: argparse.Namespace, store: Store) -> None:
    from ..services.exports import ExportOptions, write_export

    options = ExportOptions(
        entity=ENTITY_CHOICES[args.entity],
        format=args.format,
        audience=args.audience,
        language=args.language,
        vcard_version=args.vcard_version,
    )
    result = write_export(store, Path(args.output), options)
    unit = "row" if options.entity == "visit" and args.format in ("csv", "xlsx", "hxl") else "record"
    print(f"Wrote {counted(result.written, unit)} to {args.output} (for {args.audience})", file=sys.stderr)
    if result.left_out:
        print(
            f"Left out {counted(result.left_out, 'record')} marked stricter than {args.audience}",
            file=sys.stderr,
        )
    if result.without_location:
        print(
            f"Left off the map {counted(result.without_location, 'record')} without coordinates",
            file=sys.stderr,
        )


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
