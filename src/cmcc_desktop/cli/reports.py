"""``cmcc-desktop report``: a visit or a site as a PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog import TRANSLATED
from .common import add_output, refuse_overwrite

if TYPE_CHECKING:
    from ..paths import AppPaths
    from ..store.store import Store


def add_commands(commands: argparse._SubParsersAction) -> None:
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
        add_output(parser, "the PDF to write")
        parser.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)")
        # Not dest "lang": that is the window's own --lang, which a sub-command's default would overwrite.
        parser.add_argument(
            "--lang",
            dest="report_language",
            choices=["en", *TRANSLATED],
            default="en",
            help="the report's language, whatever the window's (default en; ar: Arabic, right to left)",
        )
        parser.add_argument(
            "--digits",
            choices=["western", "arabic-indic"],
            default="western",
            help="digits of dates, counts and page numbers (default western 0-9; arabic-indic ٠-٩)",
        )


def needs_database(args: argparse.Namespace) -> bool:
    """A report is made of records already there."""
    return True


def check(args: argparse.Namespace, paths: AppPaths) -> None:
    """Mistakes refused before the data folder is touched."""
    refuse_overwrite(args, paths)


def run(args: argparse.Namespace, store: Store) -> None:
    from ..reports.visit_report import render_site_report, render_visit_report
    from ..services import Services

    services = Services(store)
    output = Path(args.output)
    language, arabic_digits = args.report_language, args.digits == "arabic-indic"
    if args.report_kind == "visit":
        render_visit_report(
            services, args.visit_id, output, args.paper, language=language, arabic_digits=arabic_digits
        )
    else:
        render_site_report(
            services,
            args.site_id,
            output,
            args.date_from,
            args.date_to,
            args.paper,
            language=language,
            arabic_digits=arabic_digits,
        )
    print(f"Wrote {output}", file=sys.stderr)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-01"
        ) from None
