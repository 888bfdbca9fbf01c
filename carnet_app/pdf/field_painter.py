"""Draw layout fields: their printed frame (dotted lines, date slots, signature X...X, number
boxes, yes/no boxes) on plain paper, and their value in both modes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf.fonts import Face, width_of
from carnet_app.pdf.layout import PAGE_HEIGHT_MM, Field, FormLayout
from carnet_app.pdf.text_fit import (
    draw_fitted,
    draw_line,
    fit_or_refuse,
    fit_value,
    fit_with_annex_note,
)
from carnet_app.pdf.units import MM

DOTTED_RULE = 0.4
BOX_PADDING_MM = 1.2
CAPTION_SIZE = 5.5


def x_pt(x_mm: float) -> float:
    return x_mm * MM


def y_pt(y_mm: float) -> float:
    return (PAGE_HEIGHT_MM - y_mm) * MM


def dotted_line(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    """A dotted writing line between two points given in millimetres (top-left origin)."""
    canvas.saveState()
    canvas.setLineWidth(DOTTED_RULE)
    canvas.setDash(0.6, 1.6)
    canvas.line(x_pt(x1), y_pt(y1), x_pt(x2), y_pt(y2))
    canvas.restoreState()


class FieldPainter:
    """Draws fields on one canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas

    def draw_frame(self, field: Field) -> None:
        canvas = self.canvas
        rect = field.rect
        if field.kind == "number_box":
            canvas.setLineWidth(0.9)
            canvas.rect(x_pt(rect.x), y_pt(rect.bottom), rect.w * MM, rect.h * MM)
        elif field.kind == "dotted":
            caption_w = self._draw_caption(field)
            if field.lines == 1 or not caption_w:
                start = rect.x + caption_w
                pitch = rect.h / field.lines
                for index in range(field.lines):
                    dotted_line(
                        canvas,
                        start if index == 0 else rect.x,
                        rect.y + pitch * (index + 1) - 0.4,
                        rect.right,
                        rect.y + pitch * (index + 1) - 0.4,
                    )
        elif field.kind.startswith("date_ymd"):
            self._draw_date_frame(field)
        elif field.kind == "signature":
            self._draw_caption(field)
            baseline = rect.bottom - 1.0
            canvas.setFont(Face.BOLD.value, 10)
            canvas.drawString(x_pt(rect.x), y_pt(baseline), "X")
            canvas.drawRightString(x_pt(rect.right), y_pt(baseline), "X")
            dotted_line(canvas, rect.x + 3.5, baseline, rect.right - 3.5, baseline)
        elif field.kind == "yes_no":
            canvas.setFont(Face.BOLD.value, 6.5)
            x = rect.x
            for english, french in (("Yes", "Oui"), ("No", "Non")):
                canvas.drawString(x_pt(x), y_pt(rect.bottom - 1), english)
                canvas.setFont(Face.ITALIC.value, 6.5)
                canvas.drawString(
                    x_pt(x) + width_of(english + " ", Face.BOLD.value, 6.5),
                    y_pt(rect.bottom - 1),
                    f"/ {french}",
                )
                canvas.setFont(Face.BOLD.value, 6.5)
                canvas.setLineWidth(0.6)
                canvas.rect(x_pt(x + 15), y_pt(rect.bottom - 0.5), 3 * MM, 3 * MM)
                x += 24

    def _draw_caption(self, field: Field) -> float:
        """Draw the caption (top-left, or inline for one-line fields); its width in mm."""
        if not (field.caption_en or field.caption_fr):
            return 0.0
        canvas = self.canvas
        rect = field.rect
        baseline = rect.y + rect.h / field.lines - 1.2 if field.lines == 1 else rect.y + 2.2
        if field.kind == "signature":
            baseline = rect.y + 2.2
        x = x_pt(rect.x)
        width = 0.0
        for text, face in (
            (field.caption_en, Face.BOLD.value),
            (f" / {field.caption_fr}" if field.caption_fr else "", Face.ITALIC.value),
        ):
            if text:
                canvas.setFont(face, CAPTION_SIZE)
                canvas.drawString(x + width, y_pt(baseline), text)
                width += width_of(text, face, CAPTION_SIZE)
        return width / MM + 1.0 if field.lines == 1 and field.kind == "dotted" else 0.0

    def _date_slots(self, field: Field) -> list[tuple[float, float]]:
        rect = field.rect
        gap = 4.0
        widths = [0.38, 0.26, 0.36]
        usable = rect.w - 2 * gap
        slots = []
        x = rect.x
        for share in widths:
            slots.append((x, usable * share))
            x += usable * share + gap
        return slots

    @staticmethod
    def _date_line_y(field: Field) -> float:
        """The writing line of a date: room for the value above, two caption lines below."""
        return field.rect.y + field.rect.h - 5.0

    def _draw_date_frame(self, field: Field) -> None:
        canvas = self.canvas
        line_y = self._date_line_y(field)
        day = (
            ("day (inclusive)", "jour (inclus)")
            if field.kind == "date_ymd_inclusive"
            else ("day", "jour")
        )
        captions = (("year", "année"), ("month", "mois"), day)
        for index, ((x, w), (english, french)) in enumerate(
            zip(self._date_slots(field), captions, strict=True)
        ):
            dotted_line(canvas, x, line_y, x + w, line_y)
            canvas.setFont(Face.BOLD.value, CAPTION_SIZE)
            centre = x_pt(x + w / 2)
            canvas.drawCentredString(centre, y_pt(line_y + 2.2), english)
            canvas.setFont(Face.ITALIC.value, CAPTION_SIZE)
            canvas.drawCentredString(centre, y_pt(line_y + 4.2), french)
            if index < 2:
                canvas.setFont(Face.BOLD.value, 14)
                canvas.drawCentredString(x_pt(x + w + 2.0), y_pt(line_y - 0.5), "/")

    # ---- data --------------------------------------------------------------------------------

    def draw_value(
        self, layout: FormLayout, field: Field, value: str | date, annex: int | None = None
    ) -> None:
        """Draw ``value`` in ``field``; ``annex``: the annex number that holds the whole text
        (the box then shows its beginning and a note sending the reader there)."""
        canvas = self.canvas
        rect = field.rect
        face = face_of(field)
        if isinstance(value, date):
            baseline = self._date_line_y(field) - 0.9
            parts = (f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}")
            for (x, w), part in zip(self._date_slots(field), parts, strict=True):
                draw_line(canvas, part, x_pt(x), y_pt(baseline), w * MM, face, field.size, "center")
            return
        room = text_room(field)
        if annex is not None:
            fitted = fit_with_annex_note(
                value, face, room.width, room.height, room.floor, room.max_lines, annex
            )
        else:
            fitted = fit_or_refuse(
                value,
                face,
                room.width,
                room.height,
                room.size,
                f"{layout.title}, {field.id}",
                floor=room.floor,
                max_lines=room.max_lines,
            )
        if field.kind == "dotted":
            pitch = rect.h / max(field.lines, len(fitted.lines))
            for index, line in enumerate(fitted.lines):
                baseline = rect.y + pitch * (index + 1) - 1.0
                draw_line(
                    canvas,
                    line,
                    x_pt(rect.x + room.caption_w + 0.5),
                    y_pt(baseline),
                    room.width,
                    face,
                    fitted.size,
                    field.align,
                )
            return
        top = y_pt(rect.y + 0.6)
        if field.kind == "number_box":
            top = y_pt(rect.y) - (rect.h * MM - fitted.height) / 2
        draw_fitted(
            canvas, fitted, x_pt(rect.x + BOX_PADDING_MM), top, room.width, face, field.align
        )


def face_of(field: Field) -> str:
    return Face.BOLD.value if field.bold else Face.REGULAR.value


def caption_width_mm(field: Field) -> float:
    """Room the inline caption of a one-line dotted field takes before the value."""
    if field.lines != 1 or not (field.caption_en or field.caption_fr):
        return 0.0
    text_w = width_of(field.caption_en, Face.BOLD.value, CAPTION_SIZE)
    if field.caption_fr:
        text_w += width_of(f" / {field.caption_fr}", Face.ITALIC.value, CAPTION_SIZE)
    return text_w / MM + 1.0


@dataclass(frozen=True)
class TextRoom:
    """Where a text value may go in its field, in points, and how it may shrink."""

    width: float
    height: float
    size: float
    floor: float
    max_lines: int | None
    caption_w: float = 0.0


def text_room(field: Field) -> TextRoom:
    """The field's strategy from the layout data: its size, then smaller down to its
    ``floor``, on at most ``max_lines`` lines (a dotted field: its writing lines, or more
    when ``max_lines`` allows); what still does not fit goes to an annex."""
    rect = field.rect
    if field.kind == "dotted":
        caption_w = caption_width_mm(field)
        pitch = rect.h / field.lines
        size = min(field.size, pitch / 0.3528 / 1.25)
        return TextRoom(
            width=(rect.w - caption_w - 0.5) * MM,
            height=rect.h * MM,
            size=size,
            floor=min(field.floor, size),
            max_lines=max(field.lines, field.max_lines),
            caption_w=caption_w,
        )
    max_lines = 1 if field.kind == "number_box" else (field.max_lines or None)
    return TextRoom(
        width=(rect.w - 2 * BOX_PADDING_MM) * MM,
        height=(rect.h - 2 * 0.6) * MM,
        size=field.size,
        floor=min(field.floor, field.size),
        max_lines=max_lines,
    )


def value_fits(field: Field, value: str) -> bool:
    """Whether ``value`` prints in ``field`` without an annex (results are cached)."""
    room = text_room(field)
    fitted = fit_value(
        value, face_of(field), room.width, room.height, room.size, room.floor, room.max_lines
    )
    return fitted is not None
