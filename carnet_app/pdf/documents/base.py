"""Common frame of the chamber's documents: A4 letter, styles, escaped user text, page x of y."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import cache, wraps
from io import BytesIO
from typing import Any, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from carnet_app.pdf.data import Party
from carnet_app.pdf.documents.records import Letterhead
from carnet_app.pdf.documents.wording import Words
from carnet_app.pdf.fonts import (
    Face,
    han_shapes,
    han_shapes_for,
    markup,
    register_fonts,
    width_of,
)
from carnet_app.pdf.metadata import CREATOR, canvas_options
from carnet_app.pdf.text_fit import LEADING_RATIO, FittedText, draw_fitted, draw_line, fit_text
from carnet_app.pdf.units import MM
from carnet_app.pdf.words import figures

MARGIN = 20 * MM
TABLE_GAP = 2.5 * MM
Record = TypeVar("Record")


def han_shapes_of(
    parties: Callable[[Any], Sequence[Party]],
) -> Callable[[Callable[[Record], bytes]], Callable[[Record], bytes]]:
    """Render the document with the Han shapes its ``parties`` show (the holder, then the
    chamber): their names and addresses (kana, hangul), else their countries."""

    def decorate(render: Callable[[Record], bytes]) -> Callable[[Record], bytes]:
        @wraps(render)
        def shaped(record: Record) -> bytes:
            shown = parties(record)
            shapes = han_shapes_for(
                [f"{party.name} {party.address}" for party in shown],
                [party.country for party in shown],
            )
            with han_shapes(shapes):
                return render(record)

        return shaped

    return decorate


@cache
def style(name: str) -> ParagraphStyle:
    register_fonts()
    sizes = {
        "title": 15.0,
        "heading": 11.0,
        "body": 9.5,
        "small": 8.0,
        "cell": 8.5,
        "cell_right": 8.5,
    }
    size = sizes[name]
    return ParagraphStyle(
        name=name,
        fontName=Face.BOLD.value if name in ("title", "heading") else Face.REGULAR.value,
        fontSize=size,
        leading=size * 1.3,
        spaceBefore=size * 0.6 if name in ("title", "heading") else 0,
        spaceAfter=size * 0.5,
        alignment=TA_RIGHT if name == "cell_right" else TA_LEFT,
    )


# French groups thousands with a narrow no-break space (U+202F), which reportlab takes for a
# place to break a line ("1" / "102,64 EUR"); a no-break space it keeps whole.
_UNBREAKABLE = str.maketrans({"\u202f": "\u00a0"})


def para(text: str, style_name: str = "body") -> Paragraph:
    """A paragraph of user text: shaped, escaped, CJK runs in their font; a number grouped
    with narrow no-break spaces never breaks across lines."""
    return Paragraph(markup(text.translate(_UNBREAKABLE)), style(style_name))


def lines(text: str, style_name: str = "body") -> Paragraph:
    """Several lines of user text (an address), each escaped."""
    return Paragraph("<br/>".join(markup(line) for line in text.splitlines()), style(style_name))


def party_block(party: Party) -> Paragraph:
    return lines("\n".join(p for p in (party.name, party.address) if p))


def money(amount: Decimal, currency: str) -> str:
    return f"{currency} {figures(amount, currency=currency)}"


def written(day: date | None) -> str:
    """A date written out in English ("27 November 2026"), for the English-only documents."""
    return Words("en").day(day)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header: bool = True,
    right_columns: Sequence[int] = (),
) -> Table:
    """A ruled table; string cells become escaped paragraphs. A row taller than a page (the
    items of a movement of hundreds of lines) splits across pages instead of failing."""
    cells = [
        [
            para(c, "cell_right" if column in right_columns else "cell")
            if isinstance(c, str)
            else c
            for column, c in enumerate(row)
        ]
        for row in rows
    ]
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    result.spaceAfter = TABLE_GAP  # the text after a table never touches its last rule
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), Face.REGULAR.value),  # never reportlab's Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C9E7C3")))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    result.setStyle(TableStyle(commands))
    return result


def key_values(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    return table(
        [[label, value] for label, value in pairs], (width * 0.38, width * 0.62), header=False
    )


def build(
    story: list[Flowable],
    *,
    title: str,
    association: Party,
    wide: bool = False,
    letterhead: Letterhead | None = None,
    words: Words | None = None,
) -> bytes:
    """Lay out ``story`` on A4 (``wide``: landscape): the chamber's letterhead on the first
    page (logo, name, address, phone, e-mail), its name and the title on the next ones, page
    x of y at the foot, in the letter's language."""
    register_fonts()
    head = letterhead or Letterhead(association.name, association.address)
    language = words or Words(head.language)
    page_size = landscape(A4) if wide else A4
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 8 * MM,
        bottomMargin=MARGIN,
        title=title,
        author=head.name,
        subject=title,
        creator=CREATOR,
        producer=CREATOR,
        **canvas_options("fr" if language.codes == ("fr",) else "en"),
    )
    footer_title = title

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Draws "page x of y" once the page count is known (two-pass, as in pretix)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = page_size
            if number == 1:
                draw_letterhead(self, head, language, width, height)
            else:
                draw_running_head(self, head.name, footer_title, width, height)
                self.setLineWidth(0.5)
                self.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
            self.setFont(Face.REGULAR.value, 7.5)
            self.drawRightString(
                width - MARGIN, MARGIN / 2, language.label("page", number=number, total=total)
            )

    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


LETTERHEAD_HEIGHT = 34 * MM
HEAD_GAP = 6 * MM


def _one_line_size(text: str, face: str, size: float, room: float, floor: float) -> float:
    """``size``, or the smaller size (not below ``floor``) at which ``text`` fits ``room``."""
    natural = width_of(text, face, size)
    return size if natural <= room else max(floor, size * room / natural)


def draw_running_head(canvas: Canvas, name: str, title: str, width: float, height: float) -> None:
    """The chamber's name at the left and the letter's title at the right of the pages after
    the first, each in its own share of the line (smaller type rather than overlap)."""
    baseline = height - MARGIN + 2 * MM
    line = width - 2 * MARGIN
    title_size = _one_line_size(title, Face.REGULAR.value, 7.5, line / 2 - HEAD_GAP / 2, 5.5)
    title_width = min(width_of(title, Face.REGULAR.value, title_size), line / 2)
    room = line - title_width - HEAD_GAP
    name_size = _one_line_size(name, Face.BOLD.value, 9, room, 5.5)
    draw_line(canvas, name, MARGIN, baseline, room, Face.BOLD.value, name_size)
    draw_line(
        canvas, title, width - MARGIN - title_width, baseline, title_width,
        Face.REGULAR.value, title_size, "right",
    )  # fmt: skip


def draw_letterhead(
    canvas: Canvas, head: Letterhead, words: Words, width: float, height: float
) -> None:
    """Logo at the top left, then the chamber's name, address and contacts, and a rule."""
    top = height - 12 * MM
    x = MARGIN
    if head.logo_path:
        try:
            logo = ImageReader(head.logo_path)
            image_w, image_h = logo.getSize()
            scale = min(35 * MM / image_w, 22 * MM / image_h)
            canvas.drawImage(
                logo, MARGIN, top - image_h * scale, image_w * scale, image_h * scale, mask="auto"
            )
            x = MARGIN + image_w * scale + 6 * MM
        except (OSError, ValueError):
            pass  # an unreadable logo is left out; the settings command checks it when set
    room = width - MARGIN - x
    name = fit_text(head.name, Face.BOLD.value, room, 2 * 12 * LEADING_RATIO, 12, 9, 2)
    if name is None:  # a name longer than two lines at 9 pt: one line, as small as it takes
        name = FittedText((head.name,), _one_line_size(head.name, Face.BOLD.value, 12, room, 4))
    draw_fitted(canvas, name, x, top - 4 * MM + name.size * 0.95, room, Face.BOLD.value)
    lines = [line.strip() for line in head.address.splitlines() if line.strip()]
    contacts = [
        f"{words.label('phone')} {head.phone}" if head.phone else "",
        f"{words.label('email')} {head.email}" if head.email else "",
    ]
    contact_line = "   ".join(c for c in contacts if c)
    if contact_line:
        lines.append(contact_line)
    baseline = top - 9 * MM - (len(name.lines) - 1) * name.leading
    for line in lines[: 6 - len(name.lines)]:
        draw_line(canvas, line, x, baseline, room, Face.REGULAR.value, 8.5)
        baseline -= 3.8 * MM
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 30 * MM, width - MARGIN, top - 30 * MM)
