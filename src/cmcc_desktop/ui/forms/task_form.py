"""The task form: what is to be done, by whom, where, by when, and where it stands in the workflow."""

from __future__ import annotations

from typing import Any

from ...rules.vocabulary import SECTORS, TASK_PRIORITIES, TASK_STATUSES
from ...services.tasks import TaskService
from ..labels import choices, label
from ..pickers import contact_picker, organisation_picker, site_picker, visit_picker
from .fields import ChoiceField, DateField, LongTextField, TextField
from .record_form import RecordForm


class TaskForm(RecordForm):
    def service(self) -> Any:
        return self.services.tasks

    def form_title(self) -> str:
        return self.tr("New task") if self.record_id is None else self.tr("Edit task")

    def this_record(self) -> str:
        """ "this task", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this task")

    def build(self) -> None:
        self.add_field("title", self.tr("Title"), TextField(self), required=True)
        self.add_field("description", self.tr("Description"), LongTextField(self))
        self.add_field(
            "sector", self.tr("Sector"), ChoiceField(choices(SECTORS), self, empty=self.tr("(none)"))
        )
        self.add_field("priority", self.tr("Priority"), ChoiceField(choices(TASK_PRIORITIES), self))
        self.status = ChoiceField(self._status_choices(None), self)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field(
            "status_reason",
            self.tr("Reason (blocked or on hold)"),
            LongTextField(self, 2),
        )
        self.add_field(
            "assignee_contact_id", self.tr("Assigned to (person)"), contact_picker(self.services, self)
        )
        self.add_field(
            "assignee_organisation_id",
            self.tr("Assigned to (organisation)"),
            organisation_picker(self.services, self),
        )
        self.add_field(
            "requesting_organisation_id", self.tr("Requested by"), organisation_picker(self.services, self)
        )
        self.add_field("due_date", self.tr("Due date"), DateField(self, self.tr("by")))
        self.add_field("site_id", self.tr("Site"), site_picker(self.services, self))
        self.add_field("visit_id", self.tr("From visit"), visit_picker(self.services, self))
        self.add_field("closure_note", self.tr("Closure note"), LongTextField(self, 3))
        if self.record_id is None:
            self.fields["priority"].set_value("normal")

    def opened(self, record: Any | None) -> None:
        if record is not None:
            self.status.replace_choices(self._status_choices(record))

    def _status_choices(self, task: Any | None) -> list[tuple[str, str]]:
        """Only the current status and those the workflow allows next (a new task starts as new)."""
        allowed = (
            ["new", "assigned", "in_progress"]
            if task is None
            else [task.status, *TaskService.next_statuses(task)]
        )
        return [(status, label(TASK_STATUSES, status)) for status in TASK_STATUSES if status in allowed]
