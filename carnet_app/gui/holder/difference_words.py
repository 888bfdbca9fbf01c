"""A check-in difference in the interface language: the service hands over a structured value
(kind, the stamp, the fields that differ with this desk's and the holder's values); the words
around the values are translated here, the values (dates, countries, pieces) are shown in the
locale's way."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from carnet_app.domain.item_spec import format_quantities
from carnet_app.gui.i18n import format_date
from carnet_app.gui.style import action_label
from carnet_app.services.checkin import CHANGED, MISSING_HERE, Difference


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckInReview", text)


def kind_words(kind: str) -> str:
    if kind == CHANGED:
        return tr("Recorded differently")
    if kind == MISSING_HERE:
        return tr("Not recorded here")
    return tr("Not in the holder's record")


def field_words(field: str) -> str:
    words = {
        "date": tr("date"),
        "country": tr("country"),
        "items": tr("items"),
        "final_date": tr("final date"),
        "office": tr("customs office"),
        "place": tr("place"),
        "reference": tr("reference"),
        "document": tr("document"),
    }
    return words.get(field, field)


def value_words(field: str, value: object) -> str:
    if value is None or value == "" or value == {}:
        return tr("none")
    if field in ("date", "final_date"):
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if field == "items" and isinstance(value, Mapping):
        return format_quantities({int(k): int(v) for k, v in value.items()})
    return str(value)


def stamp_words(entry: Mapping[str, object], *, with_items: bool = True) -> str:
    """ "Importation CH, 11/03/2026 (items 1-20 ×1)"."""
    parts = [action_label(str(entry.get("action") or ""))]
    if entry.get("country"):
        parts.append(str(entry["country"]))
    text = " ".join(parts) + ", " + value_words("date", entry.get("date"))
    items = entry.get("items")
    if items and with_items:
        text += " (" + tr("items %1").replace("%1", value_words("items", items)) + ")"
    return text


def difference_words(difference: Difference) -> str:
    if difference.kind == CHANGED:
        assert difference.ours is not None
        told = "\n".join(
            tr("%1: %2 here, %3 in the holder's record")
            .replace("%1", field_words(change.field))
            .replace("%2", value_words(change.field, change.ours))
            .replace("%3", value_words(change.field, change.theirs))
            for change in difference.changes
        )
        return (
            tr("%1 was recorded differently:\n%2")
            .replace("%1", stamp_words(difference.ours, with_items=False))
            .replace("%2", told)
        )
    if difference.kind == MISSING_HERE:
        return tr("The holder recorded %1; this desk has no such stamp.").replace(
            "%1", stamp_words(difference.entry)
        )
    return tr("This desk recorded %1; the holder's record does not have it.").replace(
        "%1", stamp_words(difference.entry)
    )
