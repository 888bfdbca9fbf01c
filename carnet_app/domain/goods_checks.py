"""Carnet-specific checks of a general list, cell by cell.

Every problem names the row and the column; errors block import and issue, warnings are shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from carnet_app.domain.messages import Message, say
from carnet_app.domain.number_columns import (
    ColumnReading,
    Convention,
    Unreadable,
    decide,
    decimals_of,
    read_number,
)
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
    HEADING = "heading"


@dataclass(frozen=True)
class Problem:
    """One problem of one cell; ``said`` is the message, ``message`` says it in the chosen
    language and ``str()`` with the row and column in front."""

    row: int  # 1-based row in the source (or list position)
    column: Column | None
    severity: Severity
    said: Message

    @property
    def message(self) -> str:
        return str(self.said)

    def located(self) -> Message:
        """The problem with its row and column: "row 3, column value: ..."."""
        if self.column is None:
            return say("goods-check.at-row", row=self.row, problem=self.said)
        return say(
            "goods-check.at-cell",
            row=self.row,
            column=say(f"goods-check.column.{self.column.value}"),
            problem=self.said,
        )

    def __str__(self) -> str:
        return str(self.located())


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
# what a spreadsheet reads as a formula start, the full-width forms included (OWASP)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
MAX_DESCRIPTION = 500
MAX_PIECES = 1_000_000
MAX_VALUE = Decimal(10) ** 12


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


WEIGHT_UNITS = ("kg", "lb", "g", "t", "l", "m3")
WEIGHT_DECIMALS = 3  # what the desk stores (grams of a kilogram)
MONEY_DECIMALS = 2  # what the desk stores; a currency with fewer (JPY) allows fewer
_NUMBER_COLUMNS = (Column.PIECES, Column.WEIGHT, Column.VALUE)


def check_rows(
    rows: Sequence[RawRow],
    *,
    known_country_codes: Iterable[str],
    hint: Convention | None = None,
    money_decimals: int = MONEY_DECIMALS,
) -> tuple[list[GoodsLine], list[Problem]]:
    """Convert and check rows. Lines are returned only for rows without errors.

    Each number column is read with one decimal convention decided from all its cells (then
    ``hint``, the file's locale); a cell the convention cannot read, or an amount with more
    decimals than ``money_decimals``, is an error naming the row.
    """
    countries = {code.upper() for code in known_country_codes}
    problems: list[Problem] = []
    lines: list[GoodsLine] = []
    seen = _Seen()
    readings = {
        column: decide([(raw.row, getattr(raw, column.value)) for raw in rows], hint)
        for column in _NUMBER_COLUMNS
    }
    for raw in rows:
        row_problems: list[Problem] = []

        def problem(column: Column | None, severity: Severity, message: Message) -> None:
            row_problems.append(Problem(raw.row, column, severity, message))  # noqa: B023

        numbers: dict[Column, Decimal | None] = {}
        for column in _NUMBER_COLUMNS:
            numbers[column] = _number_cell(raw, column, readings[column], problem)
        for column in (Column.DESCRIPTION, Column.SERIAL, Column.ORIGIN):
            cell = getattr(raw, column.value)
            if looks_like_formula(cell):
                problem(column, Severity.ERROR, say("goods-check.formula", cell=cell[:30]))
        description = raw.description.strip()
        serial = raw.serial.strip()
        _check_description(description, serial, problem)
        repeated_serial = seen.serial(serial, raw.row, problem)
        pieces = _pieces(raw.pieces, numbers[Column.PIECES], problem)
        weight = numbers[Column.WEIGHT]
        if weight is not None:
            _check_weight(weight, raw.weight, problem)
        value = numbers[Column.VALUE]
        if value is None and Column.VALUE not in _failed(row_problems):
            message = (
                say("goods-check.value-missing")
                if not raw.value.strip()
                else say("goods-check.not-an-amount", text=raw.value[:40])
            )
            problem(Column.VALUE, Severity.ERROR, message)
        elif value is not None:
            _check_value(value, money_decimals, problem)
        origin = _check_origin(raw.origin, countries, problem)
        full_description = description
        if serial and serial.upper() not in description.upper():
            full_description = f"{description}, {serial}"
        if not repeated_serial:
            seen.line(full_description, raw.row, problem)
        problems.extend(row_problems)
        if any(p.severity is Severity.ERROR for p in row_problems):
            continue
        assert value is not None
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


def check_lines(
    lines: Sequence[GoodsLine],
    *,
    known_country_codes: Iterable[str],
    money_decimals: int = MONEY_DECIMALS,
) -> list[Problem]:
    """The same checks for a list that arrives already typed (an application document):
    rows are the lines' positions, 1-based."""
    countries = {code.upper() for code in known_country_codes}
    problems: list[Problem] = []
    seen = _Seen()
    for position, line in enumerate(lines, start=1):

        def problem(column: Column | None, severity: Severity, message: Message) -> None:
            problems.append(Problem(position, column, severity, message))  # noqa: B023

        for column, cell in (
            (Column.DESCRIPTION, line.description),
            (Column.SERIAL, line.marks),
        ):
            if looks_like_formula(cell):
                problem(column, Severity.ERROR, say("goods-check.formula", cell=cell[:30]))
        _check_description(line.description.strip(), line.marks.strip(), problem)
        if not seen.serial(line.marks.strip(), position, problem):
            seen.line(line.description.strip(), position, problem)
        if line.pieces < 1:
            problem(Column.PIECES, Severity.ERROR, say("goods-check.pieces-min"))
        if line.weight is not None:
            _check_weight(line.weight, format(line.weight, "f"), problem)
        if line.weight_unit not in WEIGHT_UNITS:
            problem(
                Column.WEIGHT,
                Severity.ERROR,
                say("goods-check.weight-unit", unit=line.weight_unit[:10], units=WEIGHT_UNITS),
            )
        _check_value(line.value, money_decimals, problem)
        _check_origin(line.origin, countries, problem)
    return problems


ProblemSink = Callable[[Column | None, Severity, Message], None]


class _Seen:
    """Serial numbers and whole lines met so far, for duplicates."""

    def __init__(self) -> None:
        self._serials: dict[str, int] = {}
        self._lines: dict[str, int] = {}

    def serial(self, serial: str, row: int, problem: ProblemSink) -> bool:
        """Report a serial number met before; True when it was."""
        if not serial or serial.upper() in ("NSN", "N/A"):
            return False
        key = serial.upper()
        if key in self._serials:
            problem(
                Column.SERIAL,
                Severity.ERROR,
                say("goods-check.serial-twice", serial=serial[:40], row=self._serials[key]),
            )
            return True
        self._serials[key] = row
        return False

    def line(self, description: str, row: int, problem: ProblemSink) -> None:
        key = " ".join(description.upper().split())
        if not key:
            return
        if key in self._lines:
            problem(
                Column.DESCRIPTION,
                Severity.ERROR,
                say("goods-check.same-article", row=self._lines[key]),
            )
        else:
            self._lines[key] = row


def _failed(problems: Sequence[Problem]) -> set[Column | None]:
    return {p.column for p in problems if p.severity is Severity.ERROR}


def _number_cell(
    raw: RawRow, column: Column, reading: ColumnReading, problem: ProblemSink
) -> Decimal | None:
    text = getattr(raw, column.value)
    if raw.row in reading.conflicting_rows:
        assert reading.convention is not None
        points = reading.convention is Convention.POINT
        written = say("goods-check.decimal-points" if points else "goods-check.decimal-commas")
        problem(
            column,
            Severity.ERROR,
            say("goods-check.other-convention", text=text.strip()[:40], written=written),
        )
        return None
    try:
        return read_number(text, reading.convention)
    except Unreadable as exc:
        problem(column, Severity.ERROR, exc.said)
        return None


def _check_description(description: str, serial: str, problem: ProblemSink) -> None:
    if not description:
        problem(Column.DESCRIPTION, Severity.ERROR, say("goods-check.description-missing"))
        return
    if len(description) > MAX_DESCRIPTION:
        problem(
            Column.DESCRIPTION,
            Severity.ERROR,
            say("goods-check.description-long", length=len(description), most=MAX_DESCRIPTION),
        )
        return
    match = _VAGUE.search(description)
    if match:
        problem(
            Column.DESCRIPTION,
            Severity.ERROR,
            say("goods-check.vague", word=match.group(0)),
        )
    if not serial and not _SERIAL_IN_TEXT.search(description):
        problem(
            Column.SERIAL,
            Severity.WARNING,
            say("goods-check.no-serial"),
        )


def _pieces(text: str, number: Decimal | None, problem: ProblemSink) -> int:
    if number is None:
        if not text.strip():
            problem(Column.PIECES, Severity.ERROR, say("goods-check.pieces-missing"))
        return 0
    if number != number.to_integral_value():
        problem(Column.PIECES, Severity.ERROR, say("goods-check.pieces-not-whole", text=text[:40]))
        return 0
    if number < 1:
        problem(Column.PIECES, Severity.ERROR, say("goods-check.pieces-min"))
        return 0
    if number > MAX_PIECES:
        problem(Column.PIECES, Severity.ERROR, say("goods-check.pieces-too-many", most=MAX_PIECES))
        return 0
    return int(number)


def _check_weight(weight: Decimal, text: str, problem: ProblemSink) -> None:
    if weight < 0:
        problem(Column.WEIGHT, Severity.ERROR, say("goods-check.not-a-weight", text=text[:40]))
    elif decimals_of(weight) > WEIGHT_DECIMALS:
        problem(
            Column.WEIGHT,
            Severity.ERROR,
            say("goods-check.weight-decimals", text=text[:40], most=WEIGHT_DECIMALS),
        )


def _check_value(value: Decimal, money_decimals: int, problem: ProblemSink) -> None:
    if value <= 0:
        problem(Column.VALUE, Severity.ERROR, say("goods-check.value-not-positive"))
    elif decimals_of(value) > money_decimals:
        problem(
            Column.VALUE,
            Severity.ERROR,
            say("goods-check.value-decimals", value=format(value, "f"), most=money_decimals),
        )
    elif value >= MAX_VALUE:
        problem(
            Column.VALUE,
            Severity.ERROR,
            say("goods-check.value-implausible", value=format(value, "f")),
        )


def _check_origin(text: str, countries: set[str], problem: ProblemSink) -> str:
    origin = text.strip().upper()
    if not origin:
        problem(Column.ORIGIN, Severity.ERROR, say("goods-check.origin-missing"))
    elif len(origin) != 2 or origin not in countries:
        problem(
            Column.ORIGIN,
            Severity.ERROR,
            say("goods-check.origin-not-iso", text=text.strip()[:20]),
        )
    return origin


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
