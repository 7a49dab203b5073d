"""Reports printed in Arabic whatever the window's language: the report's own words in Arabic and in reading
order when the PDF is read back (pdftotext), laid out right to left (labels at the right, tables mirrored),
the site called by its Arabic name, dates whole and kept with the word before them, a mixed paragraph's
sentences each with its full stop at its own end, and the chosen digits in dates, counts and page numbers but
never in codes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader

import cmcc_desktop.reports.language
from cmcc_desktop.__main__ import main
from cmcc_desktop.catalog import Catalog
from cmcc_desktop.i18n import N_
from cmcc_desktop.reports.language import Language
from cmcc_desktop.reports.text import markup, register_fonts
from cmcc_desktop.reports.visit_report import render_site_report, render_visit_report
from cmcc_desktop.services import Services

from .arabic import CATALOG

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"
)
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.fixture(autouse=True)
def arabic_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports read the test's Arabic, not the translation file (which may not be finished)."""
    monkeypatch.setattr(
        cmcc_desktop.reports.language, "catalog", lambda code: CATALOG if code == "ar" else Catalog(code, {})
    )


@pytest.fixture
def visit(services: Services) -> str:
    site = services.sites.create(
        name="Shati Water Well",
        name_ar="بئر مياه الشاطئ",
        site_type="water_sanitation",
        sector="WSH",
        latitude=31.5312,
        longitude=34.4458,
        admin_pcode="PS0101",
        status="partially_functional",
    )
    contact = services.contacts.create(full_name="Samir Qudaih", name_ar="سمير قديح", title="Plant manager")
    created = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 11, 3, 9, 30, tzinfo=UTC),
        officers=["Lina Haddad", "Erik Solberg"],
        contacts_met=[contact.id],
        purpose="Check the chlorination after the repair",
        findings="تعمل الثلاجة على مولد وبطارية احتياطية. The vaccine stock is kept cold.",
        needs=[{"sector": "WSH", "severity": 4, "note": "Chlorine tablets"}],
        people_in_need=12500,
        recommendations="Replace the dosing pump within a week.",
    )
    services.tasks.create(
        title="Deliver chlorine tablets", visit_id=created.id, site_id=site.id, due_date=date(2026, 11, 10)
    )
    return created.id


def pdftotext(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def letters(text: str) -> str:
    """Arabic letters in their joined forms (and lam-alef ligatures) read as the letters."""
    return unicodedata.normalize("NFKC", re.sub("[\u200e\u200f\u202a-\u202e]", "", text))


def text_of(pdf: Path) -> str:
    """What pdftotext reads in the PDF."""
    return letters(pdftotext(pdf))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def left_edges(pdf: Path) -> dict[str, float]:
    """Each word on page 1 and where it starts from the left; an Arabic word is drawn in display order
    (its letters right to left), so it is read back reversed."""
    html = pdftotext(pdf, "-bbox", "-f", "1", "-l", "1")
    found: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        text = unescape(word)
        found.setdefault(letters(text[::-1] if re.search("[\ufb50-\ufeff]", text) else text), float(x))
    return found


def test_an_arabic_visit_report_reads_in_arabic_right_to_left(
    services: Services, visit: str, tmp_path: Path
) -> None:
    out = render_visit_report(services, visit, tmp_path / "ar.pdf", language="ar")
    text = text_of(out)
    for expected in (
        "مركز التنسيق المدني العسكري",
        "تقرير زيارة موقع — بئر مياه الشاطئ",
        "النتائج",
        "الاحتياجات حسب القطاع",
        "مهام المتابعة",
        "التوصيات",
        "الاعتماد",
        "محطة مياه أو صرف صحي",  # the site's type: a vocabulary label
        "يعمل جزئياً",
        "شديد جداً",
        "شركاء مركز التنسيق",  # the banner
        "بئر مياه الشاطئ",
        "سمير قديح",
        "PS0101",
        "31.53120, 34.44580",
        "12,500",
        "2026-11-10",
    ):
        assert expected in text, expected
    assert "جئاتنلا" not in text  # "Findings" is not read backwards
    # pdftotext puts its own spaces about digits and a colon in a right-to-left line: read them without.
    assert "النشر:شركاء" in squeezed(text)
    assert "الصفحة1من1" in squeezed(text)
    # Each sentence keeps its full stop at its own end, the English one after its last word.
    assert "The vaccine stock is kept cold." in text
    assert ".The vaccine" not in text
    assert not set(ARABIC_INDIC) & set(text)
    edges = left_edges(out)
    assert edges["الرمز"] > edges["PS0101"]  # the label column at the right of its value
    assert edges["مسندة"] > edges["الاستحقاق"]  # the tasks' columns mirrored: "Assigned to" before "Due"


def test_arabic_indic_digits_are_used_for_dates_counts_and_pages_but_not_codes(
    services: Services, visit: str, tmp_path: Path
) -> None:
    out = render_visit_report(services, visit, tmp_path / "digits.pdf", language="ar", arabic_digits=True)
    text = text_of(out)
    for expected in ("٢٠٢٦", "١٢٬٥٠٠", "PS0101", "31.53120, 34.44580"):
        assert expected in text, expected
    assert "الصفحة١من١" in squeezed(text)
    assert "2026" not in text  # no date in Western digits anywhere


def test_an_arabic_site_report_has_its_summary_in_arabic(
    services: Services, visit: str, tmp_path: Path
) -> None:
    site_id = services.visits.get(visit).site_id
    services.visits.create(site_id=site_id, visited_at=datetime(2026, 10, 1, tzinfo=UTC), purpose="Handover")
    out = render_site_report(services, site_id, tmp_path / "site.pdf", language="ar")
    text = text_of(out)
    assert "تقرير موقع — بئر مياه الشاطئ" in text
    assert "الملخص:زيارتان" in squeezed(text)  # Arabic's own form for two
    assert "أشد الاحتياجات" in text
    assert "WSH" in text  # the most severe need's sector, as its code
    assert "زيارة 2026-10-01" in text  # each visit's page


def test_an_arabic_report_calls_the_site_by_its_arabic_name(
    services: Services, visit: str, tmp_path: Path
) -> None:
    out = render_visit_report(services, visit, tmp_path / "ar.pdf", language="ar")
    text = text_of(out)
    assert "تقرير زيارة موقع — بئر مياه الشاطئ" in text
    assert "Shati Water Well" in text  # the site's details give both names
    assert PdfReader(out).metadata.title == "تقرير الزيارة: بئر مياه الشاطئ"
    site_id = services.visits.get(visit).site_id
    site = render_site_report(services, site_id, tmp_path / "site.pdf", language="ar")
    assert "تقرير موقع — بئر مياه الشاطئ" in text_of(site)
    assert PdfReader(site).metadata.title == "تقرير الموقع: بئر مياه الشاطئ"
    english = render_visit_report(services, visit, tmp_path / "en.pdf")
    assert "Site visit report — Shati Water Well" in text_of(english)
    unnamed = services.sites.create(name="Jabalia Bakery")
    bare = services.visits.create(site_id=unnamed.id, visited_at=datetime(2026, 11, 5, tzinfo=UTC))
    out = render_visit_report(services, bare.id, tmp_path / "unnamed.pdf", language="ar")
    assert "تقرير زيارة موقع — Jabalia Bakery" in text_of(out)  # no Arabic name: its only one


def test_a_period_in_an_arabic_title_has_its_dates_whole_and_in_order(
    services: Services, tmp_path: Path
) -> None:
    site = services.sites.create(name="Sheikh Radwan Pumping Station", name_ar="محطة ضخ الشيخ رضوان")
    services.visits.create(
        site_id=site.id, visited_at=datetime(2026, 11, 12, 8, 0, tzinfo=UTC), purpose="Fuel"
    )
    out = render_site_report(
        services, site.id, tmp_path / "period.pdf", date(2026, 11, 1), date(2026, 11, 30), language="ar"
    )
    text = text_of(out)
    # pdftotext leaves a right-to-left line's brackets unmirrored: "(" reads next to the second date.
    assert re.search(r"من +2026-11-01\s+إلى +\(?2026-11-30", text), text
    assert "01-11-2026" not in text
    assert "30-11-2026" not in text
    assert "زيارة 2026-11-12 08:00 UTC" in text


def test_a_date_stays_on_the_line_of_the_word_before_it() -> None:
    """Wrapped at any width, "(من" is on the line of the date it introduces, and "إلى" on its end's."""
    register_fonts()  # the report's styles do it before any text is measured
    title = Language("ar").message(
        N_("Site report — {site} ({start} to {end})"),
        site="Sheikh Radwan Pumping Station",
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
    )
    for width in range(60, 420, 5):
        for line in markup(title, width, 16, rtl=True).split("<br/>"):
            read = letters(re.sub("<[^>]+>", "", line))  # in display order: Arabic words read backwards
            assert ("2026-11-01" in read) == ("نم" in read), (width, read)
            assert ("2026-11-30" in read) == ("ىلإ" in read), (width, read)


MIXED = "The pump has fuel for 2 days. يحتاج المركز إلى وقود لمدة أسبوع."
ARABIC_FIRST = "يحتاج المركز إلى وقود لمدة أسبوع. The pump has fuel for 2 days."


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_sentence_of_a_mixed_paragraph_keeps_its_full_stop_at_its_own_end(
    services: Services, tmp_path: Path, language: str
) -> None:
    site = services.sites.create(name="Sheikh Radwan Pumping Station")
    visit = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        findings=f"{MIXED}\n\n{ARABIC_FIRST}",
    )
    text = text_of(render_visit_report(services, visit.id, tmp_path / f"{language}.pdf", language=language))
    assert squeezed(MIXED) in squeezed(text)
    if language == "en":
        assert MIXED in text
        assert ARABIC_FIRST in text
        assert ". ." not in text
    else:
        # The Arabic sentence's full stop is at its left, next to the English one: pdftotext reads both
        # with the English sentence.
        assert "The pump has fuel for 2 days." in text
        assert ".The pump" not in text


def test_an_english_report_stays_left_to_right(services: Services, visit: str, tmp_path: Path) -> None:
    out = render_visit_report(services, visit, tmp_path / "en.pdf")
    text = text_of(out)
    for expected in (
        "Findings",
        "Page 1 of 1",
        "RELEASABILITY: CMCC PARTNERS",
        "12,500",
        "The vaccine stock is kept cold.",
    ):
        assert expected in text, expected
    edges = left_edges(out)
    assert edges["P-code"] < edges["PS0101"]


def test_the_command_line_prints_arabic_with_arabic_indic_digits(
    services: Services, visit: str, tmp_path: Path, data_dir: Path
) -> None:
    services.store.close()
    out = tmp_path / "cli.pdf"
    command = ["--data-dir", str(data_dir), "report", "visit", visit, "-o", str(out)]
    assert main([*command, "--lang", "ar", "--digits", "arabic-indic"]) == 0
    assert "الصفحة١من١" in squeezed(text_of(out))
