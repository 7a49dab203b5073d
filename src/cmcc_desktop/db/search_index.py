"""Full-text search over the records officers keep, with SQLite FTS5.

Text is folded in Python before it is indexed and before it is searched, so that the same rules apply on
both sides: case is ignored, Latin accents are dropped (``Médecins`` finds ``medecins``), Arabic short vowels
(tashkeel) and tatweel are dropped, and the Arabic letters people write interchangeably are unified
(alef forms, alef maqsura / ya, ta marbuta / ha). FTS5's ``unicode61`` tokenizer alone does none of the
Arabic folding.

``search_doc`` maps each record to the FTS row that holds its text. Its integer key is explicit, so that
``VACUUM`` (which may renumber implicit rowids) cannot detach the index from the records. Soft-deleted
records are taken out of the index and put back when restored. The index is local bookkeeping: it is never
exported and can always be rebuilt from the records.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from sqlalchemy import Connection, text

from .engine import sqlite_connection

# The fields whose text is searchable, per entity. Phone numbers and e-mail addresses are added for contacts.
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "organisation": ("name", "name_ar", "acronym", "country", "notes"),
    "contact": ("full_name", "name_ar", "title", "call_sign", "area_of_responsibility", "notes"),
    "site": ("name", "name_ar", "admin_area", "admin_pcode", "access_notes"),
    "task": ("title", "description", "status_reason", "closure_note"),
    "visit": ("purpose", "findings", "security_access", "recommendations"),
}

CREATE_SQL = (
    "CREATE TABLE search_doc ("
    " docid INTEGER PRIMARY KEY, entity VARCHAR(20) NOT NULL, record_id VARCHAR(36) NOT NULL UNIQUE)",
    # detail=column: queries are single-word prefix terms, so word positions are not needed; without them
    # the index is smaller and indexing takes half the time.
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2', detail = column)",
)

_COMBINING_MARKS = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
# Tatweel and every combining mark (tashkeel included) go; the Arabic letters people write interchangeably
# are unified. Regex and str.replace run in C: a translate table this size costs a dict lookup per character.
_DROPPED = re.compile("[\u0640" + re.escape(_COMBINING_MARKS) + "]")
_LETTER_FOLDS = (
    ("\u0622", "\u0627"),  # alef with madda -> alef
    ("\u0623", "\u0627"),  # alef with hamza above -> alef
    ("\u0625", "\u0627"),  # alef with hamza below -> alef
    ("\u0671", "\u0627"),  # alef wasla -> alef
    ("\u0624", "\u0648"),  # waw with hamza -> waw
    ("\u0626", "\u064a"),  # ya with hamza -> ya
    ("\u0649", "\u064a"),  # alef maqsura -> ya
    ("\u0629", "\u0647"),  # ta marbuta -> ha
)
# The definite article "al-" is dropped from Arabic words of three letters or more, on both sides, so that
# "شريف" finds "الشريف" (and the reverse), as people write names with and without it.
_ARABIC_ARTICLE = re.compile("(?<!\\w)\u0627\u0644(?=[\u0621-\u064a]{2})")
_TOKEN = re.compile(r"\w+")
# A query made only of digits and the signs people write phone numbers with: searched as one number.
_PHONE_QUERY = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*")
_NON_DIGITS = re.compile(r"\D")
_PCODE_PREFIX = re.compile(r"^[A-Za-z]+(?=\d)")  # the country letters of a P-code ("PS" of "PS0104")

# How the index is built. When these rules change, databases indexed under older ones are indexed again
# when they are next opened (the version is kept in SQLite's user_version; the index is local only).
RULES_VERSION = 3


def fold(value: str) -> str:
    """The form text is indexed and searched in: no case, no accents or tashkeel, unified Arabic letters."""
    if value.isascii():
        return value.lower()
    if not unicodedata.is_normalized("NFKD", value):  # accented Latin, Arabic presentation forms
        value = unicodedata.normalize("NFKD", value)
    value = _DROPPED.sub("", value)
    for letter, folded in _LETTER_FOLDS:
        value = value.replace(letter, folded)
    if "\u0627\u0644" in value:
        value = _ARABIC_ARTICLE.sub("", value)
    return value.casefold()


def national_number(number: str) -> str:
    """The digits of an E.164 number after its country code ("+970599123456" -> "599123456"): what is
    indexed, so that the number is found however it is typed (see :func:`match_expression`)."""
    length = _country_code_length(number[:4])
    return number[1 + length :] if length else number


def _national_digits(query: str, digits: str) -> str:
    """A number as typed, in the form indexed: "+970 599 123 456" and "00970599123456" (international)
    and "0599 123 456" (dialled locally, with the trunk 0) all become "599123456"."""
    if query.startswith("+") or digits.startswith("00"):
        return national_number("+" + digits.removeprefix("00")).lstrip("+") or digits
    return digits.lstrip("0") or digits


@lru_cache(maxsize=1024)
def _country_code_length(start: str) -> int:
    """How many digits of "+CCC…" are the country calling code (0 if none is)."""
    for length in (1, 2, 3):
        if start[1 : 1 + length].isdigit() and int(start[1 : 1 + length]) in COUNTRY_CODE_TO_REGION_CODE:
            return length
    return 0


def document_text(entity: str, values: Mapping[str, Any]) -> str:
    """The folded, searchable text of one record, from its stored field values."""
    parts = [value for name in SEARCH_FIELDS[entity] if (value := values.get(name))]
    if entity == "contact":
        parts.extend(national_number(phone.get("number", "")) for phone in values.get("phones") or ())
        parts.extend(email.get("address", "") for email in values.get("emails") or ())
    elif entity == "visit":
        parts.extend(values.get("officers") or ())
    elif entity == "site":  # a P-code is also found by its number alone: "0104" finds "PS0104"
        parts.append(_PCODE_PREFIX.sub("", values.get("admin_pcode") or ""))
    return fold(" ".join(parts))


def match_expression(query: str) -> str | None:
    """An FTS5 query where every word the officer typed must match, each as a prefix. None if no words."""
    digits = _NON_DIGITS.sub("", query)
    if len(digits) >= 3 and _PHONE_QUERY.fullmatch(query.strip()):
        # One number, not three words: as a phone number ("0599 123 456" -> 599123456) or as written (a
        # P-code's number, "0104").
        national = _national_digits(query.strip(), digits)
        return f'"{digits}"*' if national == digits else f'("{national}"* OR "{digits}"*)'
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def index_documents(
    connection: Connection, entity: str, records: Sequence[Mapping[str, Any]], new: bool = False
) -> None:
    """Add or replace the index entries of these records (each needs ``id`` and its searchable fields).

    ``new`` says the records were just inserted, so none can be in the index yet.
    """
    if not records:
        return
    existing = {} if new else _docids(connection, [record["id"] for record in records])
    next_docid = connection.execute(text("SELECT coalesce(max(docid), 0) + 1 FROM search_doc")).scalar_one()
    new_docs = []
    bodies = []
    for record in records:
        docid = existing.get(record["id"])
        if docid is None:
            docid = next_docid
            next_docid += 1
            new_docs.append((docid, entity, record["id"]))
        bodies.append((docid, document_text(entity, record)))
    raw = sqlite_connection(connection)
    assert raw is not None
    if new_docs:
        raw.executemany("INSERT INTO search_doc (docid, entity, record_id) VALUES (?, ?, ?)", new_docs)
    if existing:
        raw.executemany("DELETE FROM search_index WHERE rowid = ?", [(d,) for d in existing.values()])
    raw.executemany("INSERT INTO search_index (rowid, body) VALUES (?, ?)", bodies)


def remove_documents(connection: Connection, record_ids: Iterable[str]) -> None:
    docids = _docids(connection, list(record_ids))
    if not docids:
        return
    raw = sqlite_connection(connection)
    assert raw is not None
    raw.executemany("DELETE FROM search_index WHERE rowid = ?", [(d,) for d in docids.values()])
    raw.executemany("DELETE FROM search_doc WHERE docid = ?", [(d,) for d in docids.values()])


def search(connection: Connection, query: str, entity: str | None = None, limit: int = 200) -> list[str]:
    """Ids of the best-matching records, best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    entity_filter = "AND d.entity = :entity" if entity else ""
    rows = connection.execute(
        text(
            "SELECT d.record_id FROM search_index AS s JOIN search_doc AS d ON d.docid = s.rowid "
            f"WHERE search_index MATCH :expression {entity_filter} ORDER BY s.rank LIMIT :limit"
        ),
        {"expression": expression, "entity": entity, "limit": limit},
    )
    return [row[0] for row in rows]


def is_outdated(connection: Connection) -> bool:
    """Whether the index was built under older rules than these."""
    return connection.exec_driver_sql("PRAGMA user_version").scalar_one() < RULES_VERSION


def rebuild_under_current_rules(connection: Connection) -> int:
    """Index every live record again under these rules; returns how many records."""
    indexed = rebuild(connection)
    connection.exec_driver_sql(f"PRAGMA user_version = {RULES_VERSION}")
    return indexed


def rebuild(connection: Connection) -> int:
    """Index every live record again from the record tables; returns how many records."""
    connection.execute(text("DELETE FROM search_index"))
    connection.execute(text("DELETE FROM search_doc"))
    indexed = 0
    for entity, fields in SEARCH_FIELDS.items():
        extra = {"contact": ", phones, emails", "visit": ", officers"}.get(entity, "")
        rows = connection.execute(
            text(f"SELECT id, {', '.join(fields)}{extra} FROM {entity} WHERE deleted_at IS NULL")
        ).mappings()
        records = [_decode_json(dict(row)) for row in rows]
        index_documents(connection, entity, records)
        indexed += len(records)
    return indexed


def _decode_json(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("phones", "emails", "officers"):
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row


def _docids(connection: Connection, record_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        raw = sqlite_connection(connection)
        assert raw is not None
        cursor = raw.execute(f"SELECT record_id, docid FROM search_doc WHERE record_id IN ({marks})", chunk)
        found.update(cursor.fetchall())
    return found
