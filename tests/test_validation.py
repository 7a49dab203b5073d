from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cmcc_desktop.rules import validation as v


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("059 912 3456", "+970599123456"),
        ("+970 (59) 912-3456", "+970599123456"),
        ("00962 79 123 4567", "+962791234567"),
        ("+47 912 34 567", "+4791234567"),
    ],
)
def test_phone_numbers_are_stored_in_e164(typed: str, stored: str) -> None:
    assert v.phone_number(typed) == stored


@pytest.mark.parametrize("typed", ["12", "call me", "+970 59 912", ""])
def test_bad_phone_numbers_say_what_to_type(typed: str) -> None:
    with pytest.raises(v.FieldProblem, match="phone number"):
        v.phone_number(typed)


def test_phone_list_keeps_labels_and_drops_repeats() -> None:
    phones = v.phone_list([{"label": "office", "number": "059 912 3456"}, {"number": "+970599123456"}])
    assert phones == [{"label": "office", "number": "+970599123456"}]


@pytest.mark.parametrize("typed", ["nobody", "a@b", "two@@signs.org", "space in@x.org"])
def test_bad_emails_are_refused(typed: str) -> None:
    with pytest.raises(v.FieldProblem, match="e-mail"):
        v.email_address(typed)


def test_email_domain_is_lowercased() -> None:
    assert v.email_address(" Rania.B@UNICEF.org ") == "Rania.B@unicef.org"


def test_coordinates_are_range_checked() -> None:
    assert v.coordinate("31.5017", "Latitude", -90, 90) == 31.5017
    assert v.coordinate("", "Latitude", -90, 90) is None
    with pytest.raises(v.FieldProblem, match="between -90 and 90"):
        v.coordinate(91, "Latitude", -90, 90)
    with pytest.raises(v.FieldProblem, match="decimal degrees"):
        v.coordinate("31°30'N", "Latitude", -90, 90)


def test_dates_and_times() -> None:
    assert v.optional_date("2026-03-15", "Due date") == date(2026, 3, 15)
    with pytest.raises(v.FieldProblem, match="YYYY-MM-DD"):
        v.optional_date("15/03/2026", "Due date")
    assert v.timestamp("2026-03-15 09:30", "When") == datetime(2026, 3, 15, 9, 30, tzinfo=UTC)


def test_needs_one_per_sector_with_severity_one_to_five() -> None:
    assert v.needs_list([{"sector": "WSH", "severity": "4"}]) == [
        {"sector": "WSH", "severity": 4, "note": ""}
    ]
    with pytest.raises(v.FieldProblem, match="Severity"):
        v.needs_list([{"sector": "WSH", "severity": 6}])
    with pytest.raises(v.FieldProblem, match="twice"):
        v.needs_list([{"sector": "WSH", "severity": 3}, {"sector": "WSH", "severity": 2}])
    with pytest.raises(v.FieldProblem, match="must be one of"):
        v.needs_list([{"sector": "WATER", "severity": 3}])


@pytest.mark.parametrize(
    ("typed", "number"), [("1,200", 1200), ("40 000", 40000), ("١٢٠٠", 1200), ("1٬200", 1200), ("350", 350)]
)
def test_counts_are_read_as_people_write_them(typed: str, number: int) -> None:
    assert v.non_negative_int(typed, "People in need") == number


@pytest.mark.parametrize("typed", ["12,00", "1,2000", "about 300", "-5"])
def test_counts_that_are_not_whole_numbers_are_refused(typed: str) -> None:
    with pytest.raises(v.FieldProblem):
        v.non_negative_int(typed, "People in need")


def test_a_country_typed_as_a_name_is_refused_not_cut_to_two_letters() -> None:
    from cmcc_desktop.rules.fields import country_code

    assert country_code(" ps ") == "PS"
    with pytest.raises(v.FieldProblem, match="two-letter ISO code"):
        country_code("Palestine")  # cut to "PA" it would be Panama
