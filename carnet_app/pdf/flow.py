"""Flows: a column of sentences and writing lines laid out top to bottom inside a region.

The lettered undertakings of a voucher (F a), b), c) …) and the customs items of box H are long
bilingual sentences, each followed by dotted lines. A ``[[flow]]`` in a layout file lists them
in order; this module measures each sentence and gives it and its field absolute positions, so
nothing overlaps whatever the wording. A flow that does not fit its region is a layout error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from carnet_app.pdf.labels import bilingual_markup, measure_mm, text_markup
from carnet_app.pdf.layout import Field, LayoutError, Rect, Text
from carnet_app.pdf.layout_parse import field_at

DEFAULT_LINE_PITCH_MM = 5.0


def _field(raw: Mapping[str, Any], rect: Rect, index: str) -> Field:
    return field_at(raw, rect, str(raw.get("field") or raw.get("id") or index), kind="dotted")


def _plain_text(
    item: Mapping[str, Any], item_id: str, x: float, y: float, w: float, size: float
) -> Text:
    """A one-language paragraph (``text``, ``face`` regular, bold or italic)."""
    indent = float(item.get("indent", 0.0))
    text = Text(
        id=str(item.get("id", item_id)),
        rect=Rect(x + indent, y, w - indent, 0.0),
        text=str(item["text"]),
        size=float(item.get("size", size)),
        face=str(item.get("face", "regular")),
    )
    height = measure_mm(text_markup(text), text.size, w - indent) + 0.3
    return Text(
        text.id,
        Rect(text.rect.x, y, text.rect.w, height),
        text=text.text,
        size=text.size,
        face=text.face,
    )


def _field_height(raw: Mapping[str, Any]) -> float:
    if "h" in raw:
        return float(raw["h"])
    return int(raw.get("lines", 1)) * float(raw.get("pitch", DEFAULT_LINE_PITCH_MM))


def resolve_flow(
    form_id: str, flow: Mapping[str, Any], index: int
) -> tuple[list[Text], list[Field]]:
    flow_id = str(flow.get("id") or f"flow{index}")
    x, y, w, h = (float(flow[key]) for key in ("x", "y", "w", "h"))
    gap = float(flow.get("gap", 1.0))
    size = float(flow.get("size", 6.5))
    texts: list[Text] = []
    fields: list[Field] = []
    cursor = y
    items: Sequence[Mapping[str, Any]] = flow.get("items", [])
    for number, item in enumerate(items):
        item_id = f"{flow_id}.{number}"
        if "gap" in item and len(item) == 1:
            cursor += float(item["gap"])
            continue
        if "row" in item:
            row_h = max(_field_height(cell) for cell in item["row"])
            cell_x = x
            for cell_number, cell in enumerate(item["row"]):
                cell_w = float(cell.get("w", w / len(item["row"])))
                rect = Rect(cell_x, cursor, cell_w, _field_height(cell))
                fields.append(_field(cell, rect, f"{item_id}.{cell_number}"))
                cell_x += cell_w
            cursor += row_h + gap
            continue
        if "field" in item or "bind" in item or "kind" in item:
            indent = float(item.get("indent", 0.0))
            rect = Rect(x + indent, cursor, w - indent, _field_height(item))
            fields.append(_field(item, rect, item_id))
            cursor += rect.h + gap
            continue
        if "text" in item:
            texts.append(_plain_text(item, item_id, x, cursor, w, size))
            cursor += texts[-1].rect.h + gap
            continue
        stacked = bool(item.get("stacked", True))
        item_size = float(item.get("size", size))
        indent = float(item.get("indent", 0.0))
        markup = bilingual_markup(
            str(item.get("letter", "")), str(item.get("en", "")), str(item.get("fr", "")), stacked
        )
        height = measure_mm(markup, item_size, w - indent) + 0.3
        texts.append(
            Text(
                id=str(item.get("id", item_id)),
                rect=Rect(x + indent, cursor, w - indent, height),
                en=str(item.get("en", "")),
                fr=str(item.get("fr", "")),
                letter=str(item.get("letter", "")),
                size=item_size,
                stacked=stacked,
            )
        )
        cursor += height + gap
    if cursor - gap > y + h + 0.01:
        raise LayoutError(
            f"{form_id}: flow {flow_id!r} needs {cursor - gap - y:.1f} mm but has {h:.1f} mm"
        )
    return texts, fields


def resolve_flows(
    form_id: str, flows: Sequence[Mapping[str, Any]]
) -> tuple[list[Text], list[Field]]:
    texts: list[Text] = []
    fields: list[Field] = []
    for index, flow in enumerate(flows):
        flow_texts, flow_fields = resolve_flow(form_id, flow, index)
        texts.extend(flow_texts)
        fields.extend(flow_fields)
    return texts, fields
