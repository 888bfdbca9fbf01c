"""The printable carnet (``CarnetPrintData``) from the carnet's typed view
(``domain.carnet_view.CarnetView``, built by the services): no parsing, the view's amounts are
already ``Decimal`` and its dates ``date``."""

from __future__ import annotations

from collections.abc import Mapping

from carnet_app.domain.carnet_view import (
    CarnetView,
    ItemView,
    ItineraryStopView,
    PartyView,
    RegisteredView,
    VoucherCountView,
)
from carnet_app.domain.types import GoodsLine, MovementAction, VoucherColour
from carnet_app.pdf.data import (
    CarnetPrintData,
    Country,
    Party,
    VoucherSets,
)

_ACTIONS = frozenset(action.value for action in MovementAction)


def print_data_from_view(
    view: CarnetView, country_names: Mapping[str, str] | None = None
) -> CarnetPrintData:
    """The printable carnet.

    The countries of validity are the itinerary's countries (visits and transits), named from
    ``country_names`` (code -> name) when given. A duplicate or replacement names the carnet it
    ``follows``.
    """
    return CarnetPrintData(
        number=view.number or "",
        association=_party(view.association),
        holder=_party(view.holder),
        goods=_goods(view.items),
        currency=view.currency,
        issued_on=view.issued_on,
        valid_until=view.valid_until,
        kind=view.kind,
        replaces=view.follows or None,
        representatives=view.representatives,
        uses=view.uses,
        use_description=view.use_description,
        event=view.event or None,
        countries=_countries(view.itinerary, country_names or {}),
        voucher_sets=_sets(view.vouchers, view.registered),
    )


def _party(party: PartyView) -> Party:
    return Party(name=party.name, address=party.address, country=party.country)


def _goods(items: tuple[ItemView, ...]) -> tuple[GoodsLine, ...]:
    """The goods in item order, each with the group headings it opens ("CASE 1 – CAMERA KIT")."""
    return tuple(
        GoodsLine(
            item_no=item.item_no,
            description=item.description,
            marks=item.marks,
            pieces=item.pieces,
            weight=item.weight,
            weight_unit=item.weight_unit or "kg",
            value=item.value,
            origin=item.origin,
            heading=item.heading,
        )
        for item in sorted(items, key=lambda entry: entry.item_no)
    )


def _sets(counts: tuple[VoucherCountView, ...], registered: RegisteredView | None) -> VoucherSets:
    """The sets by colour; for a carnet registered from its cover, the sheets its booklet
    holds by action and the colours that are counterfoils only (``registered.sheets``)."""
    sets = {count.colour: count.sets for count in counts}
    by_action: list[tuple[MovementAction, int]] = []
    counterfoils_only: set[str] = set()
    for colour, entry in (registered.sheets if registered else {}).items():
        if entry.get("counterfoils_only"):
            counterfoils_only.add(colour)
        by_action += [
            (MovementAction(action), int(number or 0))
            for action, number in entry.items()
            if action in _ACTIONS
        ]
    return VoucherSets(
        yellow=sets.get(VoucherColour.YELLOW, 0),
        white=sets.get(VoucherColour.WHITE, 0),
        blue=sets.get(VoucherColour.BLUE, 0),
        by_action=tuple(by_action),
        counterfoils_only=frozenset(counterfoils_only),
    )


def _countries(
    itinerary: tuple[ItineraryStopView, ...], names: Mapping[str, str]
) -> tuple[Country, ...]:
    seen: dict[str, Country] = {}
    for stop in itinerary:
        code = stop.country.upper()
        if code and code not in seen:
            seen[code] = Country(code, names.get(code, code))
    return tuple(seen.values())
