"""One way to write a number or an amount for people to read, through babel, for every layer
above the domain: the desk's screens, the printed forms and letters, the command line's text.

* ``decimal_text``: a Decimal exactly as stored (never through float), with the locale's
  grouping and decimal sign: ``1,234.5`` in English, ``1 234,5`` in French (babel's narrow
  no-break space).
* ``money_text``: an amount with its currency's decimals and its currency code after it:
  ``704,860.00 EUR`` / ``704 860,00 EUR``, ``150,000 JPY``.
* ``amount_text``: an amount rounded half up to its currency's minor unit (the forms'
  figures).
* ``count_text``: a whole number, grouped.

A locale is a babel/POSIX name (``en``, ``fr_FR``, ``de_CH``). ``NEUTRAL`` (Qt's "C" locale,
as in the tests) writes ``1 234 567.50``: a narrow no-break space between thousands and a
point, readable in either language. The command line's JSON keeps plain ``1234.50`` strings and
never comes here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # babel loads with the first number shown, not when the desk starts
    from babel import Locale
    from babel.numbers import NumberPattern

ENGLISH = "en"
NEUTRAL = "C"
NARROW_NBSP = "\u202f"
CENT = Decimal("0.01")
MONEY_DECIMALS = 2


@cache
def _locale(name: str) -> Locale:
    """The babel locale for NAME (``fr_FR``, ``fr-CA``, ``en``); English when babel has none."""
    from babel import Locale, UnknownLocaleError

    for candidate in (name.replace("-", "_"), name.replace("-", "_").split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse(ENGLISH)


@cache
def _pattern(decimals: int) -> NumberPattern:
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _decimals(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _apply(number: Decimal, decimals: int, locale: str) -> str:
    neutral = locale in ("", NEUTRAL, "POSIX")
    text = str(
        _pattern(decimals).apply(
            number, _locale(ENGLISH if neutral else locale), decimal_quantization=False
        )
    )
    if neutral:  # English digits, "," -> narrow no-break space
        text = text.replace(",", NARROW_NBSP)
    return text


def decimal_text(value: object, locale: str = ENGLISH) -> str:
    """VALUE (a Decimal, an int or their text) with every digit it has; "" when empty."""
    number = _decimal(value)
    if number is None:
        return "" if value is None else str(value)
    return _apply(number, _decimals(number), locale)


def money_text(amount: object, currency: str = "", locale: str = ENGLISH) -> str:
    """AMOUNT with its currency's decimals (two without a currency; more when stored with
    more) and its currency after it: ``1,234.50 EUR``, ``150,000 JPY``."""
    number = _decimal(amount)
    if number is None:
        return "" if amount is None else str(amount)
    figures = _apply(number, _shown_decimals(number, currency), locale)
    return f"{figures} {currency}".strip()


def amount_text(value: Decimal, locale: str = ENGLISH, currency: str = "") -> str:
    """VALUE rounded half up to its currency's minor unit (cents without a currency):
    ``1,234.50`` (``1 234,50`` in French), ``150,000`` for yen."""
    decimals = _money_digits(currency) if currency else MONEY_DECIMALS
    step = Decimal(1).scaleb(-decimals)
    return _apply(value.quantize(step, rounding=ROUND_HALF_UP), decimals, locale)


def _money_digits(currency: str) -> int:
    """The domain's decimals for an amount of ``currency`` (loaded with the first amount
    shown, not when the desk starts)."""
    from carnet_app.domain.schedules import money_digits

    return money_digits(currency)


def _shown_decimals(number: Decimal, currency: str) -> int:
    digits = _money_digits(currency) if currency else MONEY_DECIMALS
    if digits >= MONEY_DECIMALS:
        return max(digits, _decimals(number))
    # a yen amount stored as 1500.00: the zeros are the desk's storage, not the amount's
    return max(digits, _decimals(number.normalize()))


def fixed_text(value: Decimal, decimals: int, locale: str = ENGLISH) -> str:
    """VALUE rounded half up to DECIMALS places (a list's weights)."""
    step = Decimal(1).scaleb(-decimals)
    return _apply(value.quantize(step, rounding=ROUND_HALF_UP), decimals, locale)


def count_text(number: int, locale: str = ENGLISH) -> str:
    """``12,500`` (``12 500`` in French)."""
    return _apply(Decimal(number), 0, locale)
