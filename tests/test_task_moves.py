"""The quick actions a task offers come from the workflow table, reopening included; what a move brings with
it (an assignee makes a new task assigned, a reason leaves with its status)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cmcc_desktop.errors import ValidationError
from cmcc_desktop.rules.vocabulary import TASK_STATUSES, TASK_TRANSITIONS
from cmcc_desktop.services import Services
from cmcc_desktop.services.tasks import TaskService


def moves(status: str) -> dict[str, str]:
    return TaskService.quick_moves(SimpleNamespace(status=status))  # type: ignore[arg-type]


def test_reopening_takes_a_done_task_back_in_progress_and_a_cancelled_one_back_to_new() -> None:
    assert moves("done") == {"verified": "verified", "reopen": "in_progress"}
    assert moves("cancelled") == {"reopen": "new"}
    assert moves("verified") == {}


@pytest.mark.parametrize("status", list(TASK_STATUSES))
def test_every_move_offered_is_one_the_workflow_allows(status: str) -> None:
    offered = moves(status)
    if status == "assigned":
        assert offered.pop("assigned") == "assigned"  # reassigning: the status stays
    assert set(offered.values()) == TASK_TRANSITIONS[status]  # each of them, and nothing else


def test_a_new_task_given_an_assignee_is_assigned(services: Services) -> None:
    person = services.contacts.create(full_name="Samir Qudaih")
    task = services.tasks.create(title="Fuel for the well", assignee_contact_id=person.id)
    assert task.status == "assigned"
    unassigned = services.tasks.create(title="Find a generator")
    assert unassigned.status == "new"
    assert services.tasks.update(unassigned.id, assignee_contact_id=person.id).status == "assigned"


def test_a_reason_leaves_with_the_status_it_explains(services: Services) -> None:
    task = services.tasks.create(title="Repair the pump", status="in_progress")
    blocked = services.tasks.change_status(task.id, "blocked", status_reason="No spare parts")
    resumed = services.tasks.change_status(blocked.id, "in_progress")
    assert resumed.status_reason == ""
    done = services.tasks.change_status(resumed.id, "done", closure_note="Pump replaced")
    assert services.tasks.change_status(done.id, "verified").closure_note == "Pump replaced"
    reopened = services.tasks.change_status(
        services.tasks.create(title="Deliver tents", status="in_progress").id,
        "done",
        closure_note="Delivered",
    )
    assert services.tasks.change_status(reopened.id, "in_progress").closure_note == ""


def test_every_problem_of_a_task_shows_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.tasks.create(title="", status="assigned")
    assert set(refused.value.field_errors) == {"title", "assignee_contact_id"}
