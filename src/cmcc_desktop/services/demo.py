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
from ..db.models import Contact, Organisation, RecordMixin, Site, Task, Visit
from ..demo_sizes import DemoSizes
from ..errors import Cancelled, CmccError
from ..i18n import N_
from ..ids import uuid7
from ..progress import NO_PROGRESS, Progress
from ..rules.vocabulary import OPEN_TASK_STATUSES, SECTORS
from ..store.store import Store, WriteUnit
from . import demo_vocabulary as words

REFERENCE_DAY = date(2026, 11, 1)
FIRST_DAY = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
DEMO_AUTHOR = "Demo data"
BATCH = 5_000
# The center's own officers: they make the visits, are the first contacts (in the liaison cells, north and
# south in turn) and are assigned some tasks, so that "Assigned to me" shows work when an officer starts
# CMCC Desktop under one of these names. Their rank, if any, their name, and their name in Arabic.
OFFICERS: tuple[tuple[str, str, str], ...] = (
    ("", "Lina Haddad", "لينا حداد"),
    ("Major", "Erik Solberg", ""),
    ("", "Samir Qudaih", "سمير قديح"),
    ("Captain", "Aiko Tanaka", ""),
    ("", "Rania Barghouti", "رانيا البرغوثي"),
    ("Lieutenant Colonel", "Marc Dubois", ""),
    ("", "Nour Abu Ramadan", "نور أبو رمضان"),
    ("", "Daniel Okafor", ""),
)
OFFICER_TITLE = "Civil-Military Coordination Officer"
# As visits name them: with their rank.
DEMO_OFFICERS = tuple(f"{rank} {name}" if rank else name for rank, name, _arabic in OFFICERS)
OFFICER_CELLS = ("CMLC-N", "CMLC-S")
OFFICER_TASK_SHARE = 0.08  # of tasks past "new"
# Each officer's first tasks are open ones, so that "Assigned to me" shows work in any demo with tasks.
OFFICER_OPEN_TASKS = 2
OFFICER_OPEN_STATUS_WEIGHTS = {"assigned": 3, "in_progress": 4, "blocked": 1, "on_hold": 1}
SITE_TYPE_WEIGHTS = {
    "water_sanitation": 24,
    "health_facility": 18,
    "school": 18,
    "shelter": 10,
    "distribution_point": 8,
    "road_bridge": 7,
    "power": 6,
    "market": 3,
    "government_building": 3,
    "crossing": 2,
    "other": 1,
}
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
# How bad a site's own needs are, by its status (lowest and highest severity).
SEVERITY_BY_STATUS = {
    "functional": (1, 3),
    "partially_functional": (2, 4),
    "non_functional": (3, 5),
    "destroyed": (4, 5),
    "unknown": (2, 4),
}
# Of open tasks, due before the reference day. The rest fall due two weeks to four months after it, so that
# the demo does not turn red within days of its reference day: the dates are fixed, to keep dumps identical.
OVERDUE_SHARE = 0.15
SITE_SPREAD = 0.003  # degrees (about 300 m) around a locality's centre
MOBILE_PREFIXES = ("59", "56")
AREAS = tuple(governorate[0] for governorate in words.GOVERNORATES)
AREAS_AR = {governorate[0]: governorate[1] for governorate in words.GOVERNORATES}
PCODES = {governorate[0]: governorate[2] for governorate in words.GOVERNORATES}
T = TypeVar("T")
# A contact's title, the sectors it implies (empty: some of the organisation's), and whether it is a top post.
Title = tuple[str, tuple[str, ...], bool]


@cache
def _email_local_part(full_name: str) -> str:
    """ "João Çelik" -> "joao.celik": accents dropped, as mail systems spell names."""
    plain = unicodedata.normalize("NFKD", full_name.lower().replace(" ", "."))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))


def _affiliation(organisation: dict[str, Any], areas: tuple[str, ...]) -> tuple[Any, ...]:
    """What a contact takes from their organisation: its id, how likely its staff are international, its
    e-mail domain, whether it is military, its sectors, the titles its staff hold (all, and those of working
    level), the top posts already held, the governorates its staff cover, and its radio call sign."""
    military = organisation["org_type"].startswith("military")
    acronym = re.sub(r"-\d+$", "", organisation["acronym"])  # a further office's: "UNICEF-2"
    titles = _titles(acronym, organisation["org_type"], organisation["sectors"])
    return (
        organisation["id"],
        0.9 if military else 0.45 if organisation["country"] not in ("PS", "") else 0.0,
        words.EMAIL_DOMAINS[acronym],
        military,
        organisation["sectors"],
        titles,
        tuple(title for title in titles if not title[2]),
        set(),
        areas,
        words.MILITARY_CALL_SIGNS.get(acronym, acronym),
    )


def _titles(acronym: str, org_type: str, sectors: list[str]) -> tuple[Title, ...]:
    """The titles an organisation's staff hold: its own, or its kind's with, for agencies and NGOs, those
    of its sectors."""
    if acronym in words.JOB_TITLES_BY_ORGANISATION:
        names = words.JOB_TITLES_BY_ORGANISATION[acronym]
    elif org_type in ("un_agency", "international_ngo", "red_cross_red_crescent", "national_ngo"):
        names = words.JOB_TITLES[org_type] + tuple(t for s in sectors for t in words.SECTOR_JOB_TITLES[s])
    else:
        names = words.JOB_TITLES[org_type]
    return _with_sectors(names)


def _with_sectors(names: tuple[str, ...]) -> tuple[Title, ...]:
    order = list(SECTORS)
    return tuple(
        (name, tuple(sorted(words.TITLE_SECTORS.get(name, ()), key=order.index)), name in words.TOP_POSTS)
        for name in names
    )


class DemoCancelled(Cancelled):
    """The officer cancelled; the transaction was rolled back and nothing was added."""


def generate(
    store: Store,
    seed: int = 1,
    sizes: DemoSizes | None = None,
    progress: Progress = NO_PROGRESS,
) -> dict[str, int]:
    """Add demo data to an empty database in one transaction. Returns how many records of each kind."""
    with cyclic_gc_paused():
        return _generate(store, seed, sizes or DemoSizes(), progress)


def _generate(
    store: Store,
    seed: int,
    sizes: DemoSizes,
    progress: Progress,
) -> dict[str, int]:
    records = build_records(seed, sizes)
    total = sum(len(rows) for rows in records.values())
    done = 0
    with store.write() as unit:
        if any(_counts_in(unit).values()):
            raise CmccError(
                N_(
                    "This database already holds records; demo data goes only into an empty one, so it never "
                    "mixes with real work. Start CMCC Desktop with --data-dir pointing to a new folder."
                )
            )
        for model, rows in records.items():
            for start in range(0, len(rows), BATCH):
                if progress.cancelled:
                    raise DemoCancelled(N_("Demo data was cancelled; nothing was added."))
                unit.insert_many(model, rows[start : start + BATCH])
                done += len(rows[start : start + BATCH])
                progress(done, total)
    return {model.__tablename__: len(rows) for model, rows in records.items()}


def _counts_in(unit: WriteUnit) -> dict[str, int]:
    return {
        model.__tablename__: unit.connection.execute(select(func.count()).select_from(model)).scalar_one()
        for model in (Organisation, Contact, Site, Visit, Task)
    }


def build_records(seed: int, sizes: DemoSizes) -> dict[type[RecordMixin], list[dict[str, Any]]]:
    """The demo records, in insertion order (a record's links point only at records before it)."""
    return _DemoBuilder(seed).build(sizes)


class _DemoBuilder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock_ms = int(FIRST_DAY.timestamp() * 1000)
        self.areas: dict[str, tuple[str, ...]] = {}  # by organisation id: the governorates its staff cover
        self.site_notes: dict[str, str] = {}  # by site id: its kind's key in VISIT_NOTES and TASK_IDEAS
        self.officer_contacts: list[dict[str, Any]] = []  # the center's own officers, once made

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

    def build(self, sizes: DemoSizes) -> dict[type[RecordMixin], list[dict[str, Any]]]:
        organisations = self.organisations(sizes.organisations)
        contacts = self.contacts(sizes.contacts, organisations)
        sites = self.sites(sizes.sites)
        visits = self.visits(sizes.visits, sites, contacts)
        tasks = self.tasks(sizes.tasks, sites, visits, contacts, organisations)
        return {Organisation: organisations, Contact: contacts, Site: sites, Visit: visits, Task: tasks}

    # -- organisations --------------------------------------------------------------------------------
    def organisations(self, count: int) -> list[dict[str, Any]]:
        """The organisations, then further offices of each, one per governorate in turn. An office's staff
        cover its governorate; an organisation bound to one governorate keeps its offices there."""
        rows = []
        for index in range(count):
            name, acronym, org_type, country, sectors = words.ORGANISATIONS[index % len(words.ORGANISATIONS)]
            name_ar = words.ORGANISATION_NAMES_AR[acronym]
            areas = words.ORGANISATION_AREAS.get(acronym, AREAS)
            office = index // len(words.ORGANISATIONS)
            if office:
                governorate = areas[0] if len(areas) == 1 else AREAS[office % len(AREAS)]
                areas = (governorate,)
                name, acronym = f"{name} – {governorate} office {office}", f"{acronym}-{office}"
                name_ar = f"{name_ar} – مكتب {AREAS_AR[governorate]} {office}"
            row = {
                **self.stamp(),
                "name": name,
                "name_ar": name_ar,
                "acronym": acronym,
                "org_type": org_type,
                "country": country,
                "sectors": [s for s in SECTORS if s in sectors],
                "notes": "",
            }
            self.areas[row["id"]] = areas
            rows.append(row)
        return rows

    # -- contacts -------------------------------------------------------------------------------------
    def contacts(self, count: int, organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """People, most with an organisation. The inner loop draws straight from ``rng.random``: at 100k
        contacts, a method call per draw is a good part of the generation time.

        Each office has one holder of each top post (a second Mayor drawn becomes working-level staff), radio
        call signs are numbered per net and e-mail addresses get a number when a namesake has one already,
        so that neither is shared."""
        random, stamp, phones = self.rng.random, self.stamp, self.phones
        affiliations = [_affiliation(o, self.areas[o["id"]]) for o in organisations]
        other_titles = _with_sectors(words.JOB_TITLES["other"])
        email_domain = words.PERSONAL_EMAIL_DOMAIN
        unaffiliated: tuple[Any, ...] = (
            None,
            0.0,
            email_domain,
            False,
            [],
            other_titles,
            other_titles,
            set(),
            AREAS,
            "",
        )
        local_military_titles = _with_sectors(words.MILITARY_LOCAL_TITLES)
        international_names = words.INTERNATIONAL_NAMES
        male, female, families = words.MALE_GIVEN_NAMES, words.FEMALE_GIVEN_NAMES, words.FAMILY_NAMES
        last_contacted = [REFERENCE_DAY - timedelta(days=days) for days in range(201)]
        addresses: dict[str, int] = {}  # how many people have had each address
        call_signs: dict[str, int] = {}  # the last number given on each net
        rows = self.officers(count, organisations)
        for row in rows:
            addresses[row["emails"][0]["address"]] = 1
        for _ in range(count - len(rows)):
            affiliation = (
                affiliations[int(random() * len(affiliations))]
                if affiliations and random() < 0.92
                else unaffiliated
            )
            (
                organisation_id,
                international_share,
                domain,
                military,
                organisation_sectors,
                titles,
                working_titles,
                top_posts_held,
                areas,
                net,
            ) = affiliation
            if random() < international_share:
                given_names, family_names, language_lists = international_names[
                    int(random() * len(international_names))
                ]
                given = given_names[int(random() * len(given_names))]
                family = family_names[int(random() * len(family_names))]
                full_name, name_ar = f"{given} {family}", ""
                languages = [*language_lists[int(random() * len(language_lists))]]
            else:
                pool = male if random() < 0.6 else female
                given, given_ar = pool[int(random() * len(pool))]
                family, family_ar = families[int(random() * len(families))]
                full_name, name_ar = f"{given} {family}", f"{given_ar} {family_ar}"
                languages = ["ar", "en"] if random() < 0.7 else ["ar"]
                if military:  # a military liaison team's local staff
                    titles = local_military_titles
            title, title_sectors, top_post = titles[int(random() * len(titles))]
            if top_post:
                if title in top_posts_held:
                    title, title_sectors, _ = working_titles[int(random() * len(working_titles))]
                else:
                    top_posts_held.add(title)
            row = stamp()
            row["full_name"] = full_name
            row["name_ar"] = name_ar
            row["title"] = title
            row["organisation_id"] = organisation_id
            row["phones"] = phones()
            if random() < 0.85:
                local = _email_local_part(full_name)
                address = f"{local}@{domain}"
                namesakes = addresses[address] = addresses.get(address, 0) + 1
                if namesakes > 1:
                    address = f"{local}{namesakes}@{domain}"
                row["emails"] = [{"label": "work", "address": address}]
            else:
                row["emails"] = []
            if net and (military or random() < 0.05):
                number = call_signs[net] = call_signs.get(net, 0) + 1
                row["call_sign"] = f"{net}-{number}"
            else:
                row["call_sign"] = ""
            row["languages"] = languages
            row["area_of_responsibility"] = areas[int(random() * len(areas))]
            row["sectors"] = (
                [*title_sectors] if title_sectors else [s for s in organisation_sectors if random() < 0.6]
            )
            row["notes"] = ""
            row["last_contacted"] = last_contacted[int(random() * 201)] if random() < 0.7 else None
            if random() < 0.1:
                row["releasability"] = "team"
            rows.append(row)
        return rows

    def officers(self, count: int, organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The center's own officers (as many as ``count`` allows), each in a liaison cell."""
        cells = {o["acronym"]: o for o in organisations if o["acronym"] in OFFICER_CELLS}
        domain = words.EMAIL_DOMAINS[OFFICER_CELLS[0]]  # the center's own, whichever cell
        rows = []
        traditions = {
            given: lists[0] for given_names, _, lists in words.INTERNATIONAL_NAMES for given in given_names
        }
        for index, (rank, name, name_ar) in enumerate(OFFICERS[:count]):
            cell = cells.get(OFFICER_CELLS[index % len(OFFICER_CELLS)])
            areas = self.areas[cell["id"]] if cell else AREAS
            row = self.stamp()
            row.update(
                full_name=name,
                name_ar=name_ar,
                title=f"{rank}, {OFFICER_TITLE}" if rank else OFFICER_TITLE,
                organisation_id=cell["id"] if cell else None,
                phones=self.phones(),
                emails=[{"label": "work", "address": f"{_email_local_part(name)}@{domain}"}],
                call_sign="",
                languages=["ar", "en"] if name_ar else [*traditions.get(name.split()[0], ("en",))],
                area_of_responsibility=self.pick(areas),
                sectors=["COR"],
                notes="",
                last_contacted=None,
            )
            rows.append(row)
        self.officer_contacts = list(rows)  # a copy: the caller adds the other contacts to rows
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
        """Sites of kinds that fit their place (bridges where a wadi runs, crossings at the real crossings),
        a few hundred metres around their locality's centre."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        used: dict[str, int] = {}
        kinds = {
            site_type: [(kind, _places(kind.needs)) for kind in words.SITE_KINDS[site_type]]
            for site_type in SITE_TYPE_WEIGHTS
        }
        for _ in range(count):
            site_type = self.weighted(SITE_TYPE_WEIGHTS)
            kind, places = self.pick(kinds[site_type])
            governorate, place = self.pick(places)
            name, name_ar = kind.name.format(place=place.name), kind.name_ar.format(place=place.name_ar)
            used[name] = used.get(name, 0) + 1
            if used[name] > 1:
                name, name_ar = f"{name} {used[name]}", f"{name_ar} {used[name]}"
            row = {
                **self.stamp(),
                "name": name,
                "name_ar": name_ar,
                "site_type": site_type,
                "sector": kind.sector,
                "latitude": round(place.latitude + rng.uniform(-SITE_SPREAD, SITE_SPREAD), 5),
                "longitude": round(place.longitude + rng.uniform(-SITE_SPREAD, SITE_SPREAD), 5),
                "admin_area": governorate,
                "admin_pcode": PCODES[governorate],
                "status": self.weighted(SITE_STATUS_WEIGHTS),
                "access_notes": self.pick(words.ACCESS_NOTES) if rng.random() < 0.6 else "",
            }
            self.site_notes[row["id"]] = kind.notes
            rows.append(row)
        return rows

    # -- visits ---------------------------------------------------------------------------------------
    def visits(
        self, count: int, sites: list[dict[str, Any]], contacts: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Visits whose findings fit the site's kind and status, recommendations that follow from the
        findings, no visit repeating an earlier one's findings at the same site, and mostly people of the
        site's governorate (and sector) met."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        if not sites or not count:
            return rows
        last_day = datetime.combine(REFERENCE_DAY, datetime.min.time(), UTC)
        by_area = _grouped(contacts, lambda c: [c["area_of_responsibility"]])
        by_area_sector = _grouped(
            contacts, lambda c: [(c["area_of_responsibility"], s) for s in c["sectors"]]
        )
        reported: dict[str, set[tuple[words.Finding, ...]]] = {}  # by site: the findings its visits reported
        for _ in range(count):
            site = self.pick(sites)
            visited_at = self.moment(site["created_at"] + timedelta(days=1), last_day)
            notes = words.VISIT_NOTES[self.site_notes[site["id"]]]
            findings, arabic = self.findings(
                notes, site["status"], rng.random() < 0.2, reported.setdefault(site["id"], set())
            )
            people = rng.randrange(200, 40_000, 50)
            uses_people = any("{people}" in finding.text for finding in findings)
            others = [s for s in notes.other_needs if s != site["sector"]]
            low, high = SEVERITY_BY_STATUS[site["status"]]
            needs = [{"sector": site["sector"], "severity": self.below(low, high), "note": ""}] + [
                {"sector": sector, "severity": self.below(2, 4), "note": ""}
                for sector in rng.sample(others, k=min(len(others), self.below(0, 2)))
            ]
            recommendations = list(dict.fromkeys(f.recommendation for f in findings if f.recommendation))
            pool = by_area_sector.get((site["admin_area"], site["sector"]), [])
            if len(pool) < 3 or rng.random() < 0.3:
                pool = by_area.get(site["admin_area"], []) if rng.random() < 0.8 else contacts
            rows.append(
                {
                    **self.stamp(visited_at + timedelta(hours=self.below(2, 30))),
                    "site_id": site["id"],
                    "visited_at": visited_at,
                    "officers": rng.sample(DEMO_OFFICERS, k=self.below(1, 2)),
                    "contacts_met": [c["id"] for c in rng.sample(pool, k=min(len(pool), self.below(0, 3)))],
                    "purpose": self.pick(notes.purposes),
                    "findings": " ".join(
                        f.text_ar.format(people=people) if arabic else f.text.format(people=f"{people:,}")
                        for f in findings
                    ),
                    "needs": needs,
                    "people_in_need": people if uses_people or rng.random() < 0.7 else None,
                    "security_access": self.pick(words.SECURITY_NOTES),
                    "recommendations": " ".join(recommendations) or self.pick(words.FOLLOW_UPS),
                }
            )
        rows.sort(key=lambda row: row["id"])
        return rows

    def findings(
        self, notes: words.VisitNotes, status: str, arabic: bool, reported: set[tuple[words.Finding, ...]]
    ) -> tuple[tuple[words.Finding, ...], bool]:
        """One or (mostly) two findings that fit a site in ``status``, not reported together at this site
        before while any other choice is left; and whether they are written in Arabic (if asked for and
        enough of them have an Arabic text)."""
        fit = words.FINDINGS_FIT[status]
        fitting = [f for f in notes.findings if f.fits in fit and (f.text_ar or not arabic)]
        if len(fitting) < 2:
            fitting, arabic = [f for f in notes.findings if f.fits in fit], False
        pairs = [(a, b) for i, a in enumerate(fitting) for b in fitting[i + 1 :]]
        fresh_pairs = [pair for pair in pairs if pair not in reported]
        fresh_singles = [(f,) for f in fitting if (f,) not in reported]
        chosen: tuple[words.Finding, ...]
        if fresh_pairs and (not fresh_singles or self.rng.random() < 0.8):
            chosen = self.pick(fresh_pairs)
        else:
            chosen = self.pick(fresh_singles or pairs)
        reported.add(chosen)
        return (chosen[::-1] if self.rng.random() < 0.5 else chosen), arabic

    # -- tasks ----------------------------------------------------------------------------------------
    def tasks(
        self,
        count: int,
        sites: list[dict[str, Any]],
        visits: list[dict[str, Any]],
        contacts: list[dict[str, Any]],
        organisations: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Tasks that fit their site's kind (or, without a site, a governorate), closed with a note on what
        was done, assigned mostly to people whose organisation works in the task's sector and area; about
        ``OVERDUE_SHARE`` of the open ones are overdue on the reference day."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        if not count:
            return rows
        site_by_id = {site["id"]: site for site in sites}
        sectors_of = {o["id"]: o["sectors"] for o in organisations}
        officer_turn = 0
        by_sector = _grouped(contacts, lambda c: sectors_of.get(c["organisation_id"], []))
        by_sector_area = _grouped(
            contacts,
            lambda c: [(s, c["area_of_responsibility"]) for s in sectors_of.get(c["organisation_id"], [])],
        )
        for _ in range(count):
            visit = self.pick(visits) if visits and rng.random() < 0.4 else None
            site = (
                site_by_id[visit["site_id"]]
                if visit
                else (self.pick(sites) if sites and rng.random() < 0.85 else None)
            )
            if site:
                area = site["admin_area"]
                idea = self.pick(words.TASK_IDEAS[self.site_notes[site["id"]]])
                title = idea.title.format(site=site["name"])
            else:
                area = self.pick(AREAS)
                idea = self.pick(words.TASK_IDEAS[""])
                title = idea.title.format(area=area)
            status = self.weighted(TASK_STATUS_WEIGHTS)
            created = (visit["created_at"] + timedelta(hours=self.below(1, 48))) if visit else None
            stamp = self.stamp(created)
            assignee = None
            first_rounds = officer_turn < OFFICER_OPEN_TASKS * len(self.officer_contacts)
            if (
                self.officer_contacts
                and status != "new"
                and (first_rounds or rng.random() < OFFICER_TASK_SHARE)
            ):
                assignee = self.officer_contacts[officer_turn % len(self.officer_contacts)]  # each in turn
                if first_rounds:  # each officer starts with work in hand
                    status = self.weighted(OFFICER_OPEN_STATUS_WEIGHTS)
                officer_turn += 1
            elif contacts and status != "new" and rng.random() < 0.8:
                assignee = self.pick(
                    by_sector_area.get((idea.sector, area)) or by_sector.get(idea.sector) or contacts
                )
            assigned_org = (
                assignee["organisation_id"]
                if assignee
                else (self.pick(organisations)["id"] if organisations and status != "new" else None)
            )
            if status in OPEN_TASK_STATUSES:
                due: date | None = (
                    REFERENCE_DAY - timedelta(days=self.below(1, 30))
                    if rng.random() < OVERDUE_SHARE
                    else REFERENCE_DAY + timedelta(days=self.below(14, 120))  # weeks to months ahead
                )
            else:
                due = REFERENCE_DAY + timedelta(days=self.below(-60, 10)) if rng.random() < 0.5 else None
            if due is not None:  # never due before it was set: at least three days after
                due = max(due, stamp["created_at"].date() + timedelta(days=3))
            rows.append(
                {
                    **stamp,
                    "title": title,
                    "description": "",
                    "sector": idea.sector,
                    "priority": self.weighted(PRIORITY_WEIGHTS),
                    "status": status,
                    "status_reason": self.pick(words.HOLD_REASONS)
                    if status in ("blocked", "on_hold")
                    else "",
                    "assignee_contact_id": assignee["id"] if assignee else None,
                    "assignee_organisation_id": assigned_org,
                    "requesting_organisation_id": self.pick(organisations)["id"]
                    if organisations and rng.random() < 0.6
                    else None,
                    "due_date": due,
                    "site_id": site["id"] if site else None,
                    "visit_id": visit["id"] if visit else None,
                    "closure_note": idea.closure if status in ("done", "verified") else "",
                }
            )
        rows.sort(key=lambda row: row["id"])
        return rows


def _places(needs: str) -> list[tuple[str, words.Locality]]:
    """The (governorate, locality) pairs where a kind of site can be: crossings at the crossing points,
    others at the localities that have what the kind needs."""
    if needs == "crossing":
        return [(area, place) for area, places in words.CROSSINGS.items() for place in places]
    return [
        (area, place)
        for area, places in words.NEIGHBOURHOODS.items()
        for place in places
        if not needs or needs in place.features
    ]


def _grouped(
    rows: list[dict[str, Any]], keys: Callable[[dict[str, Any]], list[Any]]
) -> dict[Any, list[dict[str, Any]]]:
    """The rows under each of their keys."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        for key in keys(row):
            groups.setdefault(key, []).append(row)
    return groups
