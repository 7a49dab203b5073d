"""The organisation and logo printed at the top of reports, as Settings edits them: ``report-settings.json``
in the data folder (so that it travels with the data), which the report writer reads."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import CmccError, ValidationError
from ..i18n import N_

SETTINGS_FILE = "report-settings.json"
LOGO_TYPES = (".png", ".jpg", ".jpeg")


def stored_letterhead(data_dir: Path) -> tuple[str, str]:
    """The organisation and logo path as set (empty where not set: the reports then use their defaults).
    A file that cannot be read is a :class:`CmccError` that says which and what to do."""
    path = data_dir / SETTINGS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError) as error:
        raise CmccError(
            N_("The report settings in {path} cannot be read ({reason}). Fix or remove the file."),
            path=str(path),
            reason=str(error),
        ) from error
    if not isinstance(stored, dict):
        stored = {}
    return str(stored.get("organisation") or ""), str(stored.get("logo") or "")


def read_letterhead(data_dir: Path) -> tuple[str, str]:
    """As :func:`stored_letterhead`, for Settings: a file that cannot be read shows as nothing set, and
    saving writes a good one."""
    try:
        return stored_letterhead(data_dir)
    except CmccError:
        return "", ""


def logo_problems(logo: str) -> dict[str, CmccError]:
    """A logo must be a PNG or JPEG file that exists (or none: the reports' own)."""
    logo = logo.strip()
    if logo and (Path(logo).suffix.lower() not in LOGO_TYPES or not Path(logo).is_file()):
        return {"logo": CmccError(N_("The logo must be a PNG or JPEG file that exists: {path}."), path=logo)}
    return {}


def save_letterhead(data_dir: Path, organisation: str, logo: str) -> None:
    """Keep them for the next reports."""
    organisation, logo = organisation.strip(), logo.strip()
    problems = logo_problems(logo)
    if problems:
        raise ValidationError(problems)
    path = data_dir / SETTINGS_FILE
    written = path.with_name(path.name + ".new")
    written.write_text(
        json.dumps({"organisation": organisation, "logo": logo}, ensure_ascii=False, indent=2), "utf-8"
    )
    os.replace(written, path)  # whole or not at all
