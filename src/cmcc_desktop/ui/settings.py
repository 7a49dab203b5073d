"""What the window remembers between sessions: each key declared once, with its type and default.

Values live in QSettings: the platform's place for the officer's profile, or, for a portable install, an INI
file in the data folder (``settings/``), so that a USB stick carries its window layout and leaves nothing on
the laptop. A stored value of the wrong type (an older version's, or a hand-edited file) reads as the
default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from ..paths import AppPaths

T = TypeVar("T", int, str, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def read(self) -> T:
        value = QSettings().value(self.key, self.default)
        if isinstance(value, type(self.default)):
            return value
        if isinstance(self.default, int) and isinstance(value, str) and value.isdigit():
            return int(value)  # INI files give numbers back as text
        return self.default

    def write(self, value: T) -> None:
        QSettings().setValue(self.key, value)


WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray())
CURRENT_TAB = Setting("main_window/tab", 0)
REPORT_PAPER = Setting("reports/paper", "a4")
REPORT_FOLDER = Setting("reports/folder", "")  # empty: the officer's home folder
EXPORT_FOLDER = Setting("exports/folder", "")  # where the last export for partners went; empty: home
LANGUAGE = Setting("interface/language", "")  # "en", "ar"; empty: the laptop's own language
# How numbers are written everywhere (tables, forms, date editors, counts, reports): "western" 0-9, or
# "arabic_indic" ٠-٩. Western by default, in Arabic too: codes, phone numbers and P-codes are read that way.
DIGITS = Setting("interface/digits", "western")
REPORT_LANGUAGE = Setting("reports/language", "")  # "en", "ar"; empty: the window's language
# The marking a new record starts with. CMCC partners: what an officer writes is meant for the teams they
# coordinate with; team only is a choice made per record (and contacts' personal details are never public).
DEFAULT_RELEASABILITY = Setting("records/default_releasability", "partners")


def table_header(entity: str) -> Setting[QByteArray]:
    """A record list's column order and widths."""
    return Setting(f"{entity}/header", QByteArray())


def list_and_detail(entity: str) -> Setting[QByteArray]:
    """Where the line between a record list and its detail pane sits."""
    return Setting(f"{entity}/splitter", QByteArray())


def shown_page(page: str) -> Setting[int]:
    """Which sub-page of a tab with several (Contacts: people or organisations) was last open."""
    return Setting(f"{page}/page", 0)


def report_folder() -> Path:
    """Where the last report was saved, or the officer's home folder."""
    return Path(REPORT_FOLDER.read() or Path.home())


def export_folder() -> Path:
    """Where the last export for partners was saved, or the officer's home folder."""
    return Path(EXPORT_FOLDER.read() or Path.home())


def use_settings_of(paths: AppPaths) -> None:
    """For a portable install, keep settings in the data folder instead of the laptop's profile."""
    if paths.portable:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.data_dir / "settings")
        )
