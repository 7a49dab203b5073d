"""Text in report paragraphs: fonts that are embedded, and Arabic shaped and ordered right to left.

ReportLab lays out text left to right and does not join Arabic letters by itself. A line holding Arabic is
therefore shaped first (``arabic-reshaper`` picks each letter's joined form, lam-alef ligatures included) and
put in visual order by the Unicode bidirectional algorithm (``python-bidi``), so mixed sentences such as
"Pump station محطة الضخ 3" read correctly. Because the order is fixed per line, Arabic text is wrapped here
(by logical words, measured in its shaped form) before each line is reordered; ReportLab's own wrapping of
visual-order text would put a sentence's end on its first line. Such text is set in Amiri (OFL), which has those forms and Latin
letters; everything else in DejaVu Sans. Both are embedded (subset) in every PDF.
"""

from __future__ import annotations

import re
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
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


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
    return bool(_ARABIC_LETTERS.search(text or ""))


def visual(text: str) -> str:
    """Arabic shaped and in display order, one line at a time (lines keep their own order)."""
    return "\n".join(get_display(_reshaper().reshape(line)) for line in text.split("\n"))


def starts_right_to_left(text: str) -> bool:
    """True if the first letter with a direction is Arabic: the paragraph is aligned to the right."""
    for char in text or "":
        if _ARABIC_LETTERS.match(char):
            return True
        if char.isalpha():
            return False
    return False


def _wrap(line: str, width: float, size: float) -> list[str]:
    """Logical-order pieces of an Arabic line, each fitting ``width`` once shaped."""
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if (
            current
            and pdfmetrics.stringWidth(_reshaper().reshape(candidate), ARABIC, size * ARABIC_SCALE) > width
        ):
            pieces.append(current)
            current = word
        else:
            current = candidate
    pieces.append(current)
    return pieces


def markup(text: str, width: float | None = None, size: float = 9) -> str:
    """A value as paragraph markup: escaped, line breaks kept, and Arabic lines wrapped to ``width``,
    shaped, put in display order and set in the Arabic font."""
    if not text:
        return ""
    lines = []
    for line in str(text).split("\n"):
        if not has_arabic(line):
            lines.append(escape(line))
            continue
        for piece in _wrap(line, width, size) if width else [line]:
            lines.append(
                f'<font name="{ARABIC}" size="{size * ARABIC_SCALE:.1f}">{escape(visual(piece))}</font>'
            )
    return "<br/>".join(lines)
