"""The generic form renderer: draws any layout, as a plain-paper form or as a data overlay.

Plain paper: sheet tint, boxes, labels, side strips, dotted lines, stamp circles, shaded customs
zones, tables, then the data. Overlay: the data alone, moved by the printer calibration. The
printed parts of a layout are drawn once per document into a PDF form XObject and reused on
every page of that layout, which keeps a thousand-page carnet small and quick.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf.bindings import Value
from carnet_app.pdf.calibration import Calibration
from carnet_app.pdf.field_painter import (
    BOX_PADDING_MM,
    CAPTION_SIZE,
    FieldPainter,
    dotted_line,
    x_pt,
    y_pt,
)
from carnet_app.pdf.fonts import Face, width_of
from carnet_app.pdf.general_list import ListPage
from carnet_app.pdf.grids import GridPainter
from carnet_app.pdf.labels import box_markup, paragraph, text_markup
from carnet_app.pdf.layout import (
    SHADE_COLOURS,
    SHEET_COLOURS,
    Box,
    FormLayout,
    Strip,
    Text,
)
from carnet_app.pdf.table_painter import draw_table_rows, draw_table_static
from carnet_app.pdf.text_fit import draw_line
from carnet_app.pdf.units import MM

HEAVY_RULE = 1.6
LIGHT_RULE = 0.5
FOOTER_SIZE = 6.5


@dataclass(frozen=True)
class Footer:
    """What identifies a page: carnet number, the part (voucher kind and number), sheet x of y."""

    carnet_number: str
    part_en: str
    part_fr: str
    sheet: int
    sheets: int


class FormPainter:
    """Paints pages of any layout onto one canvas (one document)."""

    def __init__(
        self,
        canvas: Canvas,
        *,
        overlay: bool,
        calibration: Calibration | None,
        grids: GridPainter,
    ) -> None:
        self.canvas = canvas
        self.overlay = overlay
        self.calibration = calibration if overlay else None
        self.grids = grids
        self.fields = FieldPainter(canvas)
        self._forms: set[str] = set()
        self.before_show_page: Callable[[], None] | None = None  # e.g. the page's proof code

    # ---- pages -------------------------------------------------------------------------------

    def paint_page(
        self,
        layout: FormLayout,
        values: Mapping[str, Value],
        footer: Footer,
        *,
        colour: str | None = None,
        list_page: ListPage | None = None,
        list_key: str = "",
        annexes: Mapping[str, int] | None = None,
    ) -> None:
        canvas = self.canvas
        sheet_colour = colour or layout.colour
        static_name = f"static-{layout.id}-{sheet_colour}"
        if not self.overlay and static_name not in self._forms:
            canvas.beginForm(static_name)
            self._draw_static(layout, sheet_colour)
            canvas.endForm()
            self._forms.add(static_name)
        rows_name = f"rows-{list_key}" if list_page is not None and list_key else ""
        if rows_name and rows_name not in self._forms and layout.table is not None:
            canvas.beginForm(rows_name)
            assert list_page is not None
            draw_table_rows(canvas, layout.table, list_page)
            canvas.endForm()
            self._forms.add(rows_name)
        canvas.saveState()
        if self.calibration is not None:
            self.calibration.apply(canvas)
        if not self.overlay:
            canvas.doForm(static_name)
        for field in layout.fields:
            if self.overlay and field.filled_by == "form":
                continue  # printed on the official form already: a clerk does not type it
            value = values.get(field.bind) if field.bind else None
            if value:
                annex = annexes.get(field.id) if annexes else None
                self.fields.draw_value(layout, field, value, annex)
        for grid in layout.grids:
            self.grids.draw_data(canvas, grid)
        if list_page is not None and layout.table is not None:
            if rows_name:
                canvas.doForm(rows_name)
            else:
                draw_table_rows(canvas, layout.table, list_page)
        if not self.overlay:  # the official form has its own numbering
            self._draw_footer(footer)
        canvas.restoreState()
        if self.before_show_page is not None:
            self.before_show_page()
        canvas.showPage()

    # ---- printed form ------------------------------------------------------------------------

    def _draw_static(self, layout: FormLayout, colour: str) -> None:
        canvas = self.canvas
        if colour != "white":
            canvas.setFillColor(HexColor(SHEET_COLOURS[colour]))
            canvas.rect(0, 0, x_pt(210), y_pt(0), stroke=0, fill=1)
        shade = HexColor(SHADE_COLOURS[colour])
        for box in layout.boxes:
            if box.shaded:
                canvas.setFillColor(shade)
                canvas.rect(
                    x_pt(box.rect.x),
                    y_pt(box.rect.bottom),
                    box.rect.w * MM,
                    box.rect.h * MM,
                    stroke=0,
                    fill=1,
                )
        canvas.setFillColor(black)
        canvas.setStrokeColor(black)
        for strip in layout.strips:
            self._draw_strip(strip, shade)
        if layout.table is not None:
            draw_table_static(canvas, layout.table, shade)
        for box in layout.boxes:
            self._draw_box(box)
        for line in layout.lines:
            if line.style == "dotted":
                dotted_line(canvas, line.x1, line.y1, line.x2, line.y2)
                continue
            canvas.saveState()
            canvas.setLineWidth(line.weight)
            if line.style == "dashed":
                canvas.setDash(3, 2)
            canvas.line(x_pt(line.x1), y_pt(line.y1), x_pt(line.x2), y_pt(line.y2))
            canvas.restoreState()
        for circle in layout.circles:
            canvas.saveState()
            canvas.setLineWidth(0.6)
            canvas.setDash(1, 1.5)
            height = circle.h or circle.d
            canvas.ellipse(
                x_pt(circle.x - circle.d / 2),
                y_pt(circle.y - height / 2),
                x_pt(circle.x + circle.d / 2),
                y_pt(circle.y + height / 2),
            )
            canvas.restoreState()
            if circle.caption_en or circle.caption_fr:
                caption = f"{circle.caption_en} / {circle.caption_fr}".strip(" /")
                canvas.setFont(Face.ITALIC.value, CAPTION_SIZE)
                canvas.drawCentredString(x_pt(circle.x), y_pt(circle.y + height / 2 + 2.5), caption)
        for text in layout.texts:
            self._draw_text(text)
        for field in layout.fields:
            self.fields.draw_frame(field)
        for grid in layout.grids:
            self.grids.draw_static(canvas, grid)

    def _draw_box(self, box: Box) -> None:
        canvas = self.canvas
        rect = box.rect
        if box.border != "none":
            canvas.setLineWidth(HEAVY_RULE if box.border == "heavy" else LIGHT_RULE)
            left, right = x_pt(rect.x), x_pt(rect.right)
            top, bottom = y_pt(rect.y), y_pt(rect.bottom)
            if box.sides == "TRBL":
                canvas.rect(left, bottom, rect.w * MM, rect.h * MM, stroke=1, fill=0)
            else:
                sides = {
                    "T": (left, top, right, top),
                    "R": (right, top, right, bottom),
                    "B": (left, bottom, right, bottom),
                    "L": (left, top, left, bottom),
                }
                for side in box.sides:
                    canvas.line(*sides[side])
        markup = box_markup(box)
        if markup:
            label = paragraph(markup, box.label_size, box.label_align)
            width = (rect.w - 2 * BOX_PADDING_MM) * MM
            _, height = label.wrap(width, rect.h * MM)
            label.drawOn(canvas, x_pt(rect.x + BOX_PADDING_MM), y_pt(rect.y + 0.9) - height)

    def _draw_strip(self, strip: Strip, shade: object) -> None:
        canvas = self.canvas
        rect = strip.rect
        if strip.shaded:
            canvas.setFillColor(shade)
            canvas.rect(x_pt(rect.x), y_pt(rect.bottom), rect.w * MM, rect.h * MM, stroke=0, fill=1)
            canvas.setFillColor(black)
        canvas.setLineWidth(0.8)
        canvas.rect(x_pt(rect.x), y_pt(rect.bottom), rect.w * MM, rect.h * MM, stroke=1, fill=0)
        letters = (
            [ch for ch in strip.text if not ch.isspace()]
            if len(strip.text) > 12
            else list(strip.text)
        )
        pitch = min(rect.h / max(len(letters), 1), strip.size * 0.3528 * 2.2)
        top = rect.y + (rect.h - pitch * len(letters)) / 2
        canvas.setFont(Face.BOLD.value, strip.size)
        for index, letter in enumerate(letters):
            baseline = top + pitch * index + pitch / 2 + strip.size * 0.3528 * 0.35
            canvas.drawCentredString(x_pt(rect.x + rect.w / 2), y_pt(baseline), letter)

    def _draw_text(self, text: Text) -> None:
        canvas = self.canvas
        rect = text.rect
        if text.rotate:
            label = paragraph(text_markup(text), text.size, text.align)
            _, height = label.wrap(rect.h * MM, rect.w * MM)
            canvas.saveState()
            canvas.translate(x_pt(rect.right), y_pt(rect.bottom))
            canvas.rotate(90)
            label.drawOn(canvas, 0, (rect.w * MM - height) / 2)
            canvas.restoreState()
            return
        label = paragraph(text_markup(text), text.size, text.align)
        _, height = label.wrap(rect.w * MM, rect.h * MM)
        label.drawOn(canvas, x_pt(rect.x), y_pt(rect.y) - height)

    def _draw_footer(self, footer: Footer) -> None:
        """Carnet number at the left, sheet x of y at the right, the part between them."""
        canvas = self.canvas
        baseline = y_pt(291.5)
        canvas.setFillColor(black)
        left = f"A.T.A. CARNET No. {footer.carnet_number}"
        right = (
            f"Sheet {footer.sheet} of {footer.sheets} / Feuille {footer.sheet} sur {footer.sheets}"
        )
        size = FOOTER_SIZE
        draw_line(canvas, left, x_pt(12), baseline, 90 * MM, Face.BOLD.value, size)
        draw_line(canvas, right, x_pt(108), baseline, 90 * MM, Face.REGULAR.value, size, "right")
        start = x_pt(12) + width_of(left, Face.BOLD.value, size) + 4 * MM
        end = x_pt(198) - width_of(right, Face.REGULAR.value, size) - 4 * MM
        part = f"{footer.part_en} / {footer.part_fr}" if footer.part_fr else footer.part_en
        natural = width_of(part, Face.REGULAR.value, size)
        if natural > end - start:  # widths grow with the size: one measurement is enough
            size = max(4.5, size * (end - start) / natural)
        draw_line(canvas, part, start, baseline, end - start, Face.REGULAR.value, size, "center")
