"""Form layouts as data: the model and the loader of ``resources/forms/*.toml``.

Coordinates are millimetres from the **top-left** corner of the A4 sheet, x to the right and
y downwards, as one measures a printed form with a ruler. ``resources/forms/README.md``
documents every key. A layout may ``extends`` another (the common voucher frame); elements of
the child replace the parent's elements with the same ``id`` and are added after the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
PROOF_CODE_MM = 11.0  # the side of the chamber's proof code
PROOF_EDGE_MM = 5.0  # printers leave the edge of the sheet blank: the code keeps this far off

SHEET_COLOURS = {
    "green": "#C9E7C3",
    "yellow": "#FFF2A8",
    "white": "#FFFFFF",
    "blue": "#C7DDF2",
}
# Customs-only zones: a darker tint of the sheet colour reads better than grey on coloured paper.
SHADE_COLOURS = {
    "green": "#A9D3A0",
    "yellow": "#E9D873",
    "white": "#D9D9D9",
    "blue": "#A3C3E3",
}


class LayoutError(ValueError):
    """A layout file is malformed (a programming or packaging error, not a user error)."""


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Box:
    """A framed box with its letter and bilingual label drawn in its top-left corner."""

    id: str
    rect: Rect
    letter: str = ""
    label_en: str = ""
    label_fr: str = ""
    border: str = "light"  # heavy | light | none
    shaded: bool = False
    label_size: float = 6.5
    label_align: str = "left"
    sides: str = "TRBL"


@dataclass(frozen=True)
class Text:
    """Static printed text: bilingual ("EN / fr", or EN above fr) or one language."""

    id: str
    rect: Rect
    en: str = ""
    fr: str = ""
    text: str = ""
    letter: str = ""
    size: float = 6.5
    align: str = "left"
    rotate: int = 0
    stacked: bool = False
    face: str = "bold"  # for ``text``: bold | italic | regular


@dataclass(frozen=True)
class Field:
    """Where a datum goes. ``bind`` names the datum (see ``bindings.py``); ``kind`` says how
    it is drawn; ``filled_by`` says who writes it (holder, association, customs)."""

    id: str
    rect: Rect
    bind: str = ""
    kind: str = "text"  # text | dotted | number_box | date_ymd | signature | yes_no
    size: float = 9.0
    align: str = "left"
    lines: int = 1
    bold: bool = False
    filled_by: str = "holder"
    caption_en: str = ""
    caption_fr: str = ""
    floor: float = 8.0  # smallest size the value may shrink to
    max_lines: int = 0  # text fields: at most this many lines (0: as many as the height holds)
    overflow: str = "annex"  # annex: what does not fit goes to an annex page | refuse
    annex_en: str = ""  # the box's name on the annex page (default: the enclosing box label)
    annex_fr: str = ""


@dataclass(frozen=True)
class Strip:
    """A framed vertical strip spelling a word one letter per line."""

    id: str
    rect: Rect
    text: str
    shaded: bool = True
    size: float = 10.0


@dataclass(frozen=True)
class Line:
    id: str
    x1: float
    y1: float
    x2: float
    y2: float
    style: str = "solid"  # solid | dotted | dashed
    weight: float = 0.5


@dataclass(frozen=True)
class Circle:
    """A dotted stamp circle (or oval when ``h`` differs from ``d``) with an optional caption."""

    id: str
    x: float
    y: float
    d: float
    h: float = 0.0
    caption_en: str = ""
    caption_fr: str = ""


@dataclass(frozen=True)
class Column:
    number: int
    w: float
    en: str
    fr: str
    bind: str = ""
    align: str = "left"
    shaded: bool = False
    rotate_heading: bool = False


@dataclass(frozen=True)
class Table:
    """A goods table: heading rows, a row of column numbers, ``rows`` body rows, a totals row."""

    x: float
    y: float
    columns: tuple[Column, ...]
    header_h: float
    number_row_h: float
    row_h: float
    rows: int
    totals_h: float
    size: float = 9.0
    heading_size: float = 6.0

    @property
    def width(self) -> float:
        return sum(c.w for c in self.columns)

    @property
    def body_top(self) -> float:
        return self.y + self.header_h + self.number_row_h

    @property
    def body_bottom(self) -> float:
        return self.body_top + self.rows * self.row_h

    def column_x(self, number: int) -> float:
        x = self.x
        for column in self.columns:
            if column.number == number:
                return x
            x += column.w
        raise LayoutError(f"no column {number}")

    def column(self, number: int) -> Column:
        for column in self.columns:
            if column.number == number:
                return column
        raise LayoutError(f"no column {number}")


@dataclass(frozen=True)
class Grid:
    """A list printed in columns (cover box P countries, page 4 associations)."""

    id: str
    rect: Rect
    bind: str
    columns: int
    row_h: float
    size: float = 6.0


@dataclass(frozen=True)
class FormLayout:
    id: str
    title: str
    colour: str
    kind_en: str
    kind_fr: str
    boxes: tuple[Box, ...]
    texts: tuple[Text, ...]
    fields: tuple[Field, ...]
    strips: tuple[Strip, ...]
    lines: tuple[Line, ...]
    circles: tuple[Circle, ...]
    grids: tuple[Grid, ...]
    table: Table | None
    # top-left corner (mm) of the chamber's proof code: a free area of the form
    proof_code: tuple[float, float] = (99.5, 7.0)

    def box_name(self, field: Field) -> tuple[str, str]:
        """The name of the box a field fills (English, French), for the annex page."""
        if field.annex_en:
            return field.annex_en, field.annex_fr
        centre_x, centre_y = field.rect.x + field.rect.w / 2, field.rect.y + field.rect.h / 2
        around = [
            box
            for box in self.boxes
            if (box.label_en or box.letter)
            and box.rect.x <= centre_x <= box.rect.right
            and box.rect.y <= centre_y <= box.rect.bottom
        ]
        if not around:
            return field.id, ""
        box = min(around, key=lambda candidate: candidate.rect.w * candidate.rect.h)
        english = " ".join(part for part in (box.letter, box.label_en) if part)
        return english, box.label_fr

    def field(self, field_id: str) -> Field:
        for candidate in self.fields:
            if candidate.id == field_id:
                return candidate
        raise LayoutError(f"{self.id}: no field {field_id!r}")


@cache
def load_layout(form_id: str) -> FormLayout:
    """The layout ``resources/forms/<form_id>.toml``, with its parent and flows resolved."""
    from carnet_app.pdf import layout_parse as parse
    from carnet_app.pdf.flow import resolve_flows  # measuring needs fonts; keep it lazy

    raw = parse.raw_layout(form_id)
    form = raw.get("form", {})
    colour = str(form.get("colour", "white"))
    if colour not in SHEET_COLOURS:
        raise LayoutError(f"{form_id}: unknown colour {colour!r}")
    boxes = tuple(
        Box(
            id=parse.element_id(b, "box", i),
            rect=parse.rect(b),
            letter=str(b.get("letter", "")),
            label_en=str(b.get("label_en", "")),
            label_fr=str(b.get("label_fr", "")),
            border=str(b.get("border", "light")),
            shaded=bool(b.get("shaded", False)),
            label_size=float(b.get("label_size", 6.5)),
            label_align=str(b.get("label_align", "left")),
            sides=str(b.get("sides", "TRBL")),
        )
        for i, b in enumerate(raw.get("box", []))
    )
    texts = [parse.text(t, i) for i, t in enumerate(raw.get("text", []))]
    fields = [parse.field(f, i) for i, f in enumerate(raw.get("field", []))]
    flow_texts, flow_fields = resolve_flows(form_id, raw.get("flow", []))
    return FormLayout(
        id=form_id,
        title=str(form.get("title", form_id)),
        colour=colour,
        kind_en=str(form.get("kind_en", "")),
        kind_fr=str(form.get("kind_fr", "")),
        boxes=boxes,
        texts=tuple(texts + flow_texts),
        fields=tuple(fields + flow_fields),
        strips=tuple(
            Strip(
                id=parse.element_id(s, "strip", i),
                rect=parse.rect(s),
                text=str(s["text"]),
                shaded=bool(s.get("shaded", True)),
                size=float(s.get("size", 10.0)),
            )
            for i, s in enumerate(raw.get("strip", []))
        ),
        lines=tuple(
            Line(
                id=parse.element_id(ln, "line", i),
                x1=float(ln["x1"]),
                y1=float(ln["y1"]),
                x2=float(ln["x2"]),
                y2=float(ln["y2"]),
                style=str(ln.get("style", "solid")),
                weight=float(ln.get("weight", 0.5)),
            )
            for i, ln in enumerate(raw.get("line", []))
        ),
        circles=tuple(
            Circle(
                id=parse.element_id(c, "circle", i),
                x=float(c["x"]),
                y=float(c["y"]),
                d=float(c["d"]),
                h=float(c.get("h", 0.0)),
                caption_en=str(c.get("caption_en", "")),
                caption_fr=str(c.get("caption_fr", "")),
            )
            for i, c in enumerate(raw.get("circle", []))
        ),
        grids=tuple(
            Grid(
                id=parse.element_id(g, "grid", i),
                rect=parse.rect(g),
                bind=str(g["bind"]),
                columns=int(g.get("columns", 3)),
                row_h=float(g.get("row_h", 2.5)),
                size=float(g.get("size", 6.0)),
            )
            for i, g in enumerate(raw.get("grid", []))
        ),
        table=parse.table(raw["table"]) if "table" in raw else None,
        proof_code=_proof_code_place(form_id, form),
    )


def _proof_code_place(form_id: str, form: dict[str, object]) -> tuple[float, float]:
    """Where the proof code goes (top-left corner, mm): top centre unless the layout says,
    never closer than ``PROOF_EDGE_MM`` to an edge of the sheet."""
    x = float(str(form.get("proof_code_x", 99.5)))
    y = float(str(form.get("proof_code_y", 7.0)))
    if not (
        PROOF_EDGE_MM <= x <= PAGE_WIDTH_MM - PROOF_EDGE_MM - PROOF_CODE_MM
        and PROOF_EDGE_MM <= y <= PAGE_HEIGHT_MM - PROOF_EDGE_MM - PROOF_CODE_MM
    ):
        raise LayoutError(
            f"{form_id}: the proof code at {x:g}, {y:g} mm is closer than {PROOF_EDGE_MM:g} mm "
            "to the edge of the sheet, where printers cannot print"
        )
    return x, y


FORM_IDS = (
    "cover-front",
    "general-list",
    "general-list-continuation",
    "counterfoil-yellow",
    "voucher-exportation",
    "voucher-reimportation",
    "counterfoil-white",
    "voucher-importation",
    "voucher-reexportation",
    "counterfoil-blue",
    "voucher-transit",
    "voucher-reverse",
    "cover-notes",
    "cover-associations",
    "annex",
)
