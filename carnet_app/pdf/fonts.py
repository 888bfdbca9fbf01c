"""Fonts: the embedded DejaVu Sans family, three CJK fonts, and right-to-left shaping.

Any holder name must print. Text is cut into *runs*, each drawn with a font that has its glyphs:
DejaVu Sans (embedded, Latin/Greek/Cyrillic/Arabic/Hebrew) for most scripts, and for Chinese,
Japanese and Korean a TrueType font (embedded and subset like DejaVu) whose Han characters
take the shapes of the text's language: IPAexGothic (Japanese), NanumGothic (Korean) or
Droid Sans Fallback (Chinese, and any character the other two lack). The language comes from
the text itself (kana: Japanese; hangul: Korean), else from the document: its texts, then
the holder's or issuer's country (``han_shapes_for``, set around a render with ``han_shapes``).
Widths are measured with the widest of the three fonts, so a line measured in one language
never overflows when drawn in another.
No font is left unembedded: every file reads the same on a reader without Asian fonts.
Arabic is shaped (``arabic_reshaper``) and every line
containing right-to-left text is put in visual order (``python-bidi``) *after* wrapping, so
lines break in reading order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
CJK_FONT = "CarnetCJK"  # Chinese shapes, and the fallback for every CJK character
CJK_FILE = "DroidSansFallback.ttf"


class HanShapes(StrEnum):
    """The shapes Han characters take: Chinese, Japanese or Korean."""

    CHINESE = "zh"
    JAPANESE = "ja"
    KOREAN = "ko"


CJK_FONTS: dict[HanShapes, tuple[str, str]] = {
    HanShapes.CHINESE: (CJK_FONT, CJK_FILE),
    HanShapes.JAPANESE: ("CarnetCJK-JP", "ipaexg.ttf"),
    HanShapes.KOREAN: ("CarnetCJK-KR", "NanumGothic.ttf"),
}
_CJK_NAMES = frozenset(name for name, _ in CJK_FONTS.values())
COUNTRY_SHAPES = {
    "JP": HanShapes.JAPANESE,
    "KR": HanShapes.KOREAN,
    "KP": HanShapes.KOREAN,
    "CN": HanShapes.CHINESE,
    "TW": HanShapes.CHINESE,
    "HK": HanShapes.CHINESE,
    "MO": HanShapes.CHINESE,
    "SG": HanShapes.CHINESE,
}
_document_shapes: ContextVar[HanShapes] = ContextVar("han_shapes", default=HanShapes.CHINESE)


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
def cjk_font(shapes: HanShapes) -> str:
    """The registered font drawing Han characters with ``shapes`` (loaded on first use)."""
    register_fonts()
    name, filename = CJK_FONTS[shapes]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    return name


@cache
def _glyphs_of(face: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def _is_kana(code: int) -> bool:
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D


def shapes_in(text: str) -> HanShapes | None:
    """The language the text's own letters show: kana Japanese, hangul Korean (the more
    numerous when both), None when they show none."""
    kana = sum(1 for ch in text if _is_kana(ord(ch)))
    hangul = sum(1 for ch in text if _is_hangul(ord(ch)))
    if not kana and not hangul:
        return None
    return HanShapes.JAPANESE if kana > hangul else HanShapes.KOREAN


def han_shapes_for(texts: Iterable[str], countries: Iterable[str]) -> HanShapes:
    """A document's Han shapes: what its texts show (kana, hangul), else the first of
    ``countries`` (the holder's, then the issuer's) that writes Han, else Chinese."""
    shown = shapes_in("".join(texts))
    if shown is not None:
        return shown
    for country in countries:
        shapes = COUNTRY_SHAPES.get(country.strip().upper())
        if shapes is not None:
            return shapes
    return HanShapes.CHINESE


@contextmanager
def han_shapes(shapes: HanShapes) -> Iterator[None]:
    """Draw Han characters with ``shapes`` inside the block (a text showing kana or hangul
    still takes its own language)."""
    token = _document_shapes.set(shapes)
    try:
        yield
    finally:
        _document_shapes.reset(token)


def _cjk_font_for(text: str) -> str:
    return cjk_font(shapes_in(text) or _document_shapes.get())


@cache
def _widest_cjk_advance(code: int) -> float:
    """The advance (points at size 1) of a CJK character in the widest font that has it."""
    widths = [
        pdfmetrics.stringWidth(chr(code), cjk_font(shapes), 1)
        for shapes in HanShapes
        if code in _glyphs_of(cjk_font(shapes))
    ]
    return float(max(widths, default=pdfmetrics.stringWidth(chr(code), CJK_FONT, 1)))


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


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


REPLACEMENT_CHARACTER = "\ufffd"  # drawn for a character no embedded font has


def runs(text: str, face: str = Face.REGULAR.value) -> list[Run]:
    """Cut ``text`` into runs that ``face`` (or a fallback with the glyphs) can draw.

    Every run's text is drawable in its font: a character no embedded font has (an emoji
    such as 📷, a flag, an Ogham letter) is printed as the replacement character "\ufffd"
    in DejaVu Sans, a space no font has as a plain space, and an invisible format character
    no font has (a joiner) not at all; measuring and drawing use the same runs, so a box
    fitted with them never overflows."""
    register_fonts()
    if face not in _FACE_NAMES:  # the CJK font draws its own script as it is
        return [Run(text, face)]
    own = _glyphs_of(face)
    codes = set(map(ord, text))
    if codes <= own:  # the common case: one run
        return [Run(text, face)]
    regular = _glyphs_of(Face.REGULAR.value)
    cjk = _cjk_font_for(text)
    result: list[Run] = []
    open_flag = False  # a flag's first letter was drawn: its second adds nothing
    for ch in text:
        font, printed = _drawn_as(ch, face, own, regular, cjk)
        second_letter = open_flag and _is_flag_letter(ch)
        open_flag = _is_flag_letter(ch) and not second_letter
        if not printed or second_letter:
            continue
        if result and result[-1].font == font:
            result[-1] = Run(result[-1].text + printed, font)
        else:
            result.append(Run(printed, font))
    return result


def unprintable_letter(text: str) -> str | None:
    """The first letter, combining mark or digit of ``text`` that no embedded font has (a Thai
    or Devanagari letter), or None. Such a text would print as a row of replacement characters
    and say nothing; a symbol no font has (an emoji) prints as one and leaves the text
    readable, so it is not counted."""
    register_fonts()
    regular = _glyphs_of(Face.REGULAR.value)
    for ch in text:
        code = ord(ch)
        if code in regular or unicodedata.category(ch)[0] not in "LMN":
            continue
        if code in _glyphs_of(CJK_FONT) or code in _glyphs_of(_cjk_font_for(text)):
            continue
        return ch
    return None


def _drawn_as(
    ch: str, face: str, own: frozenset[int], regular: frozenset[int], cjk: str
) -> tuple[str, str]:
    """The font that draws ``ch`` and what it draws (see ``runs``)."""
    code = ord(ch)
    if code in own:
        return face, ch
    if code in regular:
        return Face.REGULAR.value, ch
    if code in _glyphs_of(cjk):
        return cjk, ch
    if code in _glyphs_of(CJK_FONT):
        return CJK_FONT, ch
    if ch.isspace():
        return face, " "
    if unicodedata.category(ch) == "Cf":  # invisible by nature: a joiner, a tag
        return face, ""
    return Face.REGULAR.value, REPLACEMENT_CHARACTER


def _is_flag_letter(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF  # a regional indicator: two make a flag


def drawn_width(run: Run, size: float) -> float:
    """The width the run's glyphs take when drawn (its own font's advances)."""
    return float(pdfmetrics.stringWidth(run.text, run.font, size))


def width_of(text: str, face: str, size: float) -> float:
    """Width in points of ``text`` drawn with ``face`` and its fallbacks."""
    if is_plain(text) or face not in _FACE_NAMES or set(map(ord, text)) <= _glyphs_of(face):
        return _run_width(Run(text, face), size)
    return sum(_run_width(run, size) for run in runs(text, face))


def is_plain(text: str) -> bool:
    """Printable ASCII: every face draws it as it is, in one run."""
    return text.isascii() and text.isprintable()


def _run_width(run: Run, size: float) -> float:
    """A run's measured width: CJK characters at the widest of the three CJK fonts."""
    if run.font in _CJK_NAMES:
        return size * sum(_widest_cjk_advance(ord(ch)) for ch in run.text)
    return float(pdfmetrics.stringWidth(run.text, run.font, size))


def markup(text: str, face: str = Face.REGULAR.value) -> str:
    """Paragraph markup for user text: shaped, escaped, CJK runs in the CJK font.

    Right-to-left text is put in visual order here as a whole, so callers keep such values
    short (names, places), which is what the documents print.
    """
    shaped = shape(text)
    display = visual_line(mark_direction([shaped], shaped)[0])
    parts: list[str] = []
    every_face = _glyphs_in_every_face()
    for run in runs(display, face):
        escaped = escape(run.text)
        # The paragraph may be bold or italic: letters only some faces have (Arabic has no
        # oblique) name the font that draws them, never the paragraph's.
        if run.font == face and set(map(ord, run.text)) <= every_face:
            parts.append(escaped)
        else:
            parts.append(f'<font name="{run.font}">{escaped}</font>')
    return "".join(parts)


@cache
def _glyphs_in_every_face() -> frozenset[int]:
    common = _glyphs_of(Face.REGULAR.value)
    for face in Face:
        common &= _glyphs_of(face.value)
    return common | {ord(" ")}
