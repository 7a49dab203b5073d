"""The main window: menus, the three tabs, and a status bar with who is working and what is stored."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from .. import APP_DISPLAY_NAME, __version__
from ..paths import AppPaths
from ..services.store import Store
from .background import run_in_background
from .error_dialogs import show_error
from .placeholder_tab import PlaceholderTab


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(object)

    def __init__(self, paths: AppPaths, officer: str | None = None, team: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.store: Store | None = None
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setObjectName("MainWindow")
        self.resize(1200, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._add_tabs()
        self._build_menus()
        self.identity_label = QLabel(self.tr("Opening the data folder…"), self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._restore_settings()
        run_in_background(
            lambda: Store.open(paths, officer=officer, team=team), self._opened, self._open_failed
        )

    # -- building ----------------------------------------------------------------------------------
    def _add_tabs(self) -> None:
        self.tabs.addTab(
            PlaceholderTab(
                self.tr("Contacts"),
                self.tr(
                    "People and organisations you work with: several phones and e-mails each, organisation "
                    "type, sectors, and links to the tasks assigned to them and the visits where you met them."
                ),
            ),
            self.tr("&Contacts"),
        )
        self.tabs.addTab(
            PlaceholderTab(
                self.tr("Tasking"),
                self.tr(
                    "Who does what, where, by when: the task workflow from new to verified, quick actions, "
                    "overdue tasks standing out, and counts per status."
                ),
            ),
            self.tr("&Tasking"),
        )
        self.tabs.addTab(
            PlaceholderTab(
                self.tr("Site visits"),
                self.tr(
                    "The site registry and the visit log: findings, needs by sector with severity, photos, "
                    "and follow-up tasks created from a visit."
                ),
            ),
            self.tr("Site &visits"),
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut in (
            (self.tr("New &contact"), QKeySequence.StandardKey.New),
            (self.tr("New &task"), None),
            (self.tr("New &visit"), None),
        ):
            file_menu.addAction(self._not_yet(text, shortcut))
        file_menu.addSeparator()
        file_menu.addAction(self._not_yet(self.tr("&Export sync bundle…")))
        file_menu.addAction(self._not_yet(self.tr("&Import sync bundle…")))
        file_menu.addAction(self._not_yet(self.tr("&Print visit report…"), QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        open_folder = file_menu.addAction(self.tr("Open &data folder"))
        open_folder.triggered.connect(self._open_data_folder)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._not_yet(self.tr("&Find"), QKeySequence.StandardKey.Find))
        edit_menu.addAction(self._not_yet(self.tr("&Delete"), QKeySequence.StandardKey.Delete))
        edit_menu.addAction(self._not_yet(self.tr("&Restore")))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._not_yet(self.tr("&Deleted items")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About CMCC Desktop"))
        about.triggered.connect(self._show_about)

    def _not_yet(self, text: str, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        """A menu entry whose feature is not built yet: visible, disabled, and saying so."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setEnabled(False)
        action.setStatusTip(self.tr("Not available yet: this comes in a coming version."))
        return action

    # -- store -------------------------------------------------------------------------------------
    def _opened(self, store: Store) -> None:
        self.store = store
        identity = store.identity
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {identity.team_name}")
        self.identity_label.setText(
            self.tr("Officer: {officer} · Team: {team}").format(
                officer=identity.officer_name, team=identity.team_name
            )
        )
        run_in_background(store.counts, self._show_counts, lambda error: show_error(self, error))
        self.store_opened.emit()

    def _open_failed(self, error: BaseException) -> None:
        self.identity_label.setText(self.tr("The data folder could not be opened."))
        self.store_failed.emit(error)
        show_error(self, error)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(
            self.tr(
                "{contacts} contacts · {organisations} organisations · {sites} sites · {tasks} tasks · {visits} visits"
            ).format(
                contacts=counts["contact"],
                organisations=counts["organisation"],
                sites=counts["site"],
                tasks=counts["task"],
                visits=counts["visit"],
            )
        )

    # -- actions -----------------------------------------------------------------------------------
    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CMCC Desktop"),
            self.tr(
                "<h3>CMCC Desktop {version}</h3>"
                "<p>The offline field desk of Civil-Military Coordination Center officers.</p>"
                "<p>Data folder: {data}<br>Log folder: {logs}</p>"
                "<p>Licence: GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__, data=self.paths.data_dir, logs=self.paths.log_dir),
        )

    # -- settings ----------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tabs.setCurrentIndex(int(settings.value("main_window/tab", 0)))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/tab", self.tabs.currentIndex())
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
