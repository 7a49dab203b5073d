"""Sites and visits: create a site, visit it, copy the last visit, attach photos, follow up with a task."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.site_forms import SiteForm, VisitForm
from cmcc_desktop.ui.forms.task_form import TaskForm
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.record_tab import RecordTab
from cmcc_desktop.ui.report_actions import ReportOptions

from .conftest import details, form_of, main_window


@pytest.fixture
def seeded(paths: AppPaths) -> dict[str, str]:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        samir = services.contacts.create(full_name="Samir Qudaih", title="Plant manager")
        well = services.sites.create(name="Shati Water Well", sector="WSH", site_type="water_sanitation")
        clinic = services.sites.create(name="Bureij Clinic", sector="HEA", site_type="health_facility")
        services.visits.create(
            site_id=well.id,
            visited_at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC),
            purpose="Check the chlorination",
            findings="Dosing pump broken.",
            contacts_met=[samir.id],
            needs=[
                {"sector": "WSH", "severity": 4, "note": "No chlorine"},
                {"sector": "HEA", "severity": 2, "note": ""},
            ],
            recommendations="Replace the dosing pump.",
        )
        services.visits.create(
            site_id=clinic.id, visited_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC), purpose="Vaccination day"
        )
        return {"well": well.id, "clinic": clinic.id, "samir": samir.id}


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, seeded: dict[str, str]) -> Iterator[MainWindow]:
    with main_window(
        qtbot,
        paths,
        lambda w: (
            w.workspace.site_visits_page.sites.model.rowCount() == 2
            and w.workspace.site_visits_page.visits.model.rowCount() == 2
        ),
    ) as opened:
        yield opened


def column(tab: RecordTab, key: str) -> list[object]:
    return [tab.model.value_of(row, key) for row in range(tab.model.rowCount())]


def save(qtbot: QtBot, form: object) -> None:
    with qtbot.waitSignal(form.saved, timeout=10_000):  # type: ignore[attr-defined]
        form.save()  # type: ignore[attr-defined]


def test_create_a_site_and_a_bad_latitude_is_shown_inline(
    qtbot: QtBot, window: MainWindow, paths: AppPaths
) -> None:
    sites = window.workspace.site_visits_page.sites
    qtbot.mouseClick(sites.new_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, sites, SiteForm)
    qtbot.keyClicks(form.fields["name"], "Jabalia Bakery")
    qtbot.keyClicks(form.fields["latitude"], "131.5")
    qtbot.keyClicks(form.fields["longitude"], "34.46")
    form.save()
    qtbot.waitUntil(lambda: form.errors["latitude"].isVisible(), timeout=10_000)
    with Store.open(paths) as store:
        assert Services(store).sites.count() == 2
    form.fields["latitude"].setText("31.53")
    qtbot.keyClicks(form.fields["admin_pcode"], "ps0102")
    save(qtbot, form)
    qtbot.waitUntil(lambda: "Jabalia Bakery" in column(sites, "name"), timeout=5_000)
    qtbot.waitUntil(lambda: "PS0102" in sites.detail.toPlainText(), timeout=5_000)


def test_new_visit_from_a_site_with_needs_and_a_photo(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str], tmp_path: Path
) -> None:
    page = window.workspace.site_visits_page
    page.sites.show_record(seeded["clinic"])
    qtbot.waitUntil(lambda: page.sites.showing() == seeded["clinic"], timeout=5_000)
    page.sites.new_visit_button.click()
    form = form_of(qtbot, page.visits, VisitForm)
    assert form.fields["site_id"].value() == seeded["clinic"]
    assert form.fields["officers"].value() == ["Lina Haddad"]
    qtbot.keyClicks(form.fields["findings"], "The cold chain works; the generator does not.")
    qtbot.keyClicks(form.fields["people_in_need"], "17000")
    form.fields["needs"].add_row({"sector": "ENR", "severity": 5, "note": "Generator broken"})
    photo = tmp_path / "generator.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    image.save(str(photo))
    form.fields["photos"].add_photo(
        {"attachment_id": None, "path": str(photo), "caption": "The generator room"}
    )
    save(qtbot, form)
    services = page.visits.services
    visit = services.visits.find(site_id=seeded["clinic"], order_by="visited_at", descending=True)[0]
    assert visit.needs == [{"sector": "ENR", "severity": 5, "note": "Generator broken"}]
    [attached] = services.attachments.find(visit_id=visit.id)
    assert attached.caption == "The generator room" and attached.original_name == "generator.png"
    qtbot.waitUntil(lambda: page.visits.showing() == visit.id, timeout=5_000)
    qtbot.waitUntil(lambda: "The generator room" in page.visits.detail.toPlainText(), timeout=5_000)
    assert "5 · Catastrophic" in details(qtbot, page.visits)
    assert "17,000" in details(qtbot, page.visits)  # as the reports write it


def test_copy_from_last_visit_carries_the_situation_not_the_findings(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    page = window.workspace.site_visits_page
    page.sites.show_record(seeded["well"])
    qtbot.waitUntil(lambda: page.sites.showing() == seeded["well"], timeout=5_000)
    page.sites.copy_visit_button.click()
    form = form_of(qtbot, page.visits, VisitForm)
    assert form.fields["site_id"].value() == seeded["well"]
    assert form.fields["purpose"].value() == "Check the chlorination"
    assert form.fields["contacts_met"].value() == [seeded["samir"]]
    assert [n["sector"] for n in form.fields["needs"].value()] == ["WSH", "HEA"]
    assert form.fields["recommendations"].value() == "Replace the dosing pump."
    assert form.fields["findings"].value() == ""
    assert form.fields["visited_at"].value() > datetime(2026, 11, 1, tzinfo=UTC)


def test_visit_filters_narrow_the_log(qtbot: QtBot, window: MainWindow, seeded: dict[str, str]) -> None:
    visits = window.workspace.site_visits_page.visits
    assert column(visits, "site") == ["Bureij Clinic", "Shati Water Well"]  # newest first
    visits.site_filter.set_value(seeded["well"])
    qtbot.waitUntil(lambda: column(visits, "site") == ["Shati Water Well"], timeout=5_000)
    visits.site_filter.set_value(None)
    box, edit = visits.date_from
    edit.setDate(edit.date().fromString("2026-11-01", "yyyy-MM-dd"))
    box.setChecked(True)
    qtbot.waitUntil(lambda: column(visits, "site") == ["Bureij Clinic"], timeout=5_000)
    box.setChecked(False)
    sector = next(
        c for c in visits.findChildren(type(visits.officer_filter)) if c.accessibleName() == "Sector"
    )
    sector.set_value("WSH")
    qtbot.waitUntil(lambda: column(visits, "site") == ["Shati Water Well"], timeout=5_000)


def test_follow_up_task_from_a_visit_is_prefilled_and_links_back(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    visits = window.workspace.site_visits_page.visits
    visit_id = visits.model.record_id(column(visits, "site").index("Shati Water Well"))
    window.workspace.tasking_tab.services.visits.update(visit_id, releasability="partners")
    visits.show_record(visit_id)
    qtbot.waitUntil(lambda: visits.showing() == visit_id, timeout=5_000)
    visits.follow_up_button.click()
    form = form_of(qtbot, window.workspace.tasking_tab, TaskForm)
    assert form.fields["site_id"].value() == seeded["well"]
    assert form.fields["visit_id"].value() == visit_id
    assert form.fields["sector"].value() == "WSH"  # the most severe need
    assert form.fields["releasability"].value() == "partners"  # shared as widely as its visit
    save(qtbot, form)
    [task] = window.workspace.tasking_tab.services.tasks.find(visit_id=visit_id)
    assert task.site_id == seeded["well"]
    window.workspace.show_record("visit", visit_id)
    qtbot.waitUntil(lambda: task.title in visits.detail.toPlainText(), timeout=5_000)


def test_print_visit_report_and_site_report_write_pdfs(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReportOptions, "exec", lambda _self: QDialog.DialogCode.Accepted)
    targets = iter([tmp_path / "visit", tmp_path / "site.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(targets)), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    page = window.workspace.site_visits_page
    visit_id = page.visits.model.record_id(0)
    page.visits.show_record(visit_id)
    qtbot.waitUntil(lambda: page.visits.report_button.isEnabled(), timeout=5_000)
    window.report_action.trigger()  # File > Print visit report… prints the selected visit
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    assert (tmp_path / "visit.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "visit.pdf") in said[0]
    page.sites.show_record(seeded["well"])
    qtbot.waitUntil(lambda: page.sites.site_report_button.isEnabled(), timeout=5_000)
    page.sites.site_report_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert (tmp_path / "site.pdf").read_bytes().startswith(b"%PDF")


def test_links_to_a_deleted_site_say_where_it_went(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    visits = window.workspace.site_visits_page.visits
    visit_id = visits.model.record_id(column(visits, "site").index("Shati Water Well"))
    sites = window.workspace.site_visits_page.sites
    listed = sites.model.rowCount()
    window.workspace.tasking_tab.services.sites.delete(seeded["well"])
    sites.refresh()  # as after a delete in the window (F5)
    qtbot.waitUntil(lambda: sites.model.rowCount() == listed - 1, timeout=5_000)
    window.workspace.show_record("visit", visit_id)
    qtbot.waitUntil(lambda: "Shati Water Well (deleted)" in visits.detail.toPlainText(), timeout=5_000)
    window.workspace.show_record("site", seeded["well"])
    qtbot.waitUntil(lambda: "in Deleted items" in sites.detail.toPlainText(), timeout=5_000)


def test_copy_from_last_visit_is_offered_only_after_a_visit(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    sites = window.workspace.site_visits_page.sites
    new_site = window.workspace.tasking_tab.services.sites.create(
        name="Zawaida Tented Site", site_type="shelter"
    )
    sites.refresh()
    qtbot.waitUntil(lambda: sites.model.row_of(new_site.id) >= 0, timeout=5_000)
    sites.show_record(new_site.id)
    qtbot.waitUntil(lambda: sites.showing() == new_site.id, timeout=5_000)
    assert sites.new_visit_button.isEnabled() and not sites.copy_visit_button.isEnabled()
    sites.show_record(seeded["well"])
    qtbot.waitUntil(lambda: sites.copy_visit_button.isEnabled(), timeout=5_000)
