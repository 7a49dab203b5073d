"""The organisation and logo printed at the top of reports, as Settings edits them: ``report-settings.json``
in the data folder (so that it travels with the data), which the report writer reads."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import CmccError, ValidationError

SETTINGS_FILE = "report-settings.json"
LOGO_TYPES = (".png", ".jpg", ".jpeg")


def read_letterhead(data_dir: Path) -> tuple[str, str]:
    """The organisation and logo path as set (empty where not set: the reports then use their defaults)."""
    path = data_dir / SETTINGS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        stored = {}  # the report writer says what is wrong with it; saving here writes a good one
    if not isinstance(stored, dict):
        stored = {}
    return str(stored.get("organisation") or ""), str(stored.get("logo") or "")


def logo_problems(logo: str) -> dict[str, CmccError]:
    """A logo must be a PNG or JPEG file that exists (or none: the reports' own)."""
    logo = logo.strip()
    if logo and (Path(logo).suffix.lower() not in LOGO_TYPES or not Path(logo).is_file()):
        return {"logo": CmccError("The logo must be a PNG or JPEG file that exists: {path}.", path=logo)}
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
