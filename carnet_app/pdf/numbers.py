"""One formatter for every number printed on the forms: counts, weights and amounts share the
same grouping (babel's patterns), weights get one fixed number of decimals per list.

Figures on the bilingual forms follow the English convention ("1,234.50"); the French closing
sentence uses the French one ("1 234,50").
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

FORM_LOCALE = "en"
MAX_WEIGHT_DECIMALS = 3
CENT = Decimal("0.01")


def count(number: int, locale: str = FORM_LOCALE) -> str:
    """``12,500`` pieces."""
    return str(format_decimal(number, format="#,##0", locale=locale))


def amount(value: Decimal, locale: str = FORM_LOCALE) -> str:
    """``1,234.50`` (``1 234,50`` in French): two decimals, rounded half up."""
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return str(format_decimal(rounded, format="#,##0.00", locale=locale))


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
    step = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(step, rounding=ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(rounded, format=pattern, locale=locale))
