"""Demo data: deterministic, and held to the same rules as what officers type."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from cmcc_desktop.db.models import Contact, Organisation, Site, Task, Visit
from cmcc_desktop.errors import CmccError
from cmcc_desktop.progress import Progress
from cmcc_desktop.rules.vocabulary import OPEN_TASK_STATUSES, SECTORS
from cmcc_desktop.services import Services, demo
from cmcc_desktop.services import demo_vocabulary as words
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
        if organisation.get("org_type", "").startswith("military"):  # rank, local staff, or the center's own
            assert (
                contact["title"].startswith(ranks)
                or (contact["name_ar"] and "Assistant" in contact["title"])
                or contact["title"] == demo.OFFICER_TITLE
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
    assert {t.status for t in services.tasks.find()} == set(services.tasks.counts_by_status())
    arabic_sites = [s for s in services.sites.find() if s.name_ar]
    assert len(arabic_sites) == 120


def test_the_centers_officers_are_contacts_with_tasks_of_their_own(services: Services) -> None:
    demo.generate(services.store, seed=5, sizes=SIZES)
    for _rank, name, _arabic in demo.OFFICERS:  # what "Assigned to me" shows an officer of that name
        assert services.tasks.count(assignee_name=name, status="open") >= demo.OFFICER_OPEN_TASKS, name
    lina = services.contacts.search("Lina Haddad")[0]
    assert (lina.title, lina.emails[0]["address"]) == (demo.OFFICER_TITLE, "lina.haddad@cmcc.example")
    solbergs = services.contacts.search("Erik Solberg")
    assert "Major, Civil-Military Coordination Officer" in [contact.title for contact in solbergs]
    assert "Major Erik Solberg" in demo.DEMO_OFFICERS  # as visits name him


def test_demo_goes_only_into_an_empty_database(services: Services) -> None:
    services.contacts.create(full_name="A real contact")
    with pytest.raises(CmccError, match="already holds records"):
        demo.generate(services.store, sizes=demo.DemoSizes(contacts=5))
    assert services.contacts.count() == 1


def test_cancelling_adds_nothing(services: Services) -> None:
    calls = iter([False, True])
    with pytest.raises(demo.DemoCancelled):
        demo.generate(services.store, sizes=SIZES, progress=Progress(cancelled=lambda: next(calls, True)))
    assert sum(services.store.counts().values()) == 0


def test_demo_addresses_are_reserved_and_unique_and_call_signs_are_not_shared() -> None:
    contacts = demo.build_records(2, SIZES)[Contact]
    addresses = [email["address"] for contact in contacts for email in contact["emails"]]
    assert all(address.endswith(".example") for address in addresses)  # RFC 2606: never a real domain
    assert len(set(addresses)) == len(addresses)
    call_signs = [contact["call_sign"] for contact in contacts if contact["call_sign"]]
    assert call_signs and len(set(call_signs)) == len(call_signs)


def test_contacts_hold_their_organisations_posts_places_sectors_and_languages() -> None:
    records = demo.build_records(
        2, demo.DemoSizes(organisations=45, contacts=3000, sites=0, tasks=0, visits=0)
    )
    organisations = {row["id"]: row for row in records[Organisation]}
    assert all(organisation["name_ar"] for organisation in organisations.values())
    posts = Counter((c["organisation_id"], c["title"]) for c in records[Contact] if c["organisation_id"])
    assert max(n for (_, title), n in posts.items() if title in words.TOP_POSTS) == 1
    languages = {name: lists for given, family, lists in words.INTERNATIONAL_NAMES for name in given}
    for contact in records[Contact]:
        acronym = organisations.get(contact["organisation_id"], {}).get("acronym", "")
        assert contact["area_of_responsibility"] in words.ORGANISATION_AREAS.get(acronym, demo.AREAS)
        if contact["title"] in words.TITLE_SECTORS:
            assert contact["sectors"] == sorted(
                words.TITLE_SECTORS[contact["title"]], key=list(SECTORS).index
            )
        if not contact["name_ar"]:  # an international: French names speak French, not Russian
            assert tuple(contact["languages"]) in languages[contact["full_name"].split()[0]]


# The Gaza Strip, roughly: (latitude, longitude) along the coast north-east, then back along the land border.
GAZA_STRIP = (
    (31.323, 34.218),
    (31.460, 34.368),
    (31.535, 34.445),
    (31.565, 34.468),
    (31.596, 34.490),
    (31.560, 34.566),
    (31.525, 34.530),
    (31.473, 34.488),
    (31.373, 34.395),
    (31.310, 34.385),
    (31.220, 34.266),
)


def _in_the_strip(latitude: float, longitude: float) -> bool:
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(GAZA_STRIP, GAZA_STRIP[1:] + GAZA_STRIP[:1], strict=True):
        if (lat1 > latitude) != (lat2 > latitude):
            inside ^= longitude < lon1 + (latitude - lat1) * (lon2 - lon1) / (lat2 - lat1)
    return inside


def test_sites_lie_in_the_strip_near_their_place_and_their_names_fit() -> None:
    sites = demo.build_records(3, demo.DemoSizes(organisations=0, contacts=0, sites=2000, tasks=0, visits=0))[
        Site
    ]
    assert not _in_the_strip(31.25, 34.20) and not _in_the_strip(31.45, 34.50)  # Egypt, Israel
    places = {
        p.name: p for places in [*words.NEIGHBOURHOODS.values(), *words.CROSSINGS.values()] for p in places
    }
    for site in sites:
        assert _in_the_strip(site["latitude"], site["longitude"]), site
        place = places[max((name for name in places if name in site["name"]), key=len)]
        assert (
            abs(site["latitude"] - place.latitude) < 0.005
            and abs(site["longitude"] - place.longitude) < 0.005
        )
        if "Bridge" in site["name"]:
            assert "wadi" in place.features
        if "Water" in site["name"] or "Desalination" in site["name"]:
            assert site["sector"] == "WSH"
    crossings = {s["name"].split(" Crossing")[0] for s in sites if s["site_type"] == "crossing"}
    assert crossings == {p.name for places in words.CROSSINGS.values() for p in places}


def test_tasks_and_visits_fit_their_sites() -> None:
    records = demo.build_records(5, SIZES)
    sites = {site["id"]: site for site in records[Site]}
    ideas = {idea.closure: idea for ideas in words.TASK_IDEAS.values() for idea in ideas}
    open_tasks = [t for t in records[Task] if t["status"] in OPEN_TASK_STATUSES]
    overdue = [t for t in open_tasks if t["due_date"] and t["due_date"] < demo.REFERENCE_DAY]
    assert 0.08 < len(overdue) / len(open_tasks) < 0.25
    for task in records[Task]:
        if task["closure_note"]:  # reports what was done for this very task
            assert task["title"].startswith(ideas[task["closure_note"]].title.split("{")[0])
        if not task["site_id"]:
            assert any(area in task["title"] for area in demo.AREAS), task["title"]
        if task["due_date"]:
            assert task["due_date"] > task["created_at"].date()
    seen = set()
    for visit in records[Visit]:
        site = sites[visit["site_id"]]
        assert (site["id"], visit["findings"]) not in seen
        seen.add((site["id"], visit["findings"]))
        if site["status"] == "destroyed":
            assert "shelter by about" not in visit["findings"]
        if "UXO" in visit["recommendations"]:
            assert "ordnance" in visit["findings"] or "أجسام غير منفجرة" in visit["findings"]
        assert visit["security_access"] in words.SECURITY_NOTES
