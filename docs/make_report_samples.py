"""Sample reports for the README: an English visit with photos, an Arabic visit, and a site report in
English; the visit with photos, the Arabic visit and the site report printed in Arabic too.

    .venv/bin/python docs/make_report_samples.py

Writes ``docs/reports/*.pdf`` and a PNG of each one's first page (``pdftoppm``, poppler-utils).
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.reports.visit_report import render_site_report, render_visit_report
from cmcc_desktop.services import Services, Store, demo

OUT = Path(__file__).parent / "reports"


def sample_photo(path: Path, colour: str, label: str, rotated: bool = False) -> Path:
    """A stand-in photo (demo data has no camera): a coloured scene with a label; EXIF-rotated if asked."""
    image = Image.new("RGB", (2400, 1600), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 500, 2100, 1400), outline="white", width=24)
    draw.text((340, 540), label, fill="white", font_size=120)
    exif = Image.Exif()
    if rotated:
        image = image.rotate(90, expand=True)
        exif[0x0112] = 6
    image.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def main() -> None:
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="cmcc-report-samples-"))
    with Store.open(resolve_paths(folder / "data"), officer="Lina Haddad", team="CMCC North") as store:
        demo.generate(store)
        services = Services(store)
        visit = max(
            services.visits.find(limit=300),
            key=lambda v: (len(v.needs), len(v.contacts_met), len(v.findings)),
        )
        for number, (colour, label) in enumerate(
            [
                ("#4a6f8a", "Pump room"),
                ("#7a6a4f", "Chlorine dosing unit"),
                ("#55704a", "Storage tank"),
                ("#6b4a6f", "Access road"),
            ]
        ):
            services.attachments.attach_file(
                visit.id,
                sample_photo(folder / f"p{number}.jpg", colour, label, rotated=number == 1),
                caption=label,
            )
        render_visit_report(services, visit.id, OUT / "visit-report.pdf")
        render_visit_report(services, visit.id, OUT / "visit-report-ar.pdf", language="ar")
        clinic = services.sites.create(
            name="Bureij Maternity Clinic",
            name_ar="عيادة الأمومة في البريج",
            site_type="health_facility",
            sector="HEA",
            admin_area="Deir al-Balah",
            admin_pcode="PS0103",
            status="partially_functional",
        )
        nour = services.contacts.create(
            full_name="Nour Abu Ramadan", name_ar="نور أبو رمضان", title="مديرة العيادة"
        )
        arabic = services.visits.create(
            site_id=clinic.id,
            visited_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
            officers=["Lina Haddad", "سمير قديح"],
            contacts_met=[nour.id],
            purpose="تقييم الاحتياجات بعد انقطاع الكهرباء",
            findings="المولد الرئيسي معطل منذ ثلاثة أيام، وسلسلة التبريد تعمل على ثلاجة احتياطية. "
            "The vaccine stock is safe until Friday. يحتاج المركز إلى 400 لتر من الوقود يوميًا.",
            needs=[
                {"sector": "ENR", "severity": 5, "note": "وقود للمولد"},
                {"sector": "HEA", "severity": 3, "note": "Vaccine fridge"},
            ],
            people_in_need=8200,
            security_access="الطريق مفتوح نهارًا فقط.",
            recommendations="إيصال الوقود خلال ٤٨ ساعة وإصلاح المولد.",
        )
        render_visit_report(services, arabic.id, OUT / "arabic-visit-report.pdf")
        render_visit_report(services, arabic.id, OUT / "arabic-visit-report-ar.pdf", language="ar")
        render_site_report(services, visit.site_id, OUT / "site-report.pdf")
        render_site_report(services, visit.site_id, OUT / "site-report-ar.pdf", language="ar")
    for name in (
        "visit-report",
        "arabic-visit-report",
        "site-report",
        "visit-report-ar",
        "arabic-visit-report-ar",
        "site-report-ar",
    ):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(OUT / f"{name}.pdf"),
                str(OUT / name),
            ],
            check=True,
        )


if __name__ == "__main__":
    main()
