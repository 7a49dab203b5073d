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
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import ColumnElement

from ..db.models import Attachment, Visit
from ..errors import CmccError
from . import validation as v
from .records import RecordService, Validator

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class AttachmentService(RecordService[Attachment]):
    model = Attachment
    noun = "attachment"
    default_order = "created_at"
    references: ClassVar = {"visit_id": Visit}
    validators: ClassVar[dict[str, Validator]] = {
        "caption": lambda x: v.optional_text(x, "Caption"),
    }

    def attach_file(
        self, visit_id: str, source: str | os.PathLike[str], caption: str = "", **extra: Any
    ) -> Attachment:
        """Copy a file into the data dir and attach it to a visit."""
        path = Path(source)
        if not path.is_file():
            raise CmccError("The file {name} cannot be found or is not a file.", name=str(path))
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise CmccError(
                "{name} is {size} MB; attachments can be at most {limit} MB. Make it smaller first.",
                name=path.name,
                size=size // (1024 * 1024),
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        digest = self._store_blob(path)
        cleaned = self.clean({"caption": caption, **extra}, None)
        values = {
            **cleaned,
            "visit_id": visit_id,
            "sha256": digest,
            "original_name": path.name[:300],
            "media_type": mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            "size": size,
        }
        with self.store.write() as unit:
            self._check_references(unit, values)
            record_id = unit.insert(Attachment, values)
        return self.get(record_id)

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
