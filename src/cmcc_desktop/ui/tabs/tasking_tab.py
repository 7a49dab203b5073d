"""The Tasking tab: who does what, where, by when; counts per status; quick moves along the workflow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from ...db.models import Task
from ...errors import CmccError, NotFoundError, ValidationError
from ...rules.vocabulary import OPEN_TASK_STATUSES, SECTORS, TASK_PRIORITIES, TASK_STATUSES
from ...services import Services, listings
from ...services.listing import Listing
from ...services.tasks import TaskService
from ...store.versions import Versioned
from .. import detail_html as d
from ..background import run_in_background
from ..error_dialogs import show_error, translated_message
from ..forms.fields import RecordPicker
from ..forms.record_form import open_form
from ..forms.task_form import TaskForm
from ..labels import choices, label, labeller, local_datetime, marking, short_date, whole_number
from ..pickers import contact_picker, organisation_picker, site_picker
from ..record_model import TableColumn
from ..record_tab import Detail, RecordTab
from ..text_dialog import ask_text

OVERDUE = QColor("#b00020")


@dataclass(frozen=True)
class ShownTask:
    """The task in the detail pane, with its version, and the quick actions its status allows."""

    versioned: Versioned[Task]
    moves: dict[str, str]  # action -> the status it leads to


class AssignDialog(QDialog):
    """Quick action "Assign": a person and/or an organisation."""

    def __init__(self, services: Services, parent: QWidget, task: Task | None = None) -> None:
        super().__init__(parent)
        reassigning = task is not None and task.status == "assigned"
        self.setWindowTitle(self.tr("Reassign task") if reassigning else self.tr("Assign task"))
        self.setMinimumWidth(520)  # a person shows with organisation and role; room for all of it
        self.contact = contact_picker(services, self)
        self.organisation = organisation_picker(services, self)
        self.missing = QLabel(self.tr("Choose a person or an organisation (or both)."), self)
        self.missing.setStyleSheet("color: #b00020;")
        self.missing.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.contact)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.missing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if task is not None:  # starts from who has it now
            self.contact.set_value(task.assignee_contact_id)
            self.organisation.set_value(task.assignee_organisation_id)

    def accept(self) -> None:
        """Only with someone to assign to; otherwise say so here, and stay open."""
        if self.contact.value() is None and self.organisation.value() is None:
            self.missing.show()
            return
        super().accept()


class TaskingTab(RecordTab):
    entity = "task"
    shows = frozenset({"contact", "organisation", "site"})  # assignees, requesters and sites by name
    default_sort = (3, Qt.SortOrder.AscendingOrder)  # due date first

    def columns(self) -> list[TableColumn]:
        return [
            TableColumn("title", self.tr("Task")),
            TableColumn("status", self.tr("Status"), labeller(TASK_STATUSES)),
            TableColumn("priority", self.tr("Priority"), labeller(TASK_PRIORITIES)),
            TableColumn("due_date", self.tr("Due"), short_date),
            TableColumn("assignee", self.tr("Assigned to")),
            TableColumn("site", self.tr("Site")),
            TableColumn("sector", self.tr("Sector")),
            TableColumn("releasability", self.tr("Releasability"), marking),
        ]

    def make_listing(self, services: Services) -> Listing:
        return listings.tasks(services)

    def service(self) -> Any:
        assert self.services is not None
        return self.services.tasks

    def search_hint(self) -> str:
        return self.tr("Search tasks: title, description, closure note… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New task…")

    def table_name(self) -> str:
        return self.tr("Tasks")

    def count_text(self, count: int) -> str:
        if count == 0 and self.mine_box.isChecked() and self.services is not None:
            return self.tr("No tasks assigned to a contact named “{officer}”").format(
                officer=self.services.store.identity.officer_name
            )
        return self.tr("%Ln task(s)", "", count)

    def build_filters(self) -> None:
        self.status_filter = self.add_combo_filter(
            "status",
            self.tr("Any status"),
            [("open", self.tr("Open tasks")), *choices(TASK_STATUSES)],
            self.tr("Status"),
        )
        self.status_filter.set_value("open")
        self.status_filter.setToolTip(self.tr("Open tasks: new, assigned, in progress, blocked or on hold"))
        self.add_combo_filter(
            "priority", self.tr("Any priority"), choices(TASK_PRIORITIES), self.tr("Priority")
        )
        self.add_combo_filter("sector", self.tr("All sectors"), choices(SECTORS), self.tr("Sector"))
        self.overdue_box = self.add_check_filter("overdue", self.tr("Overdue"))
        self.mine_box = self.add_check_filter("assignee_name", self.tr("Assigned to me"), self._officer_name)

        self.counts_row = self.add_row()
        self.pickers_row = self.add_row()
        self.status_counts: dict[str, QToolButton] = {}
        for status in [*TASK_STATUSES, "overdue"]:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, s=status: self._pick_status(s))
            self.status_counts[status] = button
            self.counts_row.addWidget(button)
        self.counts_row.addStretch(1)
        self.pickers_row.addWidget(QLabel(self.tr("Assigned to"), self))
        self.assignee_filter: RecordPicker | None = None
        self.site_filter: RecordPicker | None = None

    def services_ready(self) -> None:
        assert self.services is not None
        if self.assignee_filter is None:
            self.assignee_filter = contact_picker(self.services, self)
            self.assignee_filter.setAccessibleName(self.tr("Assigned to"))
            self.assignee_filter.setMinimumWidth(200)
            self.assignee_filter.changed.connect(self.apply_filters)
            self.pickers_row.addWidget(self.assignee_filter)
            assignee = self.assignee_filter
            self.add_filter_value("assignee_contact_id", assignee.value, lambda: assignee.set_value(None))
            self.pickers_row.addWidget(QLabel(self.tr("Site"), self))
            self.site_filter = site_picker(self.services, self)
            self.site_filter.setAccessibleName(self.tr("Site"))
            self.site_filter.setMinimumWidth(200)
            self.site_filter.changed.connect(self.apply_filters)
            self.pickers_row.addWidget(self.site_filter)
            self.pickers_row.addStretch(1)
            site = self.site_filter
            self.add_filter_value("site_id", site.value, lambda: site.set_value(None))
        officer = self.services.store.identity.officer_name
        self.mine_box.setToolTip(
            self.tr(
                "Tasks assigned to the contact named “{officer}”, the officer name on this laptop"
            ).format(officer=officer)
        )
        self.model.set_row_style(self._row_style)
        self.update_counts()

    def _officer_name(self, _checked: bool) -> str | None:
        return self.services.store.identity.officer_name if self.services else None

    def _pick_status(self, status: str) -> None:
        if status == "overdue":
            self.overdue_box.setChecked(not self.overdue_box.isChecked())
        else:
            self.status_filter.set_value("open" if self.status_filter.value() == status else status)

    def update_counts(self) -> None:
        service = self.service()

        def count() -> tuple[dict[str, int], int]:
            return service.counts_by_status(), service.overdue_count()

        run_in_background(count, self._show_counts, lambda error: show_error(self, error))

    def _show_counts(self, found: tuple[dict[str, int], int]) -> None:
        by_status, overdue = found
        for status, button in self.status_counts.items():
            if status == "overdue":
                button.setText(self.tr("Overdue: {count}").format(count=whole_number(overdue)))
                button.setStyleSheet(f"color: {OVERDUE.name()};" if overdue else "")
            else:
                count = whole_number(by_status.get(status, 0))
                button.setText(
                    self.tr("{status}: {count}").format(status=label(TASK_STATUSES, status), count=count)
                )
            button.setToolTip(self.tr("Show only these tasks (click again for all)"))

    def _row_style(self, _record_id: str, values: tuple[Any, ...], role: int) -> Any:
        if not values:
            return None
        keys = self.model.listing.keys if self.model.listing else []
        status, priority, due = (values[keys.index(k)] for k in ("status", "priority", "due_date"))
        overdue = status in OPEN_TASK_STATUSES and due is not None and due < date.today()
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._overdue_brush
        if role == Qt.ItemDataRole.FontRole and (overdue or priority == "urgent"):
            return self._bold_font
        return None

    @cached_property
    def _overdue_brush(self) -> QBrush:
        return QBrush(OVERDUE)

    @cached_property
    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def saved(self, record_id: str, *, unless_another_chosen: bool = False) -> None:
        super().saved(record_id, unless_another_chosen=unless_another_chosen)
        self.update_counts()

    def record_label(self, record_id: str) -> str:
        return self.service().get(record_id).title

    def open_form(self, record_id: str | None, initial: dict[str, Any] | None = None) -> None:
        assert self.services is not None
        services = self.services
        open_form(
            self, self.entity, record_id, lambda: TaskForm(services, record_id, self, initial), self.saved
        )

    # -- quick actions -----------------------------------------------------------------------------
    def add_detail_buttons(self, layout: QHBoxLayout) -> None:
        self.quick: dict[str, QPushButton] = {}
        grid = QGridLayout()
        layout.addLayout(grid)
        for index, (key, text) in enumerate(
            (
                ("assigned", self.tr("Assign…")),
                ("in_progress", self.tr("Start")),
                ("blocked", self.tr("Block…")),
                ("on_hold", self.tr("Hold…")),
                ("done", self.tr("Complete…")),
                ("verified", self.tr("Verify")),
                ("cancelled", self.tr("Cancel task…")),
                ("reopen", self.tr("Reopen")),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"quick_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.quick_action(k))
            grid.addWidget(button, index // 4, index % 4)
            self.quick[key] = button

    def update_actions(self, detail: Detail | None) -> None:
        shown: ShownTask | None = detail.state if detail is not None else None
        status = shown.versioned.record.status if shown is not None else ""
        record = shown.versioned.record if shown is not None else None
        has_assignee = record is not None and bool(
            record.assignee_contact_id or record.assignee_organisation_id
        )
        moves = shown.moves if shown is not None else {}
        for key, button in self.quick.items():
            button.setEnabled(key in moves)
            if key == "in_progress":
                button.setText(self.tr("Resume") if status in ("blocked", "on_hold") else self.tr("Start"))
            elif key == "assigned":
                button.setText(self.tr("Reassign…") if has_assignee else self.tr("Assign…"))

    def quick_action(self, key: str) -> None:
        """Move the task in the detail pane along the workflow, asking for what the new status needs."""
        shown: ShownTask | None = self.shown.state if self.shown is not None else None
        if shown is not None and key in shown.moves:
            self._move(shown, key)

    def _move(self, shown: ShownTask, key: str, text: str = "") -> None:
        if self.services is None:
            return
        opened = shown.versioned  # what the officer sees is what changes (or nothing, if it changed)
        task, record_id, status = opened.record, opened.record.id, shown.moves[key]
        details: dict[str, Any] = {}
        if key == "assigned":
            dialog = AssignDialog(self.services, self, task)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            details = {
                "assignee_contact_id": dialog.contact.value(),
                "assignee_organisation_id": dialog.organisation.value(),
            }
        elif key in ("blocked", "on_hold", "done"):
            field = "closure_note" if key == "done" else "status_reason"
            question = {
                "blocked": self.tr("Why is the task blocked? Who or what can unblock it?"),
                "on_hold": self.tr("Why is the task on hold, and until when?"),
                "done": self.tr("Closure note: what was done, and how was it checked?"),
            }[key]
            typed = ask_text(
                self,
                self.tr("Task: {title}").format(title=task.title),
                question,
                text,
                lambda typed: TaskService.missing_reason(status, typed),
            )
            if typed is None:
                return
            details = {field: typed}
        elif key == "cancelled":
            answer = QMessageBox.question(
                self,
                self.tr("Cancel task?"),
                self.tr("Cancel “{title}”? It can be reopened later.").format(title=task.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        service = self.service()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and key in ("blocked", "on_hold", "done"):
                QMessageBox.warning(self, self.tr("Task not changed"), translated_message(error))
                self._move(shown, key, next(iter(details.values()), ""))  # ask again, with what was typed
            elif isinstance(error, CmccError):
                QMessageBox.warning(self, self.tr("Task not changed"), translated_message(error))
                self._show_current()  # as it is now (it may have changed meanwhile)
            else:
                show_error(self, error)
                self._show_current()

        self.update_actions(None)  # one move at a time: the next waits for the task as this one leaves it
        run_in_background(
            lambda: service.change_status(record_id, status, base_version=opened.version, **details),
            lambda _t: self.saved(record_id, unless_another_chosen=True),
            failed,
            owner=self,
        )

    # -- details -----------------------------------------------------------------------------------
    def read_detail(self, services: Services, record_id: str) -> Detail:
        try:
            opened = services.tasks.get_versioned(record_id)
        except NotFoundError:
            return Detail("")
        task = opened.record
        overdue = TaskService.is_overdue(task)
        due = short_date(task.due_date)
        if overdue:
            late = self.tr("overdue")
            due = (
                f"<span style='color:{OVERDUE.name()};font-weight:bold'>{d.text(due)} · {d.text(late)}</span>"
            )
        else:
            due = d.text(due)

        def linked(entity: str, record: str | None) -> str:
            if not record:
                return ""
            name, deleted = services.describe(entity, record)
            return d.link(entity, record, name, deleted=deleted)

        html = d.title(
            task.title, f"{label(TASK_STATUSES, task.status)} · {label(TASK_PRIORITIES, task.priority)}"
        )
        html += d.rows(
            [
                (self.tr("Due"), due),
                (self.tr("Sector"), d.text(label(SECTORS, task.sector) if task.sector else "")),
                (
                    self.tr("Assigned to"),
                    " · ".join(
                        filter(
                            None,
                            [
                                linked("contact", task.assignee_contact_id),
                                linked("organisation", task.assignee_organisation_id),
                            ],
                        )
                    ),
                ),
                (self.tr("Requested by"), linked("organisation", task.requesting_organisation_id)),
                (self.tr("Site"), linked("site", task.site_id)),
                (self.tr("From visit"), linked("visit", task.visit_id)),
                (self.tr("Created"), d.text(f"{local_datetime(task.created_at)} · {task.created_by}")),
                (self.tr("Last changed"), d.text(f"{local_datetime(task.updated_at)} · {task.updated_by}")),
                d.releasability(task.releasability),
            ],
            raw=True,
        )
        html += d.paragraph(self.tr("Description"), task.description)
        if task.status in ("blocked", "on_hold"):
            html += d.paragraph(self.tr("Why"), task.status_reason)
        html += d.paragraph(self.tr("Closure note"), task.closure_note)
        return Detail(html, ShownTask(opened, TaskService.quick_moves(task)))
