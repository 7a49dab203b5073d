"""Demo data: deterministic, and held to the same rules as what officers type."""

from __future__ import annotations

import sqlite3

import pytest

from cmcc_desktop.db.models import Contact, Organisation, Site, Task, Visit
from cmcc_desktop.errors import CmccError
from cmcc_desktop.services import Services, demo
from cmcc_desktop.services.records import RecordService

SIZES = demo.DemoSizes(organisations=50, contacts=300, sites=120, tasks=400, visits=200)


def test_same_seed_same_records_other_seed_other_records() -> None:
    assert demo.build_records(3, SIZES) == demo.build_records(3, SIZES)
    assert demo.build_records(3, SIZES)[Contact] != demo.build_records(4, SIZES)[Contact]


def test_every_demo_record_passes_the_services_validation(services: Services) -> None:
    records = demo.build_records(11, SIZES)
    checked: dict[type, RecordService] = {  # type: ignore[type-arg]
        Organisation: services.organisations,
        Contact: services.contacts,
        Site: services.sites,
        Visit: services.visits,
        Task: services.tasks,
    }
    stamps = {"id", "created_at", "created_by", "updated_at", "updated_by"}
    for model, rows in records.items():
        service = checked[model]
        for row in rows:
            values = {k: v for k, v in row.items() if k not in stamps}
            assert service.clean(values, None) == values, row


def test_contacts_fit_their_organisations() -> None:
    records = demo.build_records(2, SIZES)
    organisations = {row["id"]: row for row in records[Organisation]}
    ranks = ("Major", "Captain", "Lieutenant", "Sergeant", "Warrant Officer")
    for contact in records[Contact]:
        organisation = organisations.get(contact["organisation_id"], {})
        if organisation.get("org_type", "").startswith("military"):  # rank, or the team's local staff
            assert contact["title"].startswith(ranks) or (
                contact["name_ar"] and "Assistant" in contact["title"]
            )
        if organisation.get("acronym") in ("CMWU", "GEDCO"):  # utilities have no mayor
            assert "Mayor" not in contact["title"]
        assert all(email["address"].isascii() for email in contact["emails"]), contact["emails"]
    assert len({c["full_name"] for c in records[Contact]}) > 0.8 * len(records[Contact])


def test_demo_data_links_are_whole_and_some_tasks_are_overdue(services: Services) -> None:
    counts = demo.generate(services.store, seed=5, sizes=SIZES)
    assert counts == {"organisation": 50, "contact": 300, "site": 120, "visit": 200, "task": 400}
    with sqlite3.connect(services.store.paths.database) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    overdue = services.tasks.count(overdue=True, today=demo.REFERENCE_DAY)
    assert 0 < overdue < 400
    assert services.contacts.search("أبو")
    assert {t.status for t in services.tasks.list()} == set(services.tasks.counts_by_status())
    arabic_sites = [s for s in services.sites.list() if s.name_ar]
    assert len(arabic_sites) == 120


def test_demo_goes_only_into_an_empty_database(services: Services) -> None:
    services.contacts.create(full_name="A real contact")
    with pytest.raises(CmccError, match="already holds records"):
        demo.generate(services.store, sizes=demo.DemoSizes(contacts=5))
    assert services.contacts.count() == 1


def test_cancelling_adds_nothing(services: Services) -> None:
    calls = iter([False, True])
    with pytest.raises(demo.DemoCancelled):
        demo.generate(services.store, sizes=SIZES, cancelled=lambda: next(calls, True))
    assert sum(services.store.counts().values()) == 0
