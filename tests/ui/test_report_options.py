"""The report options ask for the report's own language: the window's at first, the last one chosen after."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.ui import settings
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.report_actions import ReportOptions


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def options(parent: QWidget) -> ReportOptions:
    return ReportOptions(parent, with_dates=False)


def test_the_report_language_starts_as_the_windows_and_each_is_named_in_itself(
    parent: QWidget, qapp: QApplication
) -> None:
    english = options(parent)
    names = [english.language.itemText(i) for i in range(english.language.count())]
    assert names == ["English", "العربية"]
    assert english.language.currentData() == "en"
    assert english.chosen() == ("a4", "en", False)
    assert settings.REPORT_LANGUAGE.read() == ""  # left as shown: it keeps following the window
    apply_language(qapp, "ar")
    assert options(parent).language.currentData() == "ar"


def test_a_language_chosen_is_remembered_and_the_digits_are_those_of_settings(parent: QWidget) -> None:
    settings.DIGITS.write("arabic_indic")
    first = options(parent)
    first.language.setCurrentIndex(first.language.findData("ar"))
    assert first.chosen() == ("a4", "ar", True)
    assert settings.REPORT_LANGUAGE.read() == "ar"
    assert options(parent).language.currentData() == "ar"  # in an English window
