"""Visit and site reports: every field is in the PDF, pages are numbered, photos are upright and small,
fonts are embedded, Arabic is shaped and readable, and awkward visits still lay out."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from pypdf import PdfReader

from cmcc_desktop.errors import Cancelled, CmccError, NotFoundError
from cmcc_desktop.progress import Progress
from cmcc_desktop.reports.photos import MAX_PIXELS
from cmcc_desktop.reports.text import moment
from cmcc_desktop.reports.visit_report import render_site_report, render_visit_report
from cmcc_desktop.services import Services


def photo(path: Path, size: tuple[int, int], colour: str, rotated: bool = False) -> Path:
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if rotated:
        exif[0x0112] = 6  # the camera was held upright: turn 90° clockwise to view
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


@pytest.fixture
def visit(services: Services, tmp_path: Path) -> str:
    pwa = services.organisations.create(name="Palestinian Water Authority", acronym="PWA")
    samir = services.contacts.create(full_name="Samir Qudaih", title="Plant manager", organisation_id=pwa.id)
    site = services.sites.create(
        name="Shati Water Well",
        name_ar="بئر مياه الشاطئ",
        site_type="water_sanitation",
        sector="WSH",
        latitude=31.5312,
        longitude=34.4458,
        admin_area="Gaza",
        admin_pcode="PS0101",
        status="partially_functional",
    )
    created = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 11, 3, 9, 30, tzinfo=UTC),
        officers=["Lina Haddad", "Erik Solberg"],
        contacts_met=[samir.id],
        purpose="Check the chlorination after the repair",
        findings="The dosing pump is broken; water is distributed without chlorine.",
        needs=[
            {"sector": "WSH", "severity": 4, "note": "Chlorine tablets"},
            {"sector": "ENR", "severity": 3, "note": ""},
        ],
        people_in_need=12500,
        security_access="Road open in daylight only.",
        recommendations="Replace the dosing pump within a week.",
    )
    services.tasks.create(
        title="Deliver chlorine tablets", visit_id=created.id, site_id=site.id, due_date=date(2026, 11, 10)
    )
    for index, (size, colour, rotated) in enumerate(
        [
            ((3000, 2000), "red", False),
            ((3000, 2000), "green", True),
            ((2400, 1800), "blue", False),
            ((800, 600), "gray", False),
        ]
    ):
        services.attachments.attach_file(
            created.id,
            photo(tmp_path / f"photo{index}.jpg", size, colour, rotated),
            caption=f"Photo number {index}",
        )
    return created.id


def text_of(pdf: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(pdf).pages))


def test_every_field_of_the_visit_is_in_the_report(services: Services, visit: str, tmp_path: Path) -> None:
    out = render_visit_report(services, visit, tmp_path / "visit.pdf")
    text = text_of(out)
    for expected in (
        "Civil-Military Coordination Center",
        "Shati Water Well",
        "Water or sanitation plant",
        "PS0101",
        "31.53120, 34.44580",
        "Partially functional",
        "2026-11-03 09:30 UTC",
        "Lina Haddad, Erik Solberg",
        "Samir Qudaih",
        "Palestinian Water Authority",
        "Plant manager",
        "Check the chlorination after the repair",
        "dosing pump is broken",
        "Water, Sanitation and Hygiene",
        "4 · Extreme",
        "Chlorine tablets",
        "12,500",
        "Road open in daylight only.",
        "Replace the dosing pump within a week.",
        "Deliver chlorine tablets",
        "2026-11-10",
        "Photo number 2",
        "RELEASABILITY: CMCC PARTNERS",
        "Prepared by",
    ):
        assert expected in text, expected
    pages = len(PdfReader(out).pages)
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text


def test_photos_are_embedded_upright_and_downsampled(services: Services, visit: str, tmp_path: Path) -> None:
    out = render_visit_report(services, visit, tmp_path / "visit.pdf")
    images = [Image.open(io.BytesIO(i.data)) for page in PdfReader(out).pages for i in page.images]
    photos = [i for i in images if i.size != (256, 256)]  # the letterhead logo aside
    assert len(photos) == 4
    assert max(max(i.size) for i in photos) <= MAX_PIXELS
    assert any(i.height > i.width for i in photos)  # the EXIF-rotated one stands upright
    assert out.stat().st_size < 1_500_000


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
def test_every_font_is_embedded(services: Services, visit: str, tmp_path: Path) -> None:
    out = render_visit_report(services, visit, tmp_path / "visit.pdf")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts), listing
    assert any("Amiri" in line for line in fonts)  # the Arabic site name


def test_an_arabic_visit_is_shaped_and_reads_in_order(services: Services, tmp_path: Path) -> None:
    site = services.sites.create(name="Bureij Clinic", name_ar="عيادة البريج")
    contact = services.contacts.create(full_name="Nour Abu Ramadan", name_ar="نور أبو رمضان")
    findings = "المولد معطل منذ ثلاثة أيام. The cold chain works with a backup fridge."
    visit = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 11, 4, 8, 0, tzinfo=UTC),
        contacts_met=[contact.id],
        findings=findings,
        recommendations="إصلاح المولد " * 40,
    )
    out = render_visit_report(services, visit.id, tmp_path / "arabic.pdf", paper="letter")
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width)) == 612  # US Letter
    text = text_of(out)
    assert "عيادة البريج" in text
    assert "نور أبو رمضان" in text
    assert "المولد معطل منذ ثلاثة أيام" in text
    assert "The cold chain works with a backup fridge." in text  # its full stop at its own end


def test_a_bare_visit_with_very_long_findings_still_lays_out(services: Services, tmp_path: Path) -> None:
    site = services.sites.create(name="Jabalia Bakery")
    long_findings = "\n\n".join(
        f"Paragraph {n}: " + "The queue reached the main road again. " * 40 for n in range(60)
    )
    visit = services.visits.create(
        site_id=site.id, visited_at=datetime(2026, 11, 5, tzinfo=UTC), findings=long_findings
    )
    out = render_visit_report(services, visit.id, tmp_path / "long.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) > 5
    assert "Paragraph 59:" in text_of(out)
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text_of(out)


def page_of(reader: PdfReader, text: str) -> int:
    """The number of the first page whose text holds ``text``."""
    return next(n for n, page in enumerate(reader.pages, start=1) if text in page.extract_text())


def photos_per_page(reader: PdfReader) -> list[int]:
    """How many photos each page shows (the letterhead logo aside)."""
    return [
        sum(1 for i in page.images if Image.open(io.BytesIO(i.data)).size != (256, 256))
        for page in reader.pages
    ]


def test_the_sign_off_is_never_alone_on_a_page(services: Services, tmp_path: Path) -> None:
    """Findings of growing length push the end of the report down to the foot of page 1 and over it; in
    between, the sign-off alone would not fit under the last section. It then takes that section along."""
    site = services.sites.create(name="Nuseirat Bakery")
    sign_off_overflowed = False
    for paragraphs in range(8, 20):
        visit = services.visits.create(
            site_id=site.id,
            visited_at=datetime(2026, 11, 6, tzinfo=UTC),
            findings="\n\n".join(
                f"Finding {n}: the queue reached the main road before dawn. " * 4 for n in range(paragraphs)
            ),
            recommendations="Open a second distribution point.",
        )
        reader = PdfReader(render_visit_report(services, visit.id, tmp_path / f"v{paragraphs}.pdf"))
        sign_off = page_of(reader, "Prepared by")
        assert sign_off == page_of(reader, "Open a second distribution point."), paragraphs
        sign_off_overflowed |= sign_off > 1
    assert sign_off_overflowed  # the lengths tried do reach the foot of the page


def test_photos_start_on_the_page_where_their_first_row_fits(services: Services, tmp_path: Path) -> None:
    site = services.sites.create(name="Maghazi Market")
    visit = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 11, 7, tzinfo=UTC),
        purpose="Check the market after the rain",
        findings="Stalls reopened; the drains are blocked.",
    )
    colours = ["olive", "navy", "teal", "maroon", "purple", "gray"]  # alike, a PDF would hold one image
    for index, colour in enumerate(colours):  # three rows: more than the rest of page 1 holds
        services.attachments.attach_file(
            visit.id, photo(tmp_path / f"p{index}.jpg", (1500, 1000), colour), caption=f"Stall {index}"
        )
    reader = PdfReader(render_visit_report(services, visit.id, tmp_path / "photos.pdf"))
    counts = photos_per_page(reader)
    assert sum(counts) == 6
    assert counts[0] >= 2  # the first row is under the findings, not on the next page
    assert counts[page_of(reader, "Prepared by") - 1] >= 1  # the last row comes with the sign-off


def test_site_report_has_a_summary_then_each_visit(services: Services, visit: str, tmp_path: Path) -> None:
    site_id = services.visits.get(visit).site_id
    services.visits.create(
        site_id=site_id, visited_at=datetime(2026, 10, 1, tzinfo=UTC), purpose="First assessment"
    )
    services.visits.create(
        site_id=site_id, visited_at=datetime(2026, 9, 1, tzinfo=UTC), purpose="Handover", releasability="team"
    )
    out = render_site_report(services, site_id, tmp_path / "site.pdf")
    text = text_of(out)
    assert "Summary: 3 visits" in text
    assert text.index("First assessment") < text.index("Check the chlorination after the repair")
    assert "RELEASABILITY: TEAM ONLY" in text  # the strictest marking of what is in it
    ranged = render_site_report(
        services, site_id, tmp_path / "range.pdf", date_from=date(2026, 9, 15), date_to=date(2026, 10, 31)
    )
    assert "Summary: 1 visit\n" in text_of(ranged)
    with pytest.raises(CmccError, match="no visits"):
        render_site_report(services, site_id, tmp_path / "none.pdf", date_from=date(2027, 1, 1))
    with pytest.raises(Cancelled):
        render_site_report(
            services, site_id, tmp_path / "cancelled.pdf", progress=Progress(cancelled=lambda: True)
        )
    assert not (tmp_path / "cancelled.pdf").exists()


def test_unknown_ids_are_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        render_visit_report(services, "nope", tmp_path / "x.pdf")


def test_cli_writes_a_report_and_refuses_an_unknown_id(
    services: Services, visit: str, tmp_path: Path, data_dir: Path
) -> None:
    services.store.close()
    command = [sys.executable, "-m", "cmcc_desktop", "--data-dir", str(data_dir), "report"]
    done = subprocess.run(
        [*command, "visit", visit, "-o", str(tmp_path / "cli.pdf")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF")
    refused = subprocess.run(
        [*command, "site", "nope", "-o", str(tmp_path / "n.pdf")], capture_output=True, text=True
    )
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == ["cmcc-desktop: error: No site with id nope exists here."]


def test_report_times_are_the_laptops_own_with_their_offset() -> None:
    gaza = ZoneInfo("Asia/Gaza")
    assert moment(datetime(2026, 11, 3, 9, 30, tzinfo=UTC), gaza) == "2026-11-03 11:30 UTC+02:00"
    assert (
        moment(datetime(2026, 7, 3, 9, 30, tzinfo=UTC), gaza) == "2026-07-03 12:30 UTC+03:00"
    )  # summer time
    assert moment(datetime(2026, 7, 3, 9, 30, tzinfo=UTC), UTC) == "2026-07-03 09:30 UTC"
