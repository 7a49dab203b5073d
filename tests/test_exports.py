"""Exports of one kind of record for people and tools outside the app, read back by the libraries that
others will read them with: openpyxl, vobject, libhxl, json and an XML parser."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import hxl
import openpyxl
import pytest
import vobject

from cmcc_desktop.errors import CmccError
from cmcc_desktop.services import Services, demo
from cmcc_desktop.services.exports import ExportOptions, ExportResult, write_export
from cmcc_desktop.services.exports.spreadsheets import csv_cell

from .test_cli import cli

KML = "{http://www.opengis.net/kml/2.2}"
# The Gaza Strip's bounding box (WGS84), with a margin.
GAZA = {"lat": (31.2, 31.62), "lon": (34.2, 34.58)}


@pytest.fixture
def marked(services: Services) -> dict[str, str]:
    """A record of each marking, linked the way officers link them."""
    open_org = services.organisations.create(name="Water Authority", acronym="PWA")
    team_org = services.organisations.create(name="Liaison Cell", releasability="team")
    site = services.sites.create(
        name="Shati Water Well",
        name_ar="بئر مياه الشاطئ",
        latitude=31.5303,
        longitude=34.4497,
        admin_area="Gaza",
        admin_pcode="PS0102",
        status="partially_functional",
        releasability="public",
    )
    team_site = services.sites.create(
        name="Hidden Depot", latitude=31.4, longitude=34.35, status="destroyed", releasability="team"
    )
    partner = services.contacts.create(
        full_name="Ahmad Khalil",
        name_ar="أحمد خليل",
        title="Field engineer",
        organisation_id=team_org.id,
        phones=[
            {"label": "mobile", "number": "+970599123456"},
            {"label": "office", "number": "+97082822960"},
        ],
        emails=[
            {"label": "work", "address": "ahmad@pwa.example"},
            {"label": "personal", "address": "a@mail.example"},
        ],
        releasability="partners",
    )
    public = services.contacts.create(
        full_name='=HYPERLINK("http://evil.example")',
        organisation_id=open_org.id,
        call_sign="0042",
        releasability="public",
    )
    secret = services.contacts.create(full_name="Secret Source", releasability="team")
    visit = services.visits.create(
        site_id=site.id,
        visited_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        needs=[
            {"sector": "WSH", "severity": 4, "note": "-chlorine"},
            {"sector": "HEA", "severity": 2, "note": ""},
        ],
        releasability="public",
    )
    hidden_visit = services.visits.create(
        site_id=team_site.id, visited_at=datetime(2026, 3, 2, tzinfo=UTC), releasability="partners"
    )
    return {
        "partner": partner.id,
        "public": public.id,
        "secret": secret.id,
        "site": site.id,
        "team_site": team_site.id,
        "visit": visit.id,
        "hidden_visit": hidden_visit.id,
    }


def export(
    services: Services, tmp_path: Path, entity: str, fmt: str, **options: str
) -> tuple[Path, ExportResult]:
    target = tmp_path / f"out-{entity}-{fmt}-{options.get('audience', 'partners')}.{fmt}"
    result = write_export(services.store, target, ExportOptions(entity, fmt, **options))
    return target, result


def test_a_team_only_record_never_leaves_and_is_counted(
    services: Services, tmp_path: Path, marked: dict
) -> None:
    for fmt in ("csv", "xlsx", "hxl", "vcf"):
        path, result = export(services, tmp_path, "contact", fmt)
        text = path.read_bytes()
        assert b"Secret Source" not in text and marked["secret"].encode() not in text
        assert b"Liaison Cell" not in text  # the partner's organisation is team only: not named
        assert result.written == 2 and result.left_out == 1
    path, result = export(services, tmp_path, "contact", "csv", audience="public")
    assert result.written == 1 and result.left_out == 2
    assert b"Ahmad" not in path.read_bytes()
    path, result = export(services, tmp_path, "contact", "csv", audience="team")
    assert result.written == 3 and result.left_out == 0
    # A visit to a team-only site is left out with it, on maps and in spreadsheets.
    for fmt in ("geojson", "kml", "csv"):
        path, result = export(services, tmp_path, "visit", fmt)
        assert marked["hidden_visit"] not in path.read_text(encoding="utf-8-sig")
        assert result.left_out == 1


def test_xlsx_reads_back_with_text_kept_as_text(services: Services, tmp_path: Path, marked: dict) -> None:
    path, _ = export(services, tmp_path, "contact", "xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell for cell in row] for row in sheet.iter_rows()]
    headers, hashtags = [c.value for c in rows[0]], [c.value for c in rows[1]]
    assert headers[:2] == ["Name", "Name in Arabic"] and hashtags[:2] == [
        "#contact+name",
        "#contact+name+i_ar",
    ]
    by_name = {row[0].value: {h: c for h, c in zip(hashtags, row, strict=True)} for row in rows[2:]}
    injected = by_name['=HYPERLINK("http://evil.example")']["#contact+name"]
    assert injected.data_type == "s" and injected.quotePrefix  # text, never a formula
    assert by_name['=HYPERLINK("http://evil.example")']["#contact+callsign"].value == "0042"
    assert by_name["Ahmad Khalil"]["#contact+phone+list"].value == "+970599123456; +97082822960"
    assert by_name["Ahmad Khalil"]["#contact+name+i_ar"].value == "أحمد خليل"
    assert by_name["Ahmad Khalil"]["#org+name"].value is None  # its organisation is team only


def test_csv_cells_that_a_spreadsheet_would_run_or_mangle_are_guarded() -> None:
    for dangerous in ("=1+1", "+970599123456", "-2+3", "@SUM(A1)", "\t=1", "\rcmd", "0599123456"):
        assert csv_cell(dangerous) == "'" + dangerous
    for harmless in ("Gaza", "PS0102", "a=b", "0", "3"):
        assert csv_cell(harmless) == harmless
    assert csv_cell(-3) == -3 and csv_cell(31.5) == 31.5 and csv_cell(None) == ""


def test_csv_has_headers_then_hashtags_and_arabic_headers(
    services: Services, tmp_path: Path, marked: dict
) -> None:
    path, _ = export(services, tmp_path, "visit", "csv", language="ar")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 Arabic only with the mark
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    headers, hashtags = rows[0], rows[1]
    assert "تاريخ الزيارة" in headers and "الشدة" in headers
    assert "#severity+num" in hashtags and "#sector+code" in hashtags
    needs = {row[hashtags.index("#sector+code")]: row for row in rows[2:]}
    assert set(needs) == {"WSH", "HEA"}  # a row per need
    assert needs["WSH"][hashtags.index("#severity+num")] == "4"
    assert needs["WSH"][hashtags.index("#description+need")] == "'-chlorine"
    assert needs["WSH"][hashtags.index("#adm1+code")] == "PS02"
    assert needs["WSH"][hashtags.index("#adm1+name")] == "قطاع غزة"


def test_hxl_export_is_valid_against_a_schema(services: Services, tmp_path: Path) -> None:
    demo.generate(services.store, seed=3, sizes=demo.DemoSizes(10, 30, 20, 40, 20))
    problems: list[str] = []
    rules = [
        [
            "#valid_tag",
            "#valid_required",
            "#valid_datatype",
            "#valid_value+min",
            "#valid_value+max",
            "#valid_value+list",
        ],
        ["#org+impl+name", "", "", "", "", ""],
        [
            "#sector+code",
            "true",
            "",
            "",
            "",
            "CCCM|ERY|EDU|ETC|FSC|HEA|LOG|NUT|PRO|SHL|WSH|ENR|INF|GOV|SEC|CSH|COR",
        ],
        ["#activity+name", "true", "", "", "", ""],
        ["#adm1+code", "", "", "", "", "PS02"],
        ["#geo+lat", "", "number", "31.2", "31.62", ""],
        ["#geo+lon", "", "number", "34.2", "34.58", ""],
        [
            "#status+code",
            "true",
            "",
            "",
            "",
            "new|assigned|in_progress|blocked|on_hold|done|verified|cancelled",
        ],
        ["#date+start", "true", "date", "", "", ""],
    ]
    schema = hxl.schema(rules, callback=lambda error: problems.append(str(error)))
    for fmt in ("hxl", "csv", "xlsx"):
        path, result = export(services, tmp_path, "task", fmt)
        problems.clear()
        assert schema.validate(hxl.data(str(path), hxl.InputOptions(allow_local=True))), problems
        assert result.written > 0
    visits, _ = export(services, tmp_path, "visit", "hxl")
    data = hxl.data(str(visits), hxl.InputOptions(allow_local=True))
    severity = hxl.schema(
        [
            ["#valid_tag", "#valid_datatype", "#valid_value+min", "#valid_value+max"],
            ["#severity+num", "number", "1", "5"],
        ]
    )
    assert severity.validate(data)


def test_vcards_parse_back_in_both_versions(services: Services, tmp_path: Path, marked: dict) -> None:
    path, _ = export(services, tmp_path, "contact", "vcf")
    cards = {card.uid.value: card for card in vobject.readComponents(path.read_text(encoding="utf-8"))}
    ahmad = cards[f"urn:uuid:{marked['partner']}"]
    assert ahmad.version.value == "4.0"
    names = {fn.params.get("LANGUAGE", [""])[0]: fn.value for fn in ahmad.contents["fn"]}
    assert names == {"en": "Ahmad Khalil", "ar": "أحمد خليل"}
    assert [t.value for t in ahmad.contents["tel"]] == ["tel:+970599123456", "tel:+97082822960"]
    assert ahmad.contents["tel"][0].params["TYPE"] == ["cell"]
    assert sorted(e.value for e in ahmad.contents["email"]) == ["a@mail.example", "ahmad@pwa.example"]
    assert ahmad.title.value == "Field engineer" and "org" not in ahmad.contents
    other = cards[f"urn:uuid:{marked['public']}"]
    assert other.org.value == ["Water Authority"]

    old = tmp_path / "old.vcf"
    write_export(services.store, old, ExportOptions("contact", "vcf", vcard_version="3.0"))
    cards = {card.uid.value: card for card in vobject.readComponents(old.read_text(encoding="utf-8"))}
    ahmad = cards[marked["partner"]]
    assert ahmad.version.value == "3.0" and ahmad.fn.value == "Ahmad Khalil"
    assert ahmad.nickname.value == "أحمد خليل"
    assert [t.value for t in ahmad.contents["tel"]] == ["+970599123456", "+97082822960"]


def test_demo_sites_on_a_geojson_map_lie_in_the_gaza_strip(services: Services, tmp_path: Path) -> None:
    demo.generate(services.store, seed=2, sizes=demo.DemoSizes(5, 10, 30, 5, 40))
    for entity in ("site", "visit"):
        path, result = export(services, tmp_path, entity, "geojson", audience="team")
        collection = json.loads(path.read_text(encoding="utf-8"))
        assert collection["type"] == "FeatureCollection" and "crs" not in collection
        features = collection["features"]
        assert len(features) == result.written > 0
        for feature in features:
            lon, lat = feature["geometry"]["coordinates"]
            assert GAZA["lat"][0] < lat < GAZA["lat"][1] and GAZA["lon"][0] < lon < GAZA["lon"][1]
    sites = json.loads((tmp_path / "out-site-geojson-team.geojson").read_text(encoding="utf-8"))["features"]
    assert any(f["properties"]["latest_severity"] for f in sites)


def test_kml_is_styled_by_operational_status(services: Services, tmp_path: Path, marked: dict) -> None:
    path, _ = export(services, tmp_path, "site", "kml", audience="team")
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{KML}kml"
    styles = {s.get("id") for s in root.iter(f"{KML}Style")}
    assert {"functional", "partially_functional", "destroyed"} <= styles
    marks = {p.get("id"): p for p in root.iter(f"{KML}Placemark")}
    shati = marks[marked["site"]]
    assert shati.findtext(f"{KML}styleUrl") == "#partially_functional"
    assert shati.findtext(f"{KML}Point/{KML}coordinates") == "34.449700,31.530300"
    assert marks[marked["team_site"]].findtext(f"{KML}styleUrl") == "#destroyed"
    partners, _ = export(services, tmp_path, "site", "kml")
    assert marked["team_site"] not in partners.read_text(encoding="utf-8")


def test_bad_requests_are_refused_and_leave_no_file(services: Services, tmp_path: Path) -> None:
    with pytest.raises(CmccError):
        write_export(services.store, tmp_path / "x.vcf", ExportOptions("site", "vcf"))
    with pytest.raises(CmccError):
        write_export(services.store, tmp_path / "x.csv", ExportOptions("site", "csv", audience="everyone"))
    with pytest.raises(CmccError):
        write_export(services.store, tmp_path / "missing" / "x.csv", ExportOptions("site", "csv"))
    assert list(tmp_path.glob("x.*")) == [] and not list(tmp_path.glob(".x.*"))


def test_the_command_line_exports_and_refuses_overwriting(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert (
        cli(
            "--data-dir",
            data,
            "demo",
            "--contacts",
            "20",
            "--organisations",
            "5",
            "--sites",
            "5",
            "--tasks",
            "5",
            "--visits",
            "5",
        ).returncode
        == 0
    )
    target = tmp_path / "contacts.xlsx"
    done = cli("--data-dir", data, "export", "--format", "xlsx", "--entity", "contacts", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stderr and "Traceback" not in done.stderr
    again = cli("--data-dir", data, "export", "--format", "xlsx", "--entity", "contacts", "-o", str(target))
    assert again.returncode != 0 and "--force" in again.stderr and "Traceback" not in again.stderr
    for wrong in (
        ("--format", "vcf", "--entity", "sites", "-o", str(tmp_path / "s.vcf")),
        ("--format", "csv", "-o", str(tmp_path / "s.csv")),
        ("--format", "kml", "--entity", "sites", "-o", "-"),
    ):
        refused = cli("--data-dir", data, "export", *wrong)
        assert refused.returncode != 0 and "Traceback" not in refused.stderr and refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.xlsx", "data"]
