"""Errors an officer can cause or meet, each with a message written for them.

A message is an English template marked with :func:`~cmcc_desktop.i18n.N_` (or ``NP_`` with a count ``n``) and
named parameters. ``str(error)`` gives the English text (CLI, log); the window translates ``error.template``
and its marked parameters (field names such as "Caption") with Qt. Anything that is not a :class:`CmccError`
is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .i18n import N_, NP_, formatted


class Message:
    """A marked template and its parameters given as a parameter of another message (a detail in brackets, a
    list of labels): it is translated with that message, and reads as English with ``str``."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return formatted(self.template, self.params)


def listed(labels: Sequence[str]) -> str | Message:
    """Labels as one list in a message ("Assigned, In progress, Cancelled"): each translated with the message
    and joined as the translation joins a list (an Arabic comma), rather than joined in English here."""
    if len(labels) <= 1:
        return labels[0] if labels else ""
    return Message(N_("{first}, {rest}"), first=labels[0], rest=listed(labels[1:]))


class CmccError(Exception):
    """Base of every error with an officer-facing message."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(formatted(template, params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(CmccError):
    """One or more fields hold something that cannot be saved. Nothing was changed.

    ``field_errors`` maps each field to its own message, so a form can show it next to the field.
    """

    def __init__(self, field_errors: Mapping[str, CmccError]) -> None:
        self.field_errors = dict(field_errors)
        first = next(iter(self.field_errors.values()))
        if len(self.field_errors) == 1:
            super().__init__(first.template, **first.params)
        else:
            super().__init__(
                NP_("{first} (and %Ln more problem(s))", "", 0), first=first, n=len(self.field_errors) - 1
            )

    @classmethod
    def single(cls, field: str, template: str, **params: Any) -> ValidationError:
        return cls({field: CmccError(template, **params)})


class NotFoundError(CmccError):
    """The record asked for does not exist (or was never made on this laptop)."""


class DatabaseError(CmccError):
    """The database cannot be opened or written: disk full, read-only, locked or damaged."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer app version; it is left untouched."""


class Cancelled(CmccError):
    """The officer cancelled long work before it finished; nothing was changed."""
