"""Stale saves are refused, never applied: a save carries the version it started from, and whatever changed
the record since (another form, another window, an import, a conflict decision) is shown, not overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cmcc_desktop.errors import ValidationError
from cmcc_desktop.services import Services
from cmcc_desktop.services.conflicts import conflicts, resolve
from cmcc_desktop.store.versions import StaleRecordError

from .sync.helpers import Laptop


@pytest.fixture
def visit(services: Services):  # type: ignore[no-untyped-def]
    site = services.sites.create(name="Al-Shouka water well", sector="WSH")
    return services.visits.create(
        site_id=site.id, visited_at="2026-10-02T09:30:00+02:00", purpose="Pump check"
    )


def test_two_forms_on_one_visit_lose_nothing(services: Services, visit) -> None:  # type: ignore[no-untyped-def]
    first = services.visits.get_versioned(visit.id)
    second = services.visits.get_versioned(visit.id)
    assert first.version == second.version

    services.visits.save(visit.id, {"purpose": "Generator handover"}, first.version)
    with pytest.raises(StaleRecordError) as stale:
        services.visits.save(visit.id, {"security_access": "Road open until 15:00"}, second.version)

    refused = stale.value
    assert [(c.field, c.author) for c in refused.changed] == [("purpose", "Lina Haddad")]
    assert refused.current.purpose == "Generator handover"
    assert "changed by Lina Haddad after you opened it, so nothing was saved" in str(refused)
    assert services.visits.get(visit.id).security_access == ""  # nothing written

    # Having seen it, the officer saves against the version shown: both edits stand.
    saved = services.visits.save(visit.id, {"security_access": "Road open until 15:00"}, refused.version)
    assert (saved.record.purpose, saved.record.security_access) == (
        "Generator handover",
        "Road open until 15:00",
    )
    assert saved.version == services.visits.get_versioned(visit.id).version


def test_a_save_that_changes_nothing_keeps_the_version(services: Services, visit) -> None:  # type: ignore[no-untyped-def]
    opened = services.visits.get_versioned(visit.id)
    again = services.visits.save(visit.id, {"purpose": "Pump check"}, opened.version)
    assert again.version == opened.version


def test_quick_actions_and_deletes_carry_the_version_too(services: Services) -> None:
    task = services.tasks.create(title="Fuel for Rafah wells", status="in_progress")
    seen = services.tasks.get_versioned(task.id).version
    services.tasks.update(task.id, priority="urgent")  # another window

    with pytest.raises(StaleRecordError):
        services.tasks.change_status(task.id, "on_hold", status_reason="No fuel", base_version=seen)
    with pytest.raises(StaleRecordError):
        services.tasks.delete(task.id, base_version=seen)
    current = services.tasks.get(task.id)
    assert (current.status, current.deleted_at, current.priority) == ("in_progress", None, "urgent")


def test_an_import_under_an_open_form_is_shown_not_overwritten(tmp_path: Path) -> None:
    north, south = Laptop(tmp_path, "north", "CMCC North"), Laptop(tmp_path, "south", "CMCC South")
    try:
        task = north.services.tasks.create(title="Repair the Beit Lahia line")
        north.send_to(south)
        opened = north.services.tasks.get_versioned(task.id)  # a form opens on north
        south.services.tasks.update(task.id, description="Cable ordered; arrives Tuesday")
        south.send_to(north)  # an import while the form is open

        with pytest.raises(StaleRecordError) as stale:
            north.services.tasks.save(task.id, {"description": "Waiting for a cable"}, opened.version)
        (changed,) = stale.value.changed
        assert (changed.field, changed.author, changed.team) == ("description", "south", "CMCC South")
        assert north.services.tasks.get(task.id).description == "Cable ordered; arrives Tuesday"
    finally:
        north.close()
        south.close()


def test_a_conflict_decision_is_a_change_open_forms_must_see(tmp_path: Path) -> None:
    north, south = Laptop(tmp_path, "north", "CMCC North"), Laptop(tmp_path, "south", "CMCC South")
    try:
        task = north.services.tasks.create(title="Clear rubble, Salah al-Din road")
        north.send_to(south)
        north.services.tasks.update(task.id, priority="urgent")
        south.services.tasks.update(task.id, priority="low")
        south.send_to(north)
        opened = north.services.tasks.get_versioned(task.id)
        (conflict,) = conflicts(north.store)
        resolve(north.store, conflict, {"priority": "high"})

        with pytest.raises(StaleRecordError) as stale:
            north.services.tasks.save(task.id, {"priority": "normal"}, opened.version)
        assert [c.field for c in stale.value.changed] == ["priority"]
        assert north.services.tasks.get(task.id).priority == "high"
    finally:
        north.close()
        south.close()


def photo(folder: Path, name: str) -> Path:
    path = folder / name
    Image.new("RGB", (32, 24), (30, 120, 90)).save(path, "JPEG")
    return path


def test_a_visit_and_its_photos_are_saved_together_or_not_at_all(
    services: Services,
    visit,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    opened = services.visits.get_versioned(visit.id)
    photos = [{"attachment_id": None, "path": str(photo(tmp_path, "pump.jpg")), "caption": "Pump house"}]
    with pytest.raises(ValidationError):  # the caption is refused: the visit's new purpose is not kept either
        services.visits.save(
            visit.id,
            {"purpose": "Generator handover", "photos": [{**photos[0], "caption": "x" * 30_000}]},
            opened.version,
        )
    assert services.visits.get(visit.id).purpose == "Pump check" and services.attachments.count() == 0

    saved = services.visits.save(
        visit.id, {"purpose": "Generator handover", "photos": photos}, opened.version
    )
    (attached,) = services.attachments.find(visit_id=visit.id)
    assert (saved.record.purpose, attached.caption) == ("Generator handover", "Pump house")
    assert saved.version != opened.version  # its photos are part of the visit's version


def test_a_photo_captioned_or_added_elsewhere_makes_the_visit_form_stale(
    services: Services,
    visit,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    services.attachments.attach_file(visit.id, photo(tmp_path, "a.jpg"), caption="Gate")
    opened = services.visits.get_versioned(visit.id)
    (shown,) = services.attachments.find(visit_id=visit.id)
    services.attachments.attach_file(visit.id, photo(tmp_path, "b.jpg"), caption="Tank")  # another window

    # The form knows one photo; saving it as it is must not remove the photo it never saw.
    kept = [{"attachment_id": shown.id, "path": "", "caption": "Gate"}]
    with pytest.raises(StaleRecordError) as stale:
        services.visits.save(visit.id, {"purpose": "Recheck", "photos": kept}, opened.version)
    assert [c.field for c in stale.value.changed] == ["photos"]
    assert services.attachments.count(visit_id=visit.id) == 2
    assert services.visits.get(visit.id).purpose == "Pump check"
