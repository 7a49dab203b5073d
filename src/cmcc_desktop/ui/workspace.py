"""Everything in the main window that needs the data: the tabs' pages, the open store, and the actions of
the menus (new records, sync bundles, deleted items, conflicts, demo data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ..services import Services
from ..services.demo import generate
from ..store.store import Store
from ..sync.exchange import ImportResult
from ..sync.status import peers
from .background import run_in_background
from .change_watcher import ChangeWatcher
from .conflicts_view import ConflictsDialog
from .deleted_items import DeletedItemsDialog
from .error_dialogs import show_error
from .export_dialog import export_for_partners
from .forms.record_form import RecordForm
from .main_window import MainWindow
from .operation import run_operation
from .record_tab import RecordTab
from .settings_dialog import SettingsDialog
from .sync_dialogs import export_flow, import_flow
from .tabs.contacts_tab import ContactsPage
from .tabs.site_visits_tab import SiteVisitsPage
from .tabs.switched_page import SwitchedPage
from .tabs.tasking_tab import TaskingTab


class Workspace(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store: Store | None = None
        self.services: Services | None = None
        self.watcher: ChangeWatcher | None = None
        self.pages: dict[str, SwitchedPage | RecordTab] = {}
        self.contacts_page = ContactsPage(window)
        self._add_page("contacts", self.contacts_page)
        self.tasking_tab = TaskingTab(window)
        self._add_page("tasking", self.tasking_tab)
        self.site_visits_page = SiteVisitsPage(window)
        self._add_page("site_visits", self.site_visits_page)
        self.site_visits_page.follow_up_requested.connect(self.follow_up)
        for tab in self.record_tabs():
            tab.restore_settings()
            if tab.entity in window.returning_to:
                tab.return_to(*window.returning_to[tab.entity])
        self.contacts_page.restore_settings("contacts")
        self.site_visits_page.restore_settings("site_visits")
        officer, team = window.officer, window.team
        run_in_background(
            lambda: Store.open(window.paths, officer=officer, team=team), self._opened, self._open_failed
        )

    def _add_page(self, key: str, page: SwitchedPage | RecordTab) -> None:
        self.pages[key] = page
        self.window.place_page(key, page)
        page.navigate.connect(self.show_record)
        page.records_changed.connect(self.written_here)
        for tab in page.tabs():
            tab.demo_wanted.connect(self.load_demo)

    # -- pages and tabs ----------------------------------------------------------------------------
    def record_tabs(self) -> list[RecordTab]:
        return [tab for page in self.pages.values() for tab in page.tabs()]

    def tab_for(self, entity: str) -> RecordTab | None:
        return next((tab for tab in self.record_tabs() if tab.entity == entity), None)

    def current_tab(self) -> RecordTab | None:
        return self.pages[self.window.current_page()].current()

    def show_record_tab(self, tab: RecordTab) -> None:
        for key, page in self.pages.items():
            if tab in page.tabs():
                self.window.show_page(key)
                page.show_tab(tab)

    def show_record(self, entity: str, record_id: str) -> None:
        """Follow a link: bring the record's tab forward and select the record."""
        tab = self.tab_for(entity)
        if tab is not None:
            self.show_record_tab(tab)
            tab.show_record(record_id)

    def on_tab(self, action: str) -> None:
        """Edit > Find, Edit selected, Delete: on the tab in front."""
        tab = self.current_tab()
        if tab is not None:
            getattr(tab, action)()

    def open_forms(self) -> list[RecordForm]:
        return [form for form in self.window.findChildren(RecordForm) if form.isVisible()]

    # -- the store ---------------------------------------------------------------------------------
    def _opened(self, store: Store) -> None:
        self.store = store
        self.services = Services(store)
        self.window.show_identity(store.identity.officer_name, store.identity.team_name)
        self.watcher = ChangeWatcher(store, self)
        for tab in self.record_tabs():
            tab.attach(self.services)
            self.watcher.changed.connect(tab.records_written)
        self.watcher.changed.connect(self._status_after_writes)
        self.update_counts()
        self.update_exchanges()
        self.watcher.start()
        self.window.store_opened.emit()

    def _open_failed(self, error: BaseException) -> None:
        self.window.show_not_opened()
        self.window.store_failed.emit(error)
        show_error(self.window, error)

    def update_counts(self) -> None:
        if self.store is not None:
            run_in_background(
                self.store.counts, self.window.show_counts, lambda error: show_error(self.window, error)
            )

    def update_exchanges(self) -> None:
        store = self.store
        if store is not None:
            run_in_background(
                lambda: peers(store), self.window.show_exchanges, lambda error: show_error(self.window, error)
            )

    def refresh(self) -> None:
        for tab in self.record_tabs():
            tab.refresh()
        self.update_counts()

    def written_here(self) -> None:
        """This window wrote records: every view hears of it now, through the change watcher."""
        if self.watcher is not None:
            self.watcher.check_now()

    def _status_after_writes(self, _changed: dict[str, set[str]] | None) -> None:
        self.update_counts()
        self.update_exchanges()  # an import records its sender

    # -- menu actions ------------------------------------------------------------------------------
    def new(self, entity: str) -> None:
        tab = self.tab_for(entity)
        if tab is not None:
            self.show_record_tab(tab)
            tab.open_form(None)

    def follow_up(self, initial: dict[str, object]) -> None:
        """A follow-up task from a visit: the task form, filled with the visit's site, sector and link."""
        self.show_record_tab(self.tasking_tab)
        self.tasking_tab.open_form(None, initial)

    def print_visit_report(self) -> None:
        """File > Print visit report…: the visit selected in the visit log."""
        visits = self.site_visits_page.visits
        if visits.current_id() is None:
            self.show_record_tab(visits)
            QMessageBox.information(
                self.window,
                self.tr("Print visit report"),
                self.tr("Select the visit to print in Site visits > Visit log, then print again."),
            )
            return
        self.show_record_tab(visits)
        visits.print_report()

    def export_bundle(self) -> None:
        if self.store is not None:
            export_flow(self.window, self.store, self.update_exchanges)

    def export_for_partners(self) -> None:
        """File > Export for partners…: one kind of record as a spreadsheet, vCards or a map."""
        if self.store is not None:
            export_for_partners(self.window, self.store)

    def import_bundle(self, path: Path | None = None) -> None:
        """File > Import sync bundle (the officer picks the file), or a bundle opened from the file manager."""
        if self.store is not None:
            import_flow(self.window, self.store, self._imported, path)

    def _imported(self, _result: ImportResult) -> None:
        self.written_here()

    def open_settings(self) -> None:
        if self.store is None:
            return
        dialog = SettingsDialog(self.store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.window.show_identity)
        dialog.saved.connect(lambda _officer, _team: self.update_exchanges())
        dialog.language_changed.connect(self.window.language_changed, Qt.ConnectionType.QueuedConnection)
        dialog.open()

    def show_deleted_items(self) -> None:
        if self.services is None:
            return
        dialog = DeletedItemsDialog(self.services, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.show()

    def _restored(self, entity: str, record_id: str) -> None:
        self.written_here()
        self.show_record(entity, record_id)

    def show_conflicts(self) -> None:
        if self.store is None:
            return
        dialog = ConflictsDialog(self.store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.written_here)
        if self.watcher is not None:
            self.watcher.changed.connect(dialog.reload)
        dialog.show()

    def load_demo(self) -> None:
        store = self.store
        if store is not None:
            run_in_background(store.counts, self._demo_into, lambda error: show_error(self.window, error))

    def _demo_into(self, counts: dict[str, int]) -> None:
        """Demo data goes only into an empty data folder, so that it never mixes with real records."""
        store = self.store
        if store is None:
            return
        if any(counts.values()):
            QMessageBox.information(
                self.window,
                self.tr("Demo data"),
                self.tr(
                    "Demo data goes only into an empty data folder, so that it never mixes with real records. "
                    "Start the app with --data-dir pointing to a new folder to try it."
                ),
            )
            return
        run_operation(
            self.window,
            self.tr("Creating demo data…"),
            lambda progress: generate(store, progress=progress),
            lambda _counts: self.written_here(),
        )

    # -- closing -----------------------------------------------------------------------------------
    def close(self) -> bool:
        """Ask about unsaved forms, remember the tabs' layout, close the store. False: stay open."""
        for form in self.open_forms():
            form.raise_()
            if not form.confirm_close():
                return False
            form.done(0)
        for tab in self.record_tabs():
            tab.save_settings()
        self.contacts_page.save_settings("contacts")
        self.site_visits_page.save_settings("site_visits")
        if self.watcher is not None:
            self.watcher.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        return True
