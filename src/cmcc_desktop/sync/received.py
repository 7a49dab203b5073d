"""Received changes checked like typed ones: every value must be what a form on this version would have saved.

A change's values come in their stored form (timestamps and dates as text, lists as JSON). Each is turned back
into the value a form holds, passed through the field's validator from ``rules.fields`` (codes, lengths,
coordinates, dates, phone and e-mail forms), and stored again: if that does not give exactly the received
value, the change was not written by CMCC Desktop and the bundle is refused. Fields the forms do not edit
(stamps, links, a photo's file facts) have checks of their own. Links must be record ids; the record they point
to may arrive later, or be team only on the sender's side, so it need not be here.

Phone numbers are checked for the form forms store (E.164, ``+`` and 7 to 15 digits) rather than parsed
against every country's numbering plan again: that parse is the slowest check of all, and the sender's form
has made it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import JSON, Date, Float, Integer, String, Text

from ..db.models import RECORD_MODELS, RECORD_TABLES
from ..db.types import UtcDateTime, format_timestamp, parse_timestamp
from ..errors import CmccError, Message
from ..i18n import N_, NP_
from ..rules import validation as v
from ..rules.fields import RULES
from ..store.changes import DERIVED_COLUMNS
from .wire import TIMESTAMP_RE, UUID_RE, BundleError

_E164 = re.compile(r"\+[1-9]\d{6,14}")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]{0,60}/[\w.+-]{1,60}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _record_id(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not UUID_RE.fullmatch(value):
        raise v.FieldProblem(N_("{value} is not a record id."), value=str(value)[:40])
    return value


def _record_ids(values: Any) -> list[str]:
    if not isinstance(values, list):
        raise v.FieldProblem(N_("not a list of record ids"))
    ids = [_record_id(value) for value in values]
    if None in ids or len(set(ids)) != len(ids):
        raise v.FieldProblem(N_("a list of record ids with gaps or repeats"))
    return ids  # type: ignore[return-value]


def _phone_list(values: Any) -> list[dict[str, str]]:
    if not isinstance(values, list):
        raise v.FieldProblem(N_("not a list of phones"))
    for entry in values:
        if not isinstance(entry, dict) or set(entry) != {"label", "number"}:
            raise v.FieldProblem(N_("a phone that is not a label and a number"))
        if not isinstance(entry["number"], str) or not _E164.fullmatch(entry["number"]):
            raise v.FieldProblem(N_("a phone number not in international form"))
    return [
        {"label": v.optional_text(entry["label"], N_("Label"), 40) or "mobile", "number": entry["number"]}
        for entry in values
    ]


def _file_name(value: Any) -> str:
    name = v.required_text(value, N_("File name"))
    if any(mark in name for mark in ("/", "\\", "\x00")) or name in (".", ".."):
        raise v.FieldProblem(N_("a file name with a path in it"))
    return name


def _pattern(pattern: re.Pattern[str], problem: str) -> Callable[[Any], str]:
    """A check of text of a fixed form; ``problem`` (marked) says what a value of another form is not."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise v.FieldProblem(problem)
        return value

    return check


def _size(value: Any) -> int:
    if type(value) is not int or not 0 <= value <= 2**40:
        raise v.FieldProblem(N_("not a file size"))
    return value


# Fields that no form edits, and those whose received form is checked differently (see the module's note).
_OWN_CHECKS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("*", "releasability"): v.releasability,
    ("*", "created_by"): lambda x: v.required_text(x, N_("Created by"), 200),
    ("contact", "phones"): _phone_list,
    # Versions before the list of languages stored them as typed ("Arabic", "Kurdish (Sorani)"): their
    # bundles, and the history in every change log, still hold such text. It is received as it is; the
    # contact form shows it and asks for a language from the list.
    ("contact", "languages"): lambda x: v.text_list(x, N_("Language")),
    ("visit", "contacts_met"): _record_ids,
    ("attachment", "visit_id"): _record_id,
    ("attachment", "sha256"): _pattern(_SHA256, N_("not a SHA-256 hash")),
    ("attachment", "original_name"): _file_name,
    ("attachment", "media_type"): _pattern(_MEDIA_TYPE, N_("not a media type")),
    ("attachment", "size"): _size,
}


class _Field:
    """How one stored field is read back into a form's value, checked, and stored again."""

    def __init__(self, entity: str, column: Any) -> None:
        self.name = column.name
        self.nullable = column.nullable
        kind = column.type
        self.kind = (
            "timestamp"
            if isinstance(kind, UtcDateTime)
            else "date"
            if isinstance(kind, Date)
            else "list"
            if isinstance(kind, JSON)
            else "float"
            if isinstance(kind, Float)
            else "int"
            if isinstance(kind, Integer)
            else "text"
        )
        self.length = kind.length if isinstance(kind, String) and not isinstance(kind, Text) else None
        self._passed: set[Any] = set()
        rules = RULES[entity]
        self.check: Callable[[Any], Any] | None = (
            _OWN_CHECKS.get((entity, self.name))
            or _OWN_CHECKS.get(("*", self.name))
            or (_record_id if self.name in rules.references else rules.validators.get(self.name))
        )
        self.holds_stored: Callable[[Any], bool] | None = getattr(self.check, "holds_stored", None)

    def __call__(self, value: Any) -> None:
        kind = value.__class__
        if kind is str:
            passed = self._passed
            if value in passed:
                return  # passed before: a team's name, a code, an organisation many contacts share
            holds = self.holds_stored
            if holds is None:
                self._check(value)
            elif not holds(value):
                raise v.FieldProblem(
                    NP_("not text of at most %Ln character(s), without spaces around", "", 0),
                    n=self.length or 20_000,
                )
            if len(passed) < 4096:
                passed.add(value)
        elif value is None:
            if not self.nullable:
                raise v.FieldProblem(N_("empty, but it must have a value"))
        elif kind is list and all(item.__class__ is str for item in value):
            key = tuple(value)  # lists of codes or names repeat too: a contact's sectors, a visit's officers
            if key not in self._passed:
                self._check(value)
                if len(self._passed) < 4096:
                    self._passed.add(key)
        else:
            self._check(value)

    def _check(self, value: Any) -> None:
        form_value = self._read(value)
        if self.check is not None:
            stored = self._store(self.check(form_value))
            if stored != value or type(stored) is not type(value):
                raise v.FieldProblem(N_("not in the form CMCC Desktop stores"))

    def _read(self, value: Any) -> Any:
        kind = self.kind
        if kind == "timestamp":
            if not isinstance(value, str) or not TIMESTAMP_RE.fullmatch(value):
                raise v.FieldProblem(N_("not a stored time"))
            try:
                return parse_timestamp(value)
            except ValueError as exc:
                raise v.FieldProblem(N_("not a stored time")) from exc
        if kind == "date":
            if not isinstance(value, str) or len(value) != 10:
                raise v.FieldProblem(N_("not a stored date"))
            try:
                return date.fromisoformat(value)
            except ValueError as exc:
                raise v.FieldProblem(N_("not a stored date")) from exc
        if kind == "list":
            if not isinstance(value, list):
                raise v.FieldProblem(N_("not a list"))
            return value
        if kind == "float":
            if type(value) not in (int, float) or not math.isfinite(value):
                raise v.FieldProblem(N_("not a number"))
            return value
        if kind == "int":
            if type(value) is not int:
                raise v.FieldProblem(N_("not a whole number"))
            return value
        if not isinstance(value, str) or (self.length is not None and len(value) > self.length):
            raise v.FieldProblem(NP_("not text of at most %Ln character(s)", "", 0), n=self.length or 100_000)
        return value

    def _store(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "timestamp":
            return format_timestamp(value)
        if self.kind == "date":
            return value.isoformat()
        return value


@cache
def _fields(entity: str) -> dict[str, _Field]:
    table = RECORD_TABLES[entity]
    return {c.name: _Field(entity, c) for c in table.columns if c.name not in DERIVED_COLUMNS}


@cache
def _required(entity: str) -> frozenset[str]:
    """What a creation must carry: the fields with no default that cannot be empty."""
    table = RECORD_TABLES[entity]
    return frozenset(
        c.name
        for c in table.columns
        if c.name not in DERIVED_COLUMNS and not c.nullable and c.default is None and not c.primary_key
    )


def field_names() -> dict[str, set[str]]:
    """Each kind of record and the fields a change may set."""
    return {entity: set(_fields(entity)) for entity in RECORD_MODELS}


def check_values(entity: str, values: Mapping[str, Any], whole: bool) -> None:
    """Refuse the bundle if any value is not what a form of this version saves."""
    fields = _fields(entity)
    for name, value in values.items():
        try:
            fields[name](value)
        except CmccError as problem:
            raise BundleError(
                _VALUE_REFUSED[entity], field=name.replace("_", " "), problem=_shortened(problem)
            ) from problem
    if whole:
        missing = _required(entity) - set(values)
        if missing:
            raise BundleError(_INCOMPLETE[entity], fields=", ".join(sorted(missing)))


def _shortened(problem: CmccError) -> Message:
    """A problem as the detail of a refusal, with what the bundle holds cut short (a hostile value may be a
    megabyte long); its marked words are kept whole, to be translated."""
    return Message(
        problem.template,
        **{key: value[:60] if type(value) is str else value for key, value in problem.params.items()},
    )


# One sentence per kind of record (see ``store.store.not_found``).
_VALUE_REFUSED = {
    "organisation": N_(
        "A received change to an organisation holds a value its {field} cannot have ({problem}). The bundle "
        "was refused."
    ),
    "contact": N_(
        "A received change to a contact holds a value its {field} cannot have ({problem}). The bundle was "
        "refused."
    ),
    "site": N_(
        "A received change to a site holds a value its {field} cannot have ({problem}). The bundle was refused."
    ),
    "visit": N_(
        "A received change to a visit holds a value its {field} cannot have ({problem}). The bundle was refused."
    ),
    "task": N_(
        "A received change to a task holds a value its {field} cannot have ({problem}). The bundle was refused."
    ),
    "attachment": N_(
        "A received change to an attachment holds a value its {field} cannot have ({problem}). The bundle was "
        "refused."
    ),
}
_INCOMPLETE = {
    "organisation": N_("A received new organisation has no {fields}. The bundle was refused."),
    "contact": N_("A received new contact has no {fields}. The bundle was refused."),
    "site": N_("A received new site has no {fields}. The bundle was refused."),
    "visit": N_("A received new visit has no {fields}. The bundle was refused."),
    "task": N_("A received new task has no {fields}. The bundle was refused."),
    "attachment": N_("A received new attachment has no {fields}. The bundle was refused."),
}
