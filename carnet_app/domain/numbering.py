"""Carnet numbers from the issuing association's format (each issuing association sets its own)."""

from __future__ import annotations

import re
import string
from datetime import date

from carnet_app.domain.messages import say
from carnet_app.errors import UserError

DEFAULT_NUMBER_FORMAT = "{country}/{code}/{serial:06d}"
_FIELDS = {"country", "code", "year", "serial"}
MAX_FORMAT_LENGTH = 60  # characters of the format itself
MAX_NUMBER_LENGTH = 40  # characters of a carnet number it prints
_WIDTH = re.compile(r"\d+")


def check_number_format(number_format: str) -> None:
    """Refuse a format that would not give unique numbers, names unknown fields, or prints
    numbers longer than a carnet's number box (a width like ``{serial:0999999999d}``)."""
    if len(number_format) > MAX_FORMAT_LENGTH:
        raise UserError(
            say("number-format.too-long", length=len(number_format), most=MAX_FORMAT_LENGTH),
            field="number-format",
        )
    try:
        parsed = list(string.Formatter().parse(number_format))
    except ValueError as exc:
        raise UserError(
            say("number-format.invalid", format=number_format, reason=str(exc)),
            field="number-format",
        ) from None
    for _, name, spec, _ in parsed:
        if "{" in (spec or ""):
            raise UserError(
                say("number-format.nested", format=number_format, name=name),
                field="number-format",
            )
        for width in _WIDTH.findall(spec or ""):
            if int(width) > MAX_NUMBER_LENGTH:
                raise UserError(
                    say(
                        "number-format.too-wide",
                        format=number_format,
                        width=int(width),
                        name=name,
                        most=MAX_NUMBER_LENGTH,
                    ),
                    field="number-format",
                )
    names = {name for _, name, _, _ in parsed if name is not None}
    unknown = names - _FIELDS
    if unknown:
        raise UserError(
            say(
                "number-format.unknown-fields",
                format=number_format,
                fields=sorted(unknown),
            ),
            field="number-format",
        )
    if "serial" not in names:
        raise UserError(say("number-format.no-serial", format=number_format), field="number-format")
    sample = format_number(
        number_format, country="FR", code="XXXXX", serial=999_999, issued_on=date(2026, 1, 1)
    )
    if len(sample) > MAX_NUMBER_LENGTH:
        raise UserError(
            say(
                "number-format.prints-too-long",
                format=number_format,
                sample=sample[:50],
                most=MAX_NUMBER_LENGTH,
            ),
            field="number-format",
        )


def format_number(
    number_format: str, *, country: str, code: str, serial: int, issued_on: date
) -> str:
    try:
        return number_format.format(country=country, code=code, year=issued_on.year, serial=serial)
    except (ValueError, IndexError, KeyError) as exc:
        raise UserError(
            say("number-format.invalid", format=number_format, reason=str(exc)),
            field="number-format",
        ) from None


def duplicate_number(original: str, sequence: int) -> str:
    """A duplicate carries the original number marked as its n-th duplicate."""
    return f"{original}-D{sequence}"
