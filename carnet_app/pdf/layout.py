"""Form layouts as data: the model and the loader of ``resources/forms/*.toml``.

Coordinates are millimetres from the **top-left** corner of the A4 sheet, x to the right and
y downwards, as one measures a printed form with a ruler. ``resources/forms/README.md``
documents every key. A layout may ``extends`` another (the common voucher frame); elements of
the child replace the parent's elements with the same ``id`` and are added after the others.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from carnet_app.resources import resource_path

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0

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

    def field(self, field_id: str) -> Field:
        for candidate in self.fields:
            if candidate.id == field_id:
                return candidate
        raise LayoutError(f"{self.id}: no field {field_id!r}")


def _rect(raw: Mapping[str, Any]) -> Rect:
    return Rect(float(raw["x"]), float(raw["y"]), float(raw["w"]), float(raw["h"]))


def _merge(parent: list[dict[str, Any]], child: list[dict[str, Any]]) -> list[dict[str, Any]]:
    child_ids = {item.get("id") for item in child if item.get("id")}
    kept = [item for item in parent if item.get("id") not in child_ids]
    return kept + child


def _raw(form_id: str) -> dict[str, Any]:
    path = resource_path("forms", f"{form_id}.toml")
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError as missing:
        raise LayoutError(f"form layout {form_id!r} not found at {path}") from missing
    base_id = raw.get("form", {}).get("extends")
    if not base_id:
        return raw
    base = _raw(str(base_id))
    merged: dict[str, Any] = dict(base)
    merged["form"] = {**base.get("form", {}), **raw.get("form", {})}
    removed = set(raw.get("form", {}).get("remove", []))
    for key in ("box", "text", "field", "strip", "line", "circle", "grid", "flow"):
        inherited = [item for item in base.get(key, []) if item.get("id") not in removed]
        merged[key] = _merge(inherited, list(raw.get(key, [])))
    if "table" in raw:
        merged["table"] = {**base.get("table", {}), **raw["table"]}
    return merged


def _element_id(raw: Mapping[str, Any], prefix: str, index: int) -> str:
    return str(raw.get("id") or f"{prefix}{index}")


def _table(raw: Mapping[str, Any]) -> Table:
    columns = tuple(
        Column(
            number=int(c["number"]),
            w=float(c["w"]),
            en=str(c.get("en", "")),
            fr=str(c.get("fr", "")),
            bind=str(c.get("bind", "")),
            align=str(c.get("align", "left")),
            shaded=bool(c.get("shaded", False)),
            rotate_heading=bool(c.get("rotate_heading", False)),
        )
        for c in raw["columns"]
    )
    return Table(
        x=float(raw["x"]),
        y=float(raw["y"]),
        columns=columns,
        header_h=float(raw["header_h"]),
        number_row_h=float(raw["number_row_h"]),
        row_h=float(raw["row_h"]),
        rows=int(raw["rows"]),
        totals_h=float(raw["totals_h"]),
        size=float(raw.get("size", 9.0)),
        heading_size=float(raw.get("heading_size", 6.0)),
    )


@cache
def load_layout(form_id: str) -> FormLayout:
    """The layout ``resources/forms/<form_id>.toml``, with its parent and flows resolved."""
    from carnet_app.pdf.flow import resolve_flows  # measuring needs fonts; keep it lazy

    raw = _raw(form_id)
    form = raw.get("form", {})
    colour = str(form.get("colour", "white"))
    if colour not in SHEET_COLOURS:
        raise LayoutError(f"{form_id}: unknown colour {colour!r}")
    boxes = tuple(
        Box(
            id=_element_id(b, "box", i),
            rect=_rect(b),
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
    texts = [_text(t, i) for i, t in enumerate(raw.get("text", []))]
    fields = [_field(f, i) for i, f in enumerate(raw.get("field", []))]
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
                id=_element_id(s, "strip", i),
                rect=_rect(s),
                text=str(s["text"]),
                shaded=bool(s.get("shaded", True)),
                size=float(s.get("size", 10.0)),
            )
            for i, s in enumerate(raw.get("strip", []))
        ),
        lines=tuple(
            Line(
                id=_element_id(ln, "line", i),
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
                id=_element_id(c, "circle", i),
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
                id=_element_id(g, "grid", i),
                rect=_rect(g),
                bind=str(g["bind"]),
                columns=int(g.get("columns", 3)),
                row_h=float(g.get("row_h", 2.5)),
                size=float(g.get("size", 6.0)),
            )
            for i, g in enumerate(raw.get("grid", []))
        ),
        table=_table(raw["table"]) if "table" in raw else None,
    )


def _text(raw: Mapping[str, Any], index: int) -> Text:
    return Text(
        id=_element_id(raw, "text", index),
        rect=_rect(raw),
        en=str(raw.get("en", "")),
        fr=str(raw.get("fr", "")),
        text=str(raw.get("text", "")),
        letter=str(raw.get("letter", "")),
        size=float(raw.get("size", 6.5)),
        align=str(raw.get("align", "left")),
        rotate=int(raw.get("rotate", 0)),
        stacked=bool(raw.get("stacked", False)),
        face=str(raw.get("face", "bold")),
    )


def _field(raw: Mapping[str, Any], index: int) -> Field:
    return Field(
        id=_element_id(raw, "field", index),
        rect=_rect(raw),
        bind=str(raw.get("bind", "")),
        kind=str(raw.get("kind", "text")),
        size=float(raw.get("size", 9.0)),
        align=str(raw.get("align", "left")),
        lines=int(raw.get("lines", 1)),
        bold=bool(raw.get("bold", False)),
        filled_by=str(raw.get("filled_by", "holder")),
        caption_en=str(raw.get("caption_en", "")),
        caption_fr=str(raw.get("caption_fr", "")),
    )


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
)
