"""Nothing an officer types is overwritten unseen: one form per record, and a save over a newer version shows
what changed before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.changes_dialog import ChangesDialog
from cmcc_desktop.ui.forms.record_form import RecordForm
from cmcc_desktop.ui.forms.site_forms import VisitForm
from cmcc_desktop.ui.main_window import MainWindow

from .conftest import loaded, main_window


@pytest.fixture
def visit_id(paths: AppPaths) -> str:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        well = services.sites.create(name="Al-Shouka Water Well", sector="WSH")
        visit = services.visits.create(
            site_id=well.id, visited_at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC), purpose="Pump check"
        )
        return visit.id


def visits_shown(window: MainWindow) -> bool:
    return window.workspace is not None and window.workspace.site_visits_page.visits.model.rowCount() == 1


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, visit_id: str) -> Iterator[MainWindow]:
    with main_window(qtbot, paths, visits_shown) as opened:
        yield opened


def open_visit_forms(window: MainWindow) -> list[RecordForm]:
    return [form for form in window.workspace.open_forms() if isinstance(form, VisitForm)]  # type: ignore[union-attr]


def test_a_double_click_opens_one_form_and_opening_it_again_raises_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.workspace.site_visits_page  # type: ignore[union-attr]
    window.workspace.show_record_tab(page.visits)  # type: ignore[union-attr]
    table = page.visits.table
    qtbot.waitUntil(lambda: table.isVisible(), timeout=5_000)
    cell = table.visualRect(page.visits.model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: len(open_visit_forms(window)) >= 1, timeout=5_000)
    (form,) = open_visit_forms(window)
    loaded(qtbot, form)

    page.visits.edit_current()  # Enter, the Edit button or the menu while the form is open: the same form
    page.visits.open_form(page.visits.current_id())
    assert open_visit_forms(window) == [form]


def test_two_forms_on_one_visit_lose_nothing(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, visit_id: str
) -> None:
    """The same visit edited in two windows on one data folder: the second save shows the first one's change
    and saves both."""
    with main_window(qtbot, paths, visits_shown) as second:
        first_form = window.workspace.site_visits_page.visits  # type: ignore[union-attr]
        first_form.open_form(visit_id)
        (mine,) = open_visit_forms(window)
        loaded(qtbot, mine)
        second.workspace.site_visits_page.visits.open_form(visit_id)  # type: ignore[union-attr]
        (theirs,) = open_visit_forms(second)
        loaded(qtbot, theirs)

        mine.fields["purpose"].set_value("Generator handover")  # type: ignore[attr-defined]
        with qtbot.waitSignal(mine.saved, timeout=10_000):
            mine.save()
        theirs.fields["security_access"].set_value("Road open until 15:00")  # type: ignore[attr-defined]
        theirs.save()
        qtbot.waitUntil(lambda: theirs.findChild(ChangesDialog) is not None, timeout=10_000)
        dialog = theirs.findChild(ChangesDialog)
        (choice,) = dialog.choices_
        assert choice.name == "purpose" and choice.theirs_button.isChecked()  # not touched here: take it
        assert "Lina Haddad" in choice.theirs_button.text()
        with qtbot.waitSignal(theirs.saved, timeout=10_000):
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    with Store.open(paths) as store:
        visit = Services(store).visits.get(visit_id)
    assert (visit.purpose, visit.security_access) == ("Generator handover", "Road open until 15:00")


def test_both_changed_one_field_the_officer_chooses(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, visit_id: str
) -> None:
    visits = window.workspace.site_visits_page.visits  # type: ignore[union-attr]
    visits.open_form(visit_id)
    (form,) = open_visit_forms(window)
    loaded(qtbot, form)
    form.fields["purpose"].set_value("Chlorination check")  # type: ignore[attr-defined]
    with Store.open(paths, officer="Samir Qudaih") as store:  # another window, or the command line
        Services(store).visits.update(visit_id, purpose="Generator handover")

    form.save()
    qtbot.waitUntil(lambda: form.findChild(ChangesDialog) is not None, timeout=10_000)
    dialog = form.findChild(ChangesDialog)
    dialog.findChild(QPushButton, "back_to_form").click()  # back to the form: nothing saved, nothing lost
    qtbot.waitUntil(lambda: form.findChild(ChangesDialog) is None, timeout=5_000)
    assert form.fields["purpose"].value() == "Chlorination check"  # type: ignore[attr-defined]

    form.save()  # the form still holds the old version: the changes are shown again
    qtbot.waitUntil(lambda: form.findChild(ChangesDialog) is not None, timeout=10_000)
    dialog = form.findChild(ChangesDialog)
    (choice,) = dialog.choices_
    assert choice.mine_button.isChecked()  # both changed it: the officer's stays unless they choose
    choice.group.button(2).setChecked(True)  # both, written into one
    assert choice.value() == "Chlorination check\nGenerator handover"
    with qtbot.waitSignal(form.saved, timeout=10_000):
        dialog.accept()
    with Store.open(paths) as store:
        assert Services(store).visits.get(visit_id).purpose == "Chlorination check\nGenerator handover"
