"""The data each layout field shows: ``bind`` names in the layout files map to values here.

A value is text, a ``date`` (for ``date_ymd`` fields) or ``None`` (nothing printed).

Bind names: ``carnet.number``, ``carnet.kind_note``, ``holder``, ``representatives``, ``uses``,
``association``, ``association.name``, ``association.contact``, ``valid_until``,
``issue.place_date``, ``continuation_sheets``, ``voucher.number``, ``voucher.list_title``,
``counterfoil.first``, ``counterfoil.second``, ``sheet.number``, and for trip packs
``trip.items``, ``trip.place``, ``trip.date``, ``trip.declarant``, ``trip.intended_use_at``,
``trip.transit_destination``, ``trip.means_of_transport``, ``trip.packaging``,
``trip.referenced_vouchers``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache

from babel import Locale

from carnet_app import parsed_files
from carnet_app.domain.types import CarnetKind, MovementAction
from carnet_app.pdf.data import CarnetPrintData, TripSelection
from carnet_app.pdf.words import continuation_sheets_text
from carnet_app.resources import resource_path

Value = str | date | None
Values = Mapping[str, Value]


@cache
def use_labels() -> dict[str, tuple[str, str]]:
    raw = parsed_files.toml_file(resource_path("forms", "uses.toml"))
    return {code: (str(v["en"]), str(v["fr"])) for code, v in raw.get("uses", {}).items()}


def _lines(*parts: str | None) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


def uses_text(data: CarnetPrintData) -> str:
    labels = use_labels()
    named = []
    for code in data.uses:
        en, fr = labels.get(code, (code, ""))
        named.append(f"{en} / {fr}" if fr else en)
    event = f"Event / Manifestation: {data.event}" if data.event else ""
    return _lines("; ".join(named), data.use_description, event)


def kind_note(data: CarnetPrintData) -> str:
    if data.kind is CarnetKind.REPLACEMENT and data.replaces:
        return (
            f"REPLACEMENT FOR A.T.A. CARNET No. {data.replaces} / "
            f"Remplace le carnet n° {data.replaces}"
        )
    if data.kind is CarnetKind.DUPLICATE:
        original = f" No. {data.replaces}" if data.replaces else ""
        french = f" n° {data.replaces}" if data.replaces else ""
        return f"DUPLICATE OF A.T.A. CARNET{original} / Duplicata du carnet{french}"
    return ""


@cache
def _country_names() -> frozenset[str]:
    """Country names in the chain's main languages, to drop from the end of an address."""
    names: set[str] = set()
    for language in ("en", "fr", "de", "it", "es", "nl"):
        names.update(name.casefold() for name in Locale(language).territories.values())
    return frozenset(names)


def town_of(address: str) -> str:
    """The town in an address, for "place of issue": "2 place de la Bourse, 69002 Lyon,
    France" → "Lyon". The last part holding a postcode, without it; else the last part
    that is not a country name."""
    parts = [p.strip() for p in re.split(r"[\n,]", address) if p.strip()]
    while len(parts) > 1 and parts[-1].casefold() in _country_names():
        parts.pop()
    if not parts:
        return ""
    with_digits = [p for p in parts if any(ch.isdigit() for ch in p)]
    if with_digits and with_digits[-1] is not parts[0]:
        town = re.sub(r"^(?:[A-Z]{1,2}-)?\d[\d ]*\s+", "", with_digits[-1])
        return town or with_digits[-1]
    return parts[-1]


def carnet_values(data: CarnetPrintData, continuation_sheets: int) -> dict[str, Value]:
    association = data.association
    place_text = data.place_of_issue or town_of(association.address)
    issued = data.issued_on.isoformat() if data.issued_on else ""
    return {
        "carnet.number": data.number,
        "carnet.kind_note": kind_note(data),
        "holder": _lines(data.holder.name, data.holder.address),
        "representatives": "; ".join(r.strip() for r in data.representatives if r.strip()),
        "uses": uses_text(data),
        "association": _lines(association.name, association.address),
        "association.name": association.name,
        "association.contact": _lines(association.name, association.address),
        "valid_until": data.valid_until,
        "issue.place_date": ", ".join(p for p in (place_text, issued) if p),
        "continuation_sheets": continuation_sheets_text(continuation_sheets),
    }


def item_numbers_text(numbers: Iterable[int]) -> str:
    """``1-3, 5, 7-9`` from item numbers in any order."""
    ordered = sorted(set(numbers))
    spans: list[str] = []
    start = previous = None
    for number in [*ordered, None]:
        if start is not None and (number is None or previous is None or number != previous + 1):
            spans.append(str(start) if start == previous else f"{start}-{previous}")
            start = None
        if number is not None and start is None:
            start = number
        previous = number
    return ", ".join(spans)


def trip_values(trip: TripSelection, action: MovementAction, voucher_no: int) -> dict[str, Value]:
    closing = action in (MovementAction.RE_EXPORTATION, MovementAction.RE_IMPORTATION)
    references = trip.referenced_vouchers or ((voucher_no,) if closing else ())
    return {
        "trip.items": item_numbers_text(item.item_no for item in trip.items),
        "trip.place": trip.place,
        "trip.date": trip.declared_on.isoformat() if trip.declared_on else "",
        "trip.declarant": trip.declarant,
        "trip.intended_use_at": trip.intended_use_at,
        "trip.transit_destination": trip.transit_destination,
        "trip.means_of_transport": trip.means_of_transport,
        "trip.packaging": trip.packaging,
        "trip.referenced_vouchers": ", ".join(str(n) for n in references),
    }


def voucher_values(kind_en: str, kind_fr: str, voucher_no: int) -> dict[str, Value]:
    return {
        "voucher.number": str(voucher_no),
        "voucher.list_title": (
            f"List of goods for {kind_en} No. {voucher_no} / "
            f"Liste des marchandises du {kind_fr.lower()} n° {voucher_no}"
        ),
    }
