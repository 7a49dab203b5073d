"""The Contacts tab, driven as an officer would: type into forms, save, search, filter, delete and restore."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.contact_forms import ContactForm
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.tabs.contacts_tab import PeopleTab

from .conftest import details, form_of, main_window


@pytest.fixture
def seeded(paths: AppPaths) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        who = services.organisations.create(
            name="World Health Organization", acronym="WHO", org_type="un_agency"
        )
        pwa = services.organisations.create(
            name="Palestinian Water Authority", acronym="PWA", org_type="local_authority"
        )
        services.contacts.create(
            full_name="Samir Qudaih", organisation_id=pwa.id, sectors=["WSH"], title="Engineer"
        )
        services.contacts.create(full_name="Hana Nasser", organisation_id=who.id, sectors=["HEA"])
        services.contacts.create(full_name="Omar Haddad", name_ar="عمر حداد", sectors=["WSH", "HEA"])


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, seeded: None) -> Iterator[MainWindow]:
    with main_window(
        qtbot, paths, lambda w: w.workspace.contacts_page.people.model.rowCount() == 3
    ) as opened:
        yield opened


def names(tab: PeopleTab) -> list[str]:
    return [tab.model.value_of(row, "full_name") for row in range(tab.model.rowCount())]


def open_new_form(qtbot: QtBot, tab: PeopleTab) -> ContactForm:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, tab, ContactForm)
    assert form is not None
    return form


def test_sorted_by_name_and_sortable_by_any_column(qtbot: QtBot, window: MainWindow) -> None:
    people = window.workspace.contacts_page.people
    assert names(people) == ["Hana Nasser", "Omar Haddad", "Samir Qudaih"]
    people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names(people)[0] == "Samir Qudaih", timeout=5_000)
    organisation_column = [c.key for c in people.model.columns].index("organisation")
    people.table.sortByColumn(organisation_column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: names(people) == ["Samir Qudaih", "Hana Nasser", "Omar Haddad"], timeout=5_000
    )  # empty last


def test_create_a_contact_through_the_form(qtbot: QtBot, window: MainWindow) -> None:
    people = window.workspace.contacts_page.people
    form = open_new_form(qtbot, people)
    qtbot.keyClicks(form.fields["full_name"], "Rana Khalil")
    qtbot.keyClicks(form.fields["title"], "Liaison Officer")
    phones = form.fields["phones"]
    phones.add_row({"label": "mobile", "number": "0599 123 456"})
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rana Khalil" in names(people), timeout=5_000)
    qtbot.waitUntil(lambda: people.current_id() is not None, timeout=5_000)
    assert "Rana Khalil" in details(qtbot, people)
    assert "+970599123456" in details(qtbot, people)  # normalised to E.164
    qtbot.waitUntil(lambda: "4 contacts" in window.counts_label.text(), timeout=5_000)


def test_a_bad_phone_shows_its_message_next_to_the_field_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, paths: AppPaths
) -> None:
    people = window.workspace.contacts_page.people
    form = open_new_form(qtbot, people)
    qtbot.keyClicks(form.fields["full_name"], "Rana Khalil")
    form.fields["phones"].add_row({"label": "mobile", "number": "12"})
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["phones"].isVisible(), timeout=10_000)
    assert "phone" in form.errors["phones"].text().lower()
    assert not form.errors["full_name"].isVisible()
    assert form.isVisible()
    with Store.open(paths) as store:
        assert Services(store).contacts.count() == 3


def test_a_missing_name_is_marked_and_clears_when_typed(qtbot: QtBot, window: MainWindow) -> None:
    form = open_new_form(qtbot, window.workspace.contacts_page.people)
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["full_name"].isVisible(), timeout=10_000)
    qtbot.keyClicks(form.fields["full_name"], "R")
    assert not form.errors["full_name"].isVisible()


def test_search_and_filters_narrow_the_table(qtbot: QtBot, window: MainWindow) -> None:
    people = window.workspace.contacts_page.people
    qtbot.keyClicks(people.search_box, "haddad")
    qtbot.waitUntil(lambda: names(people) == ["Omar Haddad"], timeout=5_000)
    people.table.clearSelection()
    assert people.current_id() is None
    qtbot.keyClick(people.search_box, Qt.Key.Key_Down)  # from the search into the results, by keyboard
    assert people.current_id() == people.model.record_id(0)
    people.search_box.clear()
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=5_000)
    sector = next(
        c for c in people.findChildren(type(people.organisation_filter)) if c.accessibleName() == "Sector"
    )
    sector.set_value("WSH")
    qtbot.waitUntil(lambda: names(people) == ["Omar Haddad", "Samir Qudaih"], timeout=5_000)
    people.organisation_filter.setCurrentIndex(people.organisation_filter.findText("PWA"))
    qtbot.waitUntil(lambda: names(people) == ["Samir Qudaih"], timeout=5_000)
    assert "1 contact" in people.count_label.text()


def test_links_lead_from_a_contact_to_its_organisation(qtbot: QtBot, window: MainWindow) -> None:
    people = window.workspace.contacts_page.people
    people.show_record(people.model.record_id(names(people).index("Samir Qudaih")))
    assert "Palestinian Water Authority" in details(qtbot, people, html=True)
    organisation_id = people.service().get(people.current_id()).organisation_id
    window.workspace.show_record("organisation", organisation_id)
    organisations = window.workspace.contacts_page.organisations
    qtbot.waitUntil(lambda: organisations.showing() == organisation_id, timeout=5_000)
    assert window.workspace.contacts_page.current() is organisations
    assert "Samir Qudaih" in details(qtbot, organisations)


def test_delete_asks_first_and_moves_to_deleted_items(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = window.workspace.contacts_page.people
    people.show_record(people.model.record_id(0))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    people.delete_current()
    assert people.model.rowCount() == 3
    people.delete_current()
    qtbot.waitUntil(lambda: names(people) == ["Omar Haddad", "Samir Qudaih"], timeout=5_000)
    assert "Hana Nasser" in asked[0]
    qtbot.waitUntil(lambda: people.showing() == people.model.record_id(0), timeout=5_000)  # the next one


def test_unsaved_changes_are_never_dropped_silently(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = open_new_form(qtbot, window.workspace.contacts_page.people)
    qtbot.keyClicks(form.fields["full_name"], "Rana Khalil")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    form.reject()
    assert form.isVisible()
    window.close()
    assert window.isVisible() and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.reject()
    qtbot.waitUntil(lambda: "Rana Khalil" in names(window.workspace.contacts_page.people), timeout=5_000)
    QApplication.processEvents()


def test_links_select_the_record_in_the_arabic_layout_too(
    qtbot: QtBot, paths: AppPaths, seeded: None
) -> None:
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        with main_window(
            qtbot, paths, lambda w: w.workspace.contacts_page.people.model.rowCount() == 3
        ) as window:
            people = window.workspace.contacts_page.people
            record_id = people.model.record_id(1)
            window.workspace.show_record("contact", record_id)
            assert people.current_id() == record_id
            assert "Omar Haddad" in details(qtbot, people)
            assert "عمر حداد" in details(qtbot, people)
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_deleting_an_organisation_says_what_links_to_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisations = window.workspace.contacts_page.organisations
    window.workspace.contacts_page.show_tab(organisations)
    qtbot.waitUntil(lambda: organisations.model.rowCount() == 2, timeout=5_000)
    pwa = next(
        organisations.model.record_id(row)
        for row in range(2)
        if organisations.model.value_of(row, "name") == "Palestinian Water Authority"
    )
    organisations.show_record(pwa)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Cancel,
    )
    organisations.delete_current()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5_000)
    assert "Linked to it: 1 contact." in asked[0]
    assert organisations.service().get(pwa).deleted_at is None  # cancelled: nothing changed
