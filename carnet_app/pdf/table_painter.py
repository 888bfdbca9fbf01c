"""Draw a goods table: the printed grid (plain paper only) and the rows of one page (data)."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf import numbers
from carnet_app.pdf.fonts import Face, width_of
from carnet_app.pdf.general_list import CELL_PADDING_MM, ListPage, ListRow, format_weight
from carnet_app.pdf.labels import bilingual_markup, paragraph
from carnet_app.pdf.layout import PAGE_HEIGHT_MM, Table
from carnet_app.pdf.text_fit import draw_line
from carnet_app.pdf.units import MM
from carnet_app.pdf.words import figures

OUTER_RULE = 1.2
INNER_RULE = 0.5
ROW_BASELINE_FROM_BOTTOM_MM = 1.5
TOTALS_LABEL = ("TOTAL or CARRIED OVER", "TOTAL ou À REPORTER")
SPAN_FIRST, SPAN_LAST = 2, 2


def _y(y_mm: float) -> float:
    return (PAGE_HEIGHT_MM - y_mm) * MM


def draw_table_static(canvas: Canvas, table: Table, shade: Color) -> None:
    bottom = table.body_bottom + table.totals_h
    for column in table.columns:
        if column.shaded:
            x = table.column_x(column.number)
            canvas.setFillColor(shade)
            canvas.rect(
                x * MM, _y(bottom), column.w * MM, (bottom - table.y) * MM, stroke=0, fill=1
            )
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(INNER_RULE)
    for y_mm in (table.y + table.header_h, table.body_top):
        canvas.line(table.x * MM, _y(y_mm), (table.x + table.width) * MM, _y(y_mm))
    for column in table.columns[1:]:
        x = table.column_x(column.number)
        end = table.body_bottom if column.number == SPAN_FIRST else bottom
        canvas.line(x * MM, _y(table.y), x * MM, _y(end))
    for column in table.columns:
        x = table.column_x(column.number)
        markup = bilingual_markup("", column.en, column.fr, stacked=True)
        size = table.heading_size - 0.5 if column.rotate_heading else table.heading_size
        label = paragraph(markup, size, "center")
        if column.rotate_heading:
            # 1.5 mm clear of the rules above and below the heading
            _, height = label.wrap((table.header_h - 3) * MM, column.w * MM)
            canvas.saveState()
            canvas.translate((x + column.w) * MM, _y(table.y + table.header_h - 1.5))
            canvas.rotate(90)
            label.drawOn(canvas, 0, (column.w * MM - height) / 2)
            canvas.restoreState()
        else:
            _, height = label.wrap((column.w - 1) * MM, table.header_h * MM)
            top = table.y + (table.header_h - height / MM) / 2
            label.drawOn(canvas, (x + 0.5) * MM, _y(top) - height)
        canvas.setFont(Face.BOLD.value, 7)
        canvas.drawCentredString(
            (x + column.w / 2) * MM, _y(table.body_top - 1.1), str(column.number)
        )
    canvas.setLineWidth(OUTER_RULE)
    canvas.line(
        table.x * MM, _y(table.body_bottom), (table.x + table.width) * MM, _y(table.body_bottom)
    )
    canvas.rect(table.x * MM, _y(bottom), table.width * MM, (bottom - table.y) * MM)
    canvas.setLineWidth(INNER_RULE)
    x6 = table.column_x(6)
    canvas.line(x6 * MM, _y(bottom), (x6 + table.column(6).w) * MM, _y(table.body_bottom))
    canvas.setFont(Face.BOLD.value, 6.5)
    baseline = _y(bottom - 1.8)
    canvas.drawString((table.x + CELL_PADDING_MM) * MM, baseline, TOTALS_LABEL[0])
    canvas.setFont(Face.ITALIC.value, 6.5)
    canvas.drawString(
        (table.x + CELL_PADDING_MM) * MM + width_of(TOTALS_LABEL[0] + " ", Face.BOLD.value, 6.5),
        baseline,
        f"/ {TOTALS_LABEL[1]}",
    )


def _draw_cell(
    canvas: Canvas, table: Table, number: int, text: str, baseline: float, size: float, face: str
) -> None:
    column = table.column(number)
    x = (table.column_x(number) + CELL_PADDING_MM) * MM
    width = (column.w - 2 * CELL_PADDING_MM) * MM
    if text and set(text) == {"="}:
        text = "=" * int(width / width_of("=", face, size))
    draw_line(canvas, text, x, baseline, width, face, size, column.align)


def _draw_row(canvas: Canvas, table: Table, row: ListRow, baseline: float) -> None:
    if row.spanning:
        x = (table.column_x(SPAN_FIRST) + CELL_PADDING_MM) * MM
        width = (
            table.column_x(SPAN_LAST)
            + table.column(SPAN_LAST).w
            - table.column_x(SPAN_FIRST)
            - 2 * CELL_PADDING_MM
        ) * MM
        face = Face.ITALIC.value if row.spanning_italic else Face.REGULAR.value
        draw_line(canvas, row.spanning, x, baseline, width, face, row.size)
        return
    face = Face.BOLD.value if row.bold else Face.REGULAR.value
    for number, text in row.cells.items():
        if text:
            _draw_cell(canvas, table, number, text, baseline, row.size, face)


def draw_table_rows(canvas: Canvas, table: Table, page: ListPage) -> None:
    """The rows of one page, and its totals (carried over, or the final total)."""
    for index, row in enumerate(page.rows):
        baseline = _y(table.body_top + (index + 1) * table.row_h - ROW_BASELINE_FROM_BOTTOM_MM)
        _draw_row(canvas, table, row, baseline)
    totals = page.totals
    baseline = _y(table.body_bottom + table.totals_h - 1.8)
    cells = {3: numbers.count(totals.pieces), 5: figures(totals.value, currency=page.currency)}
    if totals.weight is not None:
        cells[4] = format_weight(totals.weight, page.weight_decimals)
    for number, text in cells.items():
        size = fitting_size(text, Face.BOLD.value, table.size, _cell_width(table, number))
        _draw_cell(canvas, table, number, text, baseline, size, Face.BOLD.value)


def _cell_width(table: Table, number: int) -> float:
    return (table.column(number).w - 2 * CELL_PADDING_MM) * MM


def fitting_size(text: str, face: str, size: float, width: float) -> float:
    """``size``, or the smaller size at which ``text`` fits ``width`` on one line (a total
    never runs into its neighbour)."""
    natural = width_of(text, face, size)
    return size if natural <= width else size * width / natural
