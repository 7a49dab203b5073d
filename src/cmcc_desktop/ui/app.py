"""Start the Qt application: name, icon, language and direction, exception hook, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_DISPLAY_NAME, APP_NAME, __version__
from ..paths import AppPaths
from ..resources import resource_path
from . import settings
from .error_dialogs import install_exception_hook
from .first_start import ask_who
from .main_window import MainWindow
from .window_lock import WindowLock

log = logging.getLogger(__name__)


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CMCC")
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons", "cmcc-desktop.svg"))))
    apply_language(app, language)
    return app


_installed: list[QTranslator] = []


def apply_language(app: QApplication, language: str | None, digits: str | None = None) -> None:
    """Use the language's translations (Qt's own and the app's), its writing direction, and its locale for
    numbers and dates with the digits chosen in Settings (``digits``: "western" or "arabic_indic"; by
    default the stored choice)."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(numbers_locale(locale, digits or settings.DIGITS.read()))
    while _installed:  # a language chosen again replaces the one before
        app.removeTranslator(_installed.pop())
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    # The app's own messages: the language's translation, or else English (the source strings are English;
    # its file only gives the plural forms of counts, "1 task", "406 tasks").
    ours = QTranslator(app)
    folder = str(resource_path("translations"))
    if ours.load(locale, APP_NAME, "_", folder) or ours.load(f"{APP_NAME}_en", folder):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    QGuiApplication.setLayoutDirection(direction)


def numbers_locale(language: QLocale, digits: str) -> QLocale:
    """The locale every number, date and count is written in (tables, forms, date editors, ``%Ln`` in
    messages): the language's own, unless its digits are not the ones chosen. Arabic with Western digits
    is Arabic as the Emirates write it (1,234.5); any language with Arabic-Indic digits is Arabic as
    Palestine writes it (١٬٢٣٤٫٥)."""
    arabic_indic = digits == "arabic_indic"
    if (language.zeroDigit() == "٠") == arabic_indic:
        return language
    if arabic_indic:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.PalestinianTerritories)
    if language.language() == QLocale.Language.Arabic:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def run_gui(
    paths: AppPaths,
    officer: str | None = None,
    team: str | None = None,
    language: str | None = None,
    smoke_test: bool = False,
    bundle: Path | None = None,
) -> int:
    """The main window over ``paths`` until it closes; ``bundle``: a sync bundle to offer for import once
    the data is open (a .cmccsync file opened from the file manager)."""
    app = create_application(sys.argv, language)
    settings.use_settings_of(paths)
    if language is None and settings.LANGUAGE.read():
        apply_language(app, settings.LANGUAGE.read())
    install_exception_hook()
    lock = WindowLock(paths)
    if not lock.acquire():
        return _already_open(lock, paths, quiet=smoke_test, bundle=bundle)
    if not smoke_test and not (officer and team) and not paths.database.exists():
        answers = ask_who(officer, team, language or settings.LANGUAGE.read())
        if answers is None:  # no database was made: the next start asks again
            lock.release()
            return 0
        officer, team, chosen = answers
        settings.LANGUAGE.write(chosen)
        apply_language(app, chosen or None)
    shown = ShownWindow(app, MainWindow(paths, officer=officer, team=team), language)
    window = shown.window
    lock.listen(lambda shown_bundle: shown.window.bring_to_front(shown_bundle))
    if bundle is not None:
        window.import_when_open(bundle)
    log.info("window open on %s", paths.data_dir)
    if smoke_test:  # an install check: exit 0 once the window is up and its data is open, 1 if it fails
        window.store_opened.connect(lambda: QTimer.singleShot(0, lambda: (window.close(), app.exit(0))))
        window.store_failed.connect(lambda _error: app.exit(1))
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)  # background reads finish before Qt is torn down
    lock.release()
    return code


class ShownWindow:
    """The main window on screen, built again when Settings change the language or the digits."""

    def __init__(self, app: QApplication, window: MainWindow, language: str | None = None) -> None:
        self.app = app
        self.window = window
        # The language in use (--lang for this start, else the stored one), and the stored choice: when
        # Settings change only the digits, the window stays in the language it is in.
        self.language = language or settings.LANGUAGE.read() or None
        self.stored_language = settings.LANGUAGE.read()
        window.language_changed.connect(self.build_again)

    def build_again(self) -> None:
        """The window again in the language and digits now chosen, at the same tabs, searches and records.
        The old one closes as on quitting first: open forms are asked about, and the data folder is closed
        before the new window opens it."""
        old, place = self.window, self.window.place()
        self.app.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
        closed = old.close()
        self.app.setQuitOnLastWindowClosed(True)
        if not closed:
            return
        if settings.LANGUAGE.read() != self.stored_language:
            self.stored_language = settings.LANGUAGE.read()
            self.language = self.stored_language or None
        apply_language(self.app, self.language)
        self.window = MainWindow(old.paths, place=place)
        self.window.language_changed.connect(self.build_again)
        self.window.show()
        old.deleteLater()


def _already_open(lock: WindowLock, paths: AppPaths, quiet: bool, bundle: Path | None = None) -> int:
    """A second start on a data folder that a window already has open: that window comes forward (and
    offers ``bundle`` for import)."""
    if lock.ask_to_show(bundle):
        print(
            f"{APP_NAME}: CMCC Desktop is already open on {paths.data_dir}; its window was brought to the front.",
            file=sys.stderr,
        )
        return 0
    pid, host = lock.holder()
    message = QCoreApplication.translate(
        "app",
        "CMCC Desktop is already open on this data folder ({folder}), in process {pid} on computer {host}. "
        "Use that window, or close it first.",
    ).format(folder=paths.data_dir, pid=pid or "?", host=host or "?")
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if not quiet:
        QMessageBox.warning(None, APP_DISPLAY_NAME, message)
    return 1
