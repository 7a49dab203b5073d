"""What the window remembers: declared keys read back their type, and a portable data folder keeps them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.ui import settings


@pytest.fixture
def settings_format_restored() -> Iterator[None]:
    """Where settings live is process-wide in Qt: put it back for the tests that follow."""
    format_before = QSettings.defaultFormat()
    yield
    QSettings.setDefaultFormat(format_before)


def test_each_key_reads_back_what_was_written() -> None:
    settings.CURRENT_TAB.write(2)
    settings.REPORT_PAPER.write("letter")
    settings.table_header("contact").write(QByteArray(b"\x00\x01state"))

    assert settings.CURRENT_TAB.read() == 2
    assert settings.REPORT_PAPER.read() == "letter"
    assert settings.table_header("contact").read() == QByteArray(b"\x00\x01state")
    assert settings.table_header("task").read().isEmpty()  # another list's key is its own


def test_a_stored_value_of_the_wrong_type_reads_as_the_default() -> None:
    """A hand-edited or older settings file must not stop the window from opening."""
    QSettings().setValue("main_window/tab", "contacts")
    QSettings().setValue("main_window/geometry", "not a geometry")
    QSettings().setValue("reports/paper", 3)

    assert settings.CURRENT_TAB.read() == 0
    assert settings.WINDOW_GEOMETRY.read().isEmpty()
    assert settings.REPORT_PAPER.read() == "a4"


def test_the_report_folder_is_home_until_a_report_is_saved(tmp_path: Path) -> None:
    assert settings.report_folder() == Path.home()
    settings.REPORT_FOLDER.write(str(tmp_path))
    assert settings.report_folder() == tmp_path


def test_a_portable_data_folder_keeps_the_window_settings_inside_it(
    tmp_path: Path, settings_format_restored: None
) -> None:
    stick = tmp_path / "stick"
    paths = resolve_paths(stick)
    assert paths.portable
    settings.use_settings_of(paths)
    settings.REPORT_PAPER.write("letter")
    QSettings().sync()

    written = list((stick / "settings").rglob("*.ini"))
    assert written, "no settings file in the data folder"
    assert "letter" in written[0].read_text()


def test_the_platform_data_folder_is_not_portable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMCC_DATA_DIR")
    assert not resolve_paths().portable
