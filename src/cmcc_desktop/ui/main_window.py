"""The main window: the tabs, the menus and shortcuts, and a status bar with who is working and what is stored.

The window paints at once; the data folder opens in the background and each tab fills when it is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from .. import APP_DISPLAY_NAME, __version__
from ..paths import AppPaths
from ..resources import resource_path
from ..services import Services
from ..services.demo import generate
from ..services.store import Store
from ..sync.status import PeerStatus, peers
from .background import run_in_background
from .conflicts_view import ConflictsDialog
from .deleted_items import DeletedItemsDialog
from .error_dialogs import show_error
from .forms.record_form import RecordForm
from .long_work import run_with_progress
from .record_tab import RecordTab
from .sync_dialogs import export_flow, import_flow
from .tabs.contacts_tab import ContactsPage


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(object)

    def __init__(self, paths: AppPaths, officer: str | None = None, team: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.store: Store | None = None
        self.services: Services | None = None
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setObjectName("MainWindow")
        self.resize(1280, 780)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.pages: list[QWidget] = []
        self._add_pages()
        self._build_menus()
        self.identity_label = QLabel(self.tr("Opening the data folder…"), self)
        self.counts_label = QLabel(self)
        self.exchange_label = QLabel(self)
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._restore_settings()
        run_in_background(
            lambda: Store.open(paths, officer=officer, team=team), self._opened, self._open_failed
        )

    # -- building ----------------------------------------------------------------------------------
    def _add_pages(self) -> None:
        self.contacts_page = ContactsPage(self)
        self._add_page(self.contacts_page, self.tr("&Contacts"), "contacts")

    def _add_page(self, page: QWidget, title: str, icon_name: str) -> None:
        self.pages.append(page)
        self.tabs.addTab(page, icon(icon_name), title)
        page.navigate.connect(self.show_record)  # type: ignore[attr-defined]
        page.records_changed.connect(self.update_counts)  # type: ignore[attr-defined]

    def record_tabs(self) -> list[RecordTab]:
        return [tab for page in self.pages for tab in page.tabs()]  # type: ignore[attr-defined]

    def tab_for(self, entity: str) -> RecordTab | None:
        return next((tab for tab in self.record_tabs() if tab.entity == entity), None)

    def current_tab(self) -> RecordTab | None:
        page = self.tabs.currentWidget()
        return page.current() if page is not None else None  # type: ignore[attr-defined]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_contact_action = self._action(
            file_menu, self.tr("New &contact…"), lambda: self._new("contact"), QKeySequence.StandardKey.New
        )
        self.new_task_action = self._action(
            file_menu, self.tr("New &task…"), lambda: self._new("task"), "Ctrl+T"
        )
        self.new_visit_action = self._action(
            file_menu, self.tr("New &visit…"), lambda: self._new("visit"), "Ctrl+Shift+V"
        )
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export sync bundle…"), self._export_bundle, "Ctrl+E"
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import sync bundle…"), self._import_bundle, "Ctrl+I"
        )
        file_menu.addSeparator()
        file_menu.addAction(self._not_yet(self.tr("&Print visit report…"), QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        self.demo_action = self._action(file_menu, self.tr("Load &demo data…"), self._load_demo)
        self._action(file_menu, self.tr("Open &data folder"), self._open_data_folder)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Find"), self._find, QKeySequence.StandardKey.Find)
        self._action(edit_menu, self.tr("&Edit selected…"), lambda: self._on_tab(RecordTab.edit_current))
        self._action(
            edit_menu,
            self.tr("&Delete"),
            lambda: self._on_tab(RecordTab.delete_current),
            QKeySequence.StandardKey.Delete,
        )
        self._action(edit_menu, self.tr("&Restore…"), self._show_deleted_items)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Deleted items"), self._show_deleted_items).setIcon(icon("deleted"))
        self._action(view_menu, self.tr("&Conflicts"), self._show_conflicts).setIcon(icon("conflict"))
        self._action(view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About CMCC Desktop"), self._show_about)

    def _action(
        self,
        menu: QWidget,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)  # type: ignore[attr-defined]
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

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
        self.services = Services(store)
        identity = store.identity
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {identity.team_name}")
        self.identity_label.setText(
            self.tr("Officer: {officer} · Team: {team}").format(
                officer=identity.officer_name, team=identity.team_name
            )
        )
        for tab in self.record_tabs():
            tab.attach(self.services)
        self.update_counts()
        self.update_exchanges()
        self.store_opened.emit()

    def _open_failed(self, error: BaseException) -> None:
        self.identity_label.setText(self.tr("The data folder could not be opened."))
        self.store_failed.emit(error)
        show_error(self, error)

    def update_counts(self) -> None:
        if self.store is not None:
            run_in_background(self.store.counts, self._show_counts, lambda error: show_error(self, error))

    def update_exchanges(self) -> None:
        store = self.store
        if store is not None:
            run_in_background(
                lambda: peers(store), self._show_exchanges, lambda error: show_error(self, error)
            )

    def _show_exchanges(self, found: list[PeerStatus]) -> None:
        """The last bundle received from and sent to each team, newest first; all of them in the tooltip."""
        lines = [
            self.tr("{team}: received {received}, sent {sent}").format(
                team=peer.team,
                received=(peer.last_received_at or "—")[:10],
                sent=(peer.last_sent_at or "—")[:10],
            )
            for peer in sorted(
                found, key=lambda p: max(p.last_received_at or "", p.last_sent_at or ""), reverse=True
            )
        ]
        self.exchange_label.setText(
            " · ".join(lines[:2]) + (" …" if len(lines) > 2 else "") if lines else self.tr("No exchanges yet")
        )
        self.exchange_label.setToolTip("\n".join(lines))

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

    def refresh(self) -> None:
        for tab in self.record_tabs():
            tab.refresh()
        self.update_counts()

    # -- navigation --------------------------------------------------------------------------------
    def show_record(self, entity: str, record_id: str) -> None:
        """Follow a link: bring the record's tab forward and select the record."""
        tab = self.tab_for(entity)
        if tab is not None:
            self.show_record_tab(tab)
            tab.show_record(record_id)

    # -- actions -----------------------------------------------------------------------------------
    def _on_tab(self, action: Callable[[RecordTab], None]) -> None:
        tab = self.current_tab()
        if tab is not None and self.services is not None:
            action(tab)

    def _find(self) -> None:
        self._on_tab(RecordTab.focus_search)

    def _new(self, entity: str) -> None:
        tab = self.tab_for(entity)
        if tab is None or self.services is None:
            return
        self.show_record_tab(tab)
        tab.open_form(None)

    def show_record_tab(self, tab: RecordTab) -> None:
        for page in self.pages:
            if tab in page.tabs():  # type: ignore[attr-defined]
                self.tabs.setCurrentWidget(page)
                page.show_tab(tab)  # type: ignore[attr-defined]

    def _export_bundle(self) -> None:
        if self.store is not None:
            export_flow(self, self.store, self.update_exchanges)

    def _import_bundle(self) -> None:
        if self.store is not None:
            import_flow(self, self.store, lambda _result: (self.refresh(), self.update_exchanges()))

    def _show_deleted_items(self) -> None:
        if self.services is None:
            return
        dialog = DeletedItemsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.show()

    def _restored(self, entity: str, record_id: str) -> None:
        self.refresh()
        self.show_record(entity, record_id)

    def _show_conflicts(self) -> None:
        if self.store is None:
            return
        dialog = ConflictsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.refresh)
        dialog.show()

    def _load_demo(self) -> None:
        store = self.store
        if store is None:
            return
        if any(store.counts().values()):
            QMessageBox.information(
                self,
                self.tr("Demo data"),
                self.tr(
                    "Demo data goes only into an empty data folder, so that it never mixes with real records. "
                    "Start the app with --data-dir pointing to a new folder to try it."
                ),
            )
            return
        run_with_progress(
            self,
            self.tr("Creating demo data…"),
            lambda progress, cancelled: generate(store, progress=progress, cancelled=cancelled),
            lambda _counts: self.refresh(),
        )

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

    # -- settings and closing ----------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tabs.setCurrentIndex(int(settings.value("main_window/tab", 0)))
        for tab in self.record_tabs():
            tab.restore_settings(settings)

    def open_forms(self) -> list[RecordForm]:
        return [form for form in self.findChildren(RecordForm) if form.isVisible()]

    def closeEvent(self, event: QCloseEvent) -> None:
        for form in self.open_forms():
            form.raise_()
            if not form.confirm_close():
                event.ignore()
                return
            form.done(0)
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/tab", self.tabs.currentIndex())
        for tab in self.record_tabs():
            tab.save_settings(settings)
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
