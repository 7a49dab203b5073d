"""The printed page: paper size, the releasability banner at top and bottom (like a classification line),
"Page x of y", when and by which version the report was made, and the organisation's name and logo, in the
report's language: right to left in Arabic, the made-by line then at the right and the page number at the left.

The organisation and logo come from ``report-settings.json`` in the data folder when it exists
(``{"organisation": "CMCC North", "logo": "/path/to/logo.png"}``), else from the defaults in ``resources/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from .. import __version__
from ..errors import CmccError
from ..i18n import N_
from ..resources import resource_path
from ..rules.vocabulary import RELEASABILITY
from ..services.letterhead import stored_letterhead
from .language import Language
from .text import LATIN, drawn, plain, register_fonts

PAPERS = {"a4": A4, "letter": LETTER}
BANNER_COLOURS = {
    "team": colors.HexColor("#8b0000"),
    "partners": colors.HexColor("#1f4e79"),
    "public": colors.HexColor("#2e7d32"),
}
MARGIN = 18 * mm
DEFAULT_ORGANISATION = N_("Civil-Military Coordination Center")


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    logo: Path | None


def letterhead(data_dir: Path) -> Letterhead:
    organisation, logo_setting = stored_letterhead(data_dir)
    logo = Path(logo_setting) if logo_setting else resource_path("report", "logo.png")
    return Letterhead(organisation or DEFAULT_ORGANISATION, logo if logo.exists() else None)


def paper_size(paper: str) -> tuple[float, float]:
    if paper not in PAPERS:
        raise CmccError(N_("Paper must be a4 or letter, not {paper}."), paper=paper)
    return PAPERS[paper]


def styles(rtl: bool = False) -> StyleSheet1:
    """The report's paragraph styles; right-aligned in a right-to-left report."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "body", fontName=LATIN, fontSize=9, leading=12.5, spaceAfter=3, alignment=TA_RIGHT if rtl else TA_LEFT
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("body_rtl", parent=base, alignment=TA_RIGHT))
    sheet.add(
        ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
    )
    sheet.add(
        ParagraphStyle("title", parent=base, fontName=f"{LATIN}-Bold", fontSize=16, leading=20, spaceAfter=2)
    )
    sheet.add(
        ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15, textColor=colors.HexColor("#333333"))
    )
    sheet.add(
        ParagraphStyle(
            "heading",
            parent=base,
            fontName=f"{LATIN}-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            textColor=colors.HexColor("#1f4e79"),
            keepWithNext=1,  # a heading never ends a page without its section
        )
    )
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0))
    sheet.add(
        ParagraphStyle(
            "cell_head", parent=base, fontName=f"{LATIN}-Bold", fontSize=8.5, leading=11, spaceAfter=0
        )
    )
    sheet.add(ParagraphStyle("caption", parent=base, fontSize=8, leading=10, alignment=TA_CENTER))
    return sheet


class ReportCanvas(Canvas):
    """Holds every page until the end, so each can say "Page x of y" and carry the banners."""

    def __init__(
        self, *args: Any, releasability: str, generated: datetime, language: Language, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_width, self._page_height = kwargs["pagesize"]  # the document passes its page size
        self._pages: list[dict[str, Any]] = []
        self._releasability = releasability
        self._generated = generated
        self._language = language

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own "page x of y" recipe: a fresh page

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._page_width, self._page_height
        words = self._language
        marking = words(RELEASABILITY.get(self._releasability, self._releasability)).upper()
        banner = words.message(N_("RELEASABILITY: {marking}"), marking=marking)
        colour = BANNER_COLOURS.get(self._releasability, colors.black)
        for y in (height - 9 * mm, 3 * mm):
            self.setFillColor(colour)
            self.rect(0, y, width, 6 * mm, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self._line(banner, 9, width / 2, y + 2 * mm, bold=True)
        self.setFillColor(colors.HexColor("#444444"))
        made = words.message(
            N_("Generated {moment} · CMCC Desktop {version}"),
            moment=self._generated,
            version=__version__,
        )
        page = words.message(
            N_("Page {page} of {pages}"), page=words.number(number), pages=words.number(total)
        )
        start, end = (page, made) if words.rtl else (made, page)
        self._line(start, 7.5, MARGIN, 11 * mm, anchor="left")
        self._line(end, 7.5, width - MARGIN, 11 * mm, anchor="right")

    def _line(
        self, text: str, size: float, x: float, y: float, bold: bool = False, anchor: str = "centre"
    ) -> None:
        """One line of text in the report's direction, its left end, centre or right end at ``x``."""
        shown, font, scale = drawn(text, self._language.rtl, bold)
        self.setFont(font, size * scale)
        draw = {"left": self.drawString, "centre": self.drawCentredString, "right": self.drawRightString}
        draw[anchor](x, y, shown)


def build(
    path: Path,
    story: list[Any],
    paper: str,
    releasability: str,
    title: str,
    generated: datetime,
    language: Language,
) -> None:
    """Lay out the story into a PDF written atomically (a half-written report never replaces a good one)."""
    partial = path.with_name(path.name + ".part")
    document = SimpleDocTemplate(
        str(partial),
        pagesize=paper_size(paper),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=17 * mm,
        title=plain(title),
        lang=language.code,
        author="CMCC Desktop",
        creator=f"CMCC Desktop {__version__}",
        initialFontName=LATIN,  # else every page names Helvetica, which is not embedded
    )

    def canvas(*args: Any, **kwargs: Any) -> ReportCanvas:
        return ReportCanvas(
            *args, releasability=releasability, generated=generated, language=language, **kwargs
        )

    try:
        document.build(story, canvasmaker=canvas)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CmccError(
            N_("The report cannot be written to {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
