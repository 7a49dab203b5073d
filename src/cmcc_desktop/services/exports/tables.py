"""The columns of the tabular exports (CSV, XLSX, HXL): a header an officer reads, its HXL hashtag, and how
a record gives its value.

Headers are marked English and written in the export's language (English or Arabic); hashtags are the same
in every language, so HXL tools read either file alike. Codes (sector, status, P-code) keep their own
column beside their label, so that a file in Arabic still joins with one in English. Tasks and visits
follow the 3W/4W layout: who (#org), what (#sector, #activity), where (#adm1, #adm2, #loc, #geo) and when
(#date). A visit gives one row per need, its sector and severity; a visit without needs gives one row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ...catalog import catalog
from ...i18n import N_
from ...rules.vocabulary import (
    LANGUAGES,
    ORGANISATION_TYPES,
    RELEASABILITY,
    SECTORS,
    SEVERITY,
    SITE_STATUSES,
    SITE_TYPES,
    TASK_PRIORITIES,
    TASK_STATUSES,
)
from .records import Snapshot

# The first administrative level every site of this coordination centre lies in (OCHA's common operational
# datasets: the State of Palestine's Gaza Strip). Sites keep their governorate (level 2) and its P-code.
ADM1_NAME = N_("Gaza Strip")
ADM1_CODE = "PS02"

LIST_SEPARATOR = "; "  # between the values of a +list column (phones, e-mails, sectors)

Row = dict[str, Any]
# Makes, from a code list, the function that writes a code as its label in the export's language.
Labeller = Callable[[dict[Any, str]], Callable[[Any], str]]


@dataclass(frozen=True)
class Column:
    header: str  # marked English, translated when written
    tag: str  # HXL hashtag and attributes
    value: Callable[[Row], Any]


@dataclass(frozen=True)
class Table:
    """What one tabular export of an entity writes."""

    entity: str
    columns: list[Column]
    records: Callable[[], Iterator[list[Any]]]  # the rows of cell values, header rows aside
    translate: Callable[[str], str]

    def headers(self) -> list[str]:
        return [self.translate(c.header) for c in self.columns]

    def hashtags(self) -> list[str]:
        return [c.tag for c in self.columns]


def table(snapshot: Snapshot, entity: str, language: str = "en") -> Table:
    """The columns and rows of ``entity`` ("contact", "organisation", "site", "task", "visit")."""
    words = catalog(language)

    def translate(text: str) -> str:
        return words.translate(text)

    def label(codes: dict[Any, str]) -> Callable[[Any], str]:
        cache = {code: translate(text) for code, text in codes.items()}
        return lambda code: cache.get(code, "" if code is None else str(code))

    build = {
        "contact": _contact_columns,
        "organisation": _organisation_columns,
        "site": _site_columns,
        "task": _task_columns,
        "visit": _visit_columns,
    }[entity]
    columns = build(snapshot, label, translate)
    getters = [c.value for c in columns]

    def records() -> Iterator[list[Any]]:
        source = snapshot.rows(entity)
        if entity == "visit":
            source = (need_row for visit in source for need_row in _need_rows(visit))
        for row in source:
            yield [get(row) for get in getters]

    return Table(entity, columns, records, translate)


def _marking(label: Labeller) -> Column:
    releasability = label(RELEASABILITY)
    return Column(N_("Releasability"), "#meta+releasability", lambda r: releasability(r["releasability"]))


def _joined(values: list[Any]) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values if v not in (None, ""))


def _contact_columns(snapshot: Snapshot, label: Labeller, translate: Callable[[str], str]) -> list[Column]:
    organisations = snapshot.linked("organisation")
    language = label(LANGUAGES)

    def organisation(field: str) -> Callable[[Row], str]:
        return lambda r: str(organisations.get(r["organisation_id"] or "", {}).get(field, ""))

    return [
        Column(N_("Name"), "#contact+name", lambda r: r["full_name"]),
        Column(N_("Name in Arabic"), "#contact+name+i_ar", lambda r: r["name_ar"]),
        Column(N_("Title"), "#contact+title", lambda r: r["title"]),
        Column(N_("Organisation"), "#org+name", organisation("name")),
        Column(N_("Acronym"), "#org+acronym", organisation("acronym")),
        Column(
            N_("Phones"), "#contact+phone+list", lambda r: _joined([p.get("number") for p in r["phones"]])
        ),
        Column(
            N_("E-mails"), "#contact+email+list", lambda r: _joined([e.get("address") for e in r["emails"]])
        ),
        Column(N_("Call sign"), "#contact+callsign", lambda r: r["call_sign"]),
        Column(
            N_("Languages"), "#meta+languages+list", lambda r: _joined([language(c) for c in r["languages"]])
        ),
        Column(N_("Area of responsibility"), "#loc+responsibility", lambda r: r["area_of_responsibility"]),
        Column(N_("Sectors"), "#sector+code+list", lambda r: _joined(r["sectors"])),
        Column(N_("Last contacted"), "#date+contacted", lambda r: r["last_contacted"] or ""),
        _marking(label),
        Column(N_("Record id"), "#meta+id", lambda r: r["id"]),
    ]


def _organisation_columns(
    snapshot: Snapshot, label: Labeller, translate: Callable[[str], str]
) -> list[Column]:
    org_type = label(ORGANISATION_TYPES)
    return [
        Column(N_("Name"), "#org+name", lambda r: r["name"]),
        Column(N_("Name in Arabic"), "#org+name+i_ar", lambda r: r["name_ar"]),
        Column(N_("Acronym"), "#org+acronym", lambda r: r["acronym"]),
        Column(N_("Type"), "#org+type", lambda r: org_type(r["org_type"])),
        Column(N_("Type code"), "#org+type+code", lambda r: r["org_type"]),
        Column(N_("Country"), "#country+code", lambda r: r["country"]),
        Column(N_("Sectors"), "#sector+code+list", lambda r: _joined(r["sectors"])),
        _marking(label),
        Column(N_("Record id"), "#meta+id", lambda r: r["id"]),
    ]


def _where(field: Callable[[Row], dict[str, Any]], translate: Callable[[str], str]) -> list[Column]:
    """Where a row is, from its site: the 4W's administrative levels, the place and its coordinates."""
    adm1 = translate(ADM1_NAME)

    def with_site(value: Callable[[dict[str, Any]], Any]) -> Callable[[Row], Any]:
        return lambda r: value(site) if (site := field(r)) else ""

    return [
        Column(N_("Region"), "#adm1+name", with_site(lambda s: adm1)),
        Column(N_("Region P-code"), "#adm1+code", with_site(lambda s: ADM1_CODE)),
        Column(N_("Governorate"), "#adm2+name", with_site(lambda s: s["admin_area"])),
        Column(N_("Governorate P-code"), "#adm2+code", with_site(lambda s: s["admin_pcode"])),
        Column(N_("Site"), "#loc+name", with_site(lambda s: s["name"])),
        Column(N_("Site in Arabic"), "#loc+name+i_ar", with_site(lambda s: s["name_ar"])),
        Column(N_("Latitude"), "#geo+lat", with_site(lambda s: s["latitude"])),
        Column(N_("Longitude"), "#geo+lon", with_site(lambda s: s["longitude"])),
    ]


def _site_columns(snapshot: Snapshot, label: Labeller, translate: Callable[[str], str]) -> list[Column]:
    site_type, status, sector = label(SITE_TYPES), label(SITE_STATUSES), label(SECTORS)
    return [
        *_where(lambda r: r, translate),
        Column(N_("Type"), "#loc+type", lambda r: site_type(r["site_type"])),
        Column(N_("Sector"), "#sector+name", lambda r: sector(r["sector"]) if r["sector"] else ""),
        Column(N_("Sector code"), "#sector+code", lambda r: r["sector"]),
        Column(N_("Operational status"), "#status+name", lambda r: status(r["status"])),
        Column(N_("Status code"), "#status+code", lambda r: r["status"]),
        Column(N_("Access"), "#access+notes", lambda r: r["access_notes"]),
        _marking(label),
        Column(N_("Record id"), "#meta+id", lambda r: r["id"]),
    ]


def _task_columns(snapshot: Snapshot, label: Labeller, translate: Callable[[str], str]) -> list[Column]:
    organisations, contacts, sites = (snapshot.linked(e) for e in ("organisation", "contact", "site"))
    status, priority, sector = label(TASK_STATUSES), label(TASK_PRIORITIES), label(SECTORS)

    def name_of(records: dict[str, dict[str, Any]], link: str, field: str = "name") -> Callable[[Row], str]:
        return lambda r: str(records.get(r[link] or "", {}).get(field, ""))

    return [
        Column(N_("Organisation"), "#org+impl+name", name_of(organisations, "assignee_organisation_id")),
        Column(
            N_("Requested by"), "#org+requesting+name", name_of(organisations, "requesting_organisation_id")
        ),
        Column(N_("Assigned to"), "#contact+name", name_of(contacts, "assignee_contact_id", "full_name")),
        Column(N_("Sector"), "#sector+name", lambda r: sector(r["sector"]) if r["sector"] else ""),
        Column(N_("Sector code"), "#sector+code", lambda r: r["sector"]),
        Column(N_("Activity"), "#activity+name", lambda r: r["title"]),
        Column(N_("Description"), "#activity+description", lambda r: r["description"]),
        *_where(lambda r: sites.get(r["site_id"] or "", {}), translate),
        Column(N_("Status"), "#status+name", lambda r: status(r["status"])),
        Column(N_("Status code"), "#status+code", lambda r: r["status"]),
        Column(N_("Priority"), "#priority", lambda r: priority(r["priority"])),
        Column(N_("Start date"), "#date+start", lambda r: str(r["created_at"])[:10]),
        Column(N_("Due date"), "#date+end", lambda r: r["due_date"] or ""),
        _marking(label),
        Column(N_("Record id"), "#meta+id", lambda r: r["id"]),
    ]


def _need_rows(visit: Row) -> Iterator[Row]:
    needs = [n for n in visit["needs"] if isinstance(n, dict)] or [{}]
    for need in needs:
        yield {**visit, "need": need}


def _visit_columns(snapshot: Snapshot, label: Labeller, translate: Callable[[str], str]) -> list[Column]:
    sites = snapshot.linked("site")
    sector, severity = label(SECTORS), label(SEVERITY)
    return [
        Column(N_("Visit date"), "#date+visited", lambda r: str(r["visited_at"])[:10]),
        *_where(lambda r: sites.get(r["site_id"], {}), translate),
        Column(N_("Sector"), "#sector+name", lambda r: sector(s) if (s := r["need"].get("sector")) else ""),
        Column(N_("Sector code"), "#sector+code", lambda r: r["need"].get("sector", "")),
        Column(N_("Severity"), "#severity+num", lambda r: r["need"].get("severity")),
        Column(N_("Severity level"), "#severity+name", lambda r: severity(r["need"].get("severity"))),
        Column(N_("Need"), "#description+need", lambda r: r["need"].get("note", "")),
        Column(N_("People in need"), "#inneed+ind", lambda r: r["people_in_need"]),
        Column(N_("Purpose"), "#activity+purpose", lambda r: r["purpose"]),
        Column(N_("Findings"), "#description+findings", lambda r: r["findings"]),
        _marking(label),
        Column(N_("Visit id"), "#meta+id", lambda r: r["id"]),
    ]
