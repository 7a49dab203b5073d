"""A report or folder the desktop cannot open is said so in the window, with its path to copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.ui.open_externally import open_externally


def test_no_handler_is_said_in_the_window_with_a_copy_path_button(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "visit-Shati-2026-10-20.pdf"
    report.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        copy = next(b for b in box.buttons() if b.text() == "Copy path")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_externally(parent, report)
    assert shown and "visit-Shati-2026-10-20.pdf" in shown[0][0] and shown[0][1] == str(report)
    assert QGuiApplication.clipboard().text() == str(report)


def test_a_handler_opens_it_and_nothing_is_said(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("a message for nothing"))
    open_externally(None, tmp_path)
    assert opened == [str(tmp_path)]
