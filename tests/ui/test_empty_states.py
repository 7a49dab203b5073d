"""An empty tab says how to begin; a search that finds nothing says how to widen it."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.contact_forms import ContactForm

from .conftest import form_of, main_window


def pane(tab) -> str:  # type: ignore[no-untyped-def]
    return str(tab.detail.toPlainText())


def test_an_empty_tab_offers_a_first_record_and_demo_data(qtbot: QtBot, paths: AppPaths) -> None:
    with main_window(qtbot, paths, lambda w: w.workspace.services is not None) as window:
        tab = window.workspace.tab_for("contact")
        qtbot.waitUntil(lambda: "Nothing here yet" in pane(tab), timeout=5_000)
        assert "New contact" in pane(tab) and "load demo data" in pane(tab)
        with qtbot.waitSignal(tab.demo_wanted, timeout=1_000):
            tab._follow_link(QUrl("action:demo"))
        tab._follow_link(QUrl("action:new"))
        form_of(qtbot, window, ContactForm).done(0)


def test_a_search_that_finds_nothing_says_how_to_widen_it(qtbot: QtBot, paths: AppPaths) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        Services(store).contacts.create(full_name="Samir Qudaih")
    with main_window(qtbot, paths, lambda w: w.workspace.tab_for("contact").model.rowCount() == 1) as window:
        tab = window.workspace.tab_for("contact")
        tab.search_box.setText("zzzz")
        qtbot.waitUntil(lambda: "Nothing matches" in pane(tab), timeout=5_000)
        tab._follow_link(QUrl("action:clear"))
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.search_box.text() == "", timeout=5_000)
