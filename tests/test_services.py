"""The record services: what officers can save, what is refused, and that refusals change nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cmcc_desktop.errors import CmccError, NotFoundError, ValidationError
from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.services.deleted import deleted_items, links_to
from cmcc_desktop.services.search import search_everything


def fields(record: object) -> dict[str, object]:
    return {column.name: getattr(record, column.name) for column in record.__table__.columns}  # type: ignore[attr-defined]


@pytest.fixture
def utility(services: Services):  # type: ignore[no-untyped-def]
    return services.organisations.create(
        name="Coastal Municipalities Water Utility",
        acronym="CMWU",
        org_type="local_authority",
        sectors=["WSH"],
    )


def test_create_stamps_who_and_when(services: Services, utility) -> None:  # type: ignore[no-untyped-def]
    assert utility.created_by == "Lina Haddad"
    assert utility.created_at == utility.updated_at
    assert utility.releasability == "partners"
    assert len(utility.id) == 36


def test_contact_with_several_phones_and_emails(services: Services, utility) -> None:  # type: ignore[no-untyped-def]
    contact = services.contacts.create(
        full_name="Ahmad Abu Shaban",
        name_ar="أحمد أبو شعبان",
        organisation_id=utility.id,
        phones=[{"label": "mobile", "number": "059 912 3456"}, {"label": "office", "number": "08 282 1234"}],
        emails=[{"address": "ahmad@cmwu.example"}, {"label": "personal", "address": "a.shaban@mail.example"}],
        languages=["ar", "en"],
        last_contacted="2026-10-02",
    )
    assert [p["number"] for p in contact.phones] == ["+970599123456", "+97082821234"]
    assert len(contact.emails) == 2
    assert contact.last_contacted == date(2026, 10, 2)


def test_invalid_contact_reports_every_field_and_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(full_name="  ", phones=[{"number": "12345"}], emails=[{"address": "nope"}])
    assert set(caught.value.field_errors) == {"full_name", "phones", "emails"}
    assert "Full name is required" in str(caught.value.field_errors["full_name"])
    assert services.contacts.count() == 0


def test_a_bad_update_changes_nothing(services: Services, utility) -> None:  # type: ignore[no-untyped-def]
    contact = services.contacts.create(full_name="Rania Barghouti", phones=[{"number": "+970561234567"}])
    with pytest.raises(ValidationError):
        services.contacts.update(contact.id, title="Engineer", phones=[{"number": "abc"}])
    assert fields(services.contacts.get(contact.id)) == fields(contact)


def test_update_writes_only_what_changed(services: Services, store) -> None:  # type: ignore[no-untyped-def]
    contact = services.contacts.create(full_name="Samir Qudaih")
    store.clock = lambda: contact.updated_at.replace(year=2030)
    same = services.contacts.update(contact.id, full_name="Samir Qudaih")
    assert same.updated_at == contact.updated_at
    changed = services.contacts.update(contact.id, title="Liaison Officer")
    assert changed.updated_at.year == 2030
    assert changed.title == "Liaison Officer"


def test_links_must_point_at_live_records(services: Services, utility) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="does not exist"):
        services.contacts.create(full_name="Nour", organisation_id="01a20000-0000-7000-8000-000000000000")
    services.organisations.delete(utility.id)
    with pytest.raises(ValidationError, match="Restore it"):
        services.contacts.create(full_name="Nour", organisation_id=utility.id)


def test_delete_and_restore(services: Services, utility) -> None:  # type: ignore[no-untyped-def]
    contact = services.contacts.create(full_name="Daniel Okafor", organisation_id=utility.id)
    services.contacts.delete(contact.id)
    assert services.contacts.count() == 0
    assert [c.id for c in services.contacts.find(deleted=True)] == [contact.id]
    assert services.contacts.get(contact.id).deleted_by == "Lina Haddad"
    assert services.contacts.search("okafor") == []
    with pytest.raises(CmccError, match="Restore it before changing it"):
        services.contacts.update(contact.id, title="x")
    restored = services.contacts.restore(contact.id)
    assert restored.deleted_at is None
    assert [c.id for c in services.contacts.search("okafor")] == [contact.id]


def test_unknown_id_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError, match="No contact"):
        services.contacts.delete("nope")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ahmad", True),
        ("AHM", True),
        ("shaban", True),
        ("أحمد", True),  # with hamza
        ("احمد", True),  # without hamza
        ("أَحْمَد", True),  # with tashkeel
        ("ابو شعبان", True),
        ("medecins", True),  # accent-free finds accented
        ("MÉDECINS", True),
        ("+970599", True),  # phone digits
        ("0599 123 456", True),  # the number as dialled locally, spaced as people write it
        ("599123", True),
        ("+970 599 123 456", True),
        ("0599 123 457", False),
        ("الشعبان", True),  # with the article the name is written without
        ("water", False),
    ],
)
def test_search_ignores_case_diacritics_and_arabic_letter_forms(
    services: Services, query: str, expected: bool
) -> None:
    msf = services.organisations.create(
        name="Médecins Sans Frontières", acronym="MSF", org_type="international_ngo"
    )
    contact = services.contacts.create(
        full_name="Ahmad Abu Shaban",
        name_ar="أحمد أبو شعبان",
        title="Médecins liaison",
        organisation_id=msf.id,
        phones=[{"number": "+970599123456"}],
    )
    assert (contact.id in [c.id for c in services.contacts.search(query)]) is expected


def test_arabic_search_ignores_the_article(services: Services) -> None:
    with_article = services.contacts.create(full_name="Mohammed Al-Sharif", name_ar="محمد الشريف")
    without = services.contacts.create(full_name="Sharif Nassar", name_ar="شريف نصار")
    for query in ("شريف", "الشريف", "شري"):
        assert {c.id for c in services.contacts.search(query)} == {with_article.id, without.id}


def test_an_index_built_under_older_rules_is_built_again_on_open(paths: AppPaths) -> None:
    with Store.open(paths) as store:
        contact = Services(store).contacts.create(full_name="Sharif Nassar", name_ar="محمد الشريف")
        with store.write() as unit:  # as an older version left it: its own folding, an older rules version
            unit.connection.exec_driver_sql("UPDATE search_index SET body = 'sharif nassar محمد الشريف'")
            unit.connection.exec_driver_sql("PRAGMA user_version = 1")
        assert Services(store).contacts.search("شريف") == []
    with Store.open(paths) as store:
        assert [c.id for c in Services(store).contacts.search("شريف")] == [contact.id]


def test_global_search_spans_entities(services: Services) -> None:
    site = services.sites.create(
        name="Beit Lahia Desalination Plant", name_ar="محطة تحلية بيت لاهيا", site_type="water_sanitation"
    )
    task = services.tasks.create(title="Deliver diesel to Beit Lahia plant", site_id=site.id)
    hits = search_everything(services.store, "beit lahia")
    assert {(h.entity, h.record_id) for h in hits} == {("site", site.id), ("task", task.id)}
    assert [h.entity for h in search_everything(services.store, "لاهيا")] == ["site"]


def test_site_coordinates_and_pcodes(services: Services) -> None:
    site = services.sites.create(
        name="Shati school", site_type="school", latitude="31.5312", longitude=34.4452, admin_pcode="ps0102"
    )
    assert (site.latitude, site.longitude, site.admin_pcode) == (31.5312, 34.4452, "PS0102")
    with pytest.raises(ValidationError) as caught:
        services.sites.create(name="Nowhere", site_type="school", latitude=131, longitude=34)
    assert "latitude" in caught.value.field_errors
    with pytest.raises(ValidationError, match="both latitude and longitude"):
        services.sites.create(name="Half", site_type="school", latitude=31.5)
    assert (
        services.sites.create(name="Leading zeros", site_type="other", admin_pcode="0012").admin_pcode
        == "0012"
    )


def test_task_workflow_allows_only_its_transitions(services: Services) -> None:
    contact = services.contacts.create(full_name="Erik Solberg")
    task = services.tasks.create(title="Repair pump", priority="urgent", due_date="2026-11-01")
    assert task.status == "new"
    with pytest.raises(ValidationError, match="cannot become Done"):
        services.tasks.change_status(task.id, "done", closure_note="fixed")
    with pytest.raises(ValidationError, match="assigned to"):
        services.tasks.change_status(task.id, "assigned")
    task = services.tasks.change_status(task.id, "assigned", assignee_contact_id=contact.id)
    task = services.tasks.change_status(task.id, "in_progress")
    with pytest.raises(ValidationError, match="Say why"):
        services.tasks.change_status(task.id, "blocked")
    task = services.tasks.change_status(task.id, "blocked", status_reason="Road closed")
    task = services.tasks.change_status(task.id, "in_progress")
    with pytest.raises(ValidationError, match="closure note"):
        services.tasks.change_status(task.id, "done")
    task = services.tasks.change_status(task.id, "done", closure_note="Pump replaced, flow checked")
    task = services.tasks.change_status(task.id, "verified")
    assert services.tasks.next_statuses(task) == []
    assert services.tasks.counts_by_status()["verified"] == 1


def test_overdue_tasks(services: Services) -> None:
    late = services.tasks.create(title="Late", due_date="2026-01-01")
    services.tasks.create(title="Later", due_date="2099-01-01")
    cancelled = services.tasks.create(title="Late but cancelled", due_date="2026-01-01")
    services.tasks.change_status(cancelled.id, "cancelled")
    assert [t.id for t in services.tasks.find(overdue=True)] == [late.id]
    assert services.tasks.is_overdue(late, today=date(2026, 1, 2))


def test_visit_needs_contacts_and_filters(services: Services) -> None:
    site = services.sites.create(name="Nasser clinic", site_type="health_facility", sector="HEA")
    contact = services.contacts.create(full_name="Aiko Tanaka")
    visit = services.visits.create(
        site_id=site.id,
        visited_at="2026-10-20T08:15",
        contacts_met=[contact.id],
        needs=[{"sector": "HEA", "severity": 4, "note": "No insulin"}, {"sector": "ENR", "severity": 3}],
        people_in_need=12000,
        findings="Generator runs 6 h a day.",
    )
    assert visit.officers == ["Lina Haddad"]
    assert [v.id for v in services.visits.find(sector="ENR")] == [visit.id]
    assert services.visits.find(sector="EDU") == []
    assert [v.id for v in services.visits.find(date_from=date(2026, 10, 20), date_to=date(2026, 10, 20))] == [
        visit.id
    ]
    assert services.visits.find(date_from=date(2026, 10, 21)) == []
    assert [v.id for v in services.visits.find(officer="Lina Haddad")] == [visit.id]
    assert [v.id for v in services.contacts.visits_met(contact.id)] == [visit.id]
    assert services.visits.last_visit(site.id).id == visit.id
    follow_up = services.tasks.create(title="Bring insulin", site_id=site.id, visit_id=visit.id, sector="HEA")
    assert [t.id for t in services.tasks.find(visit_id=visit.id)] == [follow_up.id]
    with pytest.raises(ValidationError) as caught:
        services.visits.create(site_id=site.id, visited_at="", people_in_need=-3)
    assert set(caught.value.field_errors) == {"visited_at", "people_in_need"}


def test_attachments_are_stored_once_by_hash(services: Services, tmp_path: Path) -> None:
    site = services.sites.create(name="Bureij school", site_type="school")
    visit = services.visits.create(site_id=site.id, visited_at="2026-10-20 10:00")
    photo = tmp_path / "pump room.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg " * 100)
    first = services.attachments.attach_file(visit.id, photo, caption="Pump room, flooded")
    second = services.attachments.attach_file(visit.id, photo, caption="Same photo again")
    assert first.sha256 == second.sha256
    assert first.media_type == "image/jpeg" and first.size == photo.stat().st_size
    assert services.attachments.blob_path(first).read_bytes() == photo.read_bytes()
    assert len(list(services.store.paths.attachments.rglob("*"))) == 2  # one folder, one file
    assert [a.caption for a in services.attachments.find(visit_id=visit.id, order_by="created_at")] == [
        "Pump room, flooded",
        "Same photo again",
    ]
    with pytest.raises(CmccError, match="cannot be found"):
        services.attachments.attach_file(visit.id, tmp_path / "missing.jpg")


def test_releasability_is_checked(services: Services) -> None:
    assert services.contacts.create(full_name="A", releasability="team").releasability == "team"
    with pytest.raises(ValidationError, match="Releasability"):
        services.contacts.create(full_name="B", releasability="secret")


def test_a_deleted_visit_is_listed_by_its_site_and_day(services: Services) -> None:
    site = services.sites.create(name="Rimal Water Well", site_type="water_sanitation")
    visit = services.visits.create(
        site_id=site.id, visited_at="2026-10-30 09:30", purpose="Coordinate access for the repair crew"
    )
    services.visits.delete(visit.id)
    [item] = deleted_items(services, "visit")
    assert item.label.startswith("Rimal Water Well · 2026-10-")
    assert services.label_of("visit", visit.id) == item.label


def test_links_to_counts_the_live_records_pointing_at_one(services: Services) -> None:
    site = services.sites.create(name="Rimal Water Well", site_type="water_sanitation")
    contact = services.contacts.create(full_name="Samir Qudaih")
    visit = services.visits.create(site_id=site.id, visited_at="2026-10-30 09:30", contacts_met=[contact.id])
    services.tasks.create(title="Repair the pump", site_id=site.id, visit_id=visit.id)
    gone = services.tasks.create(title="Old task", site_id=site.id)
    services.tasks.delete(gone.id)
    assert links_to(services, "site", site.id) == {"visit": 1, "task": 1}
    assert links_to(services, "contact", contact.id) == {"visit": 1}
    assert links_to(services, "visit", visit.id) == {"task": 1}
    assert links_to(services, "task", gone.id) == {}


def test_a_site_is_found_by_the_number_of_its_pcode(services: Services) -> None:
    site = services.sites.create(name="Shati school", site_type="school", admin_pcode="PS0104")
    assert [s.id for s in services.sites.search("0104")] == [site.id]
    assert [s.id for s in services.sites.search("ps01")] == [site.id]


def test_a_read_only_database_met_on_the_raw_connection_gets_the_officers_message(services: Services) -> None:
    """The change log writes through SQLite's own connection; its failures get the same messages."""
    with (
        pytest.raises(CmccError, match="The database is read-only, so nothing was saved"),
        services.store.write() as unit,
    ):
        unit.raw.execute("PRAGMA query_only = ON")
        try:
            unit.raw.execute("UPDATE local_identity SET hlc = hlc")
        finally:
            unit.raw.execute("PRAGMA query_only = OFF")
    assert services.contacts.create(full_name="Marc Dubois").full_name == "Marc Dubois"


def test_the_visit_log_finds_visits_by_their_site_name(services: Services) -> None:
    from cmcc_desktop.services import listings

    shouka = services.sites.create(name="Al-Shouka health post", site_type="health_facility")
    other = services.sites.create(name="Rafah crossing depot", site_type="distribution_point")
    visit = services.visits.create(site_id=shouka.id, visited_at="2026-10-20T08:15", findings="Roof leaking.")
    services.visits.create(site_id=other.id, visited_at="2026-10-21T09:00", findings="Stock counted.")
    log = listings.visits(services)
    assert log.ids(search="shouka") == [visit.id]
    assert log.ids(search="roof") == [visit.id]


def test_renaming_the_officer_and_team_signs_later_changes_only(services: Services) -> None:
    before = services.contacts.create(full_name="Before the rename")
    services.store.rename("  Rania Barghouti ", "CMCC South")
    after = services.contacts.create(full_name="After the rename")
    assert services.contacts.get(before.id).created_by != "Rania Barghouti"
    assert services.contacts.get(after.id).created_by == "Rania Barghouti"
    assert (services.store.identity.officer_name, services.store.identity.team_name) == (
        "Rania Barghouti",
        "CMCC South",
    )
    with pytest.raises(ValidationError) as refused:
        services.store.rename("", "CMCC South")
    assert set(refused.value.field_errors) == {"officer"}
    assert services.store.identity.officer_name == "Rania Barghouti"
