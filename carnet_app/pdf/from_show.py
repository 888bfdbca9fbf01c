"""Map the core's ``show`` dictionary (``carnet show NUMBER --json``) to ``CarnetPrintData``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from carnet_app.errors import UserError
from carnet_app.pdf.data import (
    CarnetPrintData,
    Country,
    GoodsLine,
    Party,
    PrintedKind,
    VoucherAction,
    VoucherSets,
    heading_line,
)


def _decimal(raw: Any, where: str) -> Decimal:
    try:
        return Decimal(str(raw))
    except (InvalidOperation, ValueError) as bad:
        raise UserError(f"{where}: {raw!r} is not a decimal amount", field=where) from bad


def _date(raw: Any, where: str) -> date | None:
    if raw in (None, ""):
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError as bad:
        raise UserError(f"{where}: {raw!r} is not a YYYY-MM-DD date", field=where) from bad


def _party(raw: Mapping[str, Any] | None) -> Party:
    raw = raw or {}
    return Party(
        name=str(raw.get("name") or ""),
        address=str(raw.get("address") or ""),
        country=str(raw.get("country") or ""),
    )


def _goods(items: list[Mapping[str, Any]]) -> tuple[GoodsLine, ...]:
    """The goods in item order, each group heading ("CASE 1 – CAMERA KIT", one row per line of
    its text) as an unnumbered row just before the item it opens."""
    lines: list[GoodsLine] = []
    for item in sorted(items, key=lambda entry: int(entry["item_no"])):
        where = f"item {item.get('item_no')}"
        weight = item.get("weight")
        for text in str(item.get("heading") or "").splitlines():
            if text.strip():
                lines.append(heading_line(text.strip()))
        lines.append(
            GoodsLine(
                item_no=int(item["item_no"]),
                description=str(item.get("description") or ""),
                marks=str(item.get("marks") or ""),
                pieces=int(item.get("pieces") or 0),
                weight=None if weight in (None, "") else _decimal(weight, f"{where} weight"),
                weight_unit=str(item.get("weight_unit") or "kg"),
                value=_decimal(item.get("value", "0"), f"{where} value"),
                origin=str(item.get("origin") or ""),
            )
        )
    return tuple(lines)


def _sets(
    vouchers: Mapping[str, Any] | None, registered: Mapping[str, Any] | None = None
) -> VoucherSets:
    """The sets by colour; for a carnet registered from its cover, the sheets its booklet
    holds by action and the colours that are counterfoils only (``registered["sheets"]``)."""
    vouchers = vouchers or {}

    def count(colour: str) -> int:
        entry = vouchers.get(colour) or {}
        return int(entry.get("sets") or 0) if isinstance(entry, Mapping) else int(entry)

    sets = VoucherSets(yellow=count("yellow"), white=count("white"), blue=count("blue"))
    sheets = (registered or {}).get("sheets") or {}
    by_action: list[tuple[VoucherAction, int]] = []
    counterfoils_only: set[str] = set()
    for colour, entry in sheets.items():
        if not isinstance(entry, Mapping):
            continue
        if entry.get("counterfoils_only"):
            counterfoils_only.add(str(colour))
        by_action += [
            (VoucherAction(action), int(number or 0))
            for action, number in entry.items()
            if action in _ACTIONS
        ]
    return replace(sets, by_action=tuple(by_action), counterfoils_only=frozenset(counterfoils_only))


_ACTIONS = frozenset(action.value for action in VoucherAction)


def _countries(itinerary: list[Mapping[str, Any]], names: Mapping[str, str]) -> tuple[Country, ...]:
    seen: dict[str, Country] = {}
    for stop in itinerary:
        code = str(stop.get("country") or "").upper()
        if code and code not in seen:
            seen[code] = Country(code, str(stop.get("name") or names.get(code, code)))
    return tuple(seen.values())


def print_data_from_show(
    show: Mapping[str, Any], country_names: Mapping[str, str] | None = None
) -> CarnetPrintData:
    """The printable carnet from the ``show`` dictionary.

    Amounts and weights arrive as decimal strings and become ``Decimal``; dates are ISO strings.
    The countries of validity are the itinerary's countries (visits and transits), named from
    ``country_names`` (code -> name) when given. A duplicate or replacement names the carnet it
    ``follows``. Raises ``UserError`` on a malformed amount or date.
    """
    kind = PrintedKind(str(show.get("kind") or "original"))
    association = show.get("association") or {}
    return CarnetPrintData(
        number=str(show["number"]),
        association=_party(association),
        holder=_party(show.get("holder")),
        goods=_goods(list(show.get("items") or [])),
        currency=str(show.get("currency") or ""),
        issued_on=_date(show.get("issued_on"), "issued_on"),
        valid_until=_date(show.get("valid_until"), "valid_until"),
        kind=kind,
        replaces=(str(show["follows"]) if show.get("follows") else None),
        representatives=tuple(str(r) for r in show.get("representatives") or ()),
        uses=tuple(str(u) for u in show.get("uses") or ()),
        use_description=str(show.get("use_description") or ""),
        event=(str(show["event"]) if show.get("event") else None),
        countries=_countries(list(show.get("itinerary") or []), country_names or {}),
        voucher_sets=_sets(show.get("vouchers"), show.get("registered")),
    )
