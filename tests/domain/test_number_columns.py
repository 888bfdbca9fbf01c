"""Numbers of a general-list column read with one decimal convention (issue 13, item 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.goods_checks import Column, RawRow, Severity, check_rows
from carnet_app.domain.number_columns import (
    Convention,
    NumberCell,
    Unreadable,
    decide,
    evidence,
    read_number,
)

COUNTRIES = ["JP", "DE", "FR"]


def written(amount: Decimal, convention: Convention, *, grouped: bool) -> str:
    """``amount`` as a clerk would type it in that convention."""
    text = f"{amount:,.2f}" if grouped else f"{amount:.2f}"
    if convention is Convention.COMMA:
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999.99"), places=2)


@given(st.lists(amounts, min_size=1, max_size=20), st.sampled_from(list(Convention)), st.booleans())
def test_a_column_written_in_one_convention_reads_back_exactly(
    values: list[Decimal], convention: Convention, grouped: bool
) -> None:
    cells = [(row, written(v, convention, grouped=grouped)) for row, v in enumerate(values, 2)]
    reading = decide(cells)
    assert reading.conflicting_rows == ()
    for (_, text), value in zip(cells, values, strict=True):
        assert read_number(text, reading.convention) == value


@given(st.text(max_size=60), st.sampled_from([None, *Convention]))
def test_any_cell_is_a_number_or_unreadable_never_a_crash(
    text: str, hint: Convention | None
) -> None:
    evidence(text)
    try:
        number = read_number(text, hint)
    except Unreadable as exc:
        assert str(exc)
    else:
        assert number is None or number.is_finite()


def test_one_thousand_two_hundred_and_thirty_four_is_not_one_point_two_three() -> None:
    with pytest.raises(Unreadable, match="ambiguous"):
        read_number("1,234", None)
    assert read_number("1,234", Convention.POINT) == Decimal(1234)
    assert read_number("1,234", Convention.COMMA) == Decimal("1.234")


def test_one_column_with_1200_and_1200_50_is_read_one_way() -> None:
    reading = decide([(2, "1.200"), (3, "1.200,50")])
    assert reading.convention is Convention.COMMA
    assert read_number("1.200", reading.convention) == Decimal(1200)
    assert read_number("1.200,50", reading.convention) == Decimal("1200.50")


def test_cells_that_contradict_the_column_are_named() -> None:
    reading = decide([(2, "5200.00"), (3, "12.5"), (4, "1100,00")])
    assert reading.convention is Convention.POINT
    assert reading.conflicting_rows == (4,)


def test_workbook_numbers_carry_no_convention() -> None:
    reading = decide([(2, NumberCell("1234.5")), (3, "1.200,50")])
    assert reading == decide([(3, "1.200,50")])
    assert read_number(NumberCell("1234.5"), Convention.COMMA) == Decimal("1234.5")


def test_forty_digits_or_five_thousand_are_refused_not_parsed() -> None:
    with pytest.raises(Unreadable):
        read_number("9" * 40, None)
    with pytest.raises(Unreadable):
        read_number("9" * 5000, None)
    with pytest.raises(Unreadable):
        read_number("1e999999", None)


def rows(values: list[str]) -> list[RawRow]:
    return [
        RawRow(
            row=index + 2,
            description=f"Camera body model {index}",
            serial=f"S/N {index}",
            pieces="1",
            value=value,
            origin="JP",
        )
        for index, value in enumerate(values)
    ]


def test_an_ambiguous_column_without_a_hint_is_refused_naming_the_row() -> None:
    lines, problems = check_rows(rows(["1,234", "2,500"]), known_country_codes=COUNTRIES)
    assert lines == []
    assert [(p.row, p.column, p.severity) for p in problems] == [
        (2, Column.VALUE, Severity.ERROR),
        (3, Column.VALUE, Severity.ERROR),
    ]
    assert "ambiguous" in problems[0].message


@pytest.mark.parametrize("hint", list(Convention))
def test_the_locale_hint_alone_does_not_settle_an_ambiguous_column(hint: Convention) -> None:
    """An English header or a comma separator (or a French header, a semicolon) is no proof:
    "1,234" stays refused; a cell of the same column that is unambiguous settles it."""
    lines, problems = check_rows(rows(["1,234", "2,500"]), known_country_codes=COUNTRIES, hint=hint)
    assert lines == [] and all("ambiguous" in p.message for p in problems)
    lines, problems = check_rows(
        rows(["1,234", "2,500.50"]), known_country_codes=COUNTRIES, hint=Convention.COMMA
    )
    assert problems == []
    assert [line.value for line in lines] == [Decimal(1234), Decimal("2500.50")]


@given(
    whole=st.integers(min_value=1, max_value=999),
    decimals=st.integers(min_value=0, max_value=999),
    mark=st.sampled_from([",", "."]),
    hint=st.sampled_from([None, *Convention]),
)
def test_a_column_of_ambiguous_cells_is_never_guessed(
    whole: int, decimals: int, mark: str, hint: Convention | None
) -> None:
    cell = f"{whole}{mark}{decimals:03d}"
    assert decide([(2, cell), (3, cell)], hint).convention is None
    with pytest.raises(Unreadable, match="ambiguous"):
        read_number(cell, None)


def test_more_decimals_than_the_currency_is_refused_naming_the_row() -> None:
    lines, problems = check_rows(rows(["1001.234", "12.50"]), known_country_codes=COUNTRIES)
    assert [(p.row, p.column) for p in problems] == [(2, Column.VALUE)]
    assert [line.value for line in lines] == [Decimal("12.50")]
    assert "more decimals than the currency" in problems[0].message
    _, yen = check_rows(rows(["1200.50"]), known_country_codes=COUNTRIES, money_decimals=0)
    assert [(p.row, p.column) for p in yen] == [(2, Column.VALUE)]


def test_four_digits_before_the_mark_cannot_be_grouping_so_the_mark_is_decimal() -> None:
    assert evidence("1001.234") is Convention.POINT
    assert evidence("1001,234") is Convention.COMMA
