"""Every number printed on the forms: counts, weights and amounts, written by the desk's one
formatter (``carnet_app/number_format.py``, babel); weights get one fixed number of decimals
per list.

Figures on the bilingual forms follow the English convention ("1,234.50"); the French closing
sentence uses the French one ("1 234,50").
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from carnet_app import number_format

FORM_LOCALE = "en"
MAX_WEIGHT_DECIMALS = 3


def count(number: int, locale: str = FORM_LOCALE) -> str:
    """``12,500`` pieces."""
    return number_format.count_text(number, locale)


def amount(value: Decimal, locale: str = FORM_LOCALE, currency: str = "") -> str:
    """``1,234.50`` (``1 234,50`` in French): the currency's decimals (two without one;
    none for yen), rounded half up."""
    return number_format.amount_text(value, locale, currency)


def weight_decimals(weights: Iterable[Decimal | None]) -> int:
    """The decimals a list's weights are printed with: as many as the most precise weight
    needs (at most three), so 2.6 prints "2.6" beside "11.0", never "2.600" beside "11"."""
    needed = 0
    for weight in weights:
        if weight is None:
            continue
        exponent = weight.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            needed = max(needed, -exponent)
    return min(needed, MAX_WEIGHT_DECIMALS)


def weight(value: Decimal | None, decimals: int, locale: str = FORM_LOCALE) -> str:
    if value is None:
        return ""
    return number_format.fixed_text(value, decimals, locale)
