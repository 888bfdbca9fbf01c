"""The fields of a registration document (a carnet issued anywhere, typed from its cover):
each read into its type or refused naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from carnet_app.domain.application_fields import day
from carnet_app.domain.messages import say
from carnet_app.domain.types import CarnetKind
from carnet_app.errors import UserError

MAX_NUMBER = 60


def _prints(character: str) -> bool:
    """Not a control, format (a direction override, a zero-width space), private, surrogate or
    unassigned character, nor a line or paragraph separator: what a cover can show."""
    kind = unicodedata.category(character)
    return not kind.startswith("C") and kind not in ("Zl", "Zp")


def read_number(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UserError(say("register.number-missing"), field="number")
    number = value.strip(" \t\r\n")
    if len(number) > MAX_NUMBER:
        raise UserError(say("register.number-too-long", most=MAX_NUMBER), field="number")
    if not all(_prints(ch) for ch in number):
        raise UserError(say("register.number-not-printable"), field="number")
    if number.isdigit():
        raise UserError(say("register.number-no-letters", number=number), field="number")
    return number


def follows_number(value: object, kind: CarnetKind, number: str) -> str | None:
    """The number of the carnet a duplicate or replacement (``number``) follows, as printed
    on it."""
    if value is None:
        return None
    if kind is CarnetKind.ORIGINAL:
        raise UserError(say("register.follows-only-for-copies"), field="follows")
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value.strip()) > MAX_NUMBER
        or not all(_prints(ch) for ch in value.strip())
    ):
        raise UserError(say("register.follows-invalid", most=MAX_NUMBER), field="follows")
    if value.strip() == number:
        raise UserError(say("register.follows-itself", number=number), field="follows")
    return value.strip()


def number_country_prefix(number: str) -> str | None:
    """The two-letter country a carnet number opens with (``GB/LO/012345`` → ``GB``), if any:
    two letters then a separator (``/``, ``-``, space or ``.``)."""
    match = re.match(r"([A-Za-z]{2})[/\- .]", number)
    return match.group(1).upper() if match else None


def short_text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UserError(say("field.missing", where=where), field=where)
    text = value.strip()
    if len(text) > limit or any(ord(ch) < 32 for ch in text):
        raise UserError(say("register.not-a-name", where=where, most=limit), field=where)
    return text


def country_code(value: object, where: str) -> str:
    if not isinstance(value, str) or len(value.strip()) != 2 or not value.strip().isalpha():
        raise UserError(say("field.not-a-country", where=where, value=value), field=where)
    return value.strip().upper()


def iso_date(value: object, where: str) -> date:
    if not isinstance(value, str):  # a cover's date is required: said as missing
        raise UserError(say("register.date-missing", where=where), field=where)
    return day(value, where)


def security(value: object) -> tuple[Decimal | None, str | None]:
    if value is None:
        return None, None
    if not isinstance(value, Mapping):
        raise UserError(say("register.security-shape"), field="security")
    amount: Decimal | None = None
    if value.get("amount") not in (None, ""):
        text = value["amount"]
        if isinstance(text, bool) or not isinstance(text, str | int):
            raise UserError(say("register.security-amount-text"), field="security")
        try:
            amount = Decimal(str(text).strip())
        except ArithmeticError:
            raise UserError(say("register.security-amount", value=text), field="security") from None
        if not amount.is_finite() or amount < 0 or amount >= Decimal("1e13"):
            raise UserError(say("register.security-amount", value=text), field="security")
    form = value.get("form")
    if form is not None:
        form = short_text(form, "security.form", 40)
    return amount, form


def carnet_kind(value: object) -> CarnetKind:
    """``original`` (when not given), ``duplicate`` or ``replacement``, as the cover says."""
    if value is None:
        return CarnetKind.ORIGINAL
    if not isinstance(value, str) or value not in {kind.value for kind in CarnetKind}:
        allowed = ", ".join(kind.value for kind in CarnetKind)
        raise UserError(say("register.kind", value=str(value)[:40], allowed=allowed), field="kind")
    return CarnetKind(value)
