"""CSV, HXL and XLSX files of one kind of record, safe to open in a spreadsheet.

- ``csv``: for people: UTF-8 with a byte-order mark (so that Excel reads Arabic), a row of headers in the
  export's language, then the row of HXL hashtags, then the records.
- ``hxl``: for HXL tools (HDX, the HXL Proxy): the hashtag row, then the records; UTF-8 without a mark.
- ``xlsx``: the headers, the hashtags and the records on one sheet, written by openpyxl in write-only mode
  (rows go to disk as they come, so 100,000 records need little memory); right to left in Arabic.

**Spreadsheet safety.** A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would
be run as a formula by Excel or LibreOffice opening a CSV (formula injection), and a number with leading
zeros (``0599…``) would lose them. In CSV such a text is written after an apostrophe, which spreadsheets
read as "this is text". In XLSX every text is stored as text, never as a formula (openpyxl would otherwise
store ``=…`` as one), and those cells carry the quote-prefix style, so editing them keeps them text.
Characters XML cannot hold (control characters) are dropped from XLSX cells.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ...i18n import N_
from ...progress import NO_PROGRESS, Progress
from .tables import Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_LEADING_ZERO = re.compile(r"0\d+")
_CANCELLED = N_("The export was cancelled; no file was written.")


def needs_text_guard(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula or as a number losing its leading zeros."""
    return text.startswith(FORMULA_STARTS) or _LEADING_ZERO.fullmatch(text) is not None


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: numbers as they are, text guarded (see the module's notes)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text and needs_text_guard(text) else text


def write_csv(table: Table, path: Path, hxl_only: bool = False, progress: Progress = NO_PROGRESS) -> int:
    """Write ``table`` as CSV (``hxl_only``: the hashtag row without the headers). Returns rows written."""
    written = 0
    with path.open("w", encoding="utf-8" if hxl_only else "utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        if not hxl_only:
            writer.writerow(table.headers())
        writer.writerow(table.hashtags())
        for row in table.records():
            writer.writerow([csv_cell(value) for value in row])
            written += 1
            if written % 1000 == 0:
                progress(written, 0)
                progress.check(_CANCELLED)
    return written


class _XlsxCells:
    """Turns values into what openpyxl's write-only sheet appends, text kept as text."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet

    def row(self, values: Iterable[Any]) -> list[Any]:
        return [self.cell(value) for value in values]

    def cell(self, value: Any) -> Any:
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return value
        text = value if isinstance(value, str) else str(value)
        if not text:
            return None
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
        if needs_text_guard(text) or text in ERROR_CODES:
            cell = WriteOnlyCell(self.sheet, text)
            cell.data_type = "s"  # openpyxl would store "=…" as a formula and "#N/A" as an error
            cell.quotePrefix = True
            return cell
        return text


def write_xlsx(
    table: Table,
    path: Path,
    sheet_title: str,
    right_to_left: bool = False,
    description: str = "",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write ``table`` as one sheet of an XLSX workbook. Returns rows written."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=sheet_title[:31])
    sheet.freeze_panes = "A3"  # headers and hashtags stay in view
    if right_to_left:
        sheet.sheet_view.rightToLeft = True
    book.properties.creator = "CMCC Desktop"
    book.properties.description = description
    cells = _XlsxCells(sheet)
    sheet.append(cells.row(table.headers()))
    sheet.append(table.hashtags())
    written = 0
    for row in table.records():
        sheet.append(cells.row(row))
        written += 1
        if written % 1000 == 0:
            progress(written, 0)
            progress.check(_CANCELLED)
    book.save(path)
    return written
