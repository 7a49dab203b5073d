"""Checks and normalisation of what officers type. Each check returns the clean value or raises
:class:`FieldProblem` with a message that says what is wrong and what to type instead."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import phonenumbers

from ..errors import CmccError
from ..i18n import N_, NP_
from .vocabulary import LANGUAGE_ALIASES, LANGUAGES, RELEASABILITY, SECTORS, SEVERITY

# Numbers typed without a country code are read as numbers of this region (the Palestinian territories,
# where the demo and the first deployments are); officers elsewhere type the +country prefix.
DEFAULT_PHONE_REGION = "PS"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class FieldProblem(CmccError):
    """A problem with one field's value."""


def required_text(value: Any, label: str, max_length: int = 300) -> str:
    text = optional_text(value, label, max_length)
    if not text:
        raise FieldProblem(N_("{label} is required."), label=label)
    return text


def optional_text(value: Any, label: str, max_length: int = 20_000) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > max_length:
        raise FieldProblem(
            NP_("{label} is too long (%Ln character(s); at most {limit}).", "", 0),
            label=label,
            n=len(text),
            limit=max_length,
        )
    return text


class Text:
    """A text field: trimmed, at most ``max_length`` characters, and not empty if ``required``."""

    def __init__(self, label: str, max_length: int = 20_000, required: bool = False) -> None:
        self.label, self.max_length, self.required = label, max_length, required

    def __call__(self, value: Any) -> str:
        if self.required:
            return required_text(value, self.label, self.max_length)
        return optional_text(value, self.label, self.max_length)

    def holds_stored(self, value: Any) -> bool:
        """Whether ``value`` is exactly what this field stores: the quick form of the check of received
        changes (the same rules without building a message)."""
        return (
            type(value) is str
            and len(value) <= self.max_length
            and (bool(value) or not self.required)
            and value == value.strip()
        )


def choice(value: Any, codes: Mapping[Any, str], label: str) -> Any:
    if value not in codes:
        raise FieldProblem(
            N_("{label} must be one of: {choices}."), label=label, choices=", ".join(str(c) for c in codes)
        )
    return value


def optional_choice(value: Any, codes: Mapping[str, str], label: str) -> str:
    return "" if value in (None, "") else choice(value, codes, label)


def sector_list(values: Iterable[str] | None) -> list[str]:
    chosen = list(values or ())
    unknown = [code for code in chosen if code not in SECTORS]
    if unknown:
        raise FieldProblem(N_("Unknown sector code: {codes}."), codes=", ".join(map(str, unknown)))
    return sorted(set(chosen), key=list(SECTORS).index)


_LANGUAGE_NAMES = {
    **{name.casefold(): code for code, name in LANGUAGES.items()},
    **{alias.casefold(): code for alias, code in LANGUAGE_ALIASES.items()},
}


def language_code(text: Any) -> str | None:
    """The ISO 639-1 code of a language given by its code in any case ("AR") or by a name it was typed
    with before languages were chosen from a list ("Arabic", "farsi", "عربي"); ``None`` if it is none of
    those."""
    typed = str(text or "").strip().casefold()
    return typed if typed in LANGUAGES else _LANGUAGE_NAMES.get(typed)


def language_list(values: Iterable[Any] | None) -> list[str]:
    """Languages as ISO 639-1 codes from :data:`LANGUAGES`, each once, in the order given."""
    clean: list[str] = []
    unknown: list[str] = []
    for value in values or ():
        text = str(value or "").strip()
        code = language_code(text)
        if code is None:
            if text:
                unknown.append(text)
        elif code not in clean:
            clean.append(code)
    if unknown:
        raise FieldProblem(
            N_("Not a language on the list: {languages}. Choose the languages from the list."),
            languages=", ".join(unknown),
        )
    return clean


def releasability(value: Any) -> str:
    return choice(value, RELEASABILITY, N_("Releasability"))


def phone_number(value: Any, region: str = DEFAULT_PHONE_REGION) -> str:
    """Normalise a phone number to E.164 (``+970599123456``)."""
    text = str(value or "").strip()
    if not text:
        raise FieldProblem(N_("Enter a phone number, or remove the empty line."))
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldProblem(
            N_(
                "{number} is not a phone number. Type it with its country code, for example +970 59 912 3456."
            ),
            number=text,
        ) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise FieldProblem(
            N_(
                "{number} is not a valid phone number. Check the digits and the country code "
                "(for example +970 59 912 3456)."
            ),
            number=text,
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_list(values: Iterable[Mapping[str, Any]] | None) -> list[dict[str, str]]:
    """``[{"label", "number"}]`` with every number in E.164 and no number twice."""
    clean: list[dict[str, str]] = []
    for entry in values or ():
        number = phone_number(entry.get("number"))
        if all(existing["number"] != number for existing in clean):
            clean.append(
                {"label": optional_text(entry.get("label"), N_("Label"), 40) or "mobile", "number": number}
            )
    return clean


def email_address(value: Any) -> str:
    text = str(value or "").strip()
    if not _EMAIL.match(text):
        raise FieldProblem(
            N_("{address} is not an e-mail address. Type it as name@organisation.org."), address=text or "''"
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def email_list(values: Iterable[Mapping[str, Any]] | None) -> list[dict[str, str]]:
    clean: list[dict[str, str]] = []
    for entry in values or ():
        address = email_address(entry.get("address"))
        if all(existing["address"].lower() != address.lower() for existing in clean):
            clean.append(
                {"label": optional_text(entry.get("label"), N_("Label"), 40) or "work", "address": address}
            )
    return clean


def coordinate(value: Any, label: str, low: float, high: float) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise FieldProblem(
            N_("{label} must be a number in decimal degrees, for example 31.5017."), label=label
        ) from exc
    if not low <= number <= high:
        raise FieldProblem(
            N_("{label} must be between {low} and {high} (decimal degrees, WGS84); {value} is out of range."),
            label=label,
            low=low,
            high=high,
            value=value,
        )
    return round(number, 7)


def optional_date(value: Any, label: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise FieldProblem(
            N_("{label} must be a date as YYYY-MM-DD, for example 2026-03-15."), label=label
        ) from exc


def timestamp(value: Any, label: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise FieldProblem(
            N_("{label} must be a date and time as YYYY-MM-DD HH:MM, for example 2026-03-15 09:30."),
            label=label,
        ) from exc
    return timestamp(parsed, label)


_THOUSANDS = re.compile(r"(?<=\d)[,\s'\u066c\u202f](?=\d{3}(?!\d))")


def non_negative_int(value: Any, label: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):  # "1,200", "1 200", "1٬200" as people write counts (int() reads Arabic digits)
        value = _THOUSANDS.sub("", value.strip())
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise FieldProblem(N_("{label} must be a whole number."), label=label) from exc
    if number < 0:
        raise FieldProblem(N_("{label} cannot be negative."), label=label)
    return number


def needs_list(values: Iterable[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """Needs by sector: one entry per sector, severity 1 to 5, an optional note."""
    clean: list[dict[str, Any]] = []
    for entry in values or ():
        sector = choice(entry.get("sector"), SECTORS, N_("Sector of a need"))
        if any(existing["sector"] == sector for existing in clean):
            raise FieldProblem(N_("The sector {sector} is listed twice in the needs."), sector=sector)
        try:
            severity = int(entry.get("severity"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            severity = 0
        if severity not in SEVERITY:
            raise FieldProblem(N_("Severity must be 1 (none or minimal) to 5 (catastrophic)."))
        clean.append(
            {"sector": sector, "severity": severity, "note": optional_text(entry.get("note"), N_("Note"))}
        )
    return clean


def text_list(values: Iterable[Any] | None, label: str) -> list[str]:
    clean: list[str] = []
    for value in values or ():
        text = optional_text(value, label, 200)
        if text and text not in clean:
            clean.append(text)
    return clean
