"""Fit text into a box: wrap, then shrink down to a floor, and say so when it still does not fit.

Nothing is clipped silently: ``fit_text`` returns ``None`` when even the floor size is too big,
and the caller either carries the rest to the next row (the goods tables) or refuses with
``TextDoesNotFit`` naming the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.pdf.fonts import (
    drawn_width,
    extractable_text,
    is_plain,
    mark_direction,
    needs_actual_text,
    register_fonts,
    runs,
    shape,
    visual_line,
    width_of,
    without_marks,
)

FLOOR_SIZE = 8.0
LEADING_RATIO = 1.2
ASCENT_RATIO = 0.95
SIZE_STEP = 0.5


class TextDoesNotFit(UserError):
    """Some text cannot be printed in its box, even at the smallest readable size."""


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]  # logical order, already shaped
    size: float

    @property
    def leading(self) -> float:
        return self.size * LEADING_RATIO

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def _break_long_word(word: str, face: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and width_of(current + ch, face, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap_text(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` (newlines kept) into lines at most ``width`` points wide."""
    register_fonts()
    lines: list[str] = []
    space = width_of(" ", face, size)
    for paragraph in shape(without_marks(text)).split("\n"):
        words = [word for word in paragraph.replace("\t", " ").split(" ") if word]
        if not words:
            lines.append("")
            continue
        lines.extend(mark_direction(_wrap_words(words, face, size, width, space), paragraph))
    return lines


def _wrap_words(words: list[str], face: str, size: float, width: float, space: float) -> list[str]:
    """Greedy wrap of one paragraph's words; a word wider than a line is cut."""
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word in words:
        word_width = width_of(word, face, size)
        if word_width > width:
            if current:
                lines.append(" ".join(current))
            pieces = _break_long_word(word, face, size, width)
            lines.extend(pieces[:-1])
            current = [pieces[-1]]
            current_width = width_of(pieces[-1], face, size)
            continue
        extra = word_width + (space if current else 0.0)
        if current and current_width + extra > width:
            lines.append(" ".join(current))
            current, current_width = [word], word_width
        else:
            current.append(word)
            current_width += extra
    lines.append(" ".join(current))
    return lines


def candidate_sizes(size: float, floor: float = FLOOR_SIZE) -> list[float]:
    """``size``, then smaller by half points, down to ``floor`` (never above ``size``)."""
    sizes = [size]
    next_size = size - SIZE_STEP
    while next_size >= floor - 1e-9:
        sizes.append(next_size)
        next_size -= SIZE_STEP
    return sizes


@lru_cache(maxsize=8192)
def fit_text(
    text: str,
    face: str,
    width: float,
    height: float,
    size: float,
    floor: float = FLOOR_SIZE,
    max_lines: int | None = None,
) -> FittedText | None:
    """The largest size from ``size`` down to ``floor`` at which the wrapped text fits."""
    for candidate in candidate_sizes(size, min(floor, size)):
        lines = wrap_text(text, face, candidate, width)
        fits_lines = max_lines is None or len(lines) <= max_lines
        if fits_lines and len(lines) * candidate * LEADING_RATIO <= height + 0.01:
            return FittedText(tuple(lines), candidate)
    return None


def fit_value(
    text: str,
    face: str,
    width: float,
    height: float,
    size: float,
    floor: float = FLOOR_SIZE,
    max_lines: int | None = None,
) -> FittedText | None:
    """``fit_text``, then an address joined on fewer lines ("street, town")."""
    fitted = fit_text(text, face, width, height, size, floor, max_lines)
    if fitted is None and "\n" in text:
        joined = ", ".join(part.strip() for part in text.splitlines() if part.strip())
        fitted = fit_text(joined, face, width, height, size, floor, max_lines)
    return fitted


def annex_note(number: int) -> str:
    return annex_notes(number)[0]


def annex_notes(number: int) -> tuple[str, ...]:
    """The note closing a box whose text continues on an annex, longest first."""
    return (
        f"… continued on annex No.\u00a0{number} / suite en annexe n°\u00a0{number}",
        f"… continued on annex\u00a0{number} / suite en annexe\u00a0{number}",
        f"… see annex\u00a0{number} / voir annexe\u00a0{number}",
    )


def fit_with_annex_note(
    text: str,
    face: str,
    width: float,
    height: float,
    floor: float,
    max_lines: int | None,
    number: int,
) -> FittedText:
    """The beginning of ``text`` at ``floor`` size, closed by the note sending the reader to
    annex ``number`` (which prints the whole text)."""
    leading = floor * LEADING_RATIO
    capacity = max(1, int((height + 0.01) // leading))
    if max_lines is not None:
        capacity = min(capacity, max_lines)
    notes = [wrap_text(text, face, floor, width) for text in annex_notes(number)]
    note = next((lines for lines in notes if len(lines) == 1), notes[-1])[:capacity]
    head = wrap_text(text, face, floor, width)[: capacity - len(note)]
    return FittedText(tuple(head + note), floor)


def fit_or_refuse(
    text: str,
    face: str,
    width: float,
    height: float,
    size: float,
    where: str,
    floor: float = FLOOR_SIZE,
    max_lines: int | None = None,
) -> FittedText:
    fitted = fit_value(text, face, width, height, size, floor, max_lines)
    if fitted is None:
        raise TextDoesNotFit(
            say("printing.text-does-not-fit", where=where, floor=f"{floor:g}", length=len(text)),
            field=where,
        )
    return fitted


def draw_line(
    canvas: Canvas,
    line: str,
    x: float,
    baseline: float,
    width: float,
    face: str,
    size: float,
    align: str = "left",
) -> None:
    """Draw one logical line (bidi-reordered here) with font runs, aligned in ``width``."""
    display = visual_line(line)
    actual = needs_actual_text(line)
    if actual:  # searchable letters for the reordered, shaped glyphs
        canvas.addLiteral(
            f"/Span <</ActualText <FEFF{extractable_text(display).encode('utf-16-be').hex()}>>> BDC"
        )
    _draw_display(canvas, display, x, baseline, width, face, size, align)
    if actual:
        canvas.addLiteral("EMC")


def _draw_display(
    canvas: Canvas,
    display: str,
    x: float,
    baseline: float,
    width: float,
    face: str,
    size: float,
    align: str,
) -> None:
    if align != "left":
        line_width = width_of(display, face, size)
        x += (width - line_width) if align == "right" else (width - line_width) / 2
    if is_plain(display):
        canvas.setFont(face, size)
        canvas.drawString(x, baseline, display)
        return
    for run in runs(display, face):
        canvas.setFont(run.font, size)
        canvas.drawString(x, baseline, run.text)
        x += drawn_width(run, size)


def draw_fitted(
    canvas: Canvas,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    face: str,
    align: str = "left",
) -> None:
    """Draw fitted lines from ``top`` (PDF points, y up) downwards."""
    baseline = top - fitted.size * ASCENT_RATIO
    for line in fitted.lines:
        draw_line(canvas, line, x, baseline, width, face, fitted.size, align)
        baseline -= fitted.leading
