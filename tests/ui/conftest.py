"""UI tests: each starts with no remembered window settings, and a message box nobody expected fails the
test instead of waiting forever for a click."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings() -> None:
    QSettings().clear()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """Each test starts in English, left to right, with the app's translations, as the window starts."""
    apply_language(qapp, "en")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **_kwargs: Any) -> Any:
        texts = [a for a in args if isinstance(a, str)]
        if args and isinstance(args[0], QMessageBox):
            texts += [args[0].text(), args[0].detailedText()]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("exec", "warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@contextmanager
def main_window(qtbot: QtBot, paths: AppPaths, ready: Callable[[MainWindow], bool]) -> Iterator[MainWindow]:
    """The main window over ``paths``, once ``ready(window)``; closed after the test without asking about
    forms the test left open (qtbot would close it first and meet the unsaved-changes question)."""
    opened = MainWindow(paths)
    with qtbot.waitSignal(opened.store_opened, timeout=10_000):
        opened.show()
    qtbot.waitUntil(lambda: ready(opened), timeout=10_000)
    yield opened
    for form in opened.workspace.open_forms():
        form._initial = form.values()
    opened.close()
    opened.deleteLater()
