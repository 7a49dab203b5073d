"""Exports for people and tools outside the app: spreadsheets (CSV, XLSX, HXL), vCards, GeoJSON and KML.

One call, :func:`write_export`, writes one kind of record in one format for one audience; every format
reads the same snapshot (:mod:`.records`), which leaves out what is stricter than the audience and counts
it. The file is written whole or not at all (:mod:`.output`). The canonical JSON dump of everything is
:mod:`cmcc_desktop.services.export`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...db.engine import sqlite_connection
from ...errors import CmccError
from ...i18n import N_
from ...progress import NO_PROGRESS, Progress
from ...store.store import Store
from .output import atomic_file
from .records import AUDIENCES, DEFAULT_AUDIENCE, Snapshot

# Each format and the kinds of record it writes.
FORMATS: dict[str, tuple[str, ...]] = {
    "csv": ("contact", "organisation", "site", "task", "visit"),
    "xlsx": ("contact", "organisation", "site", "task", "visit"),
    "hxl": ("contact", "organisation", "site", "task", "visit"),
    "vcf": ("contact",),
    "geojson": ("site", "visit"),
    "kml": ("site", "visit"),
}
SUFFIXES = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "hxl": ".hxl.csv",
    "vcf": ".vcf",
    "geojson": ".geojson",
    "kml": ".kml",
}
HEADER_LANGUAGES = ("en", "ar")
# Plural names, as officers and the command line say them.
ENTITY_NAMES = {
    "contact": N_("Contacts"),
    "organisation": N_("Organisations"),
    "site": N_("Sites"),
    "task": N_("Tasks"),
    "visit": N_("Site visits"),
}

__all__ = [
    "AUDIENCES",
    "DEFAULT_AUDIENCE",
    "ENTITY_NAMES",
    "FORMATS",
    "HEADER_LANGUAGES",
    "SUFFIXES",
    "ExportOptions",
    "ExportResult",
    "write_export",
]


@dataclass(frozen=True)
class ExportOptions:
    entity: str  # "contact", "organisation", "site", "task", "visit"
    format: str  # a key of FORMATS
    audience: str = DEFAULT_AUDIENCE
    language: str = "en"  # of headers and labels
    vcard_version: str = "4.0"


@dataclass(frozen=True)
class ExportResult:
    written: int  # records (or rows: a visit with three needs gives three) written
    left_out: int  # records stricter than the audience, not written
    without_location: int = 0  # maps only: records with no coordinates


def check_options(options: ExportOptions) -> None:
    """Refuse a combination no format writes, before any file is touched."""
    if options.format not in FORMATS:
        raise CmccError(
            N_("{value} is not an export format; choose one of: {choices}."),
            value=options.format,
            choices=", ".join(FORMATS),
        )
    if options.entity not in FORMATS[options.format]:
        raise CmccError(
            N_("A {format} export holds {choices}; choose one of them."),
            format=options.format,
            choices=", ".join(e + "s" for e in FORMATS[options.format]),
        )
    if options.audience not in AUDIENCES:
        raise CmccError(
            N_("{value} is not an audience; choose one of: {choices}."),
            value=options.audience,
            choices=", ".join(AUDIENCES),
        )
    if options.language not in HEADER_LANGUAGES:
        raise CmccError(
            N_("{value} is not a language of headers; choose one of: {choices}."),
            value=options.language,
            choices=", ".join(HEADER_LANGUAGES),
        )


def write_export(
    store: Store, target: Path, options: ExportOptions, progress: Progress = NO_PROGRESS
) -> ExportResult:
    """Write the records of ``options.entity`` that may go to ``options.audience`` into ``target``."""
    from .geo import write_geojson, write_kml
    from .spreadsheets import write_csv, write_xlsx
    from .tables import table
    from .vcards import write_vcards

    check_options(options)
    progress.phase(N_("Writing the export…"))
    with (
        atomic_file(target, store.paths) as temporary,
        store.engine.connect() as connection,
        connection.begin(),  # one snapshot for the records and what they link to
    ):
        snapshot = Snapshot(sqlite_connection(connection), options.audience)
        without_location = 0
        if options.format in ("csv", "hxl"):
            rows = table(snapshot, options.entity, options.language)
            written = write_csv(rows, temporary, hxl_only=options.format == "hxl", progress=progress)
        elif options.format == "xlsx":
            rows = table(snapshot, options.entity, options.language)
            written = write_xlsx(
                rows,
                temporary,
                sheet_title=rows.translate(ENTITY_NAMES[options.entity]),
                right_to_left=options.language == "ar",
                progress=progress,
            )
        elif options.format == "vcf":
            written = write_vcards(snapshot, temporary, options.vcard_version, progress)
        else:
            write = write_geojson if options.format == "geojson" else write_kml
            counts = write(snapshot, options.entity, temporary, options.language, progress)
            written, without_location = counts.written, counts.without_location
    return ExportResult(written, snapshot.left_out, without_location)
