"""The main window's frame: tabs, menus and shortcuts, and the status bar.

The frame needs nothing but Qt, so it paints at once. Right after its first paint it builds the
:class:`~cmcc_desktop.ui.workspace.Workspace` (the tabs' contents, the database layer, sync and forms), which
opens the data folder in the background and fills the tabs when it is ready. Menu entries that need the data
do nothing until then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
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
from . import settings
from .elided_label import ElidedLabel
from .i18n import isolated
from .labels import left_to_right
from .open_externally import open_externally

if TYPE_CHECKING:
    from ..sync.status import PeerStatus
    from .workspace import Workspace


# The window's size on a screen with room for it; on a smaller one (a 1366x768 laptop) it opens maximized.
PREFERRED_SIZE = QSize(1280, 780)
# What the window manager adds around the window (title bar, borders), which must fit on the screen too.
FRAME_ALLOWANCE = QSize(16, 40)


def _day(moment: str | None) -> str:
    """The day of a stored UTC time ("2026-11-29T…"), written as the tables write days (the digits chosen,
    left to right in Arabic too); a dash if there is none."""
    if not moment:
        return "—"
    return (
        "\u2066"
        + QLocale().toString(QDate.fromString(moment[:10], Qt.DateFormat.ISODate), "yyyy-MM-dd")
        + "\u2069"
    )


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def window_title(team: str | None = None) -> str:
    """The team, then the app's name. Qt adds the application display name to a title that does not already
    end with it (on Windows and Linux), so the title ends with it to read it once."""
    return f"{team} — {APP_DISPLAY_NAME}" if team else APP_DISPLAY_NAME


# Where the officer is in each record tab (by entity): the search typed and the record chosen.
Place = dict[str, tuple[str, str | None]]


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(object)
    language_changed = Signal()  # Settings chose another language or digits: build the window again

    def __init__(
        self,
        paths: AppPaths,
        officer: str | None = None,
        team: str | None = None,
        place: Place | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.officer, self.team = officer, team
        self.returning_to: Place = place or {}
        self.workspace: Workspace | None = None
        self._workspace_scheduled = False
        self.setWindowTitle(window_title())
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._slots: dict[str, tuple[QWidget, QVBoxLayout]] = {}  # each tab's frame, filled by the workspace
        for key, title, icon_name in (
            ("contacts", self.tr("&Contacts"), "contacts"),
            ("tasking", self.tr("&Tasking"), "tasking"),
            ("site_visits", self.tr("&Site visits"), "visits"),
        ):
            slot = QWidget(self.tabs)
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 0, 0, 0)
            self._slots[key] = (slot, layout)
            self.tabs.addTab(slot, icon(icon_name), title)
        self._build_menus()
        # Long names (officer, team, the teams exchanged with) give way to "…" rather than widen the window;
        # the officer's and team's first.
        self.identity_label = ElidedLabel(self.tr("Opening the data folder…"), self)
        self.exchange_label = ElidedLabel("", self, narrowest=24)
        self.counts_label = QLabel(self)
        between = QFrame(self)  # the officer's line and the exchanges' apart, when both start with a team
        between.setFrameShape(QFrame.Shape.VLine)
        between.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addWidget(between)
        self.statusBar().addWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._place()
        self.tabs.setCurrentIndex(settings.CURRENT_TAB.read())

    def _place(self) -> None:
        """Where and how large the window opens: as it was left, if that fits the screen it was on (a laptop
        taken away from its large monitor does not open a window larger than its own screen); else at the
        preferred size where that fits, and maximized on a smaller screen."""
        saved = settings.WINDOW_GEOMETRY.read()
        if not saved.isEmpty() and self.restoreGeometry(saved):
            screen = QGuiApplication.screenAt(self.geometry().center())
            if screen is not None and (
                self.isMaximized() or self._fits(self.geometry().size(), screen.availableGeometry().size())
            ):
                return
            self.setWindowState(Qt.WindowState.WindowNoState)
        available = self.screen().availableGeometry()
        size = PREFERRED_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)
        self.resize(size)
        self.move(available.center() - self.rect().center())
        if not self._fits(PREFERRED_SIZE, available.size()):
            self.setWindowState(Qt.WindowState.WindowMaximized)

    @staticmethod
    def _fits(size: QSize, available: QSize) -> bool:
        """Whether a window of this size fits on the screen, with its frame."""
        framed = size + FRAME_ALLOWANCE
        return framed.width() <= available.width() and framed.height() <= available.height()

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
        self.export_records_action = self._action(
            file_menu, self.tr("E&xport for partners…"), lambda w: w.export_for_partners()
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
            file_menu, self.tr("Open data f&older"), lambda _w: self._open_data_folder(), needs_data=False
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
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Settings…"),
            lambda w: w.open_settings(),
            QKeySequence.StandardKey.Preferences,
        )

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

    # -- what the workspace puts in the frame -----------------------------------------------------
    def place_page(self, key: str, page: QWidget) -> None:
        """Fill one of the main tabs ("contacts", "tasking", "site_visits") with its page."""
        self._slots[key][1].addWidget(page)

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._slots[key][0])

    def current_page(self) -> str:
        """The key of the main tab in front."""
        current = self.tabs.currentWidget()
        return next(key for key, (slot, _layout) in self._slots.items() if slot is current)

    def show_identity(self, officer: str, team: str) -> None:
        self.setWindowTitle(window_title(team))
        self.identity_label.setText(
            self.tr("Officer: {officer} · Team: {team}").format(officer=officer, team=team)
        )

    def show_not_opened(self) -> None:
        self.identity_label.setText(self.tr("The data folder could not be opened."))

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%Ln contact(s)", "", counts["contact"]),
                    self.tr("%Ln organisation(s)", "", counts["organisation"]),
                    self.tr("%Ln site(s)", "", counts["site"]),
                    self.tr("%Ln task(s)", "", counts["task"]),
                    self.tr("%Ln visit(s)", "", counts["visit"]),
                )
            )
        )

    def show_exchanges(self, found: list[PeerStatus]) -> None:
        """The last bundle received from and sent to each team, newest first; all of them in the tooltip."""
        lines = [
            self.tr("{team}: last received {received}, last sent {sent}").format(
                team=isolated(peer.team), received=_day(peer.last_received_at), sent=_day(peer.last_sent_at)
            )
            for peer in sorted(
                found, key=lambda p: max(p.last_received_at or "", p.last_sent_at or ""), reverse=True
            )
        ]
        if not lines:
            shown = self.tr("No exchanges yet")
        elif len(lines) > 2:
            shown = self.tr("{exchanges} and %Ln more team(s)", "", len(lines) - 2).format(
                exchanges=" · ".join(lines[:2])
            )
        else:
            shown = " · ".join(lines)
        self.exchange_label.setText(shown)
        self.exchange_label.setToolTip("\n".join(lines))

    def bring_to_front(self, bundle: Path | None = None) -> None:
        """Another start on this data folder: show this window instead, with its open forms and dialogs
        still in front of it (a form raised behind its window would take keys the officer cannot see). A
        sync bundle that start was given (opened from the file manager) is offered for import."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        dialogs = [d for d in self.findChildren(QDialog) if d.isVisible() and d.isWindow()]
        for dialog in dialogs:
            dialog.raise_()
        (QApplication.activeModalWidget() or (dialogs[-1] if dialogs else self)).activateWindow()
        if bundle is not None:
            self.import_when_open(bundle)

    def import_when_open(self, bundle: Path) -> None:
        """Offer a sync bundle for import as soon as the data folder is open (now, if it is)."""
        if self.workspace is not None and self.workspace.store is not None:
            self.workspace.import_bundle(bundle)
        else:
            self.store_opened.connect(
                lambda: self.import_when_open(bundle), Qt.ConnectionType.SingleShotConnection
            )

    def place(self) -> Place:
        """Where the officer is, to come back to in a window built again."""
        if self.workspace is None:
            return dict(self.returning_to)
        return {tab.entity: tab.place() for tab in self.workspace.record_tabs()}

    # -- actions that need no data -----------------------------------------------------------------
    def _open_data_folder(self) -> None:
        open_externally(self, self.paths.data_dir)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CMCC Desktop"),
            self.tr(
                "<h3>CMCC Desktop {version}</h3>"
                "<p>The offline field desk of Civil-Military Coordination Center officers.</p>"
                "<p>Data folder: {data}<br>Log folder: {logs}</p>"
                "<p>Licence: GNU General Public License, version 3 or later.</p>"
            ).format(
                version=__version__,
                data=left_to_right(self.paths.data_dir),
                logs=left_to_right(self.paths.log_dir),
            ),
        )

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.close():
            event.ignore()
            return
        settings.WINDOW_GEOMETRY.write(self.saveGeometry())
        settings.CURRENT_TAB.write(self.tabs.currentIndex())
        super().closeEvent(event)
