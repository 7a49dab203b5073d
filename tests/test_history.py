"""A record's history from the change log: local edits, imports from other laptops, deletes, restores and
conflict decisions, each with who, when, where and what changed from what to what."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cmcc_desktop.services import Services, conflicts
from cmcc_desktop.services.history import (
    CHANGED,
    CREATED,
    DECIDED,
    DELETED,
    RESTORED,
    FieldChange,
    history,
    status_durations,
)
from cmcc_desktop.store.store import Store

from .sync.helpers import Laptop

START = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)


def at(store: Store, moment: datetime) -> None:
    store.clock = lambda: moment


def test_a_record_edited_on_two_laptops_lists_both_laptops_changes_newest_first(
    laptops: tuple[Laptop, Laptop],
) -> None:
    north, south = laptops
    at(north.store, START)
    contact = north.services.contacts.create(full_name="Rania Barghouti", title="Engineer")
    north.send_to(south)
    at(south.store, START + timedelta(hours=1))
    south.services.contacts.update(contact.id, title="Field Coordinator", call_sign="CEDAR-4")
    south.send_to(north)
    at(north.store, START + timedelta(hours=2))
    north.services.contacts.update(contact.id, title="Head of sub-office")

    entries = history(north.store, "contact", contact.id)

    assert [(e.officer, e.team, e.kind, e.this_laptop, e.imported) for e in entries] == [
        ("lina", "North", CHANGED, True, False),
        ("erik", "South", CHANGED, False, True),
        ("lina", "North", CREATED, True, False),
    ]
    assert [e.when for e in entries] == [START + timedelta(hours=h) for h in (2, 1, 0)]
    latest, imported, created = entries
    assert latest.changes == (FieldChange("title", "Field Coordinator", "Head of sub-office"),)
    assert set(imported.changes) == {
        FieldChange("title", "Engineer", "Field Coordinator"),
        FieldChange("call_sign", "", "CEDAR-4"),
    }
    assert imported.device_id == south.store.identity.device_id
    assert imported.device_officer == "erik"
    assert {(c.field, c.new) for c in created.changes} >= {
        ("full_name", "Rania Barghouti"),
        ("title", "Engineer"),
    }
    # The other laptop tells the same story, from its side.
    north.send_to(south)
    there = history(south.store, "contact", contact.id)
    assert [(e.officer, e.this_laptop) for e in there] == [("lina", False), ("erik", True), ("lina", False)]
    assert [e.changes for e in there] == [e.changes for e in entries]


def test_concurrent_edits_show_what_each_officer_changed_and_the_decision_settles_both(
    laptops: tuple[Laptop, Laptop],
) -> None:
    north, south = laptops
    task = north.services.tasks.create(title="Repair pump", priority="normal")
    north.send_to(south)
    at(north.store, START + timedelta(minutes=1))
    north.services.tasks.update(task.id, priority="urgent")
    at(south.store, START + timedelta(minutes=2))
    south.services.tasks.update(task.id, priority="low")
    south.send_to(north)
    [conflict] = conflicts.conflicts(north.store)
    conflicts.resolve(north.store, conflict, {"priority": "high"})

    decision, *edits, _created = history(north.store, "task", task.id)

    assert {(e.officer, e.changes) for e in edits} == {
        ("lina", (FieldChange("priority", "normal", "urgent"),)),
        ("erik", (FieldChange("priority", "normal", "low"),)),
    }
    assert decision.kind == DECIDED
    [change] = decision.changes
    assert (change.field, change.new) == ("priority", "high")
    assert {change.old, *change.others} == {"urgent", "low"}


def test_deletes_restores_and_links_read_as_officers_know_them(services: Services) -> None:
    site = services.sites.create(name="Shati well")
    visit = services.visits.create(site_id=site.id, visited_at=START)
    task = services.tasks.create(title="Fix the pump", due_date=date(2026, 10, 9))
    services.tasks.update(task.id, visit_id=visit.id, site_id=site.id, due_date=date(2026, 10, 12))
    services.tasks.delete(task.id)
    services.tasks.restore(task.id)

    restored, deleted, linked, created = history(services.store, "task", task.id)

    assert (restored.kind, restored.changes) == (RESTORED, ())
    assert (deleted.kind, deleted.changes) == (DELETED, ())
    assert set(linked.changes) == {
        FieldChange("site_id", None, "Shati well"),
        FieldChange("visit_id", None, services.label_of("visit", visit.id)),
        FieldChange("due_date", date(2026, 10, 9), date(2026, 10, 12)),
    }
    assert created.kind == CREATED
    assert {c.field: c.new for c in created.changes}["status"] == "new"
    assert history(services.store, "task", "no-such-record") == []


def test_a_tasks_time_in_each_status(store: Store) -> None:
    services = Services(store)
    contact = services.contacts.create(full_name="Samir Qudaih")
    at(store, START)
    task = services.tasks.create(title="Clear the road to the clinic")
    at(store, START + timedelta(hours=2))
    services.tasks.change_status(task.id, "assigned", assignee_contact_id=contact.id)
    at(store, START + timedelta(days=3, hours=2))
    services.tasks.change_status(task.id, "in_progress")
    at(store, START + timedelta(days=3, hours=4))
    services.tasks.change_status(task.id, "blocked", status_reason="Checkpoint closed")
    at(store, START + timedelta(days=3, hours=5))
    services.tasks.change_status(task.id, "in_progress")
    at(store, START + timedelta(days=3, hours=8))
    services.tasks.update(task.id, description="Rubble at the junction")  # not a move: no new stint

    entries = history(store, "task", task.id)
    now = START + timedelta(days=3, hours=10)
    assert status_durations(entries, now) == [
        ("new", timedelta(hours=2)),
        ("assigned", timedelta(days=3)),
        ("in_progress", timedelta(hours=7)),
        ("blocked", timedelta(hours=1)),
    ]
    at(store, START + timedelta(days=4))
    services.tasks.change_status(task.id, "cancelled")
    assert status_durations(history(store, "task", task.id), now + timedelta(days=30)) == [
        ("new", timedelta(hours=2)),
        ("assigned", timedelta(days=3)),
        ("in_progress", timedelta(hours=2 + 19)),
        ("blocked", timedelta(hours=1)),
    ]
