"""Deterministic demo data for a post-conflict stabilization setting (the Gaza Strip's five governorates).

The same seed and sizes give the same records, ids and stamps included, so two runs dump the same bytes.
Dates are laid out around a fixed reference day (``REFERENCE_DAY``), not today, for the same reason: tasks due
before it and still open show as overdue. P-codes are illustrative, not official.

Demo data goes only into an empty database, so that it never mixes with an officer's real records.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import func, select

from ..bulk import cyclic_gc_paused
from ..db.models import Contact, Organisation, Site, Task, Visit
from ..demo_sizes import DemoSizes
from ..errors import Cancelled, CmccError
from ..ids import uuid7
from . import demo_vocabulary as words
from .store import Store, WriteUnit
from .vocabulary import OPEN_TASK_STATUSES, SECTORS

REFERENCE_DAY = date(2026, 11, 1)
FIRST_DAY = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
DEMO_AUTHOR = "Demo data"
BATCH = 5_000
DEMO_OFFICERS = (
    "Lina Haddad",
    "Major Erik Solberg",
    "Samir Qudaih",
    "Captain Aiko Tanaka",
    "Rania Barghouti",
    "Lt. Col. Marc Dubois",
    "Nour Abu Ramadan",
    "Daniel Okafor",
)
SITE_SECTOR = {
    "water_sanitation": "WSH",
    "health_facility": "HEA",
    "school": "EDU",
    "shelter": "SHL",
    "distribution_point": "FSC",
    "road_bridge": "INF",
    "power": "ENR",
    "market": "ERY",
    "government_building": "GOV",
    "crossing": "LOG",
    "other": "COR",
}
SITE_TYPE_WEIGHTS = (24, 18, 18, 10, 8, 7, 6, 3, 3, 2, 1)
SITE_STATUS_WEIGHTS = {
    "functional": 25,
    "partially_functional": 35,
    "non_functional": 20,
    "destroyed": 10,
    "unknown": 10,
}
TASK_STATUS_WEIGHTS = {
    "new": 14,
    "assigned": 16,
    "in_progress": 22,
    "blocked": 7,
    "on_hold": 5,
    "done": 18,
    "verified": 12,
    "cancelled": 6,
}
PRIORITY_WEIGHTS = {"urgent": 10, "high": 25, "normal": 50, "low": 15}
CALL_SIGNS = ("ECHO", "NOMAD", "ATLAS", "CEDAR", "FALCON")
MOBILE_PREFIXES = ("59", "56")
Progress = Callable[[int, int], None]
T = TypeVar("T")


@cache
def _email_local_part(full_name: str) -> str:
    """ "João Çelik" -> "joao.celik": accents dropped, as mail systems spell names."""
    plain = unicodedata.normalize("NFKD", full_name.lower().replace(" ", "."))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))


def _affiliation(organisation: dict[str, Any]) -> tuple[str, float, str, bool, list[str], tuple[str, ...]]:
    """What a contact takes from their organisation: its id, how likely its staff are international, its
    e-mail domain, whether it is military, its sectors, and the titles its staff hold."""
    military = organisation["org_type"].startswith("military")
    acronym = re.sub(r"-\d+$", "", organisation["acronym"])  # a further office's: "UNICEF-2"
    return (
        organisation["id"],
        0.9 if military else 0.45 if organisation["country"] not in ("PS", "") else 0.0,
        words.EMAIL_DOMAINS.get(acronym, "example.org"),
        military,
        organisation["sectors"],
        _titles(acronym, organisation["org_type"], organisation["sectors"]),
    )


def _titles(acronym: str, org_type: str, sectors: list[str]) -> tuple[str, ...]:
    """The titles an organisation's staff hold: its own, or its kind's with, for agencies and NGOs, those
    of its sectors."""
    if acronym in words.JOB_TITLES_BY_ORGANISATION:
        return words.JOB_TITLES_BY_ORGANISATION[acronym]
    if org_type in ("un_agency", "international_ngo", "red_cross_red_crescent", "national_ngo"):
        return words.JOB_TITLES[org_type] + tuple(t for s in sectors for t in words.SECTOR_JOB_TITLES[s])
    return words.JOB_TITLES[org_type]


class DemoCancelled(Cancelled):
    """The officer cancelled; the transaction was rolled back and nothing was added."""


def generate(
    store: Store,
    seed: int = 1,
    sizes: DemoSizes | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Add demo data to an empty database in one transaction. Returns how many records of each kind."""
    with cyclic_gc_paused():
        return _generate(store, seed, sizes or DemoSizes(), progress, cancelled)


def _generate(
    store: Store,
    seed: int,
    sizes: DemoSizes,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> dict[str, int]:
    records = build_records(seed, sizes)
    total = sum(len(rows) for rows in records.values())
    done = 0
    with store.write() as unit:
        if any(_counts_in(unit).values()):
            raise CmccError(
                "This database already holds records; demo data goes only into an empty one, so it never "
                "mixes with real work. Start CMCC Desktop with --data-dir pointing to a new folder."
            )
        for model, rows in records.items():
            for start in range(0, len(rows), BATCH):
                if cancelled and cancelled():
                    raise DemoCancelled("Demo data was cancelled; nothing was added.")
                unit.insert_many(model, rows[start : start + BATCH])
                done += len(rows[start : start + BATCH])
                if progress:
                    progress(done, total)
    return {model.__tablename__: len(rows) for model, rows in records.items()}  # type: ignore[attr-defined]


def _counts_in(unit: WriteUnit) -> dict[str, int]:
    return {
        model.__tablename__: unit.connection.execute(select(func.count()).select_from(model)).scalar_one()
        for model in (Organisation, Contact, Site, Visit, Task)
    }


def build_records(seed: int, sizes: DemoSizes) -> dict[type, list[dict[str, Any]]]:
    """The demo records, in insertion order (a record's links point only at records before it)."""
    return _DemoBuilder(seed).build(sizes)


class _DemoBuilder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock_ms = int(FIRST_DAY.timestamp() * 1000)

    # -- common ---------------------------------------------------------------------------------------
    def stamp(self, when: datetime | None = None) -> dict[str, Any]:
        """Id and audit stamps for a new record made at ``when`` (or just after the previous one)."""
        if when is None:
            self.clock_ms += self.below(1_000, 90_000)
            ms = self.clock_ms
            when = datetime.fromtimestamp(ms / 1000, UTC)
        else:
            ms = int(when.timestamp() * 1000)
        return {
            "id": uuid7(ms, self.rng.getrandbits),
            "created_at": when,
            "created_by": DEMO_AUTHOR,
            "updated_at": when,
            "updated_by": DEMO_AUTHOR,
            "releasability": "partners",
        }

    def pick(self, options: Sequence[T]) -> T:
        """One of the options, uniformly (cheaper than ``Random.choice`` for 100k records)."""
        return options[int(self.rng.random() * len(options))]

    def below(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high`` inclusive (cheaper than ``Random.randint``)."""
        return low + int(self.rng.random() * (high - low + 1))

    def weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def moment(self, start: datetime, end: datetime) -> datetime:
        """A time between ``start`` and ``end``, in working hours: 07:00-15:55 in Gaza (05:00-13:55 UTC)."""
        days = max((end - start).days, 0)
        day = (start + timedelta(days=self.below(1, days) if days else 0)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        return day + timedelta(hours=self.below(5, 13), minutes=self.below(0, 11) * 5)

    def build(self, sizes: DemoSizes) -> dict[type, list[dict[str, Any]]]:
        organisations = self.organisations(sizes.organisations)
        contacts = self.contacts(sizes.contacts, organisations)
        sites = self.sites(sizes.sites)
        visits = self.visits(sizes.visits, sites, contacts)
        tasks = self.tasks(sizes.tasks, sites, visits, contacts, organisations)
        return {Organisation: organisations, Contact: contacts, Site: sites, Visit: visits, Task: tasks}

    # -- organisations --------------------------------------------------------------------------------
    def organisations(self, count: int) -> list[dict[str, Any]]:
        rows = []
        for index in range(count):
            name, acronym, org_type, country, sectors = words.ORGANISATIONS[index % len(words.ORGANISATIONS)]
            office = index // len(words.ORGANISATIONS)
            if office:
                governorate = words.GOVERNORATES[office % len(words.GOVERNORATES)][0]
                name, acronym = f"{name} – {governorate} office {office}", f"{acronym}-{office}"
            rows.append(
                {
                    **self.stamp(),
                    "name": name,
                    "name_ar": words.ORGANISATION_NAMES_AR.get(acronym, ""),
                    "acronym": acronym,
                    "org_type": org_type,
                    "country": country,
                    "sectors": [s for s in SECTORS if s in sectors],
                    "notes": "",
                }
            )
        return rows

    # -- contacts -------------------------------------------------------------------------------------
    def contacts(self, count: int, organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """People, most with an organisation. The inner loop draws straight from ``rng.random``: at 100k
        contacts, a method call per draw is a good part of the generation time."""
        random, stamp, phones = self.rng.random, self.stamp, self.phones
        affiliations = [_affiliation(organisation) for organisation in organisations]
        unaffiliated = (None, 0.0, "example.org", False, [], words.JOB_TITLES["other"])
        international_names, other_languages = words.INTERNATIONAL_NAMES, words.LANGUAGES[2:]
        male, female, families = words.MALE_GIVEN_NAMES, words.FEMALE_GIVEN_NAMES, words.FAMILY_NAMES
        areas = [governorate[0] for governorate in words.GOVERNORATES]
        last_contacted = [REFERENCE_DAY - timedelta(days=days) for days in range(201)]
        rows = []
        for _ in range(count):
            affiliation = (
                affiliations[int(random() * len(affiliations))]
                if affiliations and random() < 0.92
                else unaffiliated
            )
            organisation_id, international_share, domain, military, organisation_sectors, titles = affiliation
            if random() < international_share:
                given_names, family_names = international_names[int(random() * len(international_names))]
                given = given_names[int(random() * len(given_names))]
                family = family_names[int(random() * len(family_names))]
                full_name, name_ar = f"{given} {family}", ""
                languages = (
                    ["en", other_languages[int(random() * len(other_languages))]]
                    if random() < 0.5
                    else ["en"]
                )
            else:
                pool = male if random() < 0.6 else female
                given, given_ar = pool[int(random() * len(pool))]
                family, family_ar = families[int(random() * len(families))]
                full_name, name_ar = f"{given} {family}", f"{given_ar} {family_ar}"
                languages = ["ar", "en"] if random() < 0.7 else ["ar"]
                if military:  # a military liaison team's local staff
                    titles = words.MILITARY_LOCAL_TITLES
            area = areas[int(random() * len(areas))]
            row = stamp()
            row["full_name"] = full_name
            row["name_ar"] = name_ar
            row["title"] = titles[int(random() * len(titles))]
            row["organisation_id"] = organisation_id
            row["phones"] = phones()
            row["emails"] = (
                [{"label": "work", "address": f"{_email_local_part(full_name)}@{domain}"}]
                if random() < 0.85
                else []
            )
            row["call_sign"] = (
                f"{CALL_SIGNS[int(random() * len(CALL_SIGNS))]}-{1 + int(random() * 30)}"
                if military or random() < 0.05
                else ""
            )
            row["languages"] = languages
            row["area_of_responsibility"] = area
            row["sectors"] = [s for s in organisation_sectors if random() < 0.6]
            row["notes"] = ""
            row["last_contacted"] = last_contacted[int(random() * 201)] if random() < 0.7 else None
            if random() < 0.1:
                row["releasability"] = "team"
            rows.append(row)
        return rows

    def phones(self) -> list[dict[str, str]]:
        """Numbers valid in the Palestinian plan: mobiles 059/056 and Gaza landlines 08-2xx xxxx."""
        random = self.rng.random

        def mobile() -> str:
            return f"+970{MOBILE_PREFIXES[int(random() * len(MOBILE_PREFIXES))]}{2000000 + int(random() * 8000000)}"

        phones = [{"label": "mobile", "number": mobile()}]
        if random() < 0.35:
            phones.append({"label": "office", "number": f"+9708{2800000 + int(random() * 100000)}"})
        if random() < 0.2:
            phones.append({"label": "whatsapp", "number": mobile()})
        return phones

    # -- sites ----------------------------------------------------------------------------------------
    def sites(self, count: int) -> list[dict[str, Any]]:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        used: dict[str, int] = {}
        site_types = list(SITE_SECTOR)
        for _ in range(count):
            governorate, _arabic, pcode, lat_min, lat_max, lon_min, lon_max = self.pick(words.GOVERNORATES)
            place, place_ar = self.pick(words.NEIGHBOURHOODS[governorate])
            site_type = rng.choices(site_types, weights=SITE_TYPE_WEIGHTS)[0]
            pattern, pattern_ar = self.pick(words.SITE_NAME_PATTERNS[site_type])
            name, name_ar = pattern.format(place=place), pattern_ar.format(place=place_ar)
            used[name] = used.get(name, 0) + 1
            if used[name] > 1:
                name, name_ar = f"{name} {used[name]}", f"{name_ar} {used[name]}"
            rows.append(
                {
                    **self.stamp(),
                    "name": name,
                    "name_ar": name_ar,
                    "site_type": site_type,
                    "sector": SITE_SECTOR[site_type],
                    "latitude": round(rng.uniform(lat_min, lat_max), 5),
                    "longitude": round(rng.uniform(lon_min, lon_max), 5),
                    "admin_area": governorate,
                    "admin_pcode": pcode,
                    "status": self.weighted(SITE_STATUS_WEIGHTS),
                    "access_notes": self.pick(words.ACCESS_NOTES) if rng.random() < 0.6 else "",
                }
            )
        return rows

    # -- visits ---------------------------------------------------------------------------------------
    def visits(
        self, count: int, sites: list[dict[str, Any]], contacts: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        rng = self.rng
        rows = []
        last_day = datetime.combine(REFERENCE_DAY, datetime.min.time(), UTC)
        if not sites:
            return rows
        for _ in range(count):
            site = self.pick(sites)
            visited_at = self.moment(site["created_at"] + timedelta(days=1), last_day)
            arabic = rng.random() < 0.2
            notes = words.VISIT_NOTES[site["site_type"]]
            others = rng.sample(notes.other_needs, k=min(len(notes.other_needs), self.below(0, 2)))
            needs = [{"sector": site["sector"], "severity": self.below(3, 5), "note": ""}] + [
                {"sector": sector, "severity": self.below(2, 4), "note": ""} for sector in others
            ]
            findings = notes.findings_ar if arabic else notes.findings
            rows.append(
                {
                    **self.stamp(visited_at + timedelta(hours=self.below(2, 30))),
                    "site_id": site["id"],
                    "visited_at": visited_at,
                    "officers": rng.sample(DEMO_OFFICERS, k=self.below(1, 2)),
                    "contacts_met": [
                        c["id"] for c in rng.sample(contacts, k=min(len(contacts), self.below(0, 3)))
                    ],
                    "purpose": self.pick(notes.purposes),
                    "findings": " ".join(rng.sample(findings, k=min(2, len(findings)))),
                    "needs": needs,
                    "people_in_need": rng.randrange(200, 40_000, 50) if rng.random() < 0.7 else None,
                    "security_access": f"{self.pick(words.SECURITY_NOTES)} {self.pick(words.ACCESS_NOTES)}",
                    "recommendations": self.pick(notes.recommendations),
                }
            )
        rows.sort(key=lambda row: row["id"])
        return rows

    # -- tasks ----------------------------------------------------------------------------------------
    def tasks(
        self,
        count: int,
        sites: list[dict[str, Any]],
        visits: list[dict[str, Any]],
        contacts: list[dict[str, Any]],
        organisations: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        rng = self.rng
        site_by_id = {site["id"]: site for site in sites}
        sectors = [s for s in words.TASK_TITLES if s in SECTORS]
        rows = []
        for _ in range(count):
            visit = self.pick(visits) if visits and rng.random() < 0.4 else None
            site = (
                site_by_id[visit["site_id"]]
                if visit
                else (self.pick(sites) if sites and rng.random() < 0.85 else None)
            )
            sector = (
                site["sector"]
                if site and site["sector"] in words.TASK_TITLES and rng.random() < 0.7
                else self.pick(sectors)
            )
            title = self.pick(words.TASK_TITLES[sector]).format(site=site["name"] if site else "the area")
            status = self.weighted(TASK_STATUS_WEIGHTS)
            created = (visit["created_at"] + timedelta(hours=self.below(1, 48))) if visit else None
            stamp = self.stamp(created)
            assignee = self.pick(contacts) if contacts and status != "new" and rng.random() < 0.8 else None
            assigned_org = (
                assignee["organisation_id"]
                if assignee
                else (self.pick(organisations)["id"] if organisations and status != "new" else None)
            )
            rows.append(
                {
                    **stamp,
                    "title": title,
                    "description": "",
                    "sector": sector,
                    "priority": self.weighted(PRIORITY_WEIGHTS),
                    "status": status,
                    "status_reason": self.pick(words.SECURITY_NOTES)
                    if status in ("blocked", "on_hold")
                    else "",
                    "assignee_contact_id": assignee["id"] if assignee else None,
                    "assignee_organisation_id": assigned_org,
                    "requesting_organisation_id": self.pick(organisations)["id"]
                    if organisations and rng.random() < 0.6
                    else None,
                    "due_date": REFERENCE_DAY + timedelta(days=self.below(-45, 60))
                    if status in OPEN_TASK_STATUSES or rng.random() < 0.5
                    else None,
                    "site_id": site["id"] if site else None,
                    "visit_id": visit["id"] if visit else None,
                    "closure_note": self.pick(words.RECOMMENDATIONS)
                    if status in ("done", "verified")
                    else "",
                }
            )
        rows.sort(key=lambda row: row["id"])
        return rows
