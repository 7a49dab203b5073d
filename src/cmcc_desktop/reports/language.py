"""The language a report is printed in, whatever the window's: its words (from the Qt-free catalog), its
direction, and the digits its numbers, dates, counts and page numbers are written with.

Codes stay as they are written, in Western digits and left to right: P-codes, coordinates, sector codes,
phone numbers and ids are read and typed that way in either language.

A date is one unit in a sentence of either direction: "2026-11-30" in an Arabic title would otherwise be
turned round ("30-11-2026"), its digits being taken as Arabic numbers separated by neutral hyphens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ..catalog import catalog
from ..errors import listed
from ..i18n import Marked, formatted, with_digits
from .text import embedded, moment

RIGHT_TO_LEFT = frozenset({"ar"})
ARABIC_THOUSANDS_SEPARATOR = "\u066c"  # ٬ : 12٬500 with Arabic-Indic digits, as the window writes it
NO_BREAK_SPACE = "\u00a0"


class Language:
    """What a report says, in ``code`` ("en", "ar"), with Arabic-Indic digits if ``arabic_digits``."""

    def __init__(self, code: str = "en", arabic_digits: bool = False) -> None:
        self.code = code
        self.arabic_digits = arabic_digits
        self.rtl = code in RIGHT_TO_LEFT
        self._catalog = catalog(code)

    def __call__(self, text: str) -> str:
        """A marked string (a heading, a label, a vocabulary label) in this language; data as it is."""
        return self._catalog.translate(text) if isinstance(text, Marked) else text

    def message(self, template: str, **params: Any) -> str:
        """A marked template filled in: each value (a site's name) keeps its own direction in the sentence, a
        count ``n`` is written with this report's digits, and a ``date`` or ``datetime`` as :meth:`day` or
        :meth:`moment`, after a no-break space so that a line does not end between "(from" and its date."""
        dates = [key for key, value in params.items() if isinstance(value, date)]
        values = {key: self._value(value) for key, value in params.items()}

        def translate(text: str, count: int) -> str:
            translated = self._translate(text, count)
            for key in dates:
                translated = re.sub(rf" (?=\{{{key}\}})", NO_BREAK_SPACE, translated)
            return translated

        return formatted(template, values, translate)

    def _value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return self.day(value)
        return embedded(value) if isinstance(value, str) and not isinstance(value, Marked) else value

    def name(self, name: str, name_ar: str | None) -> str:
        """What a record is called in this language: its Arabic name in Arabic when it has one."""
        return name_ar if self.code == "ar" and name_ar else name

    def _translate(self, text: str, count: int) -> str:
        translated = self._catalog.translate(text, count)
        return with_digits(translated, self.arabic_digits) if count >= 0 else translated

    def joined(self, items: Sequence[str]) -> str:
        """Names as a list, with the comma of this language."""
        value = listed([embedded(item) for item in items])
        return value if isinstance(value, str) else formatted(value.template, value.params, self._translate)

    def number(self, value: int) -> str:
        """A count or an amount: 12,500 or ١٢٬٥٠٠."""
        text = f"{value:,}"
        if self.arabic_digits:
            text = with_digits(text.replace(",", ARABIC_THOUSANDS_SEPARATOR), True)
        return text

    def day(self, value: date) -> str:
        """A date, read as one unit in a sentence of either direction (as :meth:`moment`)."""
        return embedded(with_digits(value.isoformat(), self.arabic_digits), self.arabic_digits)

    def moment(self, value: datetime) -> str:
        """A time with its zone (:func:`.text.moment`). With Arabic-Indic digits it reads right to left as one
        unit, year first at the right, as those digits are read; with Western ones left to right."""
        return embedded(with_digits(moment(value), self.arabic_digits), self.arabic_digits)
