"""A new record's change carries the same canonical values however it is encoded."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cmcc_desktop.db.models import RECORD_MODELS
from cmcc_desktop.db.rows import row_encoder
from cmcc_desktop.store.changes import DERIVED_COLUMNS, CreationValues, canonical_json

from .helpers import examples

TEXT = st.text(max_size=12)  # any characters: quotes, backslashes, control characters, Arabic
JSON_ITEMS = st.one_of(
    TEXT,
    st.integers(-5, 40_000),
    st.dictionaries(TEXT, st.one_of(TEXT, st.integers(1, 5)), max_size=3),
)
STAMP = "2026-02-14T11:55:00.000000Z"


def _value(column: Any) -> st.SearchStrategy[Any]:
    """Values as a stored row holds them: text, numbers, lists; None where the column allows it."""
    name = column.name
    if column.type.__class__.__name__ == "JSON":
        return st.lists(JSON_ITEMS, max_size=3)
    if name.endswith("_at"):
        plain = st.just(STAMP)
    elif column.type.__class__.__name__ == "Float":
        plain = st.floats(-90, 90, allow_nan=False)
    elif column.type.__class__.__name__ == "Integer":
        plain = st.integers(0, 100_000)
    else:
        plain = st.one_of(st.just(""), st.just("partners"), st.just("other"), TEXT)
    return st.one_of(st.none(), plain) if column.nullable else plain


@st.composite
def stored_rows(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    entity = draw(st.sampled_from(sorted(RECORD_MODELS)))
    table = RECORD_MODELS[entity].__table__  # type: ignore[attr-defined]
    return entity, {column.name: draw(_value(column)) for column in table.columns}


@settings(max_examples=examples(4))  # cheap cases: four times the profile's count
@given(stored_rows())
def test_values_put_together_from_insert_parameters_match_the_canonical_encoding(
    case: tuple[str, dict[str, Any]],
) -> None:
    entity, row = case
    encoder = row_encoder(RECORD_MODELS[entity].__table__)  # type: ignore[attr-defined]
    expected = canonical_json(
        {
            name: value
            for name, value in row.items()
            if name not in DERIVED_COLUMNS and value is not None and value != encoder.omitted.get(name)
        }
    )
    assert CreationValues(encoder)(encoder.encode_stored(row)) == expected
