"""Photos and other files kept with a visit.

The bytes are stored once under ``attachments/`` in the data dir, named by their SHA-256 (two-character
folders), so a photo attached twice or received twice by sync takes the space once. The file is copied
before the record is written; if the record is not saved, an unreferenced file remains, which is harmless.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Attachment
from ..errors import CmccError
from ..i18n import N_
from ..rules import fields as rules
from ..store.store import WriteUnit
from .records import RecordService, Validator, references_of

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the data dir, not yet recorded as an attachment."""

    sha256: str
    name: str
    size: int


class AttachmentService(RecordService[Attachment]):
    model = Attachment
    noun = "attachment"
    default_order = "created_at"
    references: ClassVar = references_of(rules.ATTACHMENT)
    validators: ClassVar[Mapping[str, Validator]] = rules.ATTACHMENT.validators

    def attach_file(
        self, visit_id: str, source: str | os.PathLike[str], caption: str = "", **extra: Any
    ) -> Attachment:
        """Copy a file into the data dir and attach it to a visit."""
        stored = self.store_file(source)
        with self.store.write() as unit:
            record_id = self.attach_in(unit, visit_id, stored, caption, **extra)
        return self.get(record_id)

    def store_file(self, source: str | os.PathLike[str]) -> StoredFile:
        """Copy a file into the data dir (before the transaction that records it: copying takes time)."""
        path = Path(source)
        if not path.is_file():
            raise CmccError(N_("The file {name} cannot be found or is not a file."), name=str(path))
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise CmccError(
                N_("{name} is {size} MB; attachments can be at most {limit} MB. Make it smaller first."),
                name=path.name,
                size=size // (1024 * 1024),
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        return StoredFile(self._store_blob(path), path.name[:300], size)

    def attach_in(
        self, unit: WriteUnit, visit_id: str, stored: StoredFile, caption: str, **extra: Any
    ) -> str:
        """Record a stored file as the visit's attachment, inside the caller's transaction."""
        cleaned = self.clean({"caption": caption, **extra}, None)
        values = {
            **cleaned,
            "visit_id": visit_id,
            "sha256": stored.sha256,
            "original_name": stored.name,
            "media_type": mimetypes.guess_type(stored.name)[0] or "application/octet-stream",
            "size": stored.size,
        }
        self._check_references(unit, values)
        return unit.insert(Attachment, values)

    def of_visit_in(self, unit: WriteUnit, visit_id: str) -> list[Attachment]:
        """The visit's live attachments as this transaction sees them."""
        ids = [
            row[0]
            for row in unit.raw.execute(
                "SELECT id FROM attachment WHERE visit_id = ? AND deleted_at IS NULL ORDER BY created_at, id",
                (visit_id,),
            )
        ]
        return [found for found in (unit.load(Attachment, i) for i in ids) if found is not None]

    def blob_path(self, attachment: Attachment) -> Path:
        return self.store.paths.attachments / attachment.sha256[:2] / attachment.sha256

    def conditions(self, visit_id: str | None = None) -> list[ColumnElement[bool]]:  # type: ignore[override]
        return [Attachment.visit_id == visit_id] if visit_id else []

    def _store_blob(self, path: Path) -> str:
        digest = hashlib.sha256()
        folder = self.store.paths.attachments
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("rb") as source, tempfile.NamedTemporaryFile(dir=folder, delete=False) as copy:
            try:
                for chunk in iter(lambda: source.read(1 << 20), b""):
                    digest.update(chunk)
                    copy.write(chunk)
                copy.flush()
                os.fsync(copy.fileno())
            except OSError:
                os.unlink(copy.name)
                raise
        target = folder / digest.hexdigest()[:2] / digest.hexdigest()
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            os.unlink(copy.name)
        else:
            os.replace(copy.name, target)
        return digest.hexdigest()
