"""Parse layout TOML into the layout model: inheritance (``extends``/``remove``) and elements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from carnet_app import parsed_files
from carnet_app.pdf.layout import Column, Field, LayoutError, Rect, Table, Text
from carnet_app.resources import resource_path


def _mm(raw: Mapping[str, Any], key: str, default: float | None = None) -> float:
    """A length in millimetres (or a size in points) from a layout file: geometry, not money."""
    length = raw[key] if default is None else raw.get(key, default)
    return float(length)


def rect(raw: Mapping[str, Any]) -> Rect:
    return Rect(_mm(raw, "x"), _mm(raw, "y"), _mm(raw, "w"), _mm(raw, "h"))


def _merge(parent: list[dict[str, Any]], child: list[dict[str, Any]]) -> list[dict[str, Any]]:
    child_ids = {item.get("id") for item in child if item.get("id")}
    kept = [item for item in parent if item.get("id") not in child_ids]
    return kept + child


def raw_layout(form_id: str) -> dict[str, Any]:
    path = resource_path("forms", f"{form_id}.toml")
    try:
        raw = parsed_files.toml_file(path)
    except FileNotFoundError as missing:
        raise LayoutError(f"form layout {form_id!r} not found at {path}") from missing
    base_id = raw.get("form", {}).get("extends")
    if not base_id:
        return raw
    base = raw_layout(str(base_id))
    merged: dict[str, Any] = dict(base)
    merged["form"] = {**base.get("form", {}), **raw.get("form", {})}
    removed = set(raw.get("form", {}).get("remove", []))
    for key in ("box", "text", "field", "strip", "line", "circle", "grid", "flow"):
        inherited = [item for item in base.get(key, []) if item.get("id") not in removed]
        merged[key] = _merge(inherited, list(raw.get(key, [])))
    if "table" in raw:
        merged["table"] = {**base.get("table", {}), **raw["table"]}
    return merged


def element_id(raw: Mapping[str, Any], prefix: str, index: int) -> str:
    return str(raw.get("id") or f"{prefix}{index}")


def table(raw: Mapping[str, Any]) -> Table:
    columns = tuple(
        Column(
            number=int(c["number"]),
            w=_mm(c, "w"),
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
        x=_mm(raw, "x"),
        y=_mm(raw, "y"),
        columns=columns,
        header_h=_mm(raw, "header_h"),
        number_row_h=_mm(raw, "number_row_h"),
        row_h=_mm(raw, "row_h"),
        rows=int(raw["rows"]),
        totals_h=_mm(raw, "totals_h"),
        size=_mm(raw, "size", 9.0),
        heading_size=_mm(raw, "heading_size", 6.0),
    )


def text(raw: Mapping[str, Any], index: int) -> Text:
    return Text(
        id=element_id(raw, "text", index),
        rect=rect(raw),
        en=str(raw.get("en", "")),
        fr=str(raw.get("fr", "")),
        text=str(raw.get("text", "")),
        letter=str(raw.get("letter", "")),
        size=_mm(raw, "size", 6.5),
        align=str(raw.get("align", "left")),
        rotate=int(raw.get("rotate", 0)),
        stacked=bool(raw.get("stacked", False)),
        face=str(raw.get("face", "bold")),
    )


def field(raw: Mapping[str, Any], index: int) -> Field:
    return field_at(raw, rect(raw), element_id(raw, "field", index), kind="text")


def field_at(raw: Mapping[str, Any], where: Rect, field_id: str, *, kind: str) -> Field:
    """A field of a layout file placed at ``where`` (a form's own rectangle, or the position a
    flow measured); ``kind``: the form's default when the file names none."""
    return Field(
        id=field_id,
        rect=where,
        bind=str(raw.get("bind", "")),
        kind=str(raw.get("kind", kind)),
        size=_mm(raw, "size", 9.0),
        align=str(raw.get("align", "left")),
        lines=int(raw.get("lines", 1)),
        bold=bool(raw.get("bold", False)),
        filled_by=str(raw.get("filled_by", "holder")),
        caption_en=str(raw.get("caption_en", "")),
        caption_fr=str(raw.get("caption_fr", "")),
        floor=float(raw.get("floor", 8.0)),
        max_lines=int(raw.get("max_lines", 0)),
        overflow=str(raw.get("overflow", "annex")),
        annex_en=str(raw.get("annex_en", "")),
        annex_fr=str(raw.get("annex_fr", "")),
    )
