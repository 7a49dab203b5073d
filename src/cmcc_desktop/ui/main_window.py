"""The main window's frame: tabs, menus and shortcuts, and the status bar.

The frame needs nothing but Qt, so it paints at once. Right after its first paint it builds the
:class:`~cmcc_desktop.ui.workspace.Workspace` (the tabs' contents, the database layer, sync and forms), which
opens the data folder in the background and fills the tabs when it is ready. Menu entries that need the data
do nothing until then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME, __version__
from ..paths import AppPaths
from ..resources import resource_path

if TYPE_CHECKING:
    from .workspace import Workspace


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(object)

    def __init__(self, paths: AppPaths, officer: str | None = None, team: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.officer, self.team = officer, team
        self.workspace: Workspace | None = None
        self._workspace_scheduled = False
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setObjectName("MainWindow")
        self.resize(1280, 780)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.slots: dict[str, QWidget] = {}
        for key, title, icon_name in (
            ("contacts", self.tr("&Contacts"), "contacts"),
            ("tasking", self.tr("&Tasking"), "tasking"),
            ("site_visits", self.tr("&Site visits"), "visits"),
        ):
            slot = QWidget(self.tabs)
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.slots[key] = slot
            self.tabs.addTab(slot, icon(icon_name), title)
        self._build_menus()
        self.identity_label = QLabel(self.tr("Opening the data folder…"), self)
        self.exchange_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tabs.setCurrentIndex(int(settings.value("main_window/tab", 0)))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._workspace_scheduled:
            self._workspace_scheduled = True
            QTimer.singleShot(0, self._build_workspace)
        return handled

    def _build_workspace(self) -> None:
        if self.workspace is not None:
            return
        from .workspace import Workspace

        self.workspace = Workspace(self)

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("New &contact…"), lambda w: w.new("contact"), QKeySequence.StandardKey.New
        )
        self._action(file_menu, self.tr("New &task…"), lambda w: w.new("task"), "Ctrl+T")
        self._action(file_menu, self.tr("New &visit…"), lambda w: w.new("visit"), "Ctrl+Shift+V")
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export sync bundle…"), lambda w: w.export_bundle(), "Ctrl+E"
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import sync bundle…"), lambda w: w.import_bundle(), "Ctrl+I"
        )
        file_menu.addSeparator()
        self.report_action = self._action(
            file_menu,
            self.tr("&Print visit report…"),
            lambda w: w.print_visit_report(),
            QKeySequence.StandardKey.Print,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Load &demo data…"), lambda w: w.load_demo())
        self._action(
            file_menu, self.tr("Open &data folder"), lambda _w: self._open_data_folder(), needs_data=False
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Quit"),
            lambda _w: self.close(),
            QKeySequence.StandardKey.Quit,
            needs_data=False,
        )

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(
            edit_menu, self.tr("&Find"), lambda w: w.on_tab("focus_search"), QKeySequence.StandardKey.Find
        )
        self._action(edit_menu, self.tr("&Edit selected…"), lambda w: w.on_tab("edit_current"))
        self._action(
            edit_menu,
            self.tr("&Delete"),
            lambda w: w.on_tab("delete_current"),
            QKeySequence.StandardKey.Delete,
        )
        self._action(edit_menu, self.tr("&Restore…"), lambda w: w.show_deleted_items())

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Deleted items"), lambda w: w.show_deleted_items()).setIcon(
            icon("deleted")
        )
        self._action(view_menu, self.tr("&Conflicts"), lambda w: w.show_conflicts()).setIcon(icon("conflict"))
        self._action(view_menu, self.tr("&Refresh"), lambda w: w.refresh(), QKeySequence.StandardKey.Refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&About CMCC Desktop"), lambda _w: self._show_about(), needs_data=False
        )

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[Any], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        needs_data: bool = True,
    ) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))

        def triggered(_checked: bool = False) -> None:
            workspace = self.workspace
            if not needs_data or (workspace is not None and workspace.services is not None):
                slot(workspace)

        action.triggered.connect(triggered)
        return action

    # -- what the workspace offers, for menus, links and tests -------------------------------------
    def __getattr__(self, name: str) -> Any:
        """The workspace's pages and helpers (``window.contacts_page``, ``window.show_record``) once built."""
        workspace = self.__dict__.get("workspace") if name != "workspace" else None
        if workspace is not None and hasattr(workspace, name):
            return getattr(workspace, name)
        raise AttributeError(name)

    def bring_to_front(self) -> None:
        """Another start on this data folder: show this window instead, with its open forms and dialogs
        still in front of it (a form raised behind its window would take keys the officer cannot see)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        dialogs = [d for d in self.findChildren(QDialog) if d.isVisible() and d.isWindow()]
        for dialog in dialogs:
            dialog.raise_()
        (QApplication.activeModalWidget() or (dialogs[-1] if dialogs else self)).activateWindow()

    # -- actions that need no data -----------------------------------------------------------------
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

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        if self.workspace is not None and not self.workspace.close(settings):
            event.ignore()
            return
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/tab", self.tabs.currentIndex())
        super().closeEvent(event)
