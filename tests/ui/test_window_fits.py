"""The main window fits a 1366x768 laptop screen, whatever the officer's and team's names, the tab in front and
the filters ticked; and its title names the app once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from cmcc_desktop import APP_DISPLAY_NAME
from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui import settings
from cmcc_desktop.ui.main_window import FRAME_ALLOWANCE, MainWindow

from .conftest import main_window

OFFICER = "Brigadier General Maximilian Alexander Fitzgerald-Montgomery"
TEAM = "CMCC North Coordination Cell of the Eastern Governorates"
LAPTOP = QSize(1366, 768)


@pytest.fixture
def long_names(paths: AppPaths) -> None:
    with Store.open(paths, officer=OFFICER, team=TEAM) as store:
        services = Services(store)
        services.contacts.create(full_name="Samir Qudaih")
        services.tasks.create(title="Deliver fuel to the water plant")


def states(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Every tab and page in front in turn, each of its check boxes ticked and each choice of its filters
    taken; after each step, what was done."""
    workspace = window.workspace
    assert workspace is not None
    for key, page in workspace.pages.items():
        window.show_page(key)
        for tab in page.tabs():
            page.show_tab(tab)
            yield f"{key}/{tab.entity}"
            for box in tab.findChildren(QCheckBox):
                box.setChecked(True)
                qtbot.wait(50)
                yield f"{key}/{tab.entity}: {box.text()} ticked"
            for combo in tab.findChildren(QComboBox):
                for index in range(combo.count()):
                    combo.setCurrentIndex(index)
                    yield f"{key}/{tab.entity}: {combo.accessibleName()} {combo.currentText()}"


def test_nothing_in_the_window_asks_for_more_than_a_laptop_screen(
    qtbot: QtBot, paths: AppPaths, long_names: None
) -> None:
    room = LAPTOP - FRAME_ALLOWANCE
    with main_window(qtbot, paths, lambda w: w.workspace.tasking_tab.model.rowCount() == 1) as window:
        tasking = window.workspace.tasking_tab
        window.show_page("tasking")
        tasking.mine_box.setChecked(True)  # nothing assigned to the officer: the count names them
        qtbot.waitUntil(lambda: OFFICER in tasking.count_label.text(), timeout=5_000)
        for step in states(window, qtbot):
            needed = window.minimumSizeHint()
            assert needed.width() <= room.width() and needed.height() <= room.height(), (step, needed)
        assert OFFICER in window.identity_label.text()
        assert window.identity_label.minimumSizeHint().width() < 200  # the name gives way, not the window


def test_the_title_names_the_team_then_the_app_once(qtbot: QtBot, paths: AppPaths) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North"):
        pass
    with main_window(qtbot, paths, lambda _w: True) as window:
        # Qt adds the application's display name to a title that does not end with it (Windows, Linux).
        assert window.windowTitle() == f"CMCC North — {APP_DISPLAY_NAME}"
        assert window.windowTitle().count(APP_DISPLAY_NAME) == 1


# On the offscreen platform of the other tests the screen is 800x800; this one runs in a process of its own
# whose screen is a 1366x768 laptop's, with the window as an officer opens it.
ON_A_LAPTOP = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.ui import settings
from cmcc_desktop.ui.app import create_application
from cmcc_desktop.ui.main_window import MainWindow

app = create_application(sys.argv, sys.argv[1])
paths = resolve_paths()
settings.use_settings_of(paths)
window = MainWindow(paths)
seen = []

def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def look(step):
    frame, needed = window.frameGeometry(), window.minimumSizeHint()
    seen.append([step, frame.width(), frame.height(), needed.width(), needed.height()])

window.show()
wait(2000)
look("opened")
workspace = window.workspace
for key, page in workspace.pages.items():
    window.show_page(key)
    for tab in page.tabs():
        page.show_tab(tab)
        wait(200)
        look(key + "/" + tab.entity)
        for box in tab.findChildren(QCheckBox):
            box.setChecked(True)
            wait(300)
            look(key + "/" + tab.entity + ": " + box.text())
        for combo in tab.findChildren(QComboBox):
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
            wait(100)
            look(key + "/" + tab.entity + ": every " + combo.accessibleName())
screen = window.screen().availableGeometry()
print(json.dumps({"screen": [screen.width(), screen.height()], "seen": seen}))
window.close()
"""


def on_a_laptop(tmp_path: Path, language: str) -> dict[str, list[object]]:
    screens = {
        "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]
    }
    config = tmp_path / "laptop-screen.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", ON_A_LAPTOP, language],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found: dict[str, list[object]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_window_opens_within_a_laptop_screen_and_stays_there(
    tmp_path: Path, long_names: None, language: str
) -> None:
    found = on_a_laptop(tmp_path, language)
    assert found["screen"] == [1366, 768]
    for step, width, height, needed_width, needed_height in found["seen"]:  # type: ignore[misc]
        assert width <= 1366 and height <= 768, (step, width, height)
        assert needed_width <= 1366 and needed_height <= 768, (step, needed_width, needed_height)


def test_a_saved_size_too_large_for_the_screen_is_not_restored(qtbot: QtBot, paths: AppPaths) -> None:
    with main_window(qtbot, paths, lambda _w: True) as window:
        window.showNormal()
        window.resize(3000, 2000)  # a large monitor's, or the one a window grew to before
    QSettings().sync()
    assert not settings.WINDOW_GEOMETRY.read().isEmpty()
    again = MainWindow(paths)
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    assert again.width() <= available.width() and again.height() <= available.height()
