"""Details show names, not codes (languages, sectors), and every record's releasability; each table has a
sortable releasability column; a contact's languages are ticked in a list and stored as codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cmcc_desktop.db.models import Contact
from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.contact_forms import ContactForm
from cmcc_desktop.ui.forms.fields import LanguagesField
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.record_tab import RecordTab

from .conftest import details, form_of, main_window


@pytest.fixture
def seeded(paths: AppPaths) -> dict[str, str]:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        who = services.organisations.create(
            name="World Health Organization",
            org_type="un_agency",
            sectors=["HEA", "COR"],
            releasability="public",
        )
        hana = services.contacts.create(
            full_name="Hana Nasser",
            organisation_id=who.id,
            languages=["ar", "en"],
            sectors=["HEA", "COR"],
            releasability="team",
        )
        older = services.contacts.create(full_name="Omar Haddad", releasability="public")
        with store.write() as unit:  # as an earlier version stored what was typed
            unit.update(Contact, older.id, {"languages": ["Arabic", "Sign language"]})
        well = services.sites.create(name="Shati Water Well", sector="WSH", releasability="team")
        visit = services.visits.create(
            site_id=well.id,
            visited_at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC),
            needs=[{"sector": "WSH", "severity": 4, "note": ""}],
            releasability="team",
        )
        services.sites.create(name="Bureij Clinic", sector="HEA", releasability="public")
        task = services.tasks.create(title="Repair the pump", site_id=well.id, releasability="partners")
        services.tasks.create(title="Clinic fuel", releasability="public")
        return {
            "hana": hana.id,
            "older": older.id,
            "who": who.id,
            "well": well.id,
            "visit": visit.id,
            "task": task.id,
        }


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, seeded: dict[str, str]) -> Iterator[MainWindow]:
    with main_window(
        qtbot, paths, lambda w: w.workspace.contacts_page.people.model.rowCount() == 2
    ) as opened:
        yield opened


def shown(qtbot: QtBot, tab: RecordTab, record_id: str) -> str:
    tab.show_record(record_id)
    qtbot.waitUntil(lambda: tab.showing() == record_id, timeout=10_000)
    return details(qtbot, tab)


def test_details_name_languages_and_sectors_and_show_the_marking(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    people = window.workspace.contacts_page.people
    text = shown(qtbot, people, seeded["hana"])
    assert "Arabic, English" in text
    assert "Health, Coordination" in text
    assert "Releasability" in text and "Team only" in text
    older = shown(qtbot, people, seeded["older"])
    assert (
        "Arabic, Sign language" in older
    )  # typed before the list: known names read as names, the rest as typed
    assert "Public" in older
    organisations = window.workspace.contacts_page.organisations
    text = shown(qtbot, organisations, seeded["who"])
    assert "Health, Coordination" in text and "Public" in text
    sites = window.workspace.site_visits_page.sites
    text = shown(qtbot, sites, seeded["well"])
    assert "Water, Sanitation and Hygiene 4 · Extreme" in text  # its visit's most severe need
    assert "Team only" in text
    visits = window.workspace.site_visits_page.visits
    assert "Team only" in shown(qtbot, visits, seeded["visit"])
    assert "CMCC partners" in shown(qtbot, window.workspace.tasking_tab, seeded["task"])


def markings(tab: RecordTab) -> list[str]:
    column = [c.key for c in tab.model.columns].index("releasability")
    return [tab.model.data(tab.model.index(row, column)) for row in range(tab.model.rowCount())]


@pytest.mark.parametrize(
    "tab_of",
    [
        lambda w: w.workspace.contacts_page.people,
        lambda w: w.workspace.contacts_page.organisations,
        lambda w: w.workspace.site_visits_page.sites,
        lambda w: w.workspace.tasking_tab,
    ],
)
def test_every_table_sorts_by_marking_strictest_first(
    qtbot: QtBot, window: MainWindow, tab_of: object
) -> None:
    tab: RecordTab = tab_of(window)  # type: ignore[operator]
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 1, timeout=10_000)
    column = [c.key for c in tab.model.columns].index("releasability")
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "Releasability"
    tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    order = ["Team only", "CMCC partners", "Public"]
    qtbot.waitUntil(
        lambda: markings(tab) == sorted(markings(tab), key=order.index) and all(markings(tab)), timeout=5_000
    )
    tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: markings(tab) == sorted(markings(tab), key=order.index, reverse=True), timeout=5_000
    )


def test_the_visit_log_shows_the_marking(qtbot: QtBot, window: MainWindow) -> None:
    visits = window.workspace.site_visits_page.visits
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1, timeout=10_000)
    assert markings(visits) == ["Team only"]


def save(qtbot: QtBot, form: ContactForm) -> None:
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_languages_are_ticked_by_name_and_stored_as_codes(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, seeded: dict[str, str]
) -> None:
    people = window.workspace.contacts_page.people
    people.open_form(seeded["hana"])
    form = form_of(qtbot, people, ContactForm)
    field = form.fields["languages"]
    assert isinstance(field, LanguagesField)
    assert field.value() == ["ar", "en"]
    assert "Arabic, English" in field.chosen.text()
    qtbot.keyClicks(field.find_box, "fren")
    visible = [field.list.item(r) for r in range(field.list.count()) if not field.list.item(r).isHidden()]
    assert [item.text() for item in visible] == ["French"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert field.value() == ["ar", "en", "fr"]
    with qtbot.waitSignal(form.saved, timeout=10_000):
        save(qtbot, form)
    with Store.open(paths) as store:
        assert Services(store).contacts.get(seeded["hana"]).languages == ["ar", "en", "fr"]


def test_languages_typed_before_the_list_show_and_are_kept_until_the_officer_decides(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, seeded: dict[str, str]
) -> None:
    people = window.workspace.contacts_page.people
    people.open_form(seeded["older"])
    form = form_of(qtbot, people, ContactForm)
    field = form.fields["languages"]
    assert isinstance(field, LanguagesField)
    assert field.value() == [
        "ar",
        "Sign language",
    ]  # "Arabic" is ticked on the list; the other shows as typed
    kept = field.list.item(0)
    assert kept.text() == "Sign language (not on the list)" and kept.checkState() == Qt.CheckState.Checked
    assert not form.is_dirty()  # shown as stored: closing it asks nothing
    save(qtbot, form)
    qtbot.waitUntil(lambda: form.errors["languages"].isVisible(), timeout=10_000)
    assert "Sign language" in form.errors["languages"].text()
    with Store.open(paths) as store:  # nothing written until the officer decides
        assert Services(store).contacts.get(seeded["older"]).languages == ["Arabic", "Sign language"]
    kept.setCheckState(Qt.CheckState.Unchecked)
    field.find_box.setText("kurd")
    kurdish = next(
        field.list.item(r)
        for r in range(field.list.count())
        if not field.list.item(r).isHidden() and field.list.item(r).text() == "Kurdish"
    )
    kurdish.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        save(qtbot, form)
    with Store.open(paths) as store:
        assert Services(store).contacts.get(seeded["older"]).languages == ["ar", "ku"]
