"""Sites and visits on a map: GeoJSON (RFC 7946) and KML (Google Earth).

A site is a point at its coordinates (WGS84; GeoJSON writes longitude first, as the RFC asks) with its
name, type, operational status, governorate and the latest visit's gravest severity. A visit is a point at
its site with its date, its needs and their gravest severity. A record without coordinates has no place on
a map: it is counted, not written.

In KML every site is styled by its operational status (green functional, yellow partly, orange not
functional, red destroyed, grey unknown) and filed in a folder per status, so that Google Earth shows the
state of the sites at a glance and each status can be switched on and off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ...catalog import catalog
from ...i18n import N_
from ...progress import NO_PROGRESS, Progress
from ...rules.vocabulary import SECTORS, SEVERITY, SITE_STATUSES, SITE_TYPES
from .records import Snapshot, highest_severity

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
_CANCELLED = N_("The export was cancelled; no file was written.")

# KML colours are aabbggrr. A status's colour and, for visits, a severity's (1 green to 5 dark red).
STATUS_COLOURS = {
    "functional": "ff3cb44b",
    "partially_functional": "ff19e1ff",
    "non_functional": "ff3182f5",
    "destroyed": "ff2020d0",
    "unknown": "ffa0a0a0",
}
SEVERITY_COLOURS = {
    1: "ff3cb44b",
    2: "ff19e1ff",
    3: "ff3182f5",
    4: "ff2020d0",
    5: "ff00006e",
    None: "ffa0a0a0",
}
# What XML 1.0 cannot hold (control characters a pasted text may carry).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"


@dataclass
class GeoCounts:
    written: int = 0
    without_location: int = 0


@dataclass(frozen=True)
class Place:
    """One point of the map, whatever the format."""

    longitude: float
    latitude: float
    name: str
    style: str  # a status code (sites) or "severity-N" (visits)
    properties: dict[str, Any]
    description: list[tuple[str, str]]  # (translated label, value) lines


def places(snapshot: Snapshot, entity: str, language: str, counts: GeoCounts) -> Iterator[Place]:
    translate = catalog(language).translate

    def label(codes: dict[Any, str], code: Any) -> str:
        return translate(codes[code]) if code in codes else ("" if code is None else str(code))

    if entity == "site":
        latest = snapshot.latest_visits()
        for site in snapshot.rows("site"):
            if site["latitude"] is None or site["longitude"] is None:
                counts.without_location += 1
                continue
            visit = latest.get(site["id"])
            severity = highest_severity(visit["needs"]) if visit else None
            visited = str(visit["visited_at"])[:10] if visit else None
            properties = {
                "id": site["id"],
                "name": site["name"],
                "name_ar": site["name_ar"],
                "site_type": site["site_type"],
                "site_type_label": label(SITE_TYPES, site["site_type"]),
                "status": site["status"],
                "status_label": label(SITE_STATUSES, site["status"]),
                "sector": site["sector"],
                "admin_area": site["admin_area"],
                "admin_pcode": site["admin_pcode"],
                "latest_visit": visited,
                "latest_severity": severity,
                "releasability": site["releasability"],
            }
            description = [
                (translate(N_("Type")), properties["site_type_label"]),
                (translate(N_("Operational status")), properties["status_label"]),
                (translate(N_("Governorate")), f"{site['admin_area']} {site['admin_pcode']}".strip()),
                (translate(N_("Latest visit")), visited or ""),
                (translate(N_("Severity")), f"{severity} {label(SEVERITY, severity)}" if severity else ""),
            ]
            name = site["name_ar"] if language == "ar" and site["name_ar"] else site["name"]
            style = site["status"] if site["status"] in STATUS_COLOURS else "unknown"
            yield Place(site["longitude"], site["latitude"], name, style, properties, description)
    else:
        sites = snapshot.linked("site")
        for visit in snapshot.rows("visit"):
            site = sites[visit["site_id"]]
            if site["latitude"] is None or site["longitude"] is None:
                counts.without_location += 1
                continue
            needs = [n for n in visit["needs"] if isinstance(n, dict)]
            severity = highest_severity(needs)
            visited = str(visit["visited_at"])[:10]
            properties = {
                "id": visit["id"],
                "site_id": site["id"],
                "site": site["name"],
                "site_ar": site["name_ar"],
                "visited": visited,
                "severity": severity,
                "needs": [{"sector": n.get("sector"), "severity": n.get("severity")} for n in needs],
                "people_in_need": visit["people_in_need"],
                "admin_area": site["admin_area"],
                "admin_pcode": site["admin_pcode"],
                "releasability": visit["releasability"],
            }
            description = [
                (translate(N_("Visit date")), visited),
                (translate(N_("Severity")), f"{severity} {label(SEVERITY, severity)}" if severity else ""),
                *(
                    (
                        label(SECTORS, n.get("sector")),
                        f"{n.get('severity', '')} {label(SEVERITY, n.get('severity'))}",
                    )
                    for n in needs
                ),
            ]
            name = f"{site['name_ar'] if language == 'ar' and site['name_ar'] else site['name']} {visited}"
            style = f"severity-{severity or 0}"
            yield Place(site["longitude"], site["latitude"], name, style, properties, description)


def write_geojson(
    snapshot: Snapshot, entity: str, path: Path, language: str = "en", progress: Progress = NO_PROGRESS
) -> GeoCounts:
    """A FeatureCollection of Points (RFC 7946: WGS84, longitude then latitude, no ``crs``)."""
    counts = GeoCounts()
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write('{"type":"FeatureCollection","features":[')
        for place in places(snapshot, entity, language, counts):
            feature = {
                "type": "Feature",
                "id": place.properties["id"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(place.longitude, 6), round(place.latitude, 6)],
                },
                "properties": place.properties,
            }
            out.write(("," if counts.written else "") + "\n")
            out.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
            counts.written += 1
            _step(progress, counts.written)
        out.write("\n]}\n")
    return counts


def write_kml(
    snapshot: Snapshot, entity: str, path: Path, language: str = "en", progress: Progress = NO_PROGRESS
) -> GeoCounts:
    """A KML document: one style and one folder per status (sites) or severity (visits)."""
    translate = catalog(language).translate
    counts = GeoCounts()
    ET.register_namespace("", KML_NAMESPACE)

    def q(tag: str) -> str:
        return f"{{{KML_NAMESPACE}}}{tag}"

    root = ET.Element(q("kml"))
    document = ET.SubElement(root, q("Document"))
    ET.SubElement(document, q("name")).text = translate(
        N_("CMCC sites") if entity == "site" else N_("CMCC site visits")
    )
    if entity == "site":
        groups: list[tuple[str, str, str]] = [
            (code, translate(text), STATUS_COLOURS[code]) for code, text in SITE_STATUSES.items()
        ]
    else:
        groups = [
            (f"severity-{level}", f"{level} {translate(text)}", SEVERITY_COLOURS[level])
            for level, text in SEVERITY.items()
        ]
        groups.insert(0, ("severity-0", translate(N_("No need scored")), SEVERITY_COLOURS[None]))
    folders: dict[str, ET.Element] = {}
    for code, _title, colour in groups:
        style = ET.SubElement(document, q("Style"), id=code)
        icon_style = ET.SubElement(style, q("IconStyle"))
        ET.SubElement(icon_style, q("color")).text = colour
        ET.SubElement(icon_style, q("scale")).text = "1.1"
        ET.SubElement(ET.SubElement(icon_style, q("Icon")), q("href")).text = _ICON
    for code, title, _colour in groups:
        folder = ET.SubElement(document, q("Folder"))
        ET.SubElement(folder, q("name")).text = title
        folders[code] = folder
    for place in places(snapshot, entity, language, counts):
        mark = ET.SubElement(folders[place.style], q("Placemark"), id=str(place.properties["id"]))
        ET.SubElement(mark, q("name")).text = _xml(place.name)
        ET.SubElement(mark, q("description")).text = _xml(
            "\n".join(f"{k}: {v}" for k, v in place.description if v)
        )
        ET.SubElement(mark, q("styleUrl")).text = f"#{place.style}"
        extended = ET.SubElement(mark, q("ExtendedData"))
        for key, value in place.properties.items():
            if value in (None, "", []) or isinstance(value, list):
                continue
            data = ET.SubElement(extended, q("Data"), name=key)
            ET.SubElement(data, q("value")).text = _xml(str(value))
        point = ET.SubElement(mark, q("Point"))
        ET.SubElement(point, q("coordinates")).text = f"{place.longitude:.6f},{place.latitude:.6f}"
        counts.written += 1
        _step(progress, counts.written)
    for folder in folders.values():  # a status no site has is not an empty folder
        if len(folder) == 1:
            document.remove(folder)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return counts


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _step(progress: Progress, done: int) -> None:
    if done % 500 == 0:
        progress(done, 0)
        progress.check(_CANCELLED)
