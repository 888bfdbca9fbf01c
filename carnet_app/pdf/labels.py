"""Printed labels: English in bold, then the French in italic, wrapped inside their rectangle."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from carnet_app.pdf.fonts import Face, register_fonts
from carnet_app.pdf.layout import Box, Text
from carnet_app.pdf.units import MM

LABEL_LEADING_RATIO = 1.15
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@cache
def label_style(size: float, align: str = "left") -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name=f"label-{size}-{align}",
        fontName=Face.REGULAR.value,
        fontSize=size,
        leading=size * LABEL_LEADING_RATIO,
        alignment=_ALIGNMENTS.get(align, TA_LEFT),
    )


def bilingual_markup(letter: str, en: str, fr: str, stacked: bool = False) -> str:
    """``<b>A. EN</b> / <i>fr</i>``; stacked puts the French on its own line."""
    parts: list[str] = []
    head = " ".join(part for part in (letter, en) if part)
    if head:
        parts.append(f"<b>{escape(head)}</b>")
    if fr:
        french = f"<i>{escape(fr)}</i>"
        if parts:
            parts.append(("<br/>" if stacked else " / ") + french)
        else:
            parts.append(french)
    return "".join(parts)


def text_markup(text: Text) -> str:
    if text.text:
        escaped = escape(text.text).replace("\n", "<br/>")
        if text.face == "bold":
            return f"<b>{escaped}</b>"
        if text.face == "italic":
            return f"<i>{escaped}</i>"
        return escaped
    return bilingual_markup(text.letter, text.en, text.fr, text.stacked)


def box_markup(box: Box) -> str:
    return bilingual_markup(box.letter, box.label_en, box.label_fr)


def paragraph(markup: str, size: float, align: str = "left") -> Paragraph:
    return Paragraph(markup, label_style(size, align))


def measure_mm(markup: str, size: float, width_mm: float, align: str = "left") -> float:
    """Height in millimetres the markup takes when wrapped to ``width_mm``."""
    _, height = paragraph(markup, size, align).wrap(width_mm * MM, 10_000)
    return float(height) / MM
