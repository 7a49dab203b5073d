"""Visit reports and site reports as PDF (ReportLab Platypus; no Qt here).

    render_visit_report(services, visit_id, out_path, paper="a4", progress=NO_PROGRESS, language="en")
    render_site_report(services, site_id, out_path, date_from=None, date_to=None, paper="a4", ...)

Both run happily on a worker thread: ``progress`` hears as visits are laid out, and a cancel between them
raises :class:`~cmcc_desktop.errors.Cancelled` and leaves no file behind. A report carries the strictest releasability of the records in it.

A report is printed in the ``language`` asked for, whatever the window's (an officer prints Arabic for a
municipal engineer), with Western or Arabic-Indic digits (``arabic_digits``). An Arabic report is laid out
right to left: paragraphs aligned right, the labels of a record in the right-hand column, every table's
columns mirrored (its first column at the right). It calls the site by its Arabic name where the site has
one; the site's details list both names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..errors import CmccError
from ..files import require_output_file
from ..i18n import N_, NP_
from ..progress import NO_PROGRESS, Progress
from ..rules.vocabulary import SECTORS, SEVERITY, SITE_STATUSES, SITE_TYPES, TASK_STATUSES
from ..services import Services
from . import document
from .language import Language
from .photos import printable
from .text import LATIN, embedded, line_direction, markup

STRICTNESS = ["public", "partners", "team"]
CANCELLED = N_("The report was cancelled; no file was written.")
PADDING = 14  # points: a frame's or a table cell's padding on both sides, and a little to spare
GRID = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b7c3")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


def plain_table(*commands: tuple[Any, ...]) -> TableStyle:
    """A table without lines, in the report's font (a table's default is Helvetica, which is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN), ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands])


def render_visit_report(
    services: Services,
    visit_id: str,
    out_path: Path,
    paper: str = "a4",
    progress: Progress = NO_PROGRESS,
    *,
    language: str = "en",
    arabic_digits: bool = False,
) -> Path:
    require_output_file(out_path, services.store.paths)
    visit = services.visits.get(visit_id)
    site = services.sites.get(visit.site_id)
    report = _Report(services, paper, Language(language, arabic_digits))
    words = report.words
    name = words.name(site.name, site.name_ar)
    story = report.letterhead(words.message(N_("Site visit report — {site}"), site=name))
    story += report.visit(visit, site, with_site=True)
    story = report.signed(story)
    progress(1, 1)
    progress.check(CANCELLED)
    document.build(
        out_path,
        story,
        paper,
        report.releasability(visit, site),
        words.message(N_("Visit report: {site}"), site=name),
        report.generated,
        words,
    )
    return out_path


def render_site_report(
    services: Services,
    site_id: str,
    out_path: Path,
    date_from: date | None = None,
    date_to: date | None = None,
    paper: str = "a4",
    progress: Progress = NO_PROGRESS,
    *,
    language: str = "en",
    arabic_digits: bool = False,
) -> Path:
    require_output_file(out_path, services.store.paths)
    if date_from and date_to and date_from > date_to:
        raise CmccError(
            N_("The period starts on {start}, after its end on {end}. Swap the two dates."),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    site = services.sites.get(site_id)
    visits = services.visits.find(
        site_id=site_id, date_from=date_from, date_to=date_to, order_by="visited_at"
    )
    if not visits:
        raise CmccError(
            N_("{site} has no visits in that period; there is nothing to report."), site=site.name
        )
    report = _Report(services, paper, Language(language, arabic_digits))
    words = report.words
    name = words.name(site.name, site.name_ar)
    story = report.letterhead(_site_title(words, name, date_from, date_to))
    story += report.site_block(site)
    story += report.summary(visits)
    for index, visit in enumerate(visits, start=1):
        progress.check(CANCELLED)
        story.append(PageBreak())
        story += report.visit(visit, site, with_site=False)
        progress(index, len(visits))
    story = report.signed(story)
    document.build(
        out_path,
        story,
        paper,
        report.releasability(site, *visits),
        words.message(N_("Site report: {site}"), site=name),
        report.generated,
        words,
    )
    return out_path


def _site_title(words: Language, site: str, date_from: date | None, date_to: date | None) -> str:
    """The site report's title, with its period if one was asked for (one sentence for each case)."""
    if date_from and date_to:
        return words.message(
            N_("Site report — {site} ({start} to {end})"), site=site, start=date_from, end=date_to
        )
    if date_from:
        return words.message(N_("Site report — {site} (from {start})"), site=site, start=date_from)
    if date_to:
        return words.message(N_("Site report — {site} (until {end})"), site=site, end=date_to)
    return words.message(N_("Site report — {site}"), site=site)


class _Report:
    """The building blocks of both reports, over one set of styles, one page width and one language."""

    def __init__(self, services: Services, paper: str, words: Language) -> None:
        self.services = services
        self.words = words
        self.styles: StyleSheet1 = document.styles(words.rtl)
        self.width = document.paper_size(paper)[0] - 2 * document.MARGIN
        self.generated = datetime.now(UTC)
        self.head = document.letterhead(services.store.paths.data_dir)

    # -- small pieces ------------------------------------------------------------------------------
    def para(
        self, text: Any, style: str = "body", width: float | None = None, rtl: bool | None = None
    ) -> Paragraph:
        """``text`` as a paragraph: each line in its own direction (``rtl`` for all of them if given), or
        else the report's."""
        value = "" if text is None else str(text)
        chosen = self.styles[style]
        if style == "body" and not self.words.rtl and line_direction(value, report_rtl=False):
            chosen = self.styles["body_rtl"]  # an Arabic paragraph in an English report
        # Text reordered here is wrapped here, so measure against what the frame or cell leaves after its padding.
        return Paragraph(
            markup(
                value,
                (width or self.width) - PADDING,
                chosen.fontSize,
                rtl=rtl,
                report_rtl=self.words.rtl,
                bold=chosen.fontName.endswith("-Bold"),
            ),
            chosen,
        )

    def said(self, text: str, style: str = "body", width: float | None = None) -> Paragraph:
        """What the report itself says (a heading, a label, a figure it works out), in the report's direction."""
        return self.para(text, style, width, rtl=self.words.rtl)

    def heading(self, text: str) -> Paragraph:
        return self.said(self.words(text), "heading")

    def row(self, cells: Sequence[Any]) -> list[Any]:
        """A table row (or its column widths) in reading order: the first cell at the right in Arabic."""
        return list(reversed(cells)) if self.words.rtl else list(cells)

    def fields(self, pairs: list[tuple[str, Any]]) -> Table:
        """Label and value, two columns (the label at the right in Arabic); empty values are left out."""
        label_width = 42 * mm
        value_width = self.width - label_width
        rows = [
            self.row(
                [
                    self.said(self.words(label), "cell_head", label_width),
                    self.para(value, "cell", value_width),
                ]
            )
            for label, value in pairs
            if value not in (None, "", [])
        ]
        table = Table(rows, colWidths=self.row([label_width, value_width]))
        table.setStyle(plain_table(("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
        return table

    def grid(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        """A table with a header row; a cell given as a :class:`Paragraph` is taken as it is."""
        body = [
            self.row([self.said(self.words(h), "cell_head", w) for h, w in zip(header, widths, strict=True)])
        ]
        body += [
            self.row(
                [
                    cell if isinstance(cell, Paragraph) else self.para(cell, "cell", width)
                    for cell, width in zip(row, widths, strict=True)
                ]
            )
            for row in rows
        ]
        table = Table(body, colWidths=self.row(widths), repeatRows=1)
        table.setStyle(GRID)
        return table

    def releasability(self, *records: Any) -> str:
        """The strictest marking among the records shown."""
        return max(
            (r.releasability for r in records),
            key=lambda marking: STRICTNESS.index(marking) if marking in STRICTNESS else 2,
        )

    # -- sections ----------------------------------------------------------------------------------
    def letterhead(self, title: str) -> list[Flowable]:
        logo: Flowable = Spacer(1, 1)
        if self.head.logo is not None:
            logo = Image(str(self.head.logo), width=16 * mm, height=16 * mm)
        text_width = self.width - 20 * mm
        head = Table(
            [
                self.row(
                    [
                        logo,
                        [
                            self.para(self.words(self.head.organisation), "subtitle", text_width),
                            self.para(title, "title", text_width, rtl=self.words.rtl),
                        ],
                    ]
                )
            ],
            colWidths=self.row([20 * mm, text_width]),
        )
        logo_side = (-1, 0) if self.words.rtl else (0, 0)
        head.setStyle(
            plain_table(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("RIGHTPADDING" if self.words.rtl else "LEFTPADDING", logo_side, logo_side, 0),
            )
        )
        return [head, Spacer(1, 4 * mm)]

    def site_block(self, site: Any) -> list[Flowable]:
        where = (
            embedded(f"{site.latitude:.5f}, {site.longitude:.5f}", rtl=False)  # read left to right
            if site.latitude is not None and site.longitude is not None
            else ""
        )
        words = self.words
        return [
            self.heading(N_("Site")),
            self.fields(
                [
                    (N_("Site"), site.name),
                    (N_("Name in Arabic"), site.name_ar),
                    (N_("Type"), words(SITE_TYPES.get(site.site_type, site.site_type))),
                    (N_("Sector"), words(SECTORS.get(site.sector, site.sector))),
                    (N_("Admin area"), site.admin_area),
                    (N_("P-code"), site.admin_pcode),
                    (N_("Coordinates (WGS84)"), where),
                    (N_("Operational status"), words(SITE_STATUSES.get(site.status, site.status))),
                    (N_("Access notes"), site.access_notes),
                ]
            ),
        ]

    def summary(self, visits: list[Any]) -> list[Flowable]:
        words = self.words
        widths = [27 * mm, 38 * mm, self.width - 27 * mm - 38 * mm - 34 * mm - 20 * mm, 34 * mm, 20 * mm]
        rows: list[list[Any]] = []
        for visit in visits:
            worst = max(visit.needs, key=lambda n: int(n.get("severity") or 0), default=None)
            need = ""
            if worst:
                severity = int(worst["severity"])
                # The sector's code (short enough for the column) and the severity: a figure of the report.
                need = words.message(
                    N_("{sector} {severity} ({label})"),
                    sector=embedded(str(worst["sector"]), rtl=False),
                    severity=words.number(severity),
                    label=words(SEVERITY.get(severity, "")),
                )
            rows.append(
                [
                    self.said(words.moment(visit.visited_at), "cell", widths[0]),
                    words.joined(visit.officers),
                    visit.purpose,
                    self.said(need, "cell", widths[3]),
                    self.said(
                        words.number(visit.people_in_need) if visit.people_in_need is not None else "",
                        "cell",
                        widths[4],
                    ),
                ]
            )
        return [
            self.said(words.message(NP_("Summary: %Ln visit(s)", "", 0), n=len(visits)), "heading"),
            self.grid(
                [N_("Date"), N_("Officers"), N_("Purpose"), N_("Most severe need"), N_("People in need")],
                rows,
                widths,
            ),
        ]

    def visit(self, visit: Any, site: Any, with_site: bool) -> list[Flowable]:
        services = self.services
        words = self.words
        story: list[Flowable] = []
        if with_site:
            story += self.site_block(site)
        else:
            story.append(self.said(words.message(N_("Visit of {moment}"), moment=visit.visited_at), "title"))
        contacts = services.contacts.get_many(visit.contacts_met)
        story += [
            self.heading(N_("Visit")),
            self.fields(
                [
                    (N_("Date and time"), words.moment(visit.visited_at)),
                    (N_("Visiting officers"), words.joined(visit.officers)),
                    (N_("Purpose"), visit.purpose),
                    (
                        N_("People in need"),
                        words.number(visit.people_in_need) if visit.people_in_need is not None else "",
                    ),
                ]
            ),
        ]
        if contacts:
            rows: list[list[Any]] = [
                [
                    c.full_name + (f"\n{c.name_ar}" if c.name_ar else ""),
                    services.label_of("organisation", c.organisation_id) if c.organisation_id else "",
                    c.title,
                ]
                for c in contacts
            ]
            third = self.width / 3
            story += [
                self.heading(N_("Contacts met")),
                self.grid([N_("Name"), N_("Organisation"), N_("Role")], rows, [third, third, third]),
            ]
        story += self.text_section(N_("Findings"), visit.findings)
        if visit.needs:
            widths = [60 * mm, 34 * mm, self.width - 94 * mm]
            rows = []
            for need in sorted(visit.needs, key=lambda n: -int(n.get("severity") or 0)):
                severity = int(need.get("severity") or 0)
                rows.append(
                    [
                        words(SECTORS.get(need.get("sector"), need.get("sector"))),
                        self.said(
                            f"{words.number(severity)} · {words(SEVERITY.get(severity, ''))}",
                            "cell",
                            widths[1],
                        ),
                        need.get("note", ""),
                    ]
                )
            story += [
                self.heading(N_("Needs by sector")),
                self.grid(
                    [
                        N_("Sector"),
                        words.message(
                            N_("Severity ({lowest}–{highest})"),
                            lowest=words.number(1),
                            highest=words.number(5),
                        ),
                        N_("Note"),
                    ],
                    rows,
                    widths,
                ),
            ]
        story += self.text_section(N_("Security and access"), visit.security_access)
        story += self.text_section(N_("Recommendations"), visit.recommendations)
        tasks = services.tasks.find(visit_id=visit.id)
        if tasks:
            widths = [self.width - 108 * mm, 58 * mm, 24 * mm, 26 * mm]
            rows = [
                [
                    t.title,
                    " / ".join(
                        filter(
                            None,
                            [
                                services.label_of("contact", t.assignee_contact_id)
                                if t.assignee_contact_id
                                else "",
                                services.label_of("organisation", t.assignee_organisation_id)
                                if t.assignee_organisation_id
                                else "",
                            ],
                        )
                    ),
                    self.said(words.day(t.due_date) if t.due_date else "", "cell", widths[2]),
                    words(TASK_STATUSES.get(t.status, t.status)),
                ]
                for t in tasks
            ]
            story += [
                self.heading(N_("Follow-up tasks")),
                self.grid([N_("Task"), N_("Assigned to"), N_("Due"), N_("Status")], rows, widths),
            ]
        story += self.photos(visit)
        return story

    def text_section(self, title: str, text: str) -> list[Flowable]:
        if not text:
            return []
        return [self.heading(title), *[self.para(part) for part in text.split("\n\n")]]

    def photos(self, visit: Any) -> list[Flowable]:
        """Photos two per row (the first at the right in Arabic), each scaled to half the width, with its
        caption under it. Each row is a table of its own, so the photos start on the page where the first row
        fits and break between rows."""
        attachments = self.services.attachments
        found = attachments.find(visit_id=visit.id, order_by="created_at")
        cells: list[list[Flowable]] = []
        column = (self.width - 6 * mm) / 2
        for attachment in found:
            prepared = printable(attachments.blob_path(attachment))
            caption = self.para(attachment.caption or attachment.original_name, "caption", column)
            if prepared is None:
                cells.append(
                    [
                        self.said(
                            self.words.message(N_("(not an image: {name})"), name=attachment.original_name),
                            "small",
                            column,
                        ),
                        caption,
                    ]
                )
                continue
            data, width, height = prepared
            scale = min(column / width, 90 * mm / height)
            cells.append([Image(data, width=width * scale, height=height * scale), caption])
        if not cells:
            return []
        story: list[Flowable] = [self.heading(N_("Photos"))]
        for start in range(0, len(cells), 2):
            pair: list[list[Flowable]] = cells[start : start + 2]
            if len(pair) == 1:
                pair.append([Spacer(1, 1)])
            row = Table([self.row(pair)], colWidths=[column + 3 * mm, column + 3 * mm])
            row.setStyle(plain_table(("ALIGN", (0, 0), (-1, -1), "CENTER")))
            story.append(row)
        return story

    def signed(self, story: list[Flowable]) -> list[Flowable]:
        """The story with the sign-off block at its end, on one page with the story's last flowable (the
        last paragraph, table or row of photos), so that no page ever holds the sign-off alone."""
        # The headings just before that flowable come along: they keep with what follows them, which a
        # KeepTogether nested in the one ReportLab makes of them would not do.
        start = len(story) - 1
        while start > 0 and story[start - 1].getKeepWithNext():
            start -= 1
        half = self.width / 2 - 5 * mm
        line = "_" * 34
        words = self.words
        rows = [[N_("Prepared by"), N_("Reviewed by")]]
        rows += [
            [template, template]
            for template in (N_("Name: {line}"), N_("Signature: {line}"), N_("Date: {line}"))
        ]
        table = Table(
            [
                self.row(
                    [
                        self.said(words.message(text, line=line), "cell_head" if index == 0 else "cell", half)
                        for text in cells
                    ]
                )
                for index, cells in enumerate(rows)
            ],
            colWidths=[half, half],
        )
        table.setStyle(plain_table(("TOPPADDING", (0, 1), (-1, -1), 9)))
        return [
            *story[:start],
            KeepTogether([*story[start:], Spacer(1, 8 * mm), self.heading(N_("Sign-off")), table]),
        ]
