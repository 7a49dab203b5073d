"""The merge rules, between laptops of different teams exchanging real bundles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cmcc_desktop.errors import NotFoundError
from cmcc_desktop.services import conflicts
from cmcc_desktop.store.device import own_team_key
from cmcc_desktop.store.versions import StaleRecordError
from cmcc_desktop.sync.merge import rebuild_from_log

from .helpers import Laptop


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    north, south, north2 = (
        Laptop(tmp_path, "lina", "North"),
        Laptop(tmp_path, "erik", "South"),
        Laptop(tmp_path, "samir", "North"),
    )
    yield north, south, north2
    for laptop in (north, south, north2):
        laptop.close()


def test_a_contact_travels_and_both_laptops_agree(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    contact = north.services.contacts.create(
        full_name="Ahmad Abu Shaban", phones=[{"number": "+970599123456"}]
    )
    result = north.send_to(south)
    assert (result.new, result.updated, result.conflicts) == (1, 0, 0)
    got = south.services.contacts.get(contact.id)
    assert got.phones == [{"label": "mobile", "number": "+970599123456"}]
    assert got.created_by == "lina"
    assert [c.id for c in south.services.contacts.search("shaban")] == [contact.id]
    assert north.dump() == south.dump()


def test_concurrent_edits_to_different_fields_both_survive(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    contact = north.services.contacts.create(full_name="Rania Barghouti")
    north.send_to(south)
    north.services.contacts.update(contact.id, title="Field Coordinator")
    south.services.contacts.update(contact.id, call_sign="CEDAR-4")
    north.send_to(south)
    south.send_to(north)
    for laptop in (north, south):
        record = laptop.services.contacts.get(contact.id)
        assert (record.title, record.call_sign) == ("Field Coordinator", "CEDAR-4")
        assert conflicts.conflicts(laptop.store) == []
    assert north.dump() == south.dump()


def test_concurrent_edits_to_one_field_stay_a_visible_conflict_until_resolved(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    task = north.services.tasks.create(title="Repair pump", priority="normal")
    north.send_to(south)
    north.services.tasks.update(task.id, priority="urgent")
    south.services.tasks.update(task.id, priority="low")
    assert south.send_to(north).conflicts == 1
    north.send_to(south)
    assert north.dump() == south.dump()  # the same provisional winner on both
    for laptop in (north, south):
        [conflict] = conflicts.conflicts(laptop.store)
        assert (conflict.entity, conflict.record_id, conflict.field) == ("task", task.id, "priority")
        assert sorted(v.value for v in conflict.values) == ["low", "urgent"]
        assert sum(v.provisional for v in conflict.values) == 1
        assert {(v.author, v.team) for v in conflict.values} == {("lina", "North"), ("erik", "South")}
    [conflict] = conflicts.conflicts(south.store)
    conflicts.resolve(south.store, conflict, {"priority": "high"})
    south.send_to(north)
    for laptop in (north, south):
        assert laptop.services.tasks.get(task.id).priority == "high"
        assert conflicts.conflicts(laptop.store) == []
    assert north.dump() == south.dump()


def test_picking_the_provisional_winner_also_ends_the_conflict(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    site = north.services.sites.create(name="Shati well", site_type="water_sanitation")
    north.send_to(south)
    north.services.sites.update(site.id, status="functional")
    south.services.sites.update(site.id, status="destroyed")
    south.send_to(north)
    shown = north.services.sites.get(site.id).status
    [conflict] = conflicts.conflicts(north.store)
    conflicts.resolve(north.store, conflict, {"status": shown})
    assert conflicts.conflicts(north.store) == []


def test_an_edit_made_while_another_laptop_deleted_is_kept_and_shown(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    contact = north.services.contacts.create(full_name="Nour Abu Ramadan")
    north.send_to(south)
    north.services.contacts.delete(contact.id)
    south.services.contacts.update(contact.id, title="Head of Water Department")
    south.send_to(north)
    north.send_to(south)
    for laptop in (north, south):
        record = laptop.services.contacts.get(contact.id)
        assert record.deleted_at is not None and record.title == "Head of Water Department"
        [conflict] = conflicts.conflicts(laptop.store)
        assert (conflict.kind, conflict.field) == ("edited_while_deleted", "title")
    [conflict] = conflicts.conflicts(north.store)
    conflicts.settle_deletion(north.store, conflict, keep_deleted=False)
    north.send_to(south)
    for laptop in (north, south):
        record = laptop.services.contacts.get(contact.id)
        assert record.deleted_at is None and record.title == "Head of Water Department"
        assert conflicts.conflicts(laptop.store) == []


def test_a_replayed_old_bundle_never_brings_a_deleted_record_back(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    organisation = north.services.organisations.create(name="Gaza Municipality", org_type="local_authority")
    old_bundle = north.bundle_for(south)
    north.services.organisations.delete(organisation.id)
    south.receive(north.bundle_for(south, full=True))
    assert south.services.organisations.get(organisation.id).deleted_at is not None
    assert south.receive(old_bundle).already_had
    assert south.services.organisations.get(organisation.id).deleted_at is not None
    assert north.dump() == south.dump()


def test_a_laptop_with_its_clock_years_ahead_cannot_override_later_edits(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    task = north.services.tasks.create(title="Clear rubble")
    north.send_to(south)
    south.store.clock = lambda: datetime.now(UTC) + timedelta(days=3 * 365)
    south.services.tasks.update(task.id, description="Dated three years ahead")
    result = south.send_to(north)
    assert result.clock_warnings == ["South"]
    north.services.tasks.update(task.id, description="Written after seeing it")  # saw the future edit
    north.send_to(south)
    for laptop in (north, south):
        assert laptop.services.tasks.get(task.id).description == "Written after seeing it"
        assert conflicts.conflicts(laptop.store) == []


def test_team_only_records_reach_teammates_but_never_another_team(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, north2 = laptops
    secret = north.services.contacts.create(full_name="Informant", releasability="team")
    shared = north.services.contacts.create(full_name="UNICEF WASH officer")
    north.send_to(south)
    north.send_to(north2)
    assert [c.id for c in south.services.contacts.find()] == [shared.id]
    assert {c.id for c in north2.services.contacts.find()} == {secret.id, shared.id}
    north2.send_to(south)  # a teammate relaying to another team does not leak it either
    assert [c.id for c in south.services.contacts.find()] == [shared.id]
    north.services.contacts.update(secret.id, releasability="partners")  # now it may travel, whole
    north.send_to(south)
    assert south.services.contacts.get(secret.id).full_name == "Informant"


def test_relayed_changes_stay_attributed_to_the_team_that_wrote_them(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, north2 = laptops
    site = south.services.sites.create(name="Rafah crossing point", site_type="crossing")
    south.send_to(north)
    north.send_to(north2)  # north2 never met South; its teammate North trusts South's team key
    assert north2.services.sites.get(site.id).created_by == "erik"
    [south_device] = [d for d in _devices(north2) if d[1] == "South"]
    assert south_device[3] == north.store.identity.device_id  # introduced by North
    assert south_device[4] == _team_key(south)  # endorsed by South's own team key


def test_a_relayed_team_this_laptop_does_not_trust_is_left_out(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    west = Laptop(tmp_path, "kenji", "West")
    try:
        site = south.services.sites.create(name="Rafah crossing point", site_type="crossing")
        south.send_to(north)
        result = west.receive(north.bundle_for(west))  # West trusts North (it accepted it), not South
        assert [name for name, _fingerprint in result.untrusted_teams] == ["South"]
        with pytest.raises(NotFoundError):
            west.services.sites.get(site.id)
        south.send_to(west)  # West compares South's fingerprint and accepts South itself
        assert west.services.sites.get(site.id).created_by == "erik"
    finally:
        west.close()


def test_derived_state_equals_a_rebuild_from_the_log(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    task = north.services.tasks.create(title="Deliver fuel")
    north.send_to(south)
    north.services.tasks.update(task.id, priority="urgent")
    south.services.tasks.update(task.id, priority="low", description="Waiting for escort")
    contact = south.services.contacts.create(full_name="Daniel Okafor")
    south.services.contacts.delete(contact.id)
    south.send_to(north)
    before = north.dump()
    with north.store.write() as unit:
        rebuild_from_log(unit)
    assert north.dump() == before
    assert len(conflicts.conflicts(north.store)) == 1


def test_the_delta_for_a_peer_that_has_everything_else_is_small(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    ids = [north.services.contacts.create(full_name=f"Contact {i}").id for i in range(200)]
    north.send_to(south)
    south.send_to(north)  # south tells north what it holds
    for record_id in ids[:10]:
        north.services.contacts.update(record_id, title="Updated")
    delta = north.bundle_for(south)
    assert delta.stat().st_size < 20_000
    assert south.receive(delta).updated == 10


def test_attachments_travel_with_their_visit(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    site = north.services.sites.create(name="Bureij school", site_type="school")
    visit = north.services.visits.create(site_id=site.id, visited_at="2026-10-01 09:00")
    photo = tmp_path / "roof.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    attachment = north.services.attachments.attach_file(visit.id, photo, caption="Roof damage")
    north.send_to(south)
    received = south.services.attachments.get(attachment.id)
    assert south.services.attachments.blob_path(received).read_bytes() == photo.read_bytes()


def test_encrypted_bundles_need_the_passphrase(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    north.services.contacts.create(full_name="Hidden on the stick")
    bundle = north.bundle_for(south, passphrase="olive tree 1948")
    assert b"Hidden on the stick" not in bundle.read_bytes()
    assert south.receive(bundle, passphrase="olive tree 1948").new == 1


def _devices(laptop: Laptop) -> list[tuple[str, str, bool, str | None, str | None]]:
    with laptop.store.read() as session:
        raw = session.connection().connection.driver_connection
        return [
            (d, t, bool(tr), i, k)
            for d, t, tr, i, k in raw.execute(
                "SELECT device_id, team_name, trusted, introduced_by, team_key FROM sync_device"
            )
        ]


def _team_key(laptop: Laptop) -> str:
    with laptop.store.read() as session:
        return own_team_key(session.connection().connection.driver_connection)


def test_a_status_and_its_reason_are_one_decision(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    task = north.services.tasks.create(title="Fuel for Rafah wells", status="in_progress")
    north.send_to(south)
    north.services.tasks.change_status(task.id, "blocked", status_reason="Road closed at Salah al-Din")
    south.services.tasks.change_status(task.id, "on_hold", status_reason="Waiting for fuel")

    imported = south.send_to(north)
    [conflict] = conflicts.conflicts(north.store)  # one decision, as the import summary says
    assert imported.conflicts == 1
    assert conflict.fields == ("status", "status_reason", "closure_note")
    assert sorted((v.values["status"], v.values["status_reason"]) for v in conflict.values) == [
        ("blocked", "Road closed at Salah al-Din"),
        ("on_hold", "Waiting for fuel"),
    ]
    lina = next(v for v in conflict.values if v.values["status"] == "blocked")
    conflicts.resolve(north.store, conflict, lina.values)  # keep North's side: its status with its reason
    north.send_to(south)
    for laptop in (north, south):
        kept = laptop.services.tasks.get(task.id)
        assert (kept.status, kept.status_reason) == ("blocked", "Road closed at Salah al-Din")
        assert conflicts.conflicts(laptop.store) == []


def test_a_status_changed_here_and_a_reason_there_are_still_one_decision(laptops) -> None:  # type: ignore[no-untyped-def]
    """Written apart, a hold reason could end up on a blocked task; written together, the officer decides."""
    north, south, _ = laptops
    task = north.services.tasks.create(
        title="Survey the Wadi Gaza bridge", status="blocked", status_reason="Mines"
    )
    north.send_to(south)
    north.services.tasks.update(task.id, status="on_hold")
    south.services.tasks.update(task.id, status_reason="Mines; clearance team booked for Monday")
    assert south.send_to(north).conflicts == 1
    [conflict] = conflicts.conflicts(north.store)
    assert conflict.fields[0] == "status" and len(conflict.values) == 2


def test_a_sites_position_is_one_decision(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = laptops
    site = north.services.sites.create(name="Beit Lahia pumping station", latitude=31.55, longitude=34.50)
    north.send_to(south)
    north.services.sites.update(site.id, latitude=31.5512, longitude=34.4987)
    south.services.sites.update(site.id, latitude=31.5498, longitude=34.5021)
    assert south.send_to(north).conflicts == 1
    [conflict] = conflicts.conflicts(north.store)
    assert conflict.fields == ("latitude", "longitude")
    assert sorted((v.values["latitude"], v.values["longitude"]) for v in conflict.values) == [
        (31.5498, 34.5021),
        (31.5512, 34.4987),
    ]


def test_a_decision_on_a_record_that_changed_since_is_refused(laptops) -> None:  # type: ignore[no-untyped-def]
    north, south, north2 = laptops
    task = north.services.tasks.create(title="Repair pump")
    north.send_to(south)
    north.send_to(north2)
    north.services.tasks.update(task.id, priority="urgent")
    south.services.tasks.update(task.id, priority="low")
    south.send_to(north)
    [shown] = conflicts.conflicts(north.store)
    north2.services.tasks.update(task.id, priority="high")  # a third value arrives while the officer decides
    north2.send_to(north)
    with pytest.raises(StaleRecordError):
        conflicts.resolve(north.store, shown, {"priority": "urgent"})
    [now] = conflicts.conflicts(north.store)
    assert sorted(v.value for v in now.values) == ["high", "low", "urgent"]
