"""Printer calibration for overlay printing, and the test sheet a clerk measures it with.

A point designed at (x, y) mm from the top-left corner of the sheet prints at
``(offset_x_mm + scale * x, offset_y_mm + scale * y)``. Positive offsets move the print right
and down. To measure: print the calibration sheet on the printer (no calibration applied),
measure where crosshair A (designed at 20, 20 mm) and crosshair B (designed at 190, 20 mm) came
out; then ``scale = (Bx - Ax) / 170``, ``offset_x_mm = Ax - 20 * scale`` and
``offset_y_mm = Ay - 20 * scale``.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.pdf.fonts import Face, register_fonts
from carnet_app.pdf.layout import PAGE_HEIGHT_MM, PAGE_WIDTH_MM
from carnet_app.pdf.metadata import CREATOR, canvas_options, describe
from carnet_app.pdf.units import MM

MAX_OFFSET_MM = 25.0
MIN_SCALE = 0.9
MAX_SCALE = 1.1

CROSSHAIRS: tuple[tuple[str, float, float], ...] = (
    ("A", 20.0, 20.0),
    ("B", 190.0, 20.0),
    ("C", 20.0, 277.0),
    ("D", 190.0, 277.0),
    ("E", 105.0, 148.5),
)


@dataclass(frozen=True)
class Calibration:
    """Per-printer correction for overlay printing (millimetres and a scale factor)."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0

    def __post_init__(self) -> None:
        for name, offset in (("offset_x_mm", self.offset_x_mm), ("offset_y_mm", self.offset_y_mm)):
            if abs(offset) > MAX_OFFSET_MM:
                raise UserError(
                    say(
                        "calibration.offset-too-large",
                        name=name,
                        offset=offset,
                        most=f"{MAX_OFFSET_MM:g}",
                    ),
                    field=name,
                )
        if not MIN_SCALE <= self.scale <= MAX_SCALE:
            raise UserError(
                say("calibration.scale", scale=self.scale, low=MIN_SCALE, high=MAX_SCALE),
                field="scale",
            )

    @classmethod
    def from_measurements(cls, a_x: float, a_y: float, b_x: float) -> Calibration:
        """From where crosshairs A and B of the test sheet printed (mm from the top-left)."""
        scale = (b_x - a_x) / 170.0
        return cls(offset_x_mm=a_x - 20.0 * scale, offset_y_mm=a_y - 20.0 * scale, scale=scale)

    def apply(self, canvas: Canvas) -> None:
        """Transform the canvas so that designed positions print where they should."""
        page_height = PAGE_HEIGHT_MM * MM
        canvas.translate(self.offset_x_mm * MM, -self.offset_y_mm * MM)
        canvas.translate(0, page_height)
        canvas.scale(self.scale, self.scale)
        canvas.translate(0, -page_height)


def _y(top_mm: float) -> float:
    return (PAGE_HEIGHT_MM - top_mm) * MM


def _rulers(canvas: Canvas) -> None:
    canvas.setLineWidth(0.3)
    canvas.setFont(Face.REGULAR.value, 5)
    for x_mm in range(0, int(PAGE_WIDTH_MM) + 1):
        tick = 6.0 if x_mm % 10 == 0 else 4.0 if x_mm % 5 == 0 else 2.5
        canvas.line(x_mm * MM, _y(0), x_mm * MM, _y(tick))
        if x_mm % 10 == 0 and 0 < x_mm < PAGE_WIDTH_MM:
            canvas.drawCentredString(x_mm * MM, _y(8.5), str(x_mm))
    for y_mm in range(0, int(PAGE_HEIGHT_MM) + 1):
        tick = 6.0 if y_mm % 10 == 0 else 4.0 if y_mm % 5 == 0 else 2.5
        canvas.line(0, _y(y_mm), tick * MM, _y(y_mm))
        if y_mm % 10 == 0 and 0 < y_mm < PAGE_HEIGHT_MM:
            canvas.drawString(7 * MM, _y(y_mm) - 1.8, str(y_mm))


def _crosshair(canvas: Canvas, name: str, x_mm: float, y_mm: float) -> None:
    x, y = x_mm * MM, _y(y_mm)
    canvas.setLineWidth(0.25)
    canvas.line(x - 8 * MM, y, x + 8 * MM, y)
    canvas.line(x, y - 8 * MM, x, y + 8 * MM)
    canvas.circle(x, y, 3 * MM)
    canvas.setFont(Face.BOLD.value, 9)
    canvas.drawString(x + 4 * MM, y + 4 * MM, name)
    canvas.setFont(Face.REGULAR.value, 6.5)
    position = f"x {x_mm:g} mm, y {y_mm:g} mm"
    if x_mm > PAGE_WIDTH_MM / 2 + 40:  # keep the caption on the paper
        canvas.drawRightString(x - 4 * MM, y - 6 * MM, position)
    else:
        canvas.drawString(x + 4 * MM, y - 6 * MM, position)


INSTRUCTIONS = (
    "PRINTER CALIBRATION SHEET / Feuille d'étalonnage de l'imprimante",
    "Print this sheet on plain A4 paper with the printer and settings used for the official",
    "forms (actual size, no 'fit to page'). Measure from the top-left corner of the paper, in mm:",
    "1. where the centre of crosshair A printed (Ax, Ay);  2. where crosshair B printed (Bx).",
    "scale = (Bx - Ax) / 170     offset x = Ax - 20 x scale     offset y = Ay - 20 x scale",
    "Enter the three numbers in Settings > Printer offsets. C, D and E let you check the result.",
)


def render_calibration_sheet() -> bytes:
    """A one-page A4 PDF with millimetre rulers along the top and left edges and crosshairs
    at known positions (see ``CROSSHAIRS``), printed without any calibration."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, **canvas_options("en"))
    describe(canvas, title="Carnet Desk printer calibration sheet", author=CREATOR)
    _rulers(canvas)
    for name, x_mm, y_mm in CROSSHAIRS:
        _crosshair(canvas, name, x_mm, y_mm)
    top = 60.0
    for index, line in enumerate(INSTRUCTIONS):
        canvas.setFont(
            Face.BOLD.value if index == 0 else Face.REGULAR.value, 10 if index == 0 else 8
        )
        canvas.drawString(30 * MM, _y(top + index * 6), line)
    canvas.setLineWidth(0.5)
    canvas.rect(30 * MM, _y(240), 150 * MM, 100 * MM)
    canvas.setFont(Face.REGULAR.value, 7)
    canvas.drawString(31 * MM, _y(143.5), "This frame measures exactly 150 x 100 mm.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
