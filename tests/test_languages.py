"""A contact's languages are ISO 639-1 codes from the list; names typed before the list read as their codes."""

from __future__ import annotations

import pytest

from cmcc_desktop.errors import ValidationError
from cmcc_desktop.rules import validation as v
from cmcc_desktop.rules.vocabulary import LANGUAGE_ALIASES, LANGUAGES
from cmcc_desktop.services import Services, Store


def test_codes_are_kept_in_the_order_given_each_once() -> None:
    assert v.language_list(["ar", "en", "ar", " fr "]) == ["ar", "en", "fr"]
    assert v.language_list(None) == []
    assert v.language_list(["", "  "]) == []


def test_names_and_codes_typed_before_the_list_read_as_codes() -> None:
    assert v.language_list(["Arabic", "ENGLISH", "AR", "farsi", "عربي"]) == ["ar", "en", "fa"]
    assert v.language_code("Norwegian") == "no"
    assert v.language_code("Klingon") is None


def test_other_text_is_refused_with_what_was_typed() -> None:
    with pytest.raises(v.FieldProblem) as problem:
        v.language_list(["ar", "Klingon", "xx"])
    assert "Klingon, xx" in str(problem.value)


def test_the_list_holds_two_letter_codes_and_aliases_lead_to_them() -> None:
    assert all(len(code) == 2 and code.islower() for code in LANGUAGES)
    assert set(LANGUAGE_ALIASES.values()) <= set(LANGUAGES)
    assert {"ar", "en", "fr", "he", "tr", "ru", "fa", "ur", "sw", "am", "ti", "so"} <= set(LANGUAGES)


def test_a_contact_is_saved_with_codes_and_refused_with_unknown_languages(store: Store) -> None:
    contacts = Services(store).contacts
    saved = contacts.create(full_name="Rana Khalil", languages=["Arabic", "fr"])
    assert saved.languages == ["ar", "fr"]
    with pytest.raises(ValidationError) as refused:
        contacts.update(saved.id, languages=["Klingon"])
    assert "languages" in refused.value.field_errors
    assert contacts.get(saved.id).languages == ["ar", "fr"]
