"""Paginate goods into the rows a list layout holds, with running totals and the closing.

Every page starts with a units row (weight unit, currency); later pages then repeat the totals
brought forward. A description that is too long for its cell is shrunk down to the floor size
and then carried on to the following rows of the same item; an item never splits across pages
unless it is taller than a whole page. The list closes with a separator row and the totals of
pieces and value in figures and in words, English then French, spanning columns 2 to 5; the
closing may continue on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from carnet_app.pdf.data import GoodsLine
from carnet_app.pdf.fonts import Face
from carnet_app.pdf.layout import Table
from carnet_app.pdf.text_fit import FLOOR_SIZE, TextDoesNotFit, candidate_sizes, wrap_text
from carnet_app.pdf.units import MM
from carnet_app.pdf.words import figures, list_closing_sentences

CELL_PADDING_MM = 1.0
SEPARATOR = "=" * 200


@dataclass(frozen=True)
class Totals:
    pieces: int = 0
    value: Decimal = Decimal("0")
    weight: Decimal | None = Decimal("0")

    def plus(self, line: GoodsLine) -> Totals:
        weight = None
        if self.weight is not None and line.weight is not None:
            weight = self.weight + line.weight
        return Totals(self.pieces + line.pieces, self.value + line.value, weight)


@dataclass(frozen=True)
class ListRow:
    """One printed body row: text per column number, or a text spanning columns 2-5."""

    cells: dict[int, str] = field(default_factory=dict)
    size: float = 9.0
    spanning: str = ""
    spanning_italic: bool = False


@dataclass(frozen=True)
class ListPage:
    rows: tuple[ListRow, ...]
    totals: Totals
    is_last: bool


@dataclass(frozen=True)
class ListPlan:
    pages: tuple[ListPage, ...]
    totals: Totals


def _cell_width_pt(table: Table, number: int) -> float:
    return (table.column(number).w - 2 * CELL_PADDING_MM) * MM


def _one_line(text: str, table: Table, number: int, where: str) -> tuple[str, float]:
    width = _cell_width_pt(table, number)
    for size in candidate_sizes(table.size):
        if len(wrap_text(text, Face.REGULAR.value, size, width)) <= 1:
            return text, size
    raise TextDoesNotFit(f"{where}: {text!r} does not fit its column even at 8 pt", field=where)


def format_weight(weight: Decimal | None) -> str:
    if weight is None:
        return ""
    return f"{weight.normalize():f}" if weight == weight.to_integral() else f"{weight:f}"


def item_rows(line: GoodsLine, table: Table, common_unit: str | None) -> list[ListRow]:
    """The rows one goods line needs: one row, or more when its description is carried on."""
    where = f"general list item {line.item_no}"
    description = line.description.strip()
    if line.marks.strip():
        description = f"{description} — {line.marks.strip()}"
    width = _cell_width_pt(table, 2)
    chosen: list[str] = []
    chosen_size = FLOOR_SIZE
    for size in candidate_sizes(table.size):
        chosen = wrap_text(description, Face.REGULAR.value, size, width)
        chosen_size = size
        if len(chosen) <= 1:
            break
    weight = format_weight(line.weight)
    if weight and line.weight_unit and line.weight_unit != common_unit:
        weight = f"{weight} {line.weight_unit}"
    numbers = {
        1: f"{line.item_no}.",
        3: str(line.pieces),
        4: weight,
        5: figures(line.value),
        6: line.origin,
    }
    first = {number: _one_line(text, table, number, where) for number, text in numbers.items()}
    size = min([chosen_size, *(s for _, s in first.values())])
    rows = [
        ListRow({**{n: t for n, (t, _) in first.items()}, 2: chosen[0] if chosen else ""}, size)
    ]
    rows.extend(ListRow({2: text}, chosen_size) for text in chosen[1:])
    return rows


def _totals_row(label: str, totals: Totals, table: Table) -> ListRow:
    cells = {2: label, 3: str(totals.pieces), 5: figures(totals.value)}
    if totals.weight is not None:
        cells[4] = format_weight(totals.weight)
    return ListRow(cells, min(table.size, 8.0))


def closing_rows(
    totals: Totals, currency: str, table: Table, continuation_sheets: int | None
) -> list[ListRow]:
    english, french = list_closing_sentences(
        totals.pieces, totals.value, currency, continuation_sheets
    )
    # The sentences span columns 2 to 5 (as they are drawn): a compact closing.
    span_mm = table.column_x(5) + table.column(5).w - table.column_x(2) - 2 * CELL_PADDING_MM
    rows = [ListRow({2: SEPARATOR, 3: SEPARATOR, 4: SEPARATOR, 5: SEPARATOR}, FLOOR_SIZE)]
    for sentence, italic in ((english, False), (french, True)):
        face = Face.ITALIC.value if italic else Face.REGULAR.value
        for text in wrap_text(sentence, face, FLOOR_SIZE, span_mm * MM):
            rows.append(ListRow({}, FLOOR_SIZE, spanning=text, spanning_italic=italic))
    return rows


def common_weight_unit(goods: Sequence[GoodsLine]) -> str | None:
    units = {line.weight_unit for line in goods if line.weight is not None}
    return units.pop() if len(units) == 1 else None


def paginate(
    goods: Sequence[GoodsLine],
    currency: str,
    first_table: Table,
    next_table: Table,
    continuation_sheets: int | None = None,
) -> ListPlan:
    """Cut the list into pages of the rows each layout holds; close it on the last page."""
    unit = common_weight_unit(goods)
    units_row = ListRow({4: unit or "", 5: currency}, FLOOR_SIZE)
    pages: list[ListPage] = []
    running = Totals()
    current: list[ListRow] = [units_row]
    header_rows = 1
    table = first_table

    def close_page(is_last: bool) -> None:
        nonlocal current, table, header_rows
        pages.append(ListPage(tuple(current), running, is_last))
        table = next_table
        current = [units_row, _totals_row("Brought forward / Report", running, table)]
        header_rows = 2

    blocks: list[tuple[list[ListRow], GoodsLine | None]] = [
        (item_rows(line, next_table, unit), line) for line in goods
    ]
    for rows, line in blocks:
        if len(current) + len(rows) > table.rows and len(current) > header_rows:
            close_page(False)
        for row in rows:
            if len(current) >= table.rows:  # an item taller than a page: carry it over
                close_page(False)
            current.append(row)
        if line is not None:
            running = running.plus(line)
    # The closing may split across pages, but it starts on the page of the last goods when a
    # row is free there: no sheet is added for a closing that the last page can begin.
    for row in closing_rows(running, currency, next_table, continuation_sheets):
        if len(current) >= table.rows:
            close_page(False)
        current.append(row)
    pages.append(ListPage(tuple(current), running, True))
    return ListPlan(tuple(pages), running)


def paginate_general_list(
    goods: Sequence[GoodsLine], currency: str, first_table: Table, next_table: Table
) -> ListPlan:
    """The general list, whose closing states the number of continuation sheets it uses."""
    sheets = 0
    for _ in range(4):
        plan = paginate(goods, currency, first_table, next_table, sheets)
        if len(plan.pages) - 1 == sheets:
            return plan
        sheets = len(plan.pages) - 1
    return plan


def continuation_sheets_needed(goods: Sequence[GoodsLine], currency: str) -> int:
    """How many continuation sheets the printed general list takes (wrapped descriptions
    included): what the fee schedule charges and what box G a) states."""
    from carnet_app.pdf.layout import load_layout

    first = load_layout("general-list").table
    following = load_layout("general-list-continuation").table
    assert first is not None and following is not None
    return len(paginate_general_list(goods, currency, first, following).pages) - 1
