"""Building blocks of the detail pane: a title, labelled rows, and links to other records.

Qt's rich text lays a table's columns out from the left whatever the window's direction, so in a right-to-left
window a table is written with its columns in reverse and aligned right: its first column (a row's label)
then reads first, at the right.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ..rules.vocabulary import RELEASABILITY, TASK_STATUSES
from .i18n import tr
from .labels import label, short_date

# A name keeps its own direction inside text of the other ("Replace the main pump · منجزة"): it is isolated
# (Unicode first-strong isolate), so the separators and words around it stay in the line's order.
ISOLATE, END_ISOLATE = "\u2068", "\u2069"


def link(entity: str, record_id: str | None, text: str, deleted: bool = False) -> str:
    """A link the detail pane follows to another record ("record:contact/<id>"); one to a record in Deleted
    items says so."""
    if not record_id:
        return escape(text)
    html = f"<a href='record:{entity}/{escape(record_id)}'>{escape(text or record_id)}</a>"
    if deleted:
        note = tr("(deleted)")
        html += f" <span style='color:gray'>{escape(note)}</span>"
    return f"{ISOLATE}{html}{END_ISOLATE}"


def text(value: str) -> str:
    return escape(value or "")


def title(text: str, subtitle: str = "") -> str:
    html = f"<h2 style='margin-bottom:2px'>{ISOLATE}{escape(text)}{END_ISOLATE}</h2>"
    if subtitle:
        html += f"<p style='margin-top:0;color:#555'>{escape(subtitle)}</p>"
    return html


def right_to_left() -> bool:
    """Whether the window reads right to left (safe to ask off the UI thread, where details are built)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def table(rows: Iterable[Sequence[str]], attributes: str = "") -> str:
    """A table of rows of cells (each ``<td…>…</td>``, in reading order), laid out in the window's direction."""
    backwards = right_to_left()
    body = "".join("<tr>" + "".join(reversed(row) if backwards else row) + "</tr>" for row in rows)
    if not body:
        return ""
    align = " align='right'" if backwards else ""
    return f"<table{align} {attributes}>{body}</table>"


def rows(pairs: Iterable[tuple[str, str]], *, raw: bool = False) -> str:
    """A two-column table of label and value; empty values are left out. ``raw``: values are HTML."""
    between = "padding-left" if right_to_left() else "padding-right"  # between the label and its value
    return table(
        (
            (
                f"<td style='color:#555;{between}:12px;vertical-align:top'>{escape(name)}</td>",
                f"<td>{value if raw else escape(value).replace(chr(10), '<br>')}</td>",
            )
            for name, value in pairs
            if value
        ),
        "cellspacing='2'",
    )


def releasability(code: str) -> tuple[str, str]:
    """The row of a record's releasability marking, in the interface language (for ``rows(raw=True)``)."""
    return tr("Releasability"), escape(label(RELEASABILITY, code))


def section(heading: str, items: Iterable[str], empty: str) -> str:
    """A heading and a list of HTML items (already escaped), or a grey line saying there are none."""
    listed = list(items)
    html = f"<h3 style='margin-bottom:2px'>{escape(heading)}</h3>"
    if not listed:
        return html + f"<p style='color:gray;margin-top:0'>{escape(empty)}</p>"
    return html + "<ul style='margin-top:0'>" + "".join(f"<li>{item}</li>" for item in listed) + "</ul>"


def paragraph(heading: str, text: str) -> str:
    """Free text under its heading, each line in its own writing direction (an English finding in an Arabic
    window ends with its full stop at the right), flush with the window's side."""
    if not text:
        return ""
    lines = "<br>".join(f"{ISOLATE}{escape(line)}{END_ISOLATE}" for line in text.split("\n"))
    return f"<h3 style='margin-bottom:2px'>{escape(heading)}</h3><p style='margin-top:0'>{lines}</p>"


def task_items(tasks: Iterable[Any]) -> list[str]:
    """Tasks as linked lines: title, status, due date."""
    return [
        f"{link('task', t.id, t.title)} · {escape(label(TASK_STATUSES, t.status))}"
        + (f" · {short_date(t.due_date)}" if t.due_date else "")
        for t in tasks
    ]
