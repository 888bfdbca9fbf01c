"""Annex pages: where a box's text goes when it does not fit the box at its floor size.

The strategy of each field is layout data (``floor``, ``max_lines``, ``overflow``): first
smaller type down to the floor, then more lines, then an annex. The box then prints the
beginning of its text and "continued on annex No. n / suite en annexe n° n"; the annex page
prints the whole text, numbered and carrying the carnet number. One annex per distinct text
of a box: the holder's address that overflows on the cover and on every voucher is printed
once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from carnet_app.pdf.bindings import Value
from carnet_app.pdf.field_painter import face_of, text_room, value_fits
from carnet_app.pdf.layout import Field, FormLayout, load_layout
from carnet_app.pdf.text_fit import LEADING_RATIO, wrap_text

ANNEX_LAYOUT = "annex"


@dataclass(frozen=True)
class AnnexEntry:
    """One annexed text: its number, the box it continues, where that box is printed."""

    number: int
    box_en: str
    box_fr: str
    text: str
    printed_on: tuple[str, ...]


@dataclass
class AnnexBook:
    """The annexes of one document, numbered in page order."""

    entries: list[AnnexEntry] = field(default_factory=list)
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)

    def number_for(self, layout: FormLayout, box: Field, value: Value) -> int | None:
        if not isinstance(value, str):
            return None
        return self._numbers.get((layout.box_name(box)[0], value))

    def add(self, layout: FormLayout, box: Field, value: str, where: str) -> None:
        box_en, box_fr = layout.box_name(box)
        key = (box_en, value)
        number = self._numbers.get(key)
        if number is None:
            number = len(self.entries) + 1
            self._numbers[key] = number
            self.entries.append(AnnexEntry(number, box_en, box_fr, value, (where,)))
            return
        entry = self.entries[number - 1]
        if where not in entry.printed_on:
            self.entries[number - 1] = AnnexEntry(
                entry.number, entry.box_en, entry.box_fr, entry.text, (*entry.printed_on, where)
            )


def annexed_fields(layout: FormLayout, values: dict[str, Value]) -> list[tuple[Field, str]]:
    """The fields of one page whose value goes to an annex."""
    result = []
    for box in layout.fields:
        value = values.get(box.bind) if box.bind else None
        if (
            isinstance(value, str)
            and value
            and box.overflow == "annex"
            and not value_fits(box, value)
        ):
            result.append((box, value))
    return result


def annex_pages(entry: AnnexEntry) -> list[str]:
    """The annex's text cut into the chunks each annex page holds."""
    body = load_layout(ANNEX_LAYOUT).field("text")
    room = text_room(body)
    lines = wrap_text(entry.text, face_of(body), room.size, room.width)
    per_page = max(1, int((room.height + 0.01) // (room.size * LEADING_RATIO)))
    return ["\n".join(lines[start : start + per_page]) for start in range(0, len(lines), per_page)]


def annex_values(entry: AnnexEntry, page: int, pages: int, chunk: str) -> dict[str, Value]:
    sheet = f" ({page}/{pages})" if pages > 1 else ""
    where = ", ".join(entry.printed_on)
    return {
        "annex.title": f"ANNEX No. {entry.number}{sheet} / Annexe n° {entry.number}{sheet}",
        "annex.box": (
            f"Continuation of box / Suite de la case : {entry.box_en}"
            + (f" / {entry.box_fr}" if entry.box_fr else "")
            + f"\nOn / Sur : {where}"
        ),
        "annex.text": chunk,
    }


def list_annexes(pages: Sequence[tuple[str, dict[str, Value]]]) -> AnnexBook:
    """The annexes a document needs: ``pages`` are (layout id, values) in print order."""
    book = AnnexBook()
    for layout_id, values in pages:
        layout = load_layout(layout_id)
        where = " / ".join(part for part in (layout.kind_en, layout.kind_fr) if part)
        for box, value in annexed_fields(layout, values):
            book.add(layout, box, value, where or layout.title)
    return book
