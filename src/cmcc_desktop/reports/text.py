"""Text in report paragraphs: fonts that are embedded, and Arabic shaped and ordered right to left.

ReportLab lays out text left to right and does not join Arabic letters by itself. A line holding Arabic (or
any line of a right-to-left paragraph) is therefore shaped first (``arabic-reshaper`` picks each letter's
joined form, lam-alef ligatures included) and put in visual order by the Unicode bidirectional algorithm
(``python-bidi``), so mixed sentences such as "Pump station محطة الضخ 3" read correctly. Because the order is
fixed per line, such text is wrapped here (by logical words, measured in its shaped form) before each line
is reordered; ReportLab's own wrapping of visual-order text would put a sentence's end on its first line.
A no-break space (put before a date by :meth:`.language.Language.message`) is not a place to wrap.
Text with Arabic letters is set in Amiri (OFL), which has those forms and Latin letters; everything else in
DejaVu Sans. Both are embedded (subset) in every PDF.

Direction. Each line is a paragraph of its own direction: its sentences' when they are all written one way
(an Arabic sentence with an English name in it reads right to left); the report's when it has sentences of
both directions, so that they come in the order the report's reader reads them, or no letter at all (a
date, a number). Within it, a sentence of the other direction is embedded as a unit, and each full stop
stays at its own sentence's end as the line is read (and as a PDF reader copies it): an English sentence's
after its last word ("… The fridge works." in an Arabic line, not ".The fridge works" at the far left, as the
bidirectional algorithm alone puts it); an Arabic sentence's in an English line at the Arabic's right, where
the English reader leaves it for the next sentence, not at its left beside the full stop before it (". .").
A value put into a sentence (a site's name, a date in a title) is embedded the same way (:func:`embedded`),
so its brackets and full stop stay with it and a date is never turned round. The embeddings are the Unicode
LRE/RLE…PDF marks: the algorithm of ``python-bidi`` that mirrors brackets knows these, not the isolates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from html import escape

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

LATIN = "DejaVuSans"
ARABIC = "Amiri"
ARABIC_SCALE = 1.2  # Amiri's letters are small for their size beside DejaVu Sans
LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_EMBEDDING, POP = "\u202a", "\u202b", "\u202c"
LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK = "\u200e", "\u200f"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # direction marks: never printed
# A sentence ends with its full stop (or ! ? ؟ …) and any closing quote or bracket, before a space.
_SENTENCE_END = re.compile(r"([.!?؟…]+[\"'”’»)\]]*)(\s+)")
# A sentence's closing full stop. ؟ is not one here: it is of the Arabic letters' bidirectional class.
_CLOSING_STOP = re.compile(r"[.!?…]+$")


def moment(value: datetime, zone: tzinfo | None = None) -> str:
    """A time as the officer lived it: in this laptop's time zone (or ``zone``), with its offset
    ("2026-02-14 13:55 UTC+02:00"), so a printed visit time matches the window's and reads unambiguously."""
    local = value.astimezone(zone)
    offset = local.strftime("%z")
    named = "UTC" if offset in ("", "+0000") else f"UTC{offset[:3]}:{offset[3:5]}"
    return f"{local:%Y-%m-%d %H:%M} {named}"


@cache
def register_fonts() -> None:
    for family, regular, bold in (
        (LATIN, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        (ARABIC, "Amiri-Regular.ttf", "Amiri-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(family, str(resource_path("fonts", regular))))
        pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(resource_path("fonts", bold))))
        addMapping(family, 0, 0, family)
        addMapping(family, 1, 0, f"{family}-Bold")
        addMapping(family, 0, 1, family)
        addMapping(family, 1, 1, f"{family}-Bold")


@cache
def _reshaper() -> ArabicReshaper:
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def has_arabic(text: str) -> bool:
    """True if ``text`` has an Arabic letter: it is set in the Arabic font."""
    return any(unicodedata.bidirectional(char) in ("AL", "R") for char in text or "")


def _needs_reordering(text: str) -> bool:
    """True if some of ``text`` runs right to left: Arabic letters, or Arabic-Indic digits."""
    return any(unicodedata.bidirectional(char) in ("AL", "R", "AN") for char in text)


def direction(text: str) -> bool | None:
    """True if ``text`` reads right to left, False if left to right, after its first letter; None if it has
    no letter. A value embedded in it (:func:`embedded`) does not count: a title's own words decide."""
    depth = 0
    for char in text or "":
        if char in (LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_EMBEDDING):
            depth += 1
        elif char == POP:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return None


def embedded(value: str, rtl: bool | None = None) -> str:
    """``value`` marked to keep its own direction (``rtl``, by default its first letter's) inside a sentence of
    either direction: "Shati Well (North)." in an Arabic title keeps its brackets and full stop."""
    rtl = direction(value) if rtl is None else rtl
    if rtl is None or not value:
        return value
    return f"{RIGHT_TO_LEFT_EMBEDDING if rtl else LEFT_TO_RIGHT_EMBEDDING}{value}{POP}"


def plain(text: str) -> str:
    """``text`` without its direction marks (a PDF's title, a line that needs none)."""
    return _MARKS.sub("", text)


@dataclass
class _Run:
    """Sentences in a row written in one direction (None: no letter yet), and the spaces after them."""

    rtl: bool | None
    text: str
    spaces: str


def _runs(line: str) -> list[_Run]:
    """``line`` as runs of sentences of one direction. Sentences without a letter go with the run before
    them."""
    sentences = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        sentences.append((line[start : end.end(1)], end.group(2)))
        start = end.end()
    sentences.append((line[start:], ""))
    runs: list[_Run] = []
    for sentence, spaces in sentences:
        own = direction(sentence)
        last = runs[-1] if runs else None
        if last is not None and (own is None or last.rtl in (None, own)):
            last.text = f"{last.text}{last.spaces}{sentence}"
            last.spaces = spaces
            last.rtl = own if last.rtl is None else last.rtl
        else:
            runs.append(_Run(own, sentence, spaces))
    return runs


def _sentences_embedded(line: str, rtl: bool) -> str:
    """``line`` with each run of sentences written in the other direction than the line's embedded as one
    unit. An English run keeps its full stop inside, after its last word; an Arabic run in an English line
    leaves its full stop (. ! ? …) outside, in the line, so that it follows the Arabic in reading order."""
    embedded_runs = []
    for run in _runs(line):
        if run.rtl in (None, rtl):
            text = run.text
        elif run.rtl:
            stop = _CLOSING_STOP.search(run.text)
            cut = stop.start() if stop else len(run.text)
            text = embedded(run.text[:cut], rtl=True) + run.text[cut:]
        else:
            text = embedded(run.text, rtl=False)
        embedded_runs.append(text + run.spaces)
    return "".join(embedded_runs)


def _anchored(line: str, rtl: bool) -> str:
    """``line`` with a mark of its own direction on both sides of each embedded unit, so that what is next to
    it (a number, a comma) goes with the line rather than with the unit, as the bidirectional algorithm's
    isolates would have it: the "4" in "{sector} 4" after an embedded "ENR" stays at its place in an Arabic
    line instead of joining "ENR"."""
    mark = RIGHT_TO_LEFT_MARK if rtl else LEFT_TO_RIGHT_MARK
    anchored = []
    depth = 0
    for char in line:
        if char in (LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_EMBEDDING):
            anchored.append(mark + char if depth == 0 else char)
            depth += 1
        elif char == POP and depth:
            depth -= 1
            anchored.append(char + mark if depth == 0 else char)
        else:
            anchored.append(char)
    return "".join(anchored)


def _wrapped(line: str, fits: Callable[[str], bool]) -> list[str]:
    """Logical-order pieces of ``line``, each of whole words that ``fits``, each with the direction marks
    still open at its start reopened and those open at its end closed, so it can be reordered alone."""
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and not fits(candidate):
            pieces.append(current)
            current = word
        else:
            current = candidate
    pieces.append(current)
    balanced = []
    open_marks: list[str] = []
    for piece in pieces:
        reopened = "".join(open_marks)
        for char in piece:
            if char in (LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_EMBEDDING):
                open_marks.append(char)
            elif char == POP and open_marks:
                open_marks.pop()
        balanced.append(reopened + piece + POP * len(open_marks))
    return balanced


def _visual(logical: str, rtl: bool) -> str:
    """One line shaped and in display order (left to right, as ReportLab draws it)."""
    return plain(get_display(_reshaper().reshape(logical), base_dir="R" if rtl else "L"))


def _font(text: str, bold: bool) -> tuple[str, float]:
    """The font family for ``text`` and how much larger than the style's size it is set."""
    family, scale = (ARABIC, ARABIC_SCALE) if has_arabic(text) else (LATIN, 1.0)
    return (f"{family}-Bold" if bold else family), scale


def line_direction(line: str, report_rtl: bool) -> bool:
    """The direction ``line`` is laid out in: its sentences' when they are all written one way, else (some
    English, some Arabic, or no letter) the report's."""
    directions = {run.rtl for run in _runs(line) if run.rtl is not None}
    return directions.pop() if len(directions) == 1 else report_rtl


def markup(
    text: str,
    width: float | None = None,
    size: float = 9,
    *,
    rtl: bool | None = None,
    report_rtl: bool = False,
    bold: bool = False,
) -> str:
    """A value as paragraph markup: escaped and line breaks kept. Each line is laid out in the direction
    ``rtl`` (by default its own, :func:`line_direction`); one that holds Arabic or runs right to left is
    wrapped to ``width``, shaped, put in display order, and set in the Arabic font if it has Arabic letters."""
    if not text:
        return ""
    lines = []
    for line in str(text).split("\n"):
        line_rtl = line_direction(line, report_rtl) if rtl is None else rtl
        if not line_rtl and not _needs_reordering(line):
            lines.append(escape(plain(line)))
            continue
        font, scale = _font(line, bold)
        font_size = size * scale

        def fits(piece: str, font: str = font, font_size: float = font_size) -> bool:
            shaped = _reshaper().reshape(plain(piece))
            return width is None or pdfmetrics.stringWidth(shaped, font, font_size) <= width

        for piece in _wrapped(_anchored(_sentences_embedded(line, line_rtl), line_rtl), fits):
            shown = escape(_visual(piece, line_rtl))
            lines.append(
                f'<font name="{font}" size="{font_size:.1f}">{shown}</font>' if scale != 1 else shown
            )
    return "<br/>".join(lines)


def drawn(text: str, report_rtl: bool, bold: bool = False) -> tuple[str, str, float]:
    """One line for the canvas (the banners, the footer): in display order, with its font and its scale."""
    rtl = line_direction(text, report_rtl)
    font, scale = _font(text, bold)
    if not rtl and not _needs_reordering(text):
        return plain(text), font, scale
    return _visual(_anchored(_sentences_embedded(text, rtl), rtl), rtl), font, scale
