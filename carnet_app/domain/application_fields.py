"""The fields of an application read one by one (texts, country and use codes, whole numbers,
dates, amounts), each refused by name (``goods[3].value``) with a one-line message: the rules
the ``apply`` document and the desk's own form are both checked by."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from carnet_app.domain.goods_checks import looks_like_formula
from carnet_app.domain.messages import say
from carnet_app.errors import UserError

MAX_TEXT = 2000
MAX_INTEGER_DIGITS = 12  # 999 999 999 999: more than any carnet's goods are worth


def listed(value: object, key: str, required: bool = False) -> Sequence[Any]:
    if value is None:
        if required:
            raise UserError(say("field.missing", where=key), field=key)
        return []
    if not isinstance(value, list):
        raise UserError(say("field.not-a-list", where=key), field=key)
    return value


def plain_text(value: Any, where: str, *, max_length: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise UserError(say("field.not-text", where=where), field=where)
    cleaned = value.strip()
    if len(cleaned) > max_length:
        raise UserError(say("field.too-long", where=where, most=max_length), field=where)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
        raise UserError(say("field.control-characters", where=where), field=where)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in cleaned):  # a lone "\ud800" escape in JSON
        raise UserError(say("field.not-characters", where=where), field=where)
    if looks_like_formula(cleaned):  # free text reaches CSV/XLSX lists and exports as written
        raise UserError(say("field.formula", where=where, cell=cleaned[:30]), field=where)
    return cleaned


def text(value: object, where: str, *, required: bool = False, max_length: int = MAX_TEXT) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UserError(say("field.missing", where=where), field=where)
        return ""
    return plain_text(value, where, max_length=max_length)


def country(value: Any, where: str, *, required: bool = True) -> str:
    if value is None or value == "":
        if required:
            raise UserError(say("field.country-missing", where=where), field=where)
        return ""
    if not isinstance(value, str) or len(value.strip()) != 2 or not value.strip().isalpha():
        raise UserError(say("field.not-a-country", where=where, value=value), field=where)
    return value.strip().upper()


def use_code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or not value.strip().isalnum():
        raise UserError(say("field.not-a-use", where=where, value=value), field=where)
    return value.strip().upper()


def whole(value: Any, where: str, *, minimum: int, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(say("field.not-whole", where=where), field=where)
    if value < minimum:
        raise UserError(say("field.below-minimum", where=where, minimum=minimum), field=where)
    if maximum is not None and value > maximum:
        shown = str(value) if value < 10**20 else say("field.digits-count", digits=len(str(value)))
        raise UserError(
            say("field.above-maximum", where=where, shown=shown, maximum=maximum), field=where
        )
    return value


def day(value: object, where: str) -> date:
    if isinstance(value, date):  # typed in the desk's own form
        return value
    if not isinstance(value, str):
        raise UserError(say("field.date-not-text", where=where), field=where)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(say("field.not-a-date", where=where, value=value), field=where) from None


# a decimal string as written by people and programs alike: ASCII digits, one decimal point;
# never what Decimal() also reads ("1_000", "1e3", another script's digits, "NaN")
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def decimal_text(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UserError(say("field.decimal-as-text", where=where), field=where)
    written = str(value).strip()
    if not _PLAIN_DECIMAL.fullmatch(written):
        shown = written if len(written) <= 40 else written[:40] + "…"
        raise UserError(say("field.not-decimal", where=where, value=shown), field=where)
    try:
        result = Decimal(written)
    except InvalidOperation:
        raise UserError(say("field.not-decimal", where=where, value=value), field=where) from None
    return _bounded(result, value, where)


def exact_decimal(value: object, where: str) -> Decimal:
    """An amount already read as a decimal (a line of the desk's form), bounded the same way."""
    if not isinstance(value, Decimal):
        raise UserError(say("field.decimal-as-text", where=where), field=where)
    return _bounded(value, value, where)


def _bounded(result: Decimal, value: object, where: str) -> Decimal:
    if not result.is_finite():
        raise UserError(say("field.not-decimal", where=where, value=value), field=where)
    if result.adjusted() >= MAX_INTEGER_DIGITS:
        raise UserError(
            say(
                "field.too-many-digits", where=where, value=str(value)[:20], most=MAX_INTEGER_DIGITS
            ),
            field=where,
        )
    return result
