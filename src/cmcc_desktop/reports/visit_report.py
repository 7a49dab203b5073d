"""Visit reports and site reports as PDF (ReportLab Platypus; no Qt here).

    render_visit_report(services, visit_id, out_path, paper="a4", progress=NO_PROGRESS)
    render_site_report(services, site_id, out_path, date_from=None, date_to=None, paper="a4", ...)

Both run happily on a worker thread: ``progress`` hears as visits are laid out, and a cancel between them
raises :class:`~cmcc_desktop.errors.Cancelled` and leaves no file behind. A report carries the strictest releasability of the records in it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..errors import CmccError
from ..files import require_output_file
from ..progress import NO_PROGRESS, Progress
from ..rules.vocabulary import SECTORS, SEVERITY, SITE_STATUSES, SITE_TYPES, TASK_STATUSES
from ..services import Services
from . import document
from .photos import printable
from .text import LATIN, markup, moment, starts_right_to_left

STRICTNESS = ["public", "partners", "team"]
CANCELLED = "The report was cancelled; no file was written."
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
) -> Path:
    require_output_file(out_path, services.store.paths)
    visit = services.visits.get(visit_id)
    site = services.sites.get(visit.site_id)
    report = _Report(services, paper)
    story = report.letterhead(f"Site visit report — {site.name}")
    story += report.visit(visit, site, with_site=True)
    story = report.signed(story)
    progress(1, 1)
    progress.check(CANCELLED)
    document.build(
        out_path,
        story,
        paper,
        report.releasability(visit, site),
        f"Visit report: {site.name}",
        report.generated,
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
) -> Path:
    require_output_file(out_path, services.store.paths)
    if date_from and date_to and date_from > date_to:
        raise CmccError(
            "The period starts on {start}, after its end on {end}. Swap the two dates.",
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    site = services.sites.get(site_id)
    visits = services.visits.find(
        site_id=site_id, date_from=date_from, date_to=date_to, order_by="visited_at"
    )
    if not visits:
        raise CmccError("{site} has no visits in that period; there is nothing to report.", site=site.name)
    report = _Report(services, paper)
    period = ""
    if date_from or date_to:
        period = f" ({date_from or '…'} to {date_to or '…'})"
    story = report.letterhead(f"Site report — {site.name}{period}")
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
        f"Site report: {site.name}",
        report.generated,
    )
    return out_path


class _Report:
    """The building blocks of both reports, over one set of styles and one page width."""

    def __init__(self, services: Services, paper: str) -> None:
        self.services = services
        self.styles: StyleSheet1 = document.styles()
        self.width = document.paper_size(paper)[0] - 2 * document.MARGIN
        self.generated = datetime.now(UTC)
        self.head = document.letterhead(services.store.paths.data_dir)

    # -- small pieces ------------------------------------------------------------------------------
    def para(self, text: Any, style: str = "body", width: float | None = None) -> Paragraph:
        value = "" if text is None else str(text)
        chosen = self.styles[style]
        if style == "body" and starts_right_to_left(value):
            chosen = self.styles["body_rtl"]
        # Arabic is wrapped here, so measure against what the frame or cell leaves after its padding.
        return Paragraph(markup(value, (width or self.width) - PADDING, chosen.fontSize), chosen)

    def heading(self, text: str) -> Paragraph:
        return Paragraph(text, self.styles["heading"])

    def fields(self, pairs: list[tuple[str, Any]]) -> Table:
        """Label and value, two columns; empty values are left out."""
        value_width = self.width - 42 * mm
        rows = [
            [Paragraph(label, self.styles["cell_head"]), self.para(value, "cell", value_width)]
            for label, value in pairs
            if value not in (None, "", [])
        ]
        table = Table(rows, colWidths=[42 * mm, value_width])
        table.setStyle(plain_table(("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
        return table

    def grid(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        body = [[Paragraph(h, self.styles["cell_head"]) for h in header]]
        body += [
            [self.para(cell, "cell", width) for cell, width in zip(row, widths, strict=True)] for row in rows
        ]
        table = Table(body, colWidths=widths, repeatRows=1)
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
        head = Table(
            [
                [
                    logo,
                    [
                        Paragraph(self.head.organisation, self.styles["subtitle"]),
                        Paragraph(title, self.styles["title"]),
                    ],
                ]
            ],
            colWidths=[20 * mm, self.width - 20 * mm],
        )
        head.setStyle(plain_table(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)))
        return [head, Spacer(1, 4 * mm)]

    def site_block(self, site: Any) -> list[Flowable]:
        where = (
            f"{site.latitude:.5f}, {site.longitude:.5f}"
            if site.latitude is not None and site.longitude is not None
            else ""
        )
        return [
            self.heading("Site"),
            self.fields(
                [
                    ("Site", site.name),
                    ("Name in Arabic", site.name_ar),
                    ("Type", SITE_TYPES.get(site.site_type, site.site_type)),
                    ("Sector", SECTORS.get(site.sector, site.sector)),
                    ("Admin area", site.admin_area),
                    ("P-code", site.admin_pcode),
                    ("Coordinates (WGS84)", where),
                    ("Operational status", SITE_STATUSES.get(site.status, site.status)),
                    ("Access notes", site.access_notes),
                ]
            ),
        ]

    def summary(self, visits: list[Any]) -> list[Flowable]:
        rows = []
        for visit in visits:
            worst = max(visit.needs, key=lambda n: int(n.get("severity") or 0), default=None)
            need = (
                f"{worst['sector']} {worst['severity']} ({SEVERITY.get(int(worst['severity']), '')})"
                if worst
                else ""
            )
            rows.append(
                [
                    moment(visit.visited_at),
                    ", ".join(visit.officers),
                    visit.purpose,
                    need,
                    f"{visit.people_in_need:,}" if visit.people_in_need is not None else "",
                ]
            )
        widths = [27 * mm, 38 * mm, self.width - 27 * mm - 38 * mm - 34 * mm - 20 * mm, 34 * mm, 20 * mm]
        return [
            self.heading(f"Summary: {len(visits)} visits"),
            self.grid(["Date", "Officers", "Purpose", "Most severe need", "People in need"], rows, widths),
        ]

    def visit(self, visit: Any, site: Any, with_site: bool) -> list[Flowable]:
        services = self.services
        story: list[Flowable] = []
        if with_site:
            story += self.site_block(site)
        else:
            story.append(Paragraph(f"Visit of {moment(visit.visited_at)}", self.styles["title"]))
        contacts = services.contacts.get_many(visit.contacts_met)
        story += [
            self.heading("Visit"),
            self.fields(
                [
                    ("Date and time", moment(visit.visited_at)),
                    ("Visiting officers", ", ".join(visit.officers)),
                    ("Purpose", visit.purpose),
                    (
                        "People in need",
                        f"{visit.people_in_need:,}" if visit.people_in_need is not None else "",
                    ),
                ]
            ),
        ]
        if contacts:
            rows = [
                [
                    c.full_name + (f"\n{c.name_ar}" if c.name_ar else ""),
                    services.label_of("organisation", c.organisation_id) if c.organisation_id else "",
                    c.title,
                ]
                for c in contacts
            ]
            third = self.width / 3
            story += [
                self.heading("Contacts met"),
                self.grid(["Name", "Organisation", "Role"], rows, [third, third, third]),
            ]
        story += self.text_section("Findings", visit.findings)
        if visit.needs:
            rows = [
                [
                    SECTORS.get(n.get("sector"), n.get("sector")),
                    f"{n.get('severity')} · {SEVERITY.get(int(n.get('severity') or 0), '')}",
                    n.get("note", ""),
                ]
                for n in sorted(visit.needs, key=lambda n: -int(n.get("severity") or 0))
            ]
            story += [
                self.heading("Needs by sector"),
                self.grid(
                    ["Sector", "Severity (1–5)", "Note"], rows, [60 * mm, 34 * mm, self.width - 94 * mm]
                ),
            ]
        story += self.text_section("Security and access", visit.security_access)
        story += self.text_section("Recommendations", visit.recommendations)
        tasks = services.tasks.find(visit_id=visit.id)
        if tasks:
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
                    f"{t.due_date:%Y-%m-%d}" if t.due_date else "",
                    TASK_STATUSES.get(t.status, t.status),
                ]
                for t in tasks
            ]
            story += [
                self.heading("Follow-up tasks"),
                self.grid(
                    ["Task", "Assigned to", "Due", "Status"],
                    rows,
                    [self.width - 108 * mm, 58 * mm, 24 * mm, 26 * mm],
                ),
            ]
        story += self.photos(visit)
        return story

    def text_section(self, title: str, text: str) -> list[Flowable]:
        if not text:
            return []
        return [self.heading(title), *[self.para(part) for part in text.split("\n\n")]]

    def photos(self, visit: Any) -> list[Flowable]:
        """Photos two per row, each scaled to half the width, with its caption under it. Each row is a table
        of its own, so the photos start on the page where the first row fits and break between rows."""
        attachments = self.services.attachments
        found = attachments.find(visit_id=visit.id, order_by="created_at")
        cells: list[list[Flowable]] = []
        column = (self.width - 6 * mm) / 2
        for attachment in found:
            prepared = printable(attachments.blob_path(attachment))
            caption = self.para(attachment.caption or attachment.original_name, "caption", column)
            if prepared is None:
                cells.append(
                    [Paragraph(f"(not an image: {attachment.original_name})", self.styles["small"]), caption]
                )
                continue
            data, width, height = prepared
            scale = min(column / width, 90 * mm / height)
            cells.append([Image(data, width=width * scale, height=height * scale), caption])
        if not cells:
            return []
        story: list[Flowable] = [self.heading("Photos")]
        for start in range(0, len(cells), 2):
            pair = cells[start : start + 2]
            if len(pair) == 1:
                pair.append([Spacer(1, 1)])
            row = Table([pair], colWidths=[column + 3 * mm, column + 3 * mm])
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
        table = Table(
            [
                [
                    Paragraph("Prepared by", self.styles["cell_head"]),
                    Paragraph("Reviewed by", self.styles["cell_head"]),
                ],
                [
                    Paragraph(f"Name: {line}", self.styles["cell"]),
                    Paragraph(f"Name: {line}", self.styles["cell"]),
                ],
                [
                    Paragraph(f"Signature: {line}", self.styles["cell"]),
                    Paragraph(f"Signature: {line}", self.styles["cell"]),
                ],
                [
                    Paragraph(f"Date: {line}", self.styles["cell"]),
                    Paragraph(f"Date: {line}", self.styles["cell"]),
                ],
            ],
            colWidths=[half, half],
        )
        table.setStyle(plain_table(("TOPPADDING", (0, 1), (-1, -1), 9)))
        return [
            *story[:start],
            KeepTogether([*story[start:], Spacer(1, 8 * mm), self.heading("Sign-off"), table]),
        ]
