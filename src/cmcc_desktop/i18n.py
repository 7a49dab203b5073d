"""Strings an officer reads, marked for translation where Qt is not at hand.

Widgets translate with Qt (``self.tr``). Code below the window (errors, vocabulary, services, reports) cannot
import Qt, so it marks its strings with :func:`N_` (a plain message) or :func:`NP_` (a message with a count,
``%Ln``), and whoever shows them translates them: the window through Qt, a report through
:mod:`cmcc_desktop.catalog`. ``pyside6-lupdate`` extracts both markers (``make lupdate``) into the empty
context of the ``.ts`` files, the context :func:`cmcc_desktop.ui.i18n.tr` reads.

A marked string is a :class:`Marked` ``str``: it reads as English anywhere (the command line, the log), and a
message parameter that is a :class:`Marked` label ("Caption", "Latitude") is translated with its message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any


class Marked(str):
    """An English source string that is shown in the reader's language."""

    __slots__ = ()


def N_(text: str) -> Marked:
    """Mark ``text`` for translation (extracted like Qt's ``QT_TR_NOOP``)."""
    return Marked(text)


def NP_(text: str, disambiguation: str = "", count: int = 0) -> Marked:
    """Mark a message with a count for translation in every plural form: ``%Ln`` stands for the count
    (the message's ``n`` parameter), and the English source says ``(s)`` where the plural adds an s
    ("%Ln change(s)"). It is called like Qt's ``tr(text, "", count)``, which is how lupdate knows a message
    has plural forms: ``NP_("%Ln change(s)", "", 0)``."""
    del disambiguation, count
    return Marked(text)


_PLURAL_S = re.compile(r"\(s\)")


def english_count(text: str, count: int) -> str:
    """``%Ln`` (or ``%Ln``, with thousands separators) replaced by ``count`` and ``(s)`` resolved:
    "%Ln change(s)" reads "1 change", "1,200 changes"."""
    return with_count(_PLURAL_S.sub("" if count == 1 else "s", text), count)


def with_count(text: str, count: int) -> str:
    """``%Ln`` and ``%Ln`` of a translated message replaced by the count, as Qt does."""
    return text.replace("%Ln", f"{count:,}").replace("%Ln", str(count))


def formatted(
    template: str,
    params: Mapping[str, Any],
    translate: Callable[[str, int], str] = english_count,
) -> str:
    """A message template filled in: translated by ``translate(text, count)`` (English by default), the
    count ``params["n"]`` put in its plural form, and every :class:`Marked` parameter (or message given as a
    parameter, one with a ``template`` and ``params``) translated too."""
    count = params.get("n")
    text = translate(template, count if isinstance(count, int) else -1)
    values = {key: _translated(value, translate) for key, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder still says something
        return english_count(template, count if isinstance(count, int) else -1).format(**params)


def _translated(value: Any, translate: Callable[[str, int], str]) -> Any:
    if isinstance(value, Marked):
        return translate(value, -1)
    if hasattr(value, "template") and hasattr(value, "params"):  # a message inside a message
        return formatted(value.template, value.params, translate)
    return value


ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def with_digits(text: str, arabic_indic: bool) -> str:
    """``text`` with its Western digits written as Arabic-Indic ones (٢٠٢٦-١١-٢٩) when asked."""
    return text.translate(ARABIC_INDIC_DIGITS) if arabic_indic else text
