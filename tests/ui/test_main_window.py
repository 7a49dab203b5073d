"""The main window shell: it opens, names the officer and team, counts records, and mirrors for Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cmcc_desktop.errors import SchemaTooNewError
from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.main_window import MainWindow

from .conftest import main_window


def test_window_opens_with_tabs_menus_and_status(qtbot: QtBot, paths: AppPaths) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        Services(store).contacts.create(full_name="Samir Qudaih")
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.show()
    assert window.windowTitle() == "CMCC North — CMCC Desktop"
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Contacts",
        "Tasking",
        "Site visits",
    ]
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == ["File", "Edit", "View", "Help"]
    assert "Lina Haddad" in window.identity_label.text()
    qtbot.waitUntil(lambda: "1 contact ·" in window.counts_label.text(), timeout=10_000)
    window.close()


def test_a_refused_database_is_explained(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def refuse(*_args: object, **_kwargs: object) -> Store:
        raise SchemaTooNewError(
            "This database was written by a newer version of CMCC Desktop (schema {revision}).", revision="9"
        )

    monkeypatch.setattr(Store, "open", refuse)
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_failed, timeout=10_000):
        window.show()
    assert shown == ["This database was written by a newer version of CMCC Desktop (schema 9)."]
    assert window.workspace.store is None


def test_arabic_mirrors_the_layout(qtbot: QtBot, qapp: QApplication, paths: AppPaths) -> None:
    apply_language(qapp, "ar")
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.tabs.tabBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()


def test_the_window_remembers_its_tabs_and_columns(qtbot: QtBot, paths: AppPaths) -> None:
    with Store.open(paths) as store:
        Services(store).contacts.create(full_name="Samir Qudaih")
    with main_window(
        qtbot, paths, lambda w: w.workspace.contacts_page.people.model.rowCount() == 1
    ) as window:
        window.tabs.setCurrentIndex(2)
        page = window.workspace.site_visits_page
        page.show_tab(page.visits)
        header = window.workspace.contacts_page.people.table.horizontalHeader()
        header.resizeSection(0, 333)
    with main_window(qtbot, paths, lambda w: w.workspace.contacts_page.people.model.rowCount() == 1) as again:
        assert again.tabs.currentIndex() == 2
        assert again.workspace.site_visits_page.current() is again.workspace.site_visits_page.visits
        assert again.workspace.contacts_page.people.table.horizontalHeader().sectionSize(0) == 333
