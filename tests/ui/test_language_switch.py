"""Settings change the window's language and digits at once, and the officer stays where they were."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui import settings
from cmcc_desktop.ui.app import ShownWindow, apply_language
from cmcc_desktop.ui.labels import short_date, written_like_tables
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.tabs.tasking_tab import TaskingTab


def test_a_new_language_rebuilds_the_window_at_the_same_tab_search_and_record(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths
) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        for title in ("Repair the Al-Shouka pump", "Clear the road to Rafah", "Check the Rafah pump"):
            services.tasks.create(title=title, sector="WSH")
    shown = ShownWindow(qapp, MainWindow(paths))
    first = shown.window
    with qtbot.waitSignal(first.store_opened, timeout=10_000):
        first.show()
    first.show_page("tasking")
    tab = first.findChild(TaskingTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
    tab.search_box.setText("pump")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    chosen = tab.model.record_id(1)
    tab.show_record(chosen)
    assert tab.current_id() == chosen

    settings.LANGUAGE.write("ar")
    settings.DIGITS.write("arabic_indic")
    first.language_changed.emit()

    again = shown.window
    assert again is not first
    with qtbot.waitSignal(again.store_opened, timeout=10_000):
        pass
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert again.current_page() == "tasking"
    rebuilt = again.findChild(TaskingTab)
    assert rebuilt.search_box.text() == "pump"
    qtbot.waitUntil(lambda: rebuilt.current_id() == chosen, timeout=10_000)
    assert rebuilt.model.rowCount() == 2
    assert QApplication.instance() is qapp and again.isVisible()
    again.close()


ISOLATES = "\u2066\u200e\u2069"  # a date is kept left to right inside Arabic text


def test_one_choice_of_digits_for_tables_date_editors_and_counts(qapp: QApplication) -> None:
    apply_language(qapp, "ar", digits="western")
    editor = QDateEdit(QDate(2026, 11, 29))
    written_like_tables(editor)
    assert short_date(date(2026, 11, 29)).strip(ISOLATES) == editor.text() == "2026-11-29"
    assert QApplication.translate("", "%Ln task(s)", None, 1234).startswith("1,234")

    apply_language(qapp, "ar", digits="arabic_indic")
    editor = QDateEdit(QDate(2026, 11, 29))
    written_like_tables(editor)
    assert short_date(date(2026, 11, 29)).strip(ISOLATES) == editor.text() == "٢٠٢٦-١١-٢٩"
    assert QApplication.translate("", "%Ln task(s)", None, 12).startswith("١٢")

    apply_language(qapp, "en", digits="arabic_indic")  # an English window may write Arabic-Indic digits too
    assert short_date(date(2026, 11, 29)).strip(ISOLATES) == "٢٠٢٦-١١-٢٩"
    assert QLocale().toString(7) == "٧"
    apply_language(qapp, "en", digits="western")
    assert short_date(date(2026, 11, 29)).strip(ISOLATES) == "2026-11-29"


def test_changing_only_the_digits_keeps_the_language_the_window_started_in(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths
) -> None:
    apply_language(qapp, "ar")  # started with --lang ar; Settings store no language
    shown = ShownWindow(qapp, MainWindow(paths), "ar")
    with qtbot.waitSignal(shown.window.store_opened, timeout=10_000):
        shown.window.show()
    settings.DIGITS.write("arabic_indic")
    shown.window.language_changed.emit()
    with qtbot.waitSignal(shown.window.store_opened, timeout=10_000):
        pass
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(12) == "١٢"
    shown.window.close()
