"""The quick actions a task offers come from the workflow table, reopening included."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cmcc_desktop.rules.vocabulary import TASK_STATUSES, TASK_TRANSITIONS
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
