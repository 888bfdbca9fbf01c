"""Numbers typed in a general list, read with one decimal convention per column.

"1,234" is one thousand two hundred and thirty-four in a list written with decimal points and
one point two three four in a list written with decimal commas: a single cell cannot say which.
The convention is decided from every cell of the column (a cell like "1.200,50" or "12,5"
settles it); the file's locale hints (its separator, the language of its headers) do not: an
English header is written by French desks too, and a comma-separated file may quote "1,234"
either way. They only break a tie between cells proving both conventions. A cell that stays
ambiguous is refused, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from carnet_app.domain.messages import Message, say

MAX_NUMBER_TEXT = 40  # characters of a cell read as a number; longer is refused, not parsed
MAX_INTEGER_DIGITS = 12  # 999 999 999 999: more than any carnet's goods are worth


class Convention(StrEnum):
    POINT = "point"  # 1,234.56
    COMMA = "comma"  # 1.234,56


class NumberCell(str):
    """A cell that was a number in the workbook, already written with a decimal point."""

    __slots__ = ()


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DIGITS = re.compile(r"-?\d+")


@dataclass(frozen=True)
class ColumnReading:
    """The convention a column was read with, or the rows that disagree with it."""

    convention: Convention | None
    conflicting_rows: tuple[int, ...] = ()


def _clean(text: str) -> str:
    return _SPACES.sub("", text.strip())


def evidence(text: str) -> Convention | None:
    """The convention one cell proves on its own, if any."""
    if isinstance(text, NumberCell):
        return None
    cleaned = _clean(text)
    if len(cleaned) > MAX_NUMBER_TEXT:
        return None
    has_comma, has_point = "," in cleaned, "." in cleaned
    if has_comma and has_point:
        return Convention.COMMA if cleaned.rfind(",") > cleaned.rfind(".") else Convention.POINT
    for mark, as_decimal, as_grouping in (
        (",", Convention.COMMA, Convention.POINT),
        (".", Convention.POINT, Convention.COMMA),
    ):
        if mark not in cleaned:
            continue
        if cleaned.count(mark) > 1:
            return as_grouping if _is_grouped(cleaned, mark) else None
        whole, _, decimals = cleaned.partition(mark)
        if not decimals.isdigit() or not _DIGITS.fullmatch(whole or "0"):
            return None
        if (
            len(decimals) == 3
            and whole.lstrip("-") not in ("", "0")
            and len(whole.lstrip("-")) <= 3
        ):
            return None  # 1,234 or 1.234: either convention reads it (1001.234 is no grouping)
        return as_decimal
    return None


def _is_grouped(text: str, mark: str) -> bool:
    pattern = r"-?\d{1,3}(?:" + re.escape(mark) + r"\d{3})+"
    return re.fullmatch(pattern, text) is not None


def decide(cells: Sequence[tuple[int, str]], hint: Convention | None = None) -> ColumnReading:
    """One convention for a column from its ``(row, text)`` cells; None when no cell proves one.

    When cells prove both conventions, the one most cells prove wins (the hint breaks a tie)
    and the others are the conflicting rows (refused by the caller). The hint alone never
    settles a column: "1,234" under an English header is still refused.
    """
    votes: dict[Convention, list[int]] = {Convention.POINT: [], Convention.COMMA: []}
    for row, text in cells:
        proven = evidence(text)
        if proven is not None:
            votes[proven].append(row)
    point, comma = votes[Convention.POINT], votes[Convention.COMMA]
    if point and comma:
        winner = Convention.POINT if len(point) > len(comma) else Convention.COMMA
        if len(point) == len(comma) and hint is not None:
            winner = hint
        losers = comma if winner is Convention.POINT else point
        return ColumnReading(winner, tuple(sorted(losers)))
    if point:
        return ColumnReading(Convention.POINT)
    if comma:
        return ColumnReading(Convention.COMMA)
    return ColumnReading(None)


class Unreadable(ValueError):
    """The cell is not a number under the column's convention (``said`` says why)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said)
        self.said = said


def read_number(text: str, convention: Convention | None) -> Decimal | None:
    """The cell's number under ``convention``; None when blank.

    Raises ``Unreadable`` when the cell is not a number, is too long to be one, or is
    ambiguous because the column's convention is not known.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    if len(cleaned) > MAX_NUMBER_TEXT:
        raise Unreadable(say("goods-check.number-too-long", length=len(cleaned)))
    if isinstance(text, NumberCell):
        return _checked(cleaned)
    has_comma, has_point = "," in cleaned, "." in cleaned
    if not has_comma and not has_point:
        return _checked(cleaned)
    if convention is None:
        proven = evidence(cleaned)
        if proven is None:
            raise Unreadable(say("goods-check.number-ambiguous", text=text.strip()))
        convention = proven
    decimal_mark, group_mark = (".", ",") if convention is Convention.POINT else (",", ".")
    if group_mark in cleaned:
        whole = cleaned.split(decimal_mark)[0]
        if not _is_grouped(whole, group_mark) or cleaned.count(decimal_mark) > 1:
            raise Unreadable(say("goods-check.not-a-number", text=text.strip()))
        cleaned = cleaned.replace(group_mark, "")
    if cleaned.count(decimal_mark) > 1:
        raise Unreadable(say("goods-check.not-a-number", text=text.strip()))
    return _checked(cleaned.replace(decimal_mark, "."))


def _checked(text: str) -> Decimal:
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise Unreadable(say("goods-check.not-a-number", text=text))
    whole = text.lstrip("-").split(".")[0].lstrip("0")
    if len(whole) > MAX_INTEGER_DIGITS:
        raise Unreadable(say("goods-check.number-digits", text=text[:20], most=MAX_INTEGER_DIGITS))
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern already filters
        raise Unreadable(say("goods-check.not-a-number", text=text)) from None


def decimals_of(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0
