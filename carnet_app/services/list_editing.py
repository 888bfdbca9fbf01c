"""The general list as the issuing wizard edits it: lines as typed (goods lines and group
headings), checked line by line with the carnet's rules, read from a pasted or imported sheet,
and rebuilt from a stored carnet's goods."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from carnet_app.db.models import GoodsItem
from carnet_app.domain.application import MAX_HEADING
from carnet_app.domain.goods_checks import (
    Column,
    Problem,
    RawRow,
    Severity,
    check_rows,
    parse_decimal,
)
from carnet_app.domain.messages import say
from carnet_app.domain.types import GoodsLine
from carnet_app.services.general_list import headings_of
from carnet_app.services.goods_import import ColumnMapping, is_heading_row


@dataclass(frozen=True)
class EditorLine:
    """One general-list line as typed: every cell is text until it is checked.

    ``heading``: the line is a group heading ("CASE 1 – CAMERA KIT"), its text in
    ``description``; it opens the group of the goods lines after it and is never numbered or
    counted."""

    description: str = ""
    serial: str = ""
    pieces: str = ""
    weight: str = ""
    value: str = ""
    origin: str = ""
    heading: bool = False

    def is_blank(self) -> bool:
        if self.heading:
            return not self.description.strip()
        return not any(
            cell.strip()
            for cell in (
                self.description,
                self.serial,
                self.pieces,
                self.weight,
                self.value,
                self.origin,
            )
        )


@dataclass(frozen=True)
class ListCheck:
    """The general list checked: problems by 1-based line, the lines that convert, and the
    running totals of every cell that reads as a number (lines in error included)."""

    problems: tuple[Problem, ...]
    goods: tuple[GoodsLine, ...]
    line_count: int
    total_pieces: int = 0
    total_weight: Decimal = Decimal(0)
    total_value: Decimal = Decimal(0)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def check_general_list(lines: Sequence[EditorLine], known_codes: Sequence[str]) -> ListCheck:
    """The carnet-specific checks of every line (blank lines are skipped, not numbered; a
    heading line opens the goods after it and is neither numbered nor counted)."""
    raw: list[RawRow] = []
    heading_of: dict[int, str] = {}  # row → the heading(s) opening before it
    pending: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.is_blank():
            continue
        if line.heading:
            pending.append((index + 1, " ".join(line.description.split())))
            continue
        if pending:
            heading_of[index + 1] = "\n".join(text for _, text in pending)
            pending = []
        raw.append(
            RawRow(
                row=index + 1,
                description=line.description,
                serial=line.serial,
                pieces=line.pieces,
                weight=line.weight,
                value=line.value,
                origin=line.origin,
            )
        )
    goods, problems = check_rows(raw, known_country_codes=known_codes)
    problems.extend(_heading_problems(lines, pending))
    problems.sort(key=lambda problem: problem.row)
    good_rows = [
        row.row
        for row in raw
        if not any(p.row == row.row and p.severity is Severity.ERROR for p in problems)
    ]
    goods = [
        replace(line, heading=heading_of.get(row, ""))
        for line, row in zip(goods, good_rows, strict=True)
    ]
    pieces, weight, value = 0, Decimal(0), Decimal(0)
    for row in raw:
        count = parse_decimal(row.pieces)
        if count is not None and count == count.to_integral_value() and count > 0:
            pieces += int(count)
        weight += parse_decimal(row.weight) or Decimal(0)
        value += parse_decimal(row.value) or Decimal(0)
    return ListCheck(tuple(problems), tuple(goods), len(raw), pieces, weight, value)


def _heading_problems(
    lines: Sequence[EditorLine], dangling: Sequence[tuple[int, str]]
) -> list[Problem]:
    """A heading too long, and the headings with no goods after them."""
    found = [
        Problem(
            index + 1,
            Column.DESCRIPTION,
            Severity.ERROR,
            say("goods-check.heading-too-long", most=MAX_HEADING),
        )
        for index, line in enumerate(lines)
        if line.heading and len(line.description.strip()) > MAX_HEADING
    ]
    found.extend(
        Problem(
            row,
            Column.DESCRIPTION,
            Severity.ERROR,
            say("goods-check.heading-alone", text=text[:40]),
        )
        for row, text in dangling
    )
    return found


def lines_from_table(rows: Sequence[Sequence[str]], mapping: ColumnMapping) -> list[EditorLine]:
    """The rows of an imported sheet under a column mapping, as editor lines (not checked).
    Without a quantity column the pieces stay empty, so each line says so when checked."""
    lines: list[EditorLine] = []
    for row in rows[mapping.header_row :]:
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: Column, row: Sequence[str] = row) -> str:
            position = mapping.columns.get(column)
            if position is None or position >= len(row):
                return ""
            return row[position].strip()

        if is_heading_row(cell, mapping):
            lines.append(EditorLine(description=cell(Column.DESCRIPTION), heading=True))
            continue
        lines.append(
            EditorLine(
                description=cell(Column.DESCRIPTION),
                serial=cell(Column.SERIAL),
                pieces=cell(Column.PIECES),  # no quantity column: flagged, never assumed 1
                weight=cell(Column.WEIGHT),
                value=cell(Column.VALUE),
                origin=cell(Column.ORIGIN),
            )
        )
    return lines


def editor_lines_of(items: Iterable[GoodsItem]) -> tuple[EditorLine, ...]:
    """A stored general list as editor lines: each item's headings, then the item."""
    return tuple(
        line
        for item in sorted(items, key=lambda i: i.item_no)
        for line in (
            *(EditorLine(description=text, heading=True) for text in headings_of(item.heading)),
            _editor_line(item),
        )
    )


def _editor_line(item: GoodsItem) -> EditorLine:
    """The line as the clerk typed it: the serial that checking appended to the description
    goes back to its own column."""
    description = item.description
    suffix = f", {item.marks}"
    if item.marks and description.endswith(suffix):
        description = description[: -len(suffix)]
    return EditorLine(
        description=description,
        serial=item.marks,
        pieces=str(item.pieces),
        weight="" if item.weight is None else _plain(item.weight),
        value=_plain(item.value, money=True),
        origin=item.origin,
    )


def _plain(amount: Decimal, *, money: bool = False) -> str:
    """``48.000`` → ``48``, ``0.500`` → ``0.5``; money keeps its cents (``12.50``) unless
    they are zero."""
    text = format(amount, "f")
    if "." not in text:
        return text
    whole, decimals = text.split(".")
    decimals = decimals.rstrip("0")
    if money and decimals:
        decimals = decimals.ljust(2, "0")
    return f"{whole}.{decimals}" if decimals else whole
