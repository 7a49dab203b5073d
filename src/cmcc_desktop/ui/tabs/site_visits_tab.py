"""The Site visits tab: the site registry and the visit log, one click apart.

Sites and visits each get a full table with its own search and filters (20k sites and 20k visits do not fit
in a side list); a site's detail pane lists its visits and open tasks, and a visit's links back to its site.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...errors import NotFoundError
from ...rules.vocabulary import SECTORS, SEVERITY, SITE_STATUSES, SITE_TYPES
from ...services import Services, listings
from ...services.listing import Listing
from .. import detail_html as d
from ..background import run_in_background
from ..error_dialogs import show_error
from ..forms.fields import RecordPicker
from ..forms.record_form import open_form
from ..forms.site_forms import SiteForm, VisitForm, copy_of_visit
from ..labels import (
    choices,
    highest_need,
    label,
    labeller,
    left_to_right,
    local_datetime,
    marking,
    text_list,
    whole_number,
    written_like_tables,
)
from ..open_externally import open_externally
from ..pickers import site_picker
from ..record_model import TableColumn
from ..record_tab import Detail, RecordTab
from ..report_actions import site_report, visit_report
from ..thumbnails import make_thumbnail, thumbnail_path
from .switched_page import SwitchedPage


def visit_items(visits: list[tuple[Any, str]]) -> list[str]:
    return [
        d.link("visit", visit.id, local_datetime(visit.visited_at))
        + (f" · {d.text(visit.purpose)}" if visit.purpose else "")
        + (f" · <b>{d.text(highest_need(visit.needs, sector_name=True))}</b>" if visit.needs else "")
        for visit, _site in visits
    ]


class SitesTab(RecordTab):
    entity = "site"
    shows = frozenset({"visit", "task"})  # the last visit and open tasks, in the list and the detail
    new_visit_requested = Signal(dict)  # initial values of a visit form

    def columns(self) -> list[TableColumn]:
        return [
            TableColumn("name", self.tr("Site")),
            TableColumn("name_ar", self.tr("Name in Arabic")),
            TableColumn("site_type", self.tr("Type"), labeller(SITE_TYPES)),
            TableColumn("sector", self.tr("Sector")),
            TableColumn("admin_area", self.tr("Admin area")),
            TableColumn("admin_pcode", self.tr("P-code")),
            TableColumn("status", self.tr("Status"), labeller(SITE_STATUSES)),
            TableColumn("last_visit", self.tr("Last visit"), local_datetime),
            TableColumn("open_tasks", self.tr("Open tasks"), whole_number),
            TableColumn("releasability", self.tr("Releasability"), marking),
        ]

    def make_listing(self, services: Services) -> Listing:
        return listings.sites(services)

    def service(self) -> Any:
        assert self.services is not None
        return self.services.sites

    def search_hint(self) -> str:
        return self.tr("Search sites: name, area, P-code… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New site…")

    def table_name(self) -> str:
        return self.tr("Sites")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln site(s)", "", count)

    def build_filters(self) -> None:
        self.add_combo_filter("site_type", self.tr("All types"), choices(SITE_TYPES), self.tr("Site type"))
        self.add_combo_filter(
            "status", self.tr("Any status"), choices(SITE_STATUSES), self.tr("Operational status")
        )
        self.add_combo_filter("sector", self.tr("All sectors"), choices(SECTORS), self.tr("Sector"))

    def add_detail_buttons(self, layout: QHBoxLayout) -> None:
        self.new_visit_button = QPushButton(self.tr("New visit…"), self)
        self.new_visit_button.clicked.connect(self._new_visit)
        self.copy_visit_button = QPushButton(self.tr("Copy from last visit…"), self)
        self.copy_visit_button.setToolTip(
            self.tr(
                "A new visit with the last visit's officers, contacts, purpose, needs and recommendations"
            )
        )
        self.copy_visit_button.clicked.connect(self._copy_last_visit)
        self.site_report_button = QPushButton(self.tr("Print site report…"), self)
        self.site_report_button.setToolTip(self.tr("All visits of this site, or of a date range, in one PDF"))
        self.site_report_button.clicked.connect(self._site_report)
        for button in (self.new_visit_button, self.copy_visit_button, self.site_report_button):
            layout.addWidget(button)

    def update_actions(self, detail: Detail | None) -> None:
        self.new_visit_button.setEnabled(detail is not None)
        self.site_report_button.setEnabled(detail is not None)
        self.copy_visit_button.setEnabled(detail is not None and bool(detail.state))  # once visited

    def _site_report(self) -> None:
        record_id = self.current_id()
        if record_id is not None and self.services is not None:
            site_report(self, self.services, record_id)

    def _new_visit(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.new_visit_requested.emit({"site_id": record_id})

    def _copy_last_visit(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.services is None:
            return
        visits = self.services.visits

        def copied(last: Any) -> None:
            if last is not None:
                self.new_visit_requested.emit(copy_of_visit(last))

        run_in_background(
            lambda: visits.last_visit(record_id), copied, lambda e: show_error(self, e), owner=self
        )

    def record_label(self, record_id: str) -> str:
        return self.service().get(record_id).name

    def open_form(self, record_id: str | None) -> None:
        assert self.services is not None
        services = self.services
        open_form(self, self.entity, record_id, lambda: SiteForm(services, record_id, self), self.saved)

    def read_detail(self, services: Services, record_id: str) -> Detail:
        try:
            site = services.sites.get(record_id)
        except NotFoundError:
            return Detail("")
        where = ""
        if site.latitude is not None and site.longitude is not None:
            where = left_to_right(f"{site.latitude:.5f}, {site.longitude:.5f}")
        html = d.title(site.name, site.name_ar)
        html += d.rows(
            [
                (self.tr("Type"), d.text(label(SITE_TYPES, site.site_type))),
                (self.tr("Sector"), d.text(label(SECTORS, site.sector) if site.sector else "")),
                (self.tr("Status"), d.text(label(SITE_STATUSES, site.status))),
                (
                    self.tr("Admin area"),
                    d.text(" · ".join(filter(None, [site.admin_area, site.admin_pcode]))),
                ),
                (self.tr("Coordinates"), where),
                d.releasability(site.releasability),
            ],
            raw=True,
        )
        html += d.paragraph(self.tr("Access and security"), site.access_notes)
        visits = services.visits.find(site_id=record_id, order_by="visited_at", descending=True, limit=50)
        html += d.section(
            self.tr("Visits"), visit_items([(v, "") for v in visits]), self.tr("Not visited yet.")
        )
        tasks = services.tasks.find(site_id=record_id, status="open", limit=50)
        html += d.section(self.tr("Open tasks"), d.task_items(tasks), self.tr("None."))
        return Detail(html, state=bool(visits))  # nothing to copy before a first visit


class VisitsTab(RecordTab):
    entity = "visit"
    shows = frozenset({"site", "contact", "organisation", "task", "attachment"})
    default_sort = (0, Qt.SortOrder.DescendingOrder)
    follow_up_requested = Signal(dict)  # initial values of a task form

    def columns(self) -> list[TableColumn]:
        return [
            TableColumn("visited_at", self.tr("Date"), local_datetime),
            TableColumn("site", self.tr("Site")),
            TableColumn("purpose", self.tr("Purpose")),
            TableColumn("officers", self.tr("Officers"), text_list),
            TableColumn("needs", self.tr("Most severe need"), highest_need),
            TableColumn("people_in_need", self.tr("People in need"), whole_number),
            TableColumn("releasability", self.tr("Releasability"), marking),
        ]

    def make_listing(self, services: Services) -> Listing:
        return listings.visits(services)

    def service(self) -> Any:
        assert self.services is not None
        return self.services.visits

    def search_hint(self) -> str:
        return self.tr("Search visits: findings, purpose, officers… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New visit…")

    def table_name(self) -> str:
        return self.tr("Visits")

    def count_text(self, count: int) -> str:
        return self.tr("%Ln visit(s)", "", count)

    def build_filters(self) -> None:
        self.add_combo_filter("sector", self.tr("Needs in any sector"), choices(SECTORS), self.tr("Sector"))
        self.officer_filter = self.add_combo_filter("officer", self.tr("Any officer"), [], self.tr("Officer"))
        row = self.add_row()
        row.addWidget(QLabel(self.tr("Site"), self))
        self.site_filter: RecordPicker | None = None
        self._site_row = row
        self.date_from = self._date_filter(row, "date_from", self.tr("From"))
        self.date_to = self._date_filter(row, "date_to", self.tr("to"))
        row.addStretch(1)

    def _date_filter(self, row: QHBoxLayout, key: str, text: str) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(text, self)
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        written_like_tables(edit)
        edit.setEnabled(False)
        edit.setAccessibleName(text)
        box.toggled.connect(edit.setEnabled)
        box.toggled.connect(lambda _on: self.apply_filters())
        edit.dateChanged.connect(lambda _d: self.apply_filters() if box.isChecked() else None)
        row.addWidget(box)
        row.addWidget(edit)

        def value() -> date | None:
            if not box.isChecked():
                return None
            picked = edit.date()
            return date(picked.year(), picked.month(), picked.day())

        self.add_filter_value(key, value, lambda: box.setChecked(False))
        return box, edit

    def services_ready(self) -> None:
        assert self.services is not None
        if self.site_filter is None:
            self.site_filter = site_picker(self.services, self)
            self.site_filter.setAccessibleName(self.tr("Site"))
            self.site_filter.setMinimumWidth(220)
            self.site_filter.changed.connect(self.apply_filters)
            self._site_row.insertWidget(1, self.site_filter)
            site = self.site_filter
            self.add_filter_value("site_id", site.value, lambda: site.set_value(None))
        services = self.services
        run_in_background(services.visits.officer_names, self._fill_officers, lambda _error: None)

    def _fill_officers(self, names: list[str]) -> None:
        self.officer_filter.replace_choices([(name, name) for name in names])

    def add_detail_buttons(self, layout: QHBoxLayout) -> None:
        self.follow_up_button = QPushButton(self.tr("Create follow-up task…"), self)
        self.follow_up_button.clicked.connect(self._follow_up)
        self.report_button = QPushButton(self.tr("Print visit report…"), self)
        self.report_button.setToolTip(self.tr("The visit with its photos and follow-up tasks, as a PDF"))
        self.report_button.clicked.connect(self.print_report)
        layout.addWidget(self.follow_up_button)
        layout.addWidget(self.report_button)

    def update_actions(self, detail: Detail | None) -> None:
        self.follow_up_button.setEnabled(detail is not None)
        self.report_button.setEnabled(detail is not None)
        missing: list[tuple[Path, Path]] = detail.state if detail is not None else []
        if missing:  # photos without thumbnails yet: made in the background, then shown
            record_id = self.current_id()
            run_in_background(
                lambda: [make_thumbnail(source, thumb) for source, thumb in missing],
                lambda _made: self._thumbnails_ready(record_id),
                lambda _error: None,
                owner=self,
            )

    def print_report(self) -> None:
        record_id = self.current_id()
        if record_id is not None and self.services is not None:
            visit_report(self, self.services, record_id)

    def follow_up_values(self, services: Services, record_id: str) -> dict[str, Any]:
        """A follow-up task: the visit's site, its most severe need's sector, and a link back (read off the
        UI thread)."""
        visit = services.visits.get(record_id)
        worst = max(visit.needs, key=lambda need: int(need.get("severity") or 0), default=None)
        values: dict[str, Any] = {
            "site_id": visit.site_id,
            "visit_id": visit.id,
            "releasability": visit.releasability,  # a follow-up is shared as widely as its visit
        }
        if worst is not None:
            values["sector"] = worst.get("sector")
            values["title"] = self.tr("Follow up: {sector} needs").format(
                sector=label(SECTORS, worst.get("sector"))
            )
        return values

    def _follow_up(self) -> None:
        record_id, services = self.current_id(), self.services
        if record_id is not None and services is not None:
            run_in_background(
                lambda: self.follow_up_values(services, record_id),
                self.follow_up_requested.emit,
                lambda e: show_error(self, e),
                owner=self,
            )

    def record_label(self, record_id: str) -> str:
        assert self.services is not None
        visit = self.services.visits.get(record_id)
        return f"{self.services.label_of('site', visit.site_id)} · {local_datetime(visit.visited_at)}"

    def open_form(self, record_id: str | None, initial: dict[str, Any] | None = None) -> None:
        assert self.services is not None
        services = self.services
        open_form(
            self, self.entity, record_id, lambda: VisitForm(services, record_id, self, initial), self.saved
        )

    def read_detail(self, services: Services, record_id: str) -> Detail:
        try:
            visit = services.visits.get(record_id)
        except NotFoundError:
            return Detail("")
        site_name, site_deleted = services.describe("site", visit.site_id)
        met = []
        for contact in services.contacts.get_many(visit.contacts_met):
            organisation = (
                services.label_of("organisation", contact.organisation_id) if contact.organisation_id else ""
            )
            met.append(
                " · ".join(
                    [d.link("contact", contact.id, contact.full_name)]
                    + [d.text(part) for part in (contact.title, organisation) if part]
                )
            )
        html = d.title(site_name, local_datetime(visit.visited_at))
        html += d.rows(
            [
                (self.tr("Site"), d.link("site", visit.site_id, site_name, deleted=site_deleted)),
                (self.tr("Officers"), d.text(text_list(visit.officers))),
                (self.tr("Purpose"), d.text(visit.purpose)),
                (self.tr("People in need"), d.text(whole_number(visit.people_in_need))),
                d.releasability(visit.releasability),
            ],
            raw=True,
        )
        if met:
            html += d.section(self.tr("Contacts met"), met, "")
        html += d.paragraph(self.tr("Findings"), visit.findings)
        if visit.needs:
            needs = [
                (
                    f"<td>{escape(label(SECTORS, need.get('sector')))}</td>",
                    f"<td>{whole_number(int(need.get('severity') or 0))} · {escape(label(SEVERITY, need.get('severity')))}</td>",
                    f"<td>{escape(need.get('note') or '')}</td>",
                )
                for need in sorted(visit.needs, key=lambda n: -int(n.get("severity") or 0))
            ]
            heading = escape(self.tr("Needs by sector"))
            html += f"<h3 style='margin-bottom:2px'>{heading}</h3>" + d.table(
                needs, "border='0' cellspacing='2' cellpadding='3'"
            )
        html += d.paragraph(self.tr("Security and access"), visit.security_access)
        html += d.paragraph(self.tr("Recommendations"), visit.recommendations)
        photos, missing = self._photos_html(services, record_id)
        html += photos
        tasks = services.tasks.find(visit_id=record_id)
        html += d.section(self.tr("Follow-up tasks"), d.task_items(tasks), self.tr("None yet."))
        return Detail(html, state=missing)

    def _photos_html(self, services: Services, record_id: str) -> tuple[str, list[tuple[Path, Path]]]:
        """Thumbnails that exist already, and the photos (source, thumbnail) still without one."""
        attachments = services.attachments
        photos = attachments.find(visit_id=record_id, order_by="created_at")
        if not photos:
            return "", []
        data_dir = services.store.paths.data_dir
        cells, missing = [], []
        for photo in photos:
            thumb = thumbnail_path(data_dir, photo.sha256)
            source = attachments.blob_path(photo)
            if thumb.exists():
                image = f"<img src='{QUrl.fromLocalFile(str(thumb)).toString()}' width='150'><br>"
            else:
                image = ""
                missing.append((source, thumb))
            link = f"<a href='{QUrl.fromLocalFile(str(source)).toString()}'>{escape(photo.caption or photo.original_name)}</a>"
            cells.append(f"<td align='center' valign='top'>{image}{link}</td>")
        rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
        title = escape(self.tr("Photos"))
        return f"<h3 style='margin-bottom:2px'>{title}</h3>" + d.table(rows, "cellspacing='6'"), missing

    def _thumbnails_ready(self, record_id: str | None) -> None:
        if record_id is not None and self.current_id() == record_id:
            self._show_current()

    def _follow_link(self, url: QUrl) -> None:
        if url.isLocalFile():
            open_externally(self, Path(url.toLocalFile()))  # a photo: the system's image viewer
        else:
            super()._follow_link(url)


class SiteVisitsPage(SwitchedPage):
    """Sites and the visit log. ``follow_up_requested`` carries a follow-up task's initial values."""

    follow_up_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        sites = SitesTab()
        visits = VisitsTab()
        super().__init__(  # translated in this class's context: self.tr needs the widget made
            [
                (sites, QCoreApplication.translate("SiteVisitsPage", "Sites")),
                (visits, QCoreApplication.translate("SiteVisitsPage", "Visit log")),
            ],
            parent,
        )
        self.sites, self.visits = sites, visits
        sites.new_visit_requested.connect(self._new_visit)
        visits.follow_up_requested.connect(self.follow_up_requested)

    def _new_visit(self, initial: dict[str, Any]) -> None:
        self.show_tab(self.visits)
        self.visits.open_form(None, initial)
