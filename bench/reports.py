"""Report cases (issue 5): one visit with 4 photos (<= 0.5 s), and a site report of 100 visits (<= 10 s).

Ours: ``render_visit_report`` / ``render_site_report`` over visits in a real store, photos of 3000x2000 pixels
from a phone camera (turned upright and downsampled by Pillow). Baseline, in the same run: plain ReportLab
laying out the same number of paragraphs, tables and the same photos already downsampled, in a standard
font, with no database and no Arabic handling: what the page layout itself costs.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image as PilImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.reports.visit_report import render_site_report, render_visit_report
from cmcc_desktop.services import Services, Store

from .harness import Result, median_time, timed

FINDINGS = "The main pump is damaged and the plant runs at about 30% of capacity. " * 6
SITE_VISITS = 100


def run(folder: Path) -> list[Result]:
    folder.mkdir(parents=True, exist_ok=True)
    photos = []
    for index, colour in enumerate(("red", "green", "blue", "gray")):
        path = folder / f"photo{index}.jpg"
        PilImage.new("RGB", (3000, 2000), colour).save(path, "JPEG", quality=92)
        photos.append(path)
    with Store.open(resolve_paths(folder / "data")) as store:
        services = Services(store)
        site = services.sites.create(name="Shati Water Well", name_ar="بئر مياه الشاطئ", admin_pcode="PS0101")
        start = datetime(2026, 1, 1, tzinfo=UTC)
        visit_ids = []
        for number in range(SITE_VISITS):
            visit = services.visits.create(
                site_id=site.id,
                visited_at=start + timedelta(days=number),
                purpose=f"Visit {number}: check the chlorination",
                findings=FINDINGS,
                needs=[
                    {"sector": "WSH", "severity": 4, "note": "Chlorine"},
                    {"sector": "ENR", "severity": 2, "note": ""},
                ],
                recommendations="Replace the dosing pump.",
            )
            visit_ids.append(visit.id)
        for path in photos:
            services.attachments.attach_file(visit_ids[-1], path, caption=path.stem)
        print("reports: timing …", flush=True)
        render_visit_report(services, visit_ids[-1], folder / "warm.pdf")
        ours_visit = median_time(
            lambda: render_visit_report(services, visit_ids[-1], folder / "visit.pdf"), 5
        )
        ours_site = timed(lambda: render_site_report(services, site.id, folder / "site.pdf"))
    small = [_downsampled(path) for path in photos]
    base_visit = median_time(lambda: _raw(folder / "raw-visit.pdf", 1, small), 5)
    base_site = timed(lambda: _raw(folder / "raw-site.pdf", SITE_VISITS, small))
    size = (folder / "visit.pdf").stat().st_size
    print(f"reports: the visit report with 4 photos is {size / 1024:.0f} KB", flush=True)
    return [
        Result("visit report with 4 photos", ours_visit, base_visit, float("inf"), max_ours_s=0.5),
        Result(f"site report of {SITE_VISITS} visits", ours_site, base_site, float("inf"), max_ours_s=10.0),
    ]


def _downsampled(path: Path) -> bytes:
    with PilImage.open(path) as image:
        image.thumbnail((1400, 1400))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        return out.getvalue()


def _raw(path: Path, visits: int, photos: list[bytes]) -> None:
    styles = getSampleStyleSheet()
    story = []
    for number in range(visits):
        story += [Paragraph(f"Visit {number}", styles["Heading1"])]
        story += [Table([["Site", "Shati Water Well"], ["Purpose", "Check the chlorination"]])]
        story += [Paragraph(FINDINGS, styles["BodyText"]) for _ in range(3)]
        story += [Table([["Sector", "Severity", "Note"], ["WSH", "4", "Chlorine"], ["ENR", "2", ""]])]
        if number == visits - 1:
            story += [Image(io.BytesIO(data), width=240, height=160) for data in photos]
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
