"""Translations read without Qt, for what is written below the window: a report printed in Arabic by an
officer whose window is in English, or from the command line.

The catalog is the same ``resources/translations/cmcc-desktop_<language>.ts`` file the window's ``.qm`` is
compiled from, so a string is translated once for both. Only finished translations are used; anything
else reads as its English source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

from .i18n import english_count, formatted, with_count
from .resources import resource_path

# The languages with a translation; English is the source language.
TRANSLATED = ("ar",)


def _arabic_form(count: int) -> int:
    """Which of Arabic's six plural forms a count takes, in Qt's order: zero, one, two, 3-10 (also 103-110…),
    11-99 (also 111-199…), and 100-102 (200-202…)."""
    if count in (0, 1, 2):
        return count
    rest = count % 100
    if 3 <= rest <= 10:
        return 3
    if rest >= 11:
        return 4
    return 5


_PLURAL_FORM: dict[str, Callable[[int], int]] = {"ar": _arabic_form}


class Catalog:
    """The finished translations of one language, by context and source text."""

    def __init__(self, language: str, messages: dict[tuple[str, str], list[str]]) -> None:
        self.language = language
        self._messages = messages

    def translate(self, text: str, count: int = -1, context: str = "") -> str:
        """``text`` in this language; with a ``count``, in the plural form it takes and with ``%Ln`` filled."""
        forms = self._messages.get((context, text))
        if not forms:
            return english_count(text, count) if count >= 0 else text
        if count < 0:
            return forms[0]
        chosen = forms[
            min(_PLURAL_FORM.get(self.language, lambda n: 0 if n == 1 else 1)(count), len(forms) - 1)
        ]
        return with_count(chosen, count)

    def message(self, template: str, **params: Any) -> str:
        """A marked template filled in, with its count and marked parameters translated."""
        return formatted(template, params, self.translate)


@functools.cache
def catalog(language: str) -> Catalog:
    """The catalog of ``language`` ("ar"); English, or a language without a file, translates nothing."""
    if language not in TRANSLATED:
        return Catalog(language, {})
    root = ElementTree.parse(resource_path("translations", f"cmcc-desktop_{language}.ts")).getroot()
    messages: dict[tuple[str, str], list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if all(forms):
                messages[(name, message.findtext("source") or "")] = forms
    return Catalog(language, messages)
