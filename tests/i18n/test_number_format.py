"""The desk's one number formatter (``carnet_app/number_format.py``): exact digits, the
locale's grouping and decimal sign as babel writes them, never through float."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from carnet_app import number_format

NNBSP = "\u202f"
AMOUNTS = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=2, allow_nan=False
)


@given(AMOUNTS, st.sampled_from(["en", "en_GB", "fr", "fr_FR", "de_DE", "fr_CH"]))
def test_an_amount_reads_back_as_the_same_decimal(amount: Decimal, locale: str) -> None:
    text = number_format.money_text(amount, "", locale)
    assert parse_decimal(text, locale=locale, strict=True) == amount
    assert text.count(str(abs(amount)).split(".")[1]) >= 1  # the cents as stored


@given(st.decimals(min_value=0, max_value=Decimal("1e9"), places=4, allow_nan=False))
def test_every_stored_digit_is_kept(value: Decimal) -> None:
    text = number_format.decimal_text(value, "fr_FR")
    assert text.replace(NNBSP, "").replace(",", ".") == format(value, "f")


def test_each_locale_has_one_way_and_the_neutral_locale_reads_in_both_languages() -> None:
    amount = Decimal("704860")
    assert number_format.money_text(amount, "EUR", "en") == "704,860.00 EUR"
    assert number_format.money_text(amount, "EUR", "fr_FR") == f"704{NNBSP}860,00 EUR"
    assert number_format.money_text(amount, "EUR", "de_DE") == "704.860,00 EUR"
    assert number_format.money_text(amount, "EUR", "C") == f"704{NNBSP}860.00 EUR"
    assert number_format.money_text(Decimal("0.125"), "CHF", "fr") == "0,125 CHF"
    assert number_format.amount_text(Decimal("2.005")) == "2.01"  # half up, not to even
    assert number_format.count_text(12500, "fr") == f"12{NNBSP}500"
    assert number_format.decimal_text(None) == "" and number_format.money_text("") == ""
    assert number_format.money_text(Decimal("1"), "EUR", "xx_NOWHERE") == "1.00 EUR"


def test_an_amount_shows_its_currency_s_decimals() -> None:
    """A yen has no cents: the desk stores 1500 yen as 1500.00 and shows "1,500 JPY"; a
    share of a line that is not a whole yen keeps its digits rather than hide them; euros and
    a code babel does not know keep two decimals."""
    assert number_format.money_text(Decimal("1500.00"), "JPY", "en") == "1,500 JPY"
    assert number_format.money_text(Decimal("1500.00"), "JPY", "fr_FR") == f"1{NNBSP}500 JPY"
    assert number_format.money_text(Decimal("1333.33"), "JPY", "en") == "1,333.33 JPY"
    assert number_format.money_text(Decimal("1500"), "EUR", "en") == "1,500.00 EUR"
    assert number_format.money_text(Decimal("1500"), "XYZ", "en") == "1,500.00 XYZ"
    assert number_format.amount_text(Decimal("1333.50"), "en", "JPY") == "1,334"
    assert number_format.amount_text(Decimal("1333.505"), "en", "EUR") == "1,333.51"


@given(AMOUNTS.map(lambda amount: amount.quantize(Decimal(1))))
def test_whole_yen_read_back_exactly(amount: Decimal) -> None:
    text = number_format.money_text(amount.quantize(Decimal("0.01")), "JPY", "en")
    figures = text.removesuffix(" JPY")
    assert "." not in figures
    assert parse_decimal(figures, locale="en") == amount
