"""How stored values read on screen: code-list labels in the interface language, dates, lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from ..rules import vocabulary as vocab
from ..rules.validation import language_code
from .i18n import tr


def label(codes: Mapping[Any, str], code: Any) -> str:
    """The translated label of a code ("in_progress" -> "In progress"); unknown codes show as they are."""
    english = codes.get(code)
    return tr(english) if english else ("" if code is None else str(code))


def labeller(codes: Mapping[Any, str]) -> Callable[[Any], str]:
    return lambda code: label(codes, code)


def sector_list(codes: Any) -> str:
    """Sector codes, as a table's narrow column shows them ("WSH, HEA")."""
    return joined(str(code) for code in codes or ())


def sector_names(codes: Any) -> str:
    """Sectors by name, as the details show them ("Water, Sanitation and Hygiene, Health")."""
    return joined(label(vocab.SECTORS, code) for code in codes or ())


def language_names(values: Any) -> str:
    """A contact's languages by name ("Arabic, English"); a language typed before they were chosen from a
    list reads as its name if it is one it knows, otherwise as it was typed."""
    return joined(label(vocab.LANGUAGES, language_code(value) or value) for value in values or ())


def marking(rank: int | None) -> str:
    """A releasability marking from its rank, the strictest first (how the tables sort markings)."""
    return "" if rank is None else label(vocab.RELEASABILITY, list(vocab.RELEASABILITY)[rank])


def text_list(values: Any) -> str:
    return joined(str(value) for value in values or ())


def joined(items: Iterable[str]) -> str:
    """Items as the interface language lists them: "a, b" in English, with the Arabic comma in Arabic."""
    return tr(", ").join(items)


# Dates read the same for every nationality in a coordination cell: 2026-04-05 is never taken for 4 May.
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def short_date(value: date | None) -> str:
    """A day, in the digits chosen in Settings (the default locale's), year first and left to right in
    Arabic text too, as the date editors show it."""
    if value is None:
        return ""
    return left_to_right(QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT))


def written_like_tables(editor: QDateTimeEdit, with_time: bool = False) -> None:
    """A date editor that writes a day as the tables do: year first, left to right in a right-to-left
    window too (Qt would put the sections of a right-to-left editor in the other order), in the digits
    chosen in Settings."""
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # first: the format's order depends on it
    editor.setDisplayFormat(DATETIME_FORMAT if with_time else DATE_FORMAT)


def local_datetime(value: datetime | None) -> str:
    """A UTC timestamp in the laptop's time zone."""
    if value is None:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    return left_to_right(
        QLocale().toString(moment, DATETIME_FORMAT)
    )  # date before time in Arabic layouts too


def highest_need(needs: Any, *, sector_name: bool = False) -> str:
    """The most severe need of a visit, "WSH 4 · Extreme" (in a table's column) or, with ``sector_name``,
    "Water, Sanitation and Hygiene 4 · Extreme"."""
    if not needs:
        return ""
    worst = max(needs, key=lambda need: int(need.get("severity") or 0))
    severity = int(worst.get("severity") or 0)
    sector = worst.get("sector", "")
    shown = label(vocab.SECTORS, sector) if sector_name else sector
    return f"{shown} {whole_number(severity)} · {label(vocab.SEVERITY, severity)}"


def left_to_right(value: Any) -> str:
    """A phone number, e-mail address or path kept left to right inside right-to-left text ("+970…", not
    "…970+"; "/tmp/x.pdf", not "tmp/x.pdf/"): a left-to-right isolate, with a left-to-right mark at each end
    inside it, because Qt 6 lays a neutral character at the edge of an isolate (the + of a number, the / of a
    path) out in the direction of the text around it."""
    return f"\u2066\u200e{value}\u200e\u2069" if value else ""


def whole_number(value: int | None) -> str:
    """A count as the officer's language writes it ("17,000" in English), as the reports print it."""
    return "" if value is None else QLocale().toString(value)


def choices(codes: Mapping[Any, str]) -> list[tuple[Any, str]]:
    """(code, translated label) pairs in the code list's order, for combo boxes."""
    return [(code, label(codes, code)) for code in codes]
