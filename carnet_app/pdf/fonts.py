"""Fonts: the embedded DejaVu Sans family, Droid Sans Fallback for CJK, and right-to-left shaping.

Any holder name must print. Text is cut into *runs*, each drawn with a font that has its glyphs:
DejaVu Sans (embedded, Latin/Greek/Cyrillic/Arabic/Hebrew) for most scripts, Droid Sans
Fallback (a TrueType font, embedded and subset like DejaVu) for Chinese, Japanese and Korean.
No font is left unembedded: every file reads the same on a reader without Asian fonts.
Arabic is shaped (``arabic_reshaper``) and every line
containing right-to-left text is put in visual order (``python-bidi``) *after* wrapping, so
lines break in reading order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from carnet_app.resources import resource_path


class Face(StrEnum):
    REGULAR = "CarnetSans"
    BOLD = "CarnetSans-Bold"
    ITALIC = "CarnetSans-Oblique"
    BOLD_ITALIC = "CarnetSans-BoldOblique"


_FACE_FILES = {
    Face.REGULAR: "DejaVuSans.ttf",
    Face.BOLD: "DejaVuSans-Bold.ttf",
    Face.ITALIC: "DejaVuSans-Oblique.ttf",
    Face.BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_FACE_NAMES = frozenset(face.value for face in Face)
CJK_FONT = "CarnetCJK"
CJK_FILE = "DroidSansFallback.ttf"


@cache
def register_fonts() -> None:
    """Register the embedded families once per process."""
    for face, filename in _FACE_FILES.items():
        pdfmetrics.registerFont(TTFont(face.value, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        Face.REGULAR.value,
        normal=Face.REGULAR.value,
        bold=Face.BOLD.value,
        italic=Face.ITALIC.value,
        boldItalic=Face.BOLD_ITALIC.value,
    )
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path("fonts", CJK_FILE))))


@cache
def _glyphs_of(face: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _is_cjk(code: int) -> bool:
    return (
        0x3000 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FA1F
        or _is_hangul(code)
    )


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def shape(text: str) -> str:
    """Normalise, and join Arabic letters into their contextual forms (still logical order)."""
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.bidirectional(ch) == "AL" for ch in text):
        return str(arabic_reshaper.reshape(text))
    return text


LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
_DIRECTION_MARKS = str.maketrans("", "", LEFT_TO_RIGHT_MARK + RIGHT_TO_LEFT_MARK)


def paragraph_direction(paragraph: str) -> str:
    """``R`` or ``L``: the direction of the paragraph's first strong character (UAX #9 P2)."""
    for ch in paragraph:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def mark_direction(lines: list[str], paragraph: str) -> list[str]:
    """The lines of one paragraph holding right-to-left text, each starting with the
    paragraph's direction mark: every line is then reordered with the paragraph's base
    direction ("Søren ; محمد" keeps its reading order on every line it wraps to)."""
    if not has_right_to_left(paragraph):
        return lines
    mark = RIGHT_TO_LEFT_MARK if paragraph_direction(paragraph) == "R" else LEFT_TO_RIGHT_MARK
    return [mark + line for line in lines]


def without_marks(text: str) -> str:
    return text.translate(_DIRECTION_MARKS)


def visual_line(line: str) -> str:
    """One already wrapped line, reordered for display when it holds right-to-left text (its
    leading direction mark, set by ``mark_direction``, gives the paragraph's direction)."""
    if has_right_to_left(line):
        return without_marks(str(get_display(line)))
    return without_marks(line) if line[:1] in (LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK) else line


def extractable_text(display: str) -> str:
    """The ActualText of a drawn line: its letters in drawing order with the Arabic
    presentation forms folded back to letters (a lam-alef ligature to lam then alef, in that
    drawing order). Text extractors put right-to-left runs back in logical order, so a search
    for "سجادة" finds the word that the shaped glyphs show."""
    folded = (
        unicodedata.normalize("NFKC", ch)[::-1]
        if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF
        else ch
        for ch in without_marks(display)
    )
    return "".join(folded)


def needs_actual_text(line: str) -> bool:
    """Lines whose drawn glyphs are not their logical text (reordered or shaped)."""
    return has_right_to_left(line)


@dataclass(frozen=True)
class Run:
    text: str
    font: str


def runs(text: str, face: str = Face.REGULAR.value) -> list[Run]:
    """Cut ``text`` into runs that ``face`` (or a fallback with the glyphs) can draw."""
    register_fonts()
    if face not in _FACE_NAMES:  # the CJK font draws its own script as it is
        return [Run(text, face)]
    own = _glyphs_of(face)
    codes = set(map(ord, text))
    if codes <= own:  # the common case: one run
        return [Run(text, face)]
    regular = _glyphs_of(Face.REGULAR.value)
    result: list[Run] = []
    for ch in text:
        code = ord(ch)
        if code in own or ch.isspace():
            font = face
        elif code in regular:
            font = Face.REGULAR.value
        elif _is_cjk(code) or code in _glyphs_of(CJK_FONT):
            font = CJK_FONT
        else:
            font = face  # no font has it: the reader shows a missing-glyph box, never silence
        if result and result[-1].font == font:
            result[-1] = Run(result[-1].text + ch, font)
        else:
            result.append(Run(ch, font))
    return result


def width_of(text: str, face: str, size: float) -> float:
    """Width in points of ``text`` drawn with ``face`` and its fallbacks."""
    if text.isascii() or face not in _FACE_NAMES or set(map(ord, text)) <= _glyphs_of(face):
        return float(pdfmetrics.stringWidth(text, face, size))
    return sum(float(pdfmetrics.stringWidth(r.text, r.font, size)) for r in runs(text, face))


def markup(text: str, face: str = Face.REGULAR.value) -> str:
    """Paragraph markup for user text: shaped, escaped, CJK runs in the CJK font.

    Right-to-left text is put in visual order here as a whole, so callers keep such values
    short (names, places), which is what the documents print.
    """
    shaped = shape(text)
    display = visual_line(mark_direction([shaped], shaped)[0])
    parts: list[str] = []
    for run in runs(display, face):
        escaped = escape(run.text)
        if run.font == face:
            parts.append(escaped)
        else:
            parts.append(f'<font name="{run.font}">{escaped}</font>')
    return "".join(parts)
