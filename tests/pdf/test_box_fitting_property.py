"""Property, box by box: every text the desk accepts lands inside its box, and every number
inside its cell.

* Free-text boxes: a carnet's and a trip's texts (names, addresses, uses, event, declaration F)
  up to the limits the desk accepts, in Latin, Cyrillic, Greek, CJK, Arabic and Hebrew, are
  bound to one form page as ``render`` binds them; each box takes its layout strategy
  (smaller type down to its floor, more lines, then a numbered annex page) and every character
  printed, on the page and on its annex pages, lies inside the box it fills.
* Number cells: goods lines with pieces, weights (0 to 3 decimals, mixed units) and values up
  to their column limits are paginated and drawn; in every row of every page each number
  column reads exactly the cell's text (nothing cut, nothing run into the next column), no
  character straddles a column rule, and the totals (carried over or final) too.

One example draws one page and reads it back (pdfminer, without layout analysis), so the
``slow`` suite tries thousands: ``CARNET_BOX_PROPERTY_EXAMPLES`` each (default 2,000); the
default suite tries 6 of each.

Last run (2026-12-01, a shared two-core machine under a load of about 9, the run getting 13 %
of a core): 2,000 free-text pages and 2,000 goods lists, no falsifying example, 421 s of CPU
for the 4,000 (about 0.1 s an example: some 3.5 minutes a test on an idle core; 52 minutes of
wall time there). Before the fix it found weights at the column limit refused (12 digits, 3
decimals and another unit than the list's) and carried totals running into the next column.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from carnet_app.domain.application import MAX_TEXT
from carnet_app.domain.goods_checks import MAX_DESCRIPTION
from carnet_app.domain.types import GoodsLine
from carnet_app.pdf import (
    CarnetPrintData,
    Party,
    TripItem,
    TripSelection,
)
from carnet_app.pdf.annex import ANNEX_LAYOUT
from carnet_app.pdf.bindings import Value, carnet_values, trip_values, voucher_values
from carnet_app.pdf.fonts import register_fonts
from carnet_app.pdf.general_list import ListPage, paginate
from carnet_app.pdf.grids import GridPainter
from carnet_app.pdf.layout import FORM_IDS, Rect, Table, load_layout
from carnet_app.pdf.page_plan import VOUCHER_LAYOUTS, PageJob, with_annexes
from carnet_app.pdf.painter import Footer, FormPainter
from carnet_app.pdf.table_painter import draw_table_rows
from tests.pdf.conftest import MM, make_carnet
from tests.pdf.property_texts import (
    NAME_LIMIT,
    pieces,
    texts,
    values,
    weight_units,
    weights,
)

SLACK_MM = 0.5  # a glyph's centre may sit this close outside its box (its rule's width)
FORMS = tuple(form for form in FORM_IDS if form != ANNEX_LAYOUT)
COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
SHORT_DESCRIPTIONS = ("Camera", "Объектив 50 mm", "Φακός", "三脚 S/N 1", "سجادة", "מצלמה")
EXAMPLES = int(os.environ.get("CARNET_BOX_PROPERTY_EXAMPLES", "2000"))


# ---- free-text boxes ---------------------------------------------------------------------


@st.composite
def form_pages(draw: st.DrawFn) -> tuple[str, dict[str, Value]]:
    """One form page with every datum bound as ``render`` binds it."""
    layout_id = draw(st.sampled_from(FORMS))
    data: CarnetPrintData = replace(
        make_carnet(1),
        number=draw(st.sampled_from(["FR/PAR/2026/000123", "ATA-" + "9" * 40])),
        holder=Party(draw(texts(NAME_LIMIT)), draw(texts(MAX_TEXT)), "FR"),
        association=Party(draw(texts(NAME_LIMIT)), draw(texts(MAX_TEXT // 4)), "FR"),
        representatives=tuple(draw(st.lists(texts(NAME_LIMIT), max_size=4))),
        uses=tuple(draw(st.lists(st.sampled_from(["PE", "CS", "EF"]), max_size=3, unique=True))),
        use_description=draw(texts(MAX_TEXT)),
        event=draw(st.none() | texts(MAX_TEXT)),
    )
    scattered = draw(st.lists(st.integers(1, 10_000), min_size=1, max_size=400, unique=True))
    trip = TripSelection(
        vouchers=(),
        items=tuple(TripItem(n) for n in scattered),
        declarant=draw(texts(NAME_LIMIT)),
        place=draw(texts(80)),
        intended_use_at=draw(texts(MAX_TEXT)),
        transit_destination=draw(texts(MAX_TEXT)),
        means_of_transport=draw(texts(MAX_TEXT)),
        packaging=draw(texts(MAX_TEXT)),
        referenced_vouchers=tuple(draw(st.lists(st.integers(1, 200), max_size=30))),
    )
    sheets = draw(st.integers(0, 2_000))
    bound = carnet_values(data, sheets)
    bound["sheet.number"] = str(draw(st.integers(1, 2_000)))
    bound["counterfoil.first"] = str(draw(st.integers(1, 400)))
    bound["counterfoil.second"] = str(draw(st.integers(1, 400)))
    layout = load_layout(layout_id)
    voucher_no = draw(st.integers(1, 400))
    bound.update(voucher_values(layout.kind_en, layout.kind_fr, voucher_no))
    action = next((a for a, form in VOUCHER_LAYOUTS.items() if form == layout_id), None)
    if action is not None:
        bound.update(trip_values(trip, action, voucher_no))
    return layout_id, bound


def _painted(jobs: list[PageJob]) -> bytes:
    """The data of ``jobs`` alone (overlay), one page each, as ``render`` paints them."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    painter = FormPainter(canvas, overlay=True, calibration=None, grids=GridPainter(()))
    for job in jobs:
        painter.paint_page(
            load_layout(job.layout_id),
            job.values,
            Footer("", "", "", 1, 1),
            annexes=dict(job.annexes),
        )
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class _Glyph:
    """One printed character, in millimetres from the page's top-left corner."""

    text: str
    left: float
    right: float
    top: float
    bottom: float

    @property
    def x(self) -> float:
        return (self.left + self.right) / 2

    @property
    def y(self) -> float:
        return (self.top + self.bottom) / 2


def _glyphs(pdf: bytes) -> list[list[_Glyph]]:
    """The characters of each page, as a PDF reader places them (pdfminer, no layout
    analysis: several times quicker than pdfplumber, the same positions)."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for pdf_page in PDFPage.get_pages(io.BytesIO(pdf)):
        interpreter.process_page(pdf_page)
        page = device.get_result()
        height = page.height
        pages.append(
            [
                _Glyph(
                    item.get_text(),
                    item.x0 / MM,
                    item.x1 / MM,
                    (height - item.y1) / MM,
                    (height - item.y0) / MM,
                )
                for item in page
                if isinstance(item, LTChar) and not item.get_text().isspace()
            ]
        )
    return pages


def _outside(page: list[_Glyph], boxes: list[tuple[str, Rect]]) -> list[str]:
    """The characters of ``page`` whose centre lies in none of ``boxes``."""
    stray = []
    for char in page:
        x, y = char.x, char.y
        if not any(
            rect.x - SLACK_MM <= x <= rect.right + SLACK_MM
            and rect.y - SLACK_MM <= y <= rect.bottom + SLACK_MM
            for _, rect in boxes
        ):
            stray.append(f"{char.text!r} at {x:.1f}, {y:.1f} mm")
    return stray


def _check_form_page(case: tuple[str, dict[str, Value]]) -> None:
    layout_id, bound = case
    jobs = with_annexes([PageJob(layout_id, bound, "", "")], bound)
    pages = _glyphs(_painted(jobs))
    assert len(pages) == len(jobs)
    for page, job in zip(pages, jobs, strict=True):
        layout = load_layout(job.layout_id)
        boxes = [(f.id, f.rect) for f in layout.fields if f.bind and job.values.get(f.bind)]
        boxes += [(g.id, g.rect) for g in layout.grids]
        stray = _outside(page, boxes)
        assert not stray, f"{job.layout_id}: {stray[:5]}"


@settings(max_examples=6, **COMMON)
@given(form_pages())
def test_every_box_holds_its_text_or_sends_it_to_an_annex(
    case: tuple[str, dict[str, Value]],
) -> None:
    _check_form_page(case)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # thousands of pages: a loaded runner needs more than the 600 s default
@settings(max_examples=EXAMPLES, **COMMON)
@given(form_pages())
def test_every_box_holds_its_text_or_sends_it_to_an_annex_thousands(
    case: tuple[str, dict[str, Value]],
) -> None:
    _check_form_page(case)


# ---- number cells ------------------------------------------------------------------------


@st.composite
def goods_lists(draw: st.DrawFn) -> tuple[tuple[GoodsLine, ...], str, str]:
    """Goods lines with every number up to its column limit, on the general list or a
    voucher's list (mostly short descriptions: long ones are the free-text property's)."""
    carried = draw(st.integers(0, 6)) == 0  # now and then a list whose totals are carried over
    count = draw(st.integers(30, 45) if carried else st.integers(1, 8))
    lines: list[GoodsLine] = []
    unit_for_all = draw(st.none() | weight_units)
    currency = draw(st.sampled_from(["EUR", "USD", "JPY", "CHF"]))
    for number in range(1, count + 1):
        value = max(draw(values), Decimal("0.01"))
        if currency == "JPY":  # the desk takes whole yen only
            value = max(value.quantize(Decimal(1)), Decimal(1))
        heading = draw(texts(40)) if draw(st.integers(0, 9)) == 0 else ""
        lines.append(
            GoodsLine(
                item_no=number,
                description=draw(st.sampled_from(SHORT_DESCRIPTIONS) | texts(MAX_DESCRIPTION))
                if number % 15 == 0
                else draw(st.sampled_from(SHORT_DESCRIPTIONS)),
                pieces=draw(pieces),
                value=value,
                marks=draw(st.sampled_from(["", "S/N 123", "NSN"])),
                weight=draw(weights),
                weight_unit=unit_for_all or draw(weight_units),
                origin=draw(st.sampled_from(["DE", "JP", "CN", "", "EU"])),
                heading=heading,
            )
        )
    return tuple(lines), currency, draw(st.sampled_from(["general-list", "voucher-reverse"]))


@dataclass(frozen=True)
class _Cell:
    column: int
    row: int  # body row index; -1: the totals row


def _columns_read(page: list[_Glyph], table: Table) -> dict[_Cell, str]:
    """What each cell of a drawn table page reads, from its characters."""
    read: dict[_Cell, str] = {}
    for char in sorted(page, key=lambda c: (round(c.top, 1), c.left)):
        x, y = char.x, char.y
        column = next(
            (
                c.number
                for c in table.columns
                if table.column_x(c.number) <= x < table.column_x(c.number) + c.w
            ),
            0,
        )
        if table.body_top <= y < table.body_bottom:
            row = int((y - table.body_top) // table.row_h)
        elif table.body_bottom <= y <= table.body_bottom + table.totals_h:
            row = -1
        else:
            row = -2  # outside the table
        cell = _Cell(column, row)
        read[cell] = read.get(cell, "") + char.text
    return read


def _straddling(page: list[_Glyph], table: Table) -> list[str]:
    """Characters that cross a column rule (a cell's text running into its neighbour)."""
    rules = [table.column_x(c.number) for c in table.columns[1:]]
    crossing = []
    for char in page:
        if any(char.left + 0.05 < rule < char.right - 0.05 for rule in rules):
            crossing.append(f"{char.text!r} at {char.left:.1f} mm")
    return crossing


def _expected(page: ListPage) -> dict[_Cell, str]:
    """The texts of the number columns (1, 3, 4, 5, 6) and the totals row, without spaces."""
    from carnet_app.pdf import numbers
    from carnet_app.pdf.general_list import format_weight
    from carnet_app.pdf.words import figures

    def squeeze(text: str) -> str:
        return "".join(text.split())

    wanted: dict[_Cell, str] = {}
    for index, row in enumerate(page.rows):
        for number in (1, 3, 4, 5, 6):
            text = row.cells.get(number, "")
            if text and set(text) != {"="}:
                wanted[_Cell(number, index)] = squeeze(text)
    totals = page.totals
    wanted[_Cell(3, -1)] = squeeze(numbers.count(totals.pieces))
    wanted[_Cell(5, -1)] = squeeze(figures(totals.value, currency=page.currency))
    if totals.weight is not None:
        wanted[_Cell(4, -1)] = squeeze(format_weight(totals.weight, page.weight_decimals))
    return wanted


def _check_number_cells(case: tuple[tuple[GoodsLine, ...], str, str]) -> None:
    goods, currency, layout_id = case
    first = load_layout(layout_id).table
    following_id = "general-list-continuation" if layout_id == "general-list" else layout_id
    following = load_layout(following_id).table
    assert first is not None and following is not None
    plan = paginate(goods, currency, first, following)
    shown = sorted({0, len(plan.pages) - 1})  # the first page; the last, carried over
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for index in shown:
        draw_table_rows(canvas, first if index == 0 else following, plan.pages[index])
        canvas.showPage()
    canvas.save()
    for page, index in zip(_glyphs(buffer.getvalue()), shown, strict=True):
        table = first if index == 0 else following
        where = f"{layout_id} page {index + 1}"
        crossing = _straddling(page, table)
        assert not crossing, f"{where}: {crossing[:5]}"
        read = _columns_read(page, table)
        outside = [text for cell, text in read.items() if cell.row == -2 or cell.column == 0]
        assert not outside, f"{where}: characters outside the table: {outside[:5]}"
        for cell, text in _expected(plan.pages[index]).items():
            got = read.get(cell, "")
            assert got == text, (
                f"{where}, column {cell.column}, row {cell.row}: reads {got!r}, the cell is "
                f"{text!r}"
            )


@settings(max_examples=6, **COMMON)
@given(goods_lists())
def test_every_number_prints_whole_in_its_cell(
    case: tuple[tuple[GoodsLine, ...], str, str],
) -> None:
    _check_number_cells(case)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # thousands of pages: a loaded runner needs more than the 600 s default
@settings(max_examples=EXAMPLES, **COMMON)
@given(goods_lists())
def test_every_number_prints_whole_in_its_cell_thousands(
    case: tuple[tuple[GoodsLine, ...], str, str],
) -> None:
    _check_number_cells(case)
