"""The History button under a record's details opens its history: rows newest first, field names as the
forms say them, values as the tabs show them, a task's time in each status; Escape closes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.history_dialog import AFTER, BEFORE, CHANGE, FIELD, LAPTOP, WHO, HistoryDialog
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.record_tab import RecordTab

from .conftest import details, main_window

LONG_NOTE = "The pump house roof collapsed; " * 20


@pytest.fixture
def task_id(paths: AppPaths) -> str:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        samir = services.contacts.create(full_name="Samir Qudaih")
        task = services.tasks.create(title="Repair the pump", priority="normal")
        services.tasks.update(task.id, priority="urgent", description=LONG_NOTE)
        services.tasks.change_status(task.id, "assigned", assignee_contact_id=samir.id)
        return task.id


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, task_id: str) -> Iterator[MainWindow]:
    with main_window(qtbot, paths, lambda w: w.workspace.tasking_tab.model.rowCount() == 1) as opened:
        yield opened


def opened_history(qtbot: QtBot, tab: RecordTab, record_id: str) -> HistoryDialog:
    tab.show_record(record_id)
    details(qtbot, tab)
    assert tab.history_button.isEnabled()
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(HistoryDialog) is not None, timeout=5_000)
    dialog = tab.findChild(HistoryDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    return dialog


def cells(dialog: HistoryDialog, column: int) -> list[str]:
    table = dialog.table
    return [
        table.item(row, column).text() if table.item(row, column) else "" for row in range(table.rowCount())
    ]


def test_the_history_button_shows_the_records_changes_newest_first(
    qtbot: QtBot, window: MainWindow, task_id: str
) -> None:
    tab = window.workspace.tasking_tab
    dialog = opened_history(qtbot, tab, task_id)

    assert dialog.isVisible()
    assert "Repair the pump" in dialog.windowTitle()
    changes = [text for text in cells(dialog, CHANGE) if text]
    assert changes == ["Changed", "Changed", "Created"]
    fields = cells(dialog, FIELD)
    assert fields[:2] == ["Assigned to (person)", "Status"]  # the newest change first
    moves = {(f, b, a) for f, b, a in zip(fields, cells(dialog, BEFORE), cells(dialog, AFTER), strict=True)}
    assert ("Status", "New", "Assigned") in moves
    assert ("Assigned to (person)", "(empty)", "Samir Qudaih") in moves
    assert ("Priority", "Normal", "Urgent") in moves
    assert ("Title", "", "Repair the pump") in moves  # a creation has no "before"
    assert set(filter(None, cells(dialog, WHO))) == {"Lina Haddad (CMCC North)"}
    assert set(filter(None, cells(dialog, LAPTOP))) == {"This laptop"}
    description = dialog.table.item(fields.index("Description"), AFTER)
    assert description.toolTip() == LONG_NOTE.strip()  # whole in its tooltip, however the cell cuts it
    assert dialog.durations.isVisible()
    assert dialog.durations.text().startswith("Time in each status: New ")
    assert "Assigned" in dialog.durations.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.findChild(HistoryDialog) is None, timeout=5_000)


def test_in_arabic_the_history_reads_right_to_left_and_fits_a_laptop_screen(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, task_id: str
) -> None:
    apply_language(qapp, "ar")
    dialog = opened_history(qtbot, window.workspace.tasking_tab, task_id)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert dialog.size().boundedTo(QSize(1366, 700)) == dialog.size()
    assert dialog.minimumSizeHint().width() < 1366
    dialog.close()


def test_the_button_waits_for_a_record(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.workspace.tasking_tab
    tab.table.clearSelection()
    qtbot.waitUntil(lambda: not tab.history_button.isEnabled(), timeout=5_000)


def test_codes_in_the_history_read_as_their_names() -> None:
    from cmcc_desktop.rules.vocabulary import SECTORS
    from cmcc_desktop.ui.history_dialog import shown_value

    assert shown_value("task", "sector", "ENR") == SECTORS["ENR"]
    assert shown_value("contact", "sectors", ["HEA", "WSH"]) == f"{SECTORS['HEA']}, {SECTORS['WSH']}"
    assert shown_value("contact", "languages", ["ar"]) == "Arabic"
