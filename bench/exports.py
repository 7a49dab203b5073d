"""Export case: 100,000 contacts to XLSX, against openpyxl's write-only mode writing the same cells.

Ours: ``write_export`` for the team, so that all 100,000 go (read the contacts and their organisations in one
snapshot, check their markings, build each row's cells, guard the text a spreadsheet would run as a formula,
write the sheet in openpyxl's write-only mode, save into a temporary file and rename it). Baseline, in the same run: the same
cell values, already built in memory, appended as plain values to a write-only workbook and saved: what
openpyxl itself costs. Three rounds, alternated; the medians are compared.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from openpyxl import Workbook

from cmcc_desktop.db.engine import sqlite_connection
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Store, demo
from cmcc_desktop.services.exports import ExportOptions, write_export
from cmcc_desktop.services.exports.records import Snapshot
from cmcc_desktop.services.exports.tables import table

from .harness import Result, timed

CONTACTS = 100_000
SIZES = demo.DemoSizes(organisations=40, contacts=CONTACTS, sites=0, tasks=0, visits=0)
ROUNDS = 3


def run(folder: Path) -> list[Result]:
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(resolve_paths(folder / "data")) as store:
        print(f"exports: generating {CONTACTS:,} contacts …", flush=True)
        demo.generate(store, seed=1, sizes=SIZES)
        with store.engine.connect() as connection, connection.begin():
            rows = table(Snapshot(sqlite_connection(connection), "team"), "contact")
            cells = [rows.headers(), rows.hashtags(), *rows.records()]
        ours_times, raw_times = [], []
        for round_ in range(ROUNDS):
            print(
                f"exports: XLSX of {len(cells) - 2:,} contacts, round {round_ + 1} of {ROUNDS} …", flush=True
            )
            target = folder / f"ours-{round_}.xlsx"
            ours_times.append(
                timed(
                    lambda target=target: write_export(
                        store, target, ExportOptions("contact", "xlsx", audience="team")
                    )
                )
            )
            raw_times.append(timed(lambda round_=round_: _raw_xlsx(cells, folder / f"raw-{round_}.xlsx")))
    print(f"exports: ours {ours_times}; baseline {raw_times}", flush=True)
    return [
        Result(
            f"XLSX export of {CONTACTS:,} contacts vs openpyxl write-only (median of {ROUNDS})",
            statistics.median(ours_times),
            statistics.median(raw_times),
            1.5,
        )
    ]


def _raw_xlsx(cells: list[list[object]], path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="Contacts")
    for row in cells:
        sheet.append(row)
    book.save(path)
