"""Formats and selections typed by a clerk stay small whatever is typed (issue 14, items 3, 7)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.item_spec import parse_item_spec
from carnet_app.domain.numbering import MAX_NUMBER_LENGTH, check_number_format, format_number
from carnet_app.errors import UserError

fields = st.sampled_from(["{country}", "{code}", "{year}", "{serial}", "{serial:06d}", "/", "-"])
specs = st.sampled_from(["", ":0999999999d", ":>50", ":.99999f", ":{serial}", ":,d", ":09d"])


@given(st.lists(fields, max_size=6), specs, st.text(max_size=8))
@settings(max_examples=300, deadline=None)
def test_a_number_format_is_refused_or_prints_short_numbers(
    parts: list[str], spec: str, text: str
) -> None:
    number_format = "".join(parts) + "{serial" + spec + "}" + text
    try:
        check_number_format(number_format)
    except UserError as refused:
        assert refused.field == "number-format"
        return
    for serial in (1, 999_999):
        number = format_number(
            number_format, country="FR", code="LY", serial=serial, issued_on=date(2026, 5, 1)
        )
        assert len(number) <= MAX_NUMBER_LENGTH


def test_a_billion_digit_serial_width_is_refused() -> None:
    with pytest.raises(UserError, match="width 999999999"):
        check_number_format("{serial:0999999999d}")


@pytest.mark.parametrize("spec", ["9" * 5000, "1-" + "9" * 5000, "1:" + "9" * 40, "1," * 20_000])
def test_huge_item_selections_are_refused(spec: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_item_spec(spec)
    assert refused.value.field == "items" and len(refused.value.message) < 200
