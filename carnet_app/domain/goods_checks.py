"""Carnet-specific checks of a general list (ATA-CARNET.md §2.4, §8), cell by cell.

Every problem names the row and the column; errors block import and issue, warnings are shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from carnet_app.domain.types import GoodsLine


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Column(StrEnum):
    ITEM = "item"
    DESCRIPTION = "description"
    SERIAL = "serial"
    PIECES = "pieces"
    WEIGHT = "weight"
    VALUE = "value"
    ORIGIN = "origin"


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based row in the source (or list position)
    column: Column | None
    severity: Severity
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column.value}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class RawRow:
    """One source row, cells as text, before any conversion."""

    row: int
    description: str = ""
    serial: str = ""
    pieces: str = ""
    weight: str = ""
    value: str = ""
    origin: str = ""


VAGUE_WORDS = (
    "various",
    "assorted",
    "accessories",
    "box of",
    "miscellaneous",
    "sundries",
    "divers",
    "assortis",
    "accessoires",
    "boîte de",
)
_VAGUE = re.compile(r"\b(" + "|".join(re.escape(w) for w in VAGUE_WORDS) + r")\b", re.IGNORECASE)
_SERIAL_IN_TEXT = re.compile(r"\b(S/?N|NSN|serial)\b", re.IGNORECASE)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_DESCRIPTION = 500


def parse_decimal(text: str) -> Decimal | None:
    """Read "1100.00", "1100,00", "1 100,00", "1,100.00"; None when not a number."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the regex already filters
        return None


def looks_like_formula(text: str) -> bool:
    stripped = text.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_PREFIXES and parse_decimal(stripped) is None


def check_rows(
    rows: Sequence[RawRow], *, known_country_codes: Iterable[str]
) -> tuple[list[GoodsLine], list[Problem]]:
    """Convert and check rows. Lines are returned only for rows without errors."""
    countries = {code.upper() for code in known_country_codes}
    problems: list[Problem] = []
    lines: list[GoodsLine] = []
    serial_rows: dict[str, int] = {}
    for raw in rows:
        row_problems: list[Problem] = []

        def problem(column: Column | None, severity: Severity, message: str) -> None:
            row_problems.append(Problem(raw.row, column, severity, message))  # noqa: B023

        for column in (Column.DESCRIPTION, Column.SERIAL, Column.ORIGIN):
            cell = getattr(raw, column.value)
            if looks_like_formula(cell):
                problem(column, Severity.ERROR, f"{cell[:30]!r} looks like a spreadsheet formula")
        description = raw.description.strip()
        if not description:
            problem(Column.DESCRIPTION, Severity.ERROR, "the trade description is missing")
        elif len(description) > MAX_DESCRIPTION:
            problem(
                Column.DESCRIPTION,
                Severity.ERROR,
                f"the description is {len(description)} characters, at most {MAX_DESCRIPTION}",
            )
        else:
            match = _VAGUE.search(description)
            if match:
                problem(
                    Column.DESCRIPTION,
                    Severity.ERROR,
                    f"vague wording {match.group(0)!r}: customs refuse it; describe each article "
                    f"(make, model, serial number)",
                )
        serial = raw.serial.strip()
        if not serial and not _SERIAL_IN_TEXT.search(description):
            problem(
                Column.SERIAL,
                Severity.WARNING,
                'no serial number: give "S/N ..." or write "NSN" when the article has none',
            )
        if serial and serial.upper() not in ("NSN", "N/A"):
            key = serial.upper()
            if key in serial_rows:
                problem(
                    Column.SERIAL,
                    Severity.ERROR,
                    f"serial number {serial!r} is also on row {serial_rows[key]}",
                )
            else:
                serial_rows[key] = raw.row
        pieces_value = parse_decimal(raw.pieces)
        pieces = 0
        if pieces_value is None or pieces_value != pieces_value.to_integral_value():
            problem(
                Column.PIECES, Severity.ERROR, f"{raw.pieces!r} is not a whole number of pieces"
            )
        elif pieces_value < 1:
            problem(Column.PIECES, Severity.ERROR, "the number of pieces must be at least 1")
        else:
            pieces = int(pieces_value)
        weight = None
        if raw.weight.strip():
            weight = parse_decimal(raw.weight)
            if weight is None or weight < 0:
                problem(Column.WEIGHT, Severity.ERROR, f"{raw.weight!r} is not a weight")
        value = parse_decimal(raw.value)
        if value is None:
            message = (
                "the value is missing"
                if not raw.value.strip()
                else f"{raw.value!r} is not an amount"
            )
            problem(Column.VALUE, Severity.ERROR, message)
        elif value <= 0:
            problem(Column.VALUE, Severity.ERROR, "the value must be more than 0")
        origin = raw.origin.strip().upper()
        if not origin:
            problem(Column.ORIGIN, Severity.ERROR, "the country of origin is missing (ISO code)")
        elif len(origin) != 2 or origin not in countries:
            problem(
                Column.ORIGIN,
                Severity.ERROR,
                f"{raw.origin.strip()!r} is not an ISO 3166 two-letter country code",
            )
        problems.extend(row_problems)
        if any(p.severity is Severity.ERROR for p in row_problems):
            continue
        assert value is not None
        full_description = description
        if serial and serial.upper() not in description.upper():
            full_description = f"{description}, {serial}"
        lines.append(
            GoodsLine(
                item_no=len(lines) + 1,
                description=full_description,
                pieces=pieces,
                value=value,
                origin=origin,
                weight=weight,
                marks=serial,
            )
        )
    return lines, problems


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
