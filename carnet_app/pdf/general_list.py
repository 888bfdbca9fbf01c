"""Paginate goods into the rows a list layout holds, with running totals and the closing.

Every page starts with a units row (weight unit, currency); later pages then repeat the totals
brought forward. A description that is too long for its cell is shrunk down to the floor size
and then carried on to the following rows of the same item; an item never splits across pages
unless it is taller than a whole page. A number too long for its column even at
``NUMBER_FLOOR_SIZE`` (a weight at the column limit with its unit, a large carried total) is
broken after its group separators onto the following rows: it prints whole. The list closes
with a separator row and the totals of pieces and value in figures and in words, English then
French, in column 2; the last item moves to the next sheet with the closing rather than leave
a sheet without goods.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from carnet_app.domain.types import GoodsLine
from carnet_app.pdf import numbers
from carnet_app.pdf.data import heading_texts
from carnet_app.pdf.fonts import Face, width_of
from carnet_app.pdf.layout import Table
from carnet_app.pdf.text_fit import candidate_sizes, wrap_text
from carnet_app.pdf.units import MM
from carnet_app.pdf.words import figures, list_closing_sentences

CELL_PADDING_MM = 1.0
NUMBER_FLOOR_SIZE = 5.5  # figures shrink further than text: a value must print whole
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
    bold: bool = False


@dataclass(frozen=True)
class ListPage:
    rows: tuple[ListRow, ...]
    totals: Totals
    is_last: bool
    weight_decimals: int = 0
    currency: str = ""  # its amounts print with this currency's decimals


@dataclass(frozen=True)
class ListPlan:
    pages: tuple[ListPage, ...]
    totals: Totals


def _cell_width_pt(table: Table, number: int) -> float:
    return (table.column(number).w - 2 * CELL_PADDING_MM) * MM


def _number_lines(text: str, table: Table, number: int) -> tuple[list[str], float]:
    """A number cell on one line, at the row size or smaller down to ``NUMBER_FLOOR_SIZE``;
    a longer one (a weight at the column limit with its unit, a large sum) is broken after its
    group separators onto the following rows, at the row size: a value always prints whole."""
    width = _cell_width_pt(table, number)
    for size in candidate_sizes(table.size, NUMBER_FLOOR_SIZE):
        if width_of(text, Face.REGULAR.value, size) <= width:
            return [text], size
    lines: list[str] = []
    current = ""
    for token in re.findall(r"[^,\s]*,|[^,\s]+|\s+", text):
        candidate = current + token
        if current.strip() and width_of(candidate.strip(), Face.REGULAR.value, table.size) > width:
            lines.append(current.strip())
            current = token.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.strip())
    broken = [
        piece for line in lines for piece in wrap_text(line, Face.REGULAR.value, table.size, width)
    ]
    return broken, table.size


def _rows_of_cells(
    cells: dict[int, str], table: Table, description: list[str], description_size: float
) -> list[ListRow]:
    """The rows an item (or a totals line) takes: its numbers on the first row, and those
    broken by ``_number_lines`` and the description carried on to the rows after it."""
    fitted = {number: _number_lines(text, table, number) for number, text in cells.items()}
    size = min([description_size, *(s for _, s in fitted.values())])
    height = max([len(description), *(len(lines) for lines, _ in fitted.values())])
    rows = []
    for index in range(height):
        row = {number: lines[index] for number, (lines, _) in fitted.items() if index < len(lines)}
        if index < len(description):
            row[2] = description[index]
        rows.append(ListRow(row, size if index == 0 else description_size))
    return rows


def format_weight(weight: Decimal | None, decimals: int = 0) -> str:
    """A weight with the list's fixed number of decimals, grouped like every number."""
    return numbers.weight(weight, decimals)


def item_rows(
    line: GoodsLine,
    table: Table,
    common_unit: str | None,
    decimals: int = 0,
    currency: str = "",
) -> list[ListRow]:
    """The rows one goods line needs: one row, or more when its description is carried on."""
    description = line.description.strip()
    if line.marks.strip():
        description = f"{description} — {line.marks.strip()}"
    width = _cell_width_pt(table, 2)
    # One type size for every row of the list: a long description takes more rows.
    chosen = wrap_text(description, Face.REGULAR.value, table.size, width)
    chosen_size = table.size
    weight = format_weight(line.weight, decimals)
    if weight and line.weight_unit and line.weight_unit != common_unit:
        weight = f"{weight} {line.weight_unit}"
    cells = {
        1: f"{line.item_no}.",
        3: numbers.count(line.pieces),
        4: weight,
        5: figures(line.value, currency=currency),
        6: line.origin,
    }
    return _rows_of_cells(cells, table, chosen or [""], chosen_size)


def heading_rows(line: GoodsLine, table: Table) -> list[ListRow]:
    """The bold, unnumbered rows of the group headings a goods line opens (none mostly)."""
    width = _cell_width_pt(table, 2)
    return [
        ListRow({2: text}, table.size, bold=True)
        for heading in heading_texts(line)
        for text in wrap_text(heading, Face.BOLD.value, table.size, width)
    ]


def _totals_rows(
    label: str, totals: Totals, table: Table, decimals: int, currency: str
) -> list[ListRow]:
    """The totals brought forward at the top of a later page (a large sum on two rows)."""
    cells = {3: numbers.count(totals.pieces), 5: figures(totals.value, currency=currency)}
    if totals.weight is not None:
        cells[4] = format_weight(totals.weight, decimals)
    return _rows_of_cells(cells, table, [label], table.size)


def closing_rows(
    totals: Totals, currency: str, table: Table, continuation_sheets: int | None
) -> list[ListRow]:
    english, french = list_closing_sentences(
        totals.pieces, totals.value, currency, continuation_sheets
    )
    span_mm = table.column(2).w - 2 * CELL_PADDING_MM  # in column 2, as the model has it
    size = table.size
    rows = [ListRow({2: SEPARATOR, 3: SEPARATOR, 4: SEPARATOR, 5: SEPARATOR}, size)]
    for sentence, italic in ((english, False), (french, True)):
        face = Face.ITALIC.value if italic else Face.REGULAR.value
        for text in wrap_text(sentence, face, size, span_mm * MM):
            rows.append(ListRow({}, size, spanning=text, spanning_italic=italic))
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
    decimals = numbers.weight_decimals(line.weight for line in goods)
    units_row = ListRow({4: unit or "", 5: currency}, first_table.size)
    pages: list[ListPage] = []
    running = Totals()
    current: list[ListRow] = [units_row]
    header_rows = 1
    table = first_table

    def close_page(is_last: bool) -> None:
        nonlocal current, table, header_rows
        pages.append(ListPage(tuple(current), running, is_last, decimals, currency))
        table = next_table
        brought = _totals_rows("Brought forward / Report", running, table, decimals, currency)
        current = [units_row, *brought]
        header_rows = len(current)

    # a line's headings go with it: a heading never ends a page
    blocks = [
        (
            heading_rows(line, next_table) + item_rows(line, next_table, unit, decimals, currency),
            line,
        )
        for line in goods
    ]
    total = Totals()
    for goods_line in goods:
        total = total.plus(goods_line)
    closing = closing_rows(total, currency, next_table, continuation_sheets)
    for index, (rows, line) in enumerate(blocks):
        # The last item goes with the closing, so no sheet holds a closing without goods.
        needed = len(rows) + (len(closing) if index == len(blocks) - 1 else 0)
        if len(current) + needed > table.rows and len(current) > header_rows:
            close_page(False)
        for row in rows:
            if len(current) >= table.rows:  # an item taller than a page: carry it over
                close_page(False)
            current.append(row)
        running = running.plus(line)
    # The closing follows the last item on its page; it splits only after an item that
    # itself fills a whole page.
    for row in closing:
        if len(current) >= table.rows:
            close_page(False)
        current.append(row)
    pages.append(ListPage(tuple(current), running, True, decimals, currency))
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
