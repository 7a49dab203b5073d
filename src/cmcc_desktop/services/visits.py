"""Site visits: what an officer found at a site, what is needed, and what follows up."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, exists, func, select, true

from ..db.models import Attachment, Contact, Site, Visit
from ..db.rows import encode_canonical_json
from ..errors import CmccError, ValidationError
from ..i18n import NP_
from ..rules import fields as rules
from ..store.store import Store, WriteUnit, record_version
from ..store.versions import ChangedField, Versioned
from .attachments import AttachmentService, StoredFile
from .records import RecordService, Validator, json_list_contains, references_of


def visit_label(site_name: str, visited_at: datetime | None) -> str:
    """How a visit is named in lists of mixed records (deleted items, conflicts): "Rimal Water Well ·
    2026-10-30", the day in this laptop's time zone."""
    day = visited_at.astimezone().strftime("%Y-%m-%d") if visited_at else ""
    return " · ".join(part for part in (site_name, day) if part)


class VisitService(RecordService[Visit]):
    model = Visit
    noun = "visit"
    default_order = "visited_at"
    searched_through: ClassVar[Mapping[str, str]] = {"site_id": "site"}
    required = rules.VISIT.required
    references: ClassVar = references_of(rules.VISIT)
    validators: ClassVar[Mapping[str, Validator]] = rules.VISIT.validators

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.attachments = AttachmentService(store)

    def save(
        self, record_id: str | None, values: Mapping[str, Any], base_version: str | None = None
    ) -> Versioned[Visit]:
        """Save a visit and, if ``values`` holds ``photos``, its photos, in one transaction.

        ``photos`` is the visit's whole list as the form shows it: ``{"attachment_id", "path", "caption"}``
        each, no id for a photo added now. Photos not in it are moved to Deleted items; their version is part
        of the visit's, so only photos the officer saw can be removed that way. A new visit has the officer
        using this laptop as a visiting officer unless others are named.
        """
        values = dict(values)
        photos = values.pop("photos", None)
        if record_id is None and "officers" not in values:
            values["officers"] = [self.store.identity.officer_name]
        files = {
            index: self.attachments.store_file(photo["path"])  # copied before the transaction
            for index, photo in enumerate(photos or ())
            if not photo.get("attachment_id")
        }
        with self.store.write() as unit:
            record_id = self.write_in(unit, record_id, values, base_version)
            if photos is not None:
                self._save_photos(unit, record_id, photos, files)
            return self.saved_in(unit, record_id)

    def _save_photos(
        self, unit: WriteUnit, visit_id: str, photos: list[dict[str, Any]], files: dict[int, StoredFile]
    ) -> None:
        existing = {photo.id: photo for photo in self.attachments.of_visit_in(unit, visit_id)}
        kept = {photo["attachment_id"] for photo in photos if photo.get("attachment_id")}
        for attachment_id in existing.keys() - kept:
            unit.set_deleted(Attachment, attachment_id, True)
        for index, photo in enumerate(photos):
            attachment = existing.get(photo.get("attachment_id") or "")
            if index in files:
                self.attachments.attach_in(unit, visit_id, files[index], photo.get("caption", ""))
            elif attachment is not None:
                cleaned = self.attachments.clean({"caption": photo.get("caption", "")}, attachment)
                if cleaned["caption"] != attachment.caption:
                    unit.update(Attachment, attachment.id, cleaned)

    def version_of(self, raw: sqlite3.Connection, record_id: str) -> str:
        """The visit's own version and, when it has photos, theirs: a photo added, removed or captioned
        elsewhere is a change the visit form must see."""
        visit = record_version(raw, record_id)
        photos = raw.execute(
            "SELECT a.id, h.heads FROM attachment AS a JOIN record_heads AS h ON h.record_id = a.id "
            "WHERE a.visit_id = ? AND a.deleted_at IS NULL ORDER BY a.id",
            (record_id,),
        ).fetchall()
        if not photos or not visit:
            return visit
        return encode_canonical_json(
            {"visit": json.loads(visit), "photos": {i: json.loads(heads) for i, heads in photos}}
        )

    def changed_since(self, unit: WriteUnit, record_id: str, version: str) -> list[ChangedField]:
        def parts(text: str) -> tuple[str, dict[str, Any]]:
            found = json.loads(text) if text else {}
            if "photos" in found and "visit" in found:
                return encode_canonical_json(found["visit"]), found["photos"]
            return text, {}

        visit, photos_then = parts(version)
        changed = super().changed_since(unit, record_id, visit)
        _visit_now, photos_now = parts(self.version_of(unit.raw, record_id))
        differing = {
            i for i in photos_then.keys() | photos_now.keys() if photos_then.get(i) != photos_now.get(i)
        }
        authored = [unit.last_change(i) for i in sorted(differing)]
        latest = max((found for found in authored if found is not None), key=lambda f: f.at, default=None)
        if latest is not None:
            changed.append(ChangedField("photos", latest.author, latest.team, latest.at))
        return changed

    def _check_references(self, unit: WriteUnit, values: Any) -> None:
        super()._check_references(unit, values)
        missing = [i for i in values.get("contacts_met") or () if unit.load(Contact, i) is None]
        if missing:
            raise ValidationError(
                {
                    "contacts_met": CmccError(
                        NP_("%Ln of the contacts met no longer exist.", "", 0), n=len(missing)
                    )
                }
            )

    def conditions(  # type: ignore[override]
        self,
        site_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        sector: str | None = None,
        officer: str | None = None,
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if site_id:
            found.append(Visit.site_id == site_id)
        if date_from:
            found.append(Visit.visited_at >= datetime.combine(date_from, time(), UTC))
        if date_to:
            found.append(Visit.visited_at < datetime.combine(date_to + timedelta(days=1), time(), UTC))
        if sector:
            each = func.json_each(Visit.needs).table_valued("value")
            found.append(
                exists(
                    select(1).select_from(each).where(func.json_extract(each.c.value, "$.sector") == sector)
                )
            )
        if officer:
            found.append(json_list_contains(Visit.officers, officer))
        return found

    def with_site_names(self, visits: list[Visit]) -> list[tuple[Visit, str]]:
        """Each visit with the name of its site (for lists that link both)."""
        site_ids = {visit.site_id for visit in visits}
        with self.store.read() as session:
            names = dict(session.execute(select(Site.id, Site.name).where(Site.id.in_(site_ids))).all())
        return [(visit, names.get(visit.site_id, "")) for visit in visits]

    def officer_names(self) -> list[str]:
        """Every officer named on a live visit, for the visit log's officer filter."""
        each = func.json_each(Visit.officers).table_valued("value")
        query = (
            select(each.c.value)
            .select_from(Visit)
            .join(each, true())
            .where(Visit.deleted_at.is_(None))
            .distinct()
        )
        with self.store.read() as session:
            return sorted(str(name) for name in session.scalars(query) if name)

    def last_visit(self, site_id: str) -> Visit | None:
        """The most recent live visit of a site, for "Copy from last visit"."""
        visits = self.find(site_id=site_id, order_by="visited_at", descending=True, limit=1)
        return visits[0] if visits else None
