"""Tasking: who does what, where, by when, through an explicit status workflow."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, func, select

from ..db.models import Contact, Task
from ..errors import CmccError, listed
from ..i18n import N_
from ..rules import fields as rules
from ..rules.vocabulary import OPEN_TASK_STATUSES, TASK_REOPENED_AS, TASK_STATUSES, TASK_TRANSITIONS
from .records import RecordService, Validator, references_of

# Why a task waits, one sentence per status (a status label spliced in would keep its capital and its form).
_WHY = {
    "blocked": N_("Say why the task is blocked."),
    "on_hold": N_("Say why the task is on hold."),
}


class TaskService(RecordService[Task]):
    model = Task
    noun = "task"
    default_order = "due_date"
    required = rules.TASK.required
    references: ClassVar = references_of(rules.TASK)
    validators: ClassVar[Mapping[str, Validator]] = rules.TASK.validators

    def cross_checks(self, cleaned: dict[str, Any], current: Task | None) -> dict[str, CmccError]:
        def merged(name: str) -> Any:
            return cleaned[name] if name in cleaned else getattr(current, name, None)

        status = merged("status") or "new"
        if current is not None and status != current.status:
            allowed = TASK_TRANSITIONS[current.status]
            if status not in allowed:
                return {
                    "status": CmccError(
                        N_("A task that is {current} cannot become {new}. It can become: {allowed}."),
                        current=TASK_STATUSES[current.status],
                        new=TASK_STATUSES[status],
                        allowed=listed([TASK_STATUSES[s] for s in TASK_STATUSES if s in allowed])
                        or N_("nothing"),
                    )
                }
        problems: dict[str, CmccError] = {}
        if status == "assigned" and not (merged("assignee_contact_id") or merged("assignee_organisation_id")):
            problems["assignee_contact_id"] = CmccError(N_("Choose who the task is assigned to."))
        reason_field = self.reason_field(status)
        if reason_field is not None:
            missing = self.missing_reason(status, merged(reason_field))
            if missing is not None:
                problems[reason_field] = missing
        return problems

    def clean(self, values: Mapping[str, Any], current: Task | None) -> dict[str, Any]:
        """The workflow's consequences besides the checks: a new task given an assignee is assigned, and a
        reason or closure note belongs to the status it explains, so leaving that status clears it (History
        keeps it): a task reopened after it was done no longer reads "Closure note: …"."""
        cleaned = super().clean(values, current)
        status = cleaned.get("status", current.status if current is not None else "new")
        assignee = any(cleaned.get(name) for name in ("assignee_contact_id", "assignee_organisation_id"))
        if status == "new" and assignee and "status" not in values:
            cleaned["status"] = status = "assigned"
        if current is not None and status != current.status:
            kept = self.reason_field(status)
            for name in ("status_reason", "closure_note"):
                if name != kept and name not in values and getattr(current, name):
                    cleaned[name] = ""
        return cleaned

    @staticmethod
    def reason_field(status: str) -> str | None:
        """The field a move to ``status`` must fill: why a task is blocked or on hold, or how it was done."""
        if status in ("blocked", "on_hold"):
            return "status_reason"
        if status in ("done", "verified"):
            return "closure_note"
        return None

    @staticmethod
    def missing_reason(status: str, text: str | None) -> CmccError | None:
        """What is wrong with ``text`` as the reason or closure note of a move to ``status`` (None: nothing).
        Asked by the dialog that takes the text, so that it can refuse before it closes."""
        if TaskService.reason_field(status) is None or (text or "").strip():
            return None
        if status in _WHY:
            return CmccError(_WHY[status])
        return CmccError(N_("Write a closure note: what was done, and how it was checked."))

    def change_status(
        self, task_id: str, status: str, *, base_version: str | None = None, **details: Any
    ) -> Task:
        """Move a task along the workflow, with the reason or closure note that status needs."""
        return self.update(task_id, base_version=base_version, status=status, **details)

    @staticmethod
    def next_statuses(task: Task) -> list[str]:
        """The statuses this task may move to, in workflow order."""
        return [s for s in TASK_STATUSES if s in TASK_TRANSITIONS[task.status]]

    @staticmethod
    def quick_moves(task: Task) -> dict[str, str]:
        """The moves a task's quick actions offer, by action (a status, or "reopen"), with the status each
        leads to: the workflow's next statuses, where going back from done or cancelled is "reopen", and an
        assigned task can be assigned again (to someone else)."""
        moves = {status: status for status in TaskService.next_statuses(task)}
        if task.status == "assigned":  # reassigning: another assignee, the status stays
            moves["assigned"] = "assigned"
        reopened_as = TASK_REOPENED_AS.get(task.status)
        if reopened_as is not None:
            moves.pop(reopened_as, None)
            moves["reopen"] = reopened_as
        return moves

    @staticmethod
    def is_overdue(task: Task, today: date | None = None) -> bool:
        return (
            task.status in OPEN_TASK_STATUSES
            and task.due_date is not None
            and task.due_date < (today or date.today())
        )

    def conditions(  # type: ignore[override]
        self,
        status: str | Iterable[str] | None = None,
        priority: str | None = None,
        assignee_contact_id: str | None = None,
        assignee_organisation_id: str | None = None,
        sector: str | None = None,
        site_id: str | None = None,
        visit_id: str | None = None,
        overdue: bool | None = None,
        today: date | None = None,
        assignee_name: str | None = None,
    ) -> list[ColumnElement[bool]]:
        """``status`` may be "open" (any status before done or cancelled). ``assignee_name``: tasks assigned to a person of that name ("assigned to me": officers are
        contacts too, so their own tasks are those assigned to the contact bearing their name)."""
        found: list[ColumnElement[bool]] = []
        if assignee_name:
            found.append(
                Task.assignee_contact_id.in_(
                    select(Contact.id).where(
                        func.lower(Contact.full_name) == assignee_name.strip().lower(),
                        Contact.deleted_at.is_(None),
                    )
                )
            )
        if status == "open":
            status = OPEN_TASK_STATUSES
        if status:
            found.append(Task.status.in_([status] if isinstance(status, str) else list(status)))
        if priority:
            found.append(Task.priority == priority)
        if assignee_contact_id:
            found.append(Task.assignee_contact_id == assignee_contact_id)
        if assignee_organisation_id:
            found.append(Task.assignee_organisation_id == assignee_organisation_id)
        if sector:
            found.append(Task.sector == sector)
        if site_id:
            found.append(Task.site_id == site_id)
        if visit_id:
            found.append(Task.visit_id == visit_id)
        if overdue:
            found.append(Task.status.in_(OPEN_TASK_STATUSES))
            found.append(Task.due_date < (today or date.today()))
        return found

    def overdue_count(self, today: date | None = None) -> int:
        return self.count(overdue=True, today=today)

    def counts_by_status(self) -> dict[str, int]:
        with self.store.read() as session:
            rows = session.execute(
                select(Task.status, func.count()).where(Task.deleted_at.is_(None)).group_by(Task.status)
            )
            counted = {status: count for status, count in rows}
        return {status: counted.get(status, 0) for status in TASK_STATUSES}
