"""Carnet numbers from the issuing association's format (ATA-CARNET.md §3: set by each NGA)."""

from __future__ import annotations

import string
from datetime import date

from carnet_app.errors import UserError

DEFAULT_NUMBER_FORMAT = "{country}/{code}/{serial:06d}"
_FIELDS = {"country", "code", "year", "serial"}


def check_number_format(number_format: str) -> None:
    """Refuse a format that would not give unique numbers or names unknown fields."""
    try:
        parsed = list(string.Formatter().parse(number_format))
    except ValueError as exc:
        raise UserError(f"number format {number_format!r}: {exc}", field="number-format") from None
    names = {name for _, name, _, _ in parsed if name is not None}
    unknown = names - _FIELDS
    if unknown:
        raise UserError(
            f"number format {number_format!r}: unknown field(s) {', '.join(sorted(unknown))}; "
            f"use {{country}}, {{code}}, {{year}} and {{serial}}",
            field="number-format",
        )
    if "serial" not in names:
        raise UserError(
            f"number format {number_format!r} must contain {{serial}} so numbers are unique",
            field="number-format",
        )
    format_number(number_format, country="FR", code="X", serial=1, issued_on=date(2026, 1, 1))


def format_number(
    number_format: str, *, country: str, code: str, serial: int, issued_on: date
) -> str:
    try:
        return number_format.format(country=country, code=code, year=issued_on.year, serial=serial)
    except (ValueError, IndexError, KeyError) as exc:
        raise UserError(f"number format {number_format!r}: {exc}", field="number-format") from None


def duplicate_number(original: str, sequence: int) -> str:
    """A duplicate carries the original number marked as its n-th duplicate."""
    return f"{original}-D{sequence}"
