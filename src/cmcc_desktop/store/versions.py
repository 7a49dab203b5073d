"""Record versions: a save is refused, never applied, when the record changed after the officer opened it.

A record's version is the set of changes that currently decide its fields (its heads in the change log).
Every write to it, wherever it comes from (a form, a quick action, another window on the same data folder,
a sync import, a conflict decision), replaces at least one of them. A form keeps the version it started from
and hands it back when it saves; if the record's version is no longer that one, nothing is written and the
officer is shown, field by field, what changed and who changed it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from ..errors import CmccError
from ..i18n import N_

T = TypeVar("T")


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """A record as read, with the version it was read at."""

    record: T
    version: str


@dataclass(frozen=True)
class ChangedField:
    """A field that changed after a form opened its record: who changed it last, on which team, when."""

    field: str
    author: str
    team: str
    at: datetime


# One sentence per kind of record (see ``store.store.not_found``).
_CHANGED_ELSEWHERE = {
    "organisation": N_(
        "This organisation was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
    "contact": N_(
        "This contact was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
    "site": N_(
        "This site was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
    "visit": N_(
        "This visit was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
    "task": N_(
        "This task was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
    "attachment": N_(
        "This attachment was changed by {authors} after you opened it, so nothing was saved. "
        "Look at what changed, then save again."
    ),
}


class StaleRecordError(CmccError):
    """The record changed after the save's version was read; nothing was written.

    ``entity`` is the kind of record ("contact"), ``current`` the record as it is now, ``version`` its version
    now (to save against once the officer has looked), ``changed`` the fields that changed since the version
    the save started from.
    """

    def __init__(self, entity: str, current: Any, version: str, changed: list[ChangedField]) -> None:
        authors = sorted({field.author for field in changed})
        super().__init__(
            _CHANGED_ELSEWHERE[entity],
            authors=", ".join(authors) or N_("another window"),
        )
        self.current = current
        self.version = version
        self.changed = changed


def same_version(first: str, second: str) -> bool:
    """Whether two versions are the same set of changes (whatever the spacing of their stored text)."""
    return first == second or (bool(first) and bool(second) and json.loads(first) == json.loads(second))
