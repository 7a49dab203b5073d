"""UI tests: each starts with no remembered window settings, and a message box nobody expected fails the
test instead of waiting forever for a click."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.forms.record_form import RecordForm
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.record_tab import RecordTab


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


F = TypeVar("F", bound=RecordForm)


def form_of(qtbot: QtBot, parent: QWidget, kind: type[F]) -> F:
    """The form of this kind open over ``parent``, once it shows its record and takes typing."""

    qtbot.waitUntil(lambda: parent.findChild(kind) is not None, timeout=10_000)
    return loaded(qtbot, parent.findChild(kind))


def loaded(qtbot: QtBot, form: F) -> F:
    """The form, once it shows its record and takes typing (it reads the record in the background)."""
    qtbot.waitUntil(form.body.isEnabled, timeout=10_000)
    return form


def details(qtbot: QtBot, tab: RecordTab, html: bool = False) -> str:
    """The detail pane's text, once it shows the selected record (it is read in the background)."""
    qtbot.waitUntil(
        lambda: tab.current_id() is not None and tab.showing() == tab.current_id(), timeout=10_000
    )
    return tab.detail.toHtml() if html else tab.detail.toPlainText()


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
        form.done(0)  # closed as discarded: QDialog.done does not ask, unlike reject
    opened.close()
    opened.deleteLater()


@pytest.fixture
def open_form(qtbot: QtBot) -> Iterator[Callable[[RecordForm], RecordForm]]:
    """Show a form, active, and wait until it takes typing; closed without the unsaved-changes question after."""
    opened: list[RecordForm] = []

    def show(form: RecordForm) -> RecordForm:
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        opened.append(form)
        return loaded(qtbot, form)

    yield show
    for form in opened:
        form.done(0)  # closed as discarded: QDialog.done does not ask, unlike reject
        form.deleteLater()
