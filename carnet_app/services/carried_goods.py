"""Goods a carnet carries from its first day: a duplicate takes over a lost carnet's goods where
they stand (abroad, en route, home), a replacement those staying in its one country. The issuing
desk keeps them as the carnet's opening positions; the signed carnet file carries them, and the
receiving desk (or a clerk typing a replacement's cover) starts the carnet from them, so its
first stamp is the one the goods need next (a re-exportation, not an exportation).

Everything read here comes from a file: each refusal is one line naming the item or place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from carnet_app.db.models import Carnet
from carnet_app.domain import lifecycle
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import say
from carnet_app.domain.types import (
    DISPOSED,
    EN_ROUTE,
    HOME,
    TRANSFERRED,
    CarnetKind,
    CarnetStatus,
    GoodsLine,
    ItineraryKind,
    ItineraryStop,
    is_out_of_home,
    transit_place,
)
from carnet_app.errors import UserError

FIELD = "opening"
_LARGEST_COUNT = 10**9


@dataclass(frozen=True)
class CarriedGoods:
    """Where each item's pieces stand on the carnet's first day (item no → place → pieces) and
    the importations still open there (as ``importations_to_carry`` writes them)."""

    positions: Mapping[str, Mapping[str, int]]
    importations: Sequence[JsonObject] = field(default_factory=tuple)


def carried_goods_document(carnet: Carnet) -> JsonObject | None:
    """The carnet file's ``opening``: None for a carnet that starts with its goods at home."""
    if not carnet.opening_positions:
        return None
    positions: JsonObject = {
        item_no: {place: count for place, count in sorted(places.items()) if count}
        for item_no, places in sorted(carnet.opening_positions.items(), key=_by_item)
    }
    importations: list[JsonValue] = [dict(row) for row in carnet.opening_importations or []]
    return {"positions": positions, "importations": importations}


def _by_item(pair: tuple[str, Any]) -> int:
    return int(pair[0])


def _places(
    itinerary: Sequence[ItineraryStop], home: str, table: CountryTable
) -> tuple[set[str], set[str]]:
    """The places goods of this carnet can stand (every place) and its foreign territories."""
    foreign: set[str] = set()
    transits: set[str] = set()
    for stop in itinerary:
        territory = table.destination_territory(stop.country, home)
        (transits if stop.kind is ItineraryKind.TRANSIT else foreign).add(territory)
    every = {HOME, EN_ROUTE, DISPOSED, TRANSFERRED, *foreign, *map(transit_place, transits)}
    return every, foreign


def _count(value: object) -> int | None:
    return value if type(value) is int and 0 <= value < _LARGEST_COUNT else None


def read_carried_goods(
    value: object,
    *,
    lines: Sequence[GoodsLine],
    itinerary: Sequence[ItineraryStop],
    home: str,
    table: CountryTable,
) -> CarriedGoods:
    """The file's ``opening``, checked against the general list and the itinerary: every item
    listed, its pieces adding up to the list's, each place one the carnet can take goods to;
    each open importation in a foreign territory of the itinerary, for pieces standing there."""
    if not isinstance(value, Mapping) or not isinstance(value.get("positions"), Mapping):
        raise UserError(say("opening.not-an-object"), field=FIELD)
    pieces = {str(line.item_no): line.pieces for line in lines}
    places, foreign = _places(itinerary, home, table)
    positions: dict[str, dict[str, int]] = {}
    for item_no, where in value["positions"].items():
        if item_no not in pieces:
            raise UserError(say("opening.item-not-listed", item_no=item_no), field=FIELD)
        if not isinstance(where, Mapping):
            raise UserError(say("opening.item-places", item_no=item_no), field=FIELD)
        counted: dict[str, int] = {}
        for place, count in where.items():
            if place not in places:
                raise UserError(
                    say("opening.unknown-place", item_no=item_no, place=str(place)[:20]),
                    field=FIELD,
                )
            number = _count(count)
            if number is None:
                raise UserError(say("opening.item-places", item_no=item_no), field=FIELD)
            if number:
                counted[place] = number
        if sum(counted.values()) != pieces[item_no]:
            raise UserError(
                say(
                    "opening.pieces-differ",
                    item_no=item_no,
                    counted=sum(counted.values()),
                    listed=pieces[item_no],
                ),
                field=FIELD,
            )
        positions[item_no] = counted
    missing = [item_no for item_no in pieces if item_no not in positions]
    if missing:
        raise UserError(say("opening.item-missing", item_no=missing[0]), field=FIELD)
    importations = _read_importations(value.get("importations"), positions, foreign)
    return CarriedGoods(positions=positions, importations=importations)


def _read_importations(
    value: object, positions: Mapping[str, Mapping[str, int]], foreign: set[str]
) -> list[JsonObject]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserError(say("opening.importations"), field=FIELD)
    rows: list[JsonObject] = []
    vouchers: set[int] = set()
    under_importation: dict[tuple[str, str], int] = {}  # (item, territory) → pieces
    for row in value:
        if not isinstance(row, Mapping):
            raise UserError(say("opening.importations"), field=FIELD)
        voucher = _count(row.get("voucher"))
        territory, items, final = row.get("territory"), row.get("items"), row.get("final_date")
        if (
            not voucher
            or territory not in foreign
            or not iso_day(final, allow_none=True)
            or not isinstance(items, Mapping)
            or not items
        ):
            raise UserError(say("opening.importations"), field=FIELD)
        if voucher in vouchers:
            raise UserError(say("opening.importation-twice", voucher=voucher), field=FIELD)
        vouchers.add(voucher)
        for item_no, count in items.items():
            standing = positions.get(item_no, {}).get(str(territory), 0)
            key = (str(item_no), str(territory))
            under_importation[key] = under_importation.get(key, 0) + (_count(count) or 0)
            if _count(count) in (None, 0) or under_importation[key] > standing:
                raise UserError(
                    say("opening.importation-item", voucher=voucher, item_no=str(item_no)[:12]),
                    field=FIELD,
                )
        rows.append(
            {
                "voucher": voucher,
                "territory": territory,
                "final_date": final,
                "items": {str(k): v for k, v in sorted(items.items(), key=_by_item)},
            }
        )
    return rows


def iso_day(value: object, *, allow_none: bool = False) -> bool:
    """Whether ``value`` is a day written as the desk writes it (YYYY-MM-DD)."""
    if value is None:
        return allow_none
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def replacement_goods(
    lines: Sequence[GoodsLine],
    itinerary: Sequence[ItineraryStop],
    home: str,
    table: CountryTable,
) -> CarriedGoods:
    """A replacement carnet takes over goods staying in one country (ATA Convention, art. 14):
    they stand there from its first day. A replacement cover naming several countries does not
    say where its goods are: refused."""
    countries = sorted({stop.country for stop in itinerary if stop.kind is ItineraryKind.VISIT})
    if len(itinerary) == 1 and not countries:
        raise UserError(say("opening.replacement-transit"), field="itinerary")
    if len(countries) != 1 or len(itinerary) != 1:
        raise UserError(
            say("opening.replacement-one-country", count=len(itinerary)), field="itinerary"
        )
    territory = table.destination_territory(countries[0], home)
    if territory == table.territory_of(home):
        raise UserError(say("opening.replacement-at-home", country=countries[0]), field="itinerary")
    return CarriedGoods(positions={str(line.item_no): {territory: line.pieces} for line in lines})


def start_positions(
    carnet: Carnet,
    kind: CarnetKind,
    lines: Sequence[GoodsLine],
    *,
    itinerary: Sequence[ItineraryStop],
    home: str,
    table: CountryTable,
    carried: CarriedGoods | None,
    original_items: Mapping[int, int],
) -> None:
    """Where a registered carnet's goods stand on its first day: as its file carries them,
    abroad in its one country for a replacement, else at home (before the first exportation);
    a replacement's items keep their number on the original."""
    for item in carnet.items:
        item.original_item_no = original_items.get(item.item_no)
    if carried is None and kind is CarnetKind.REPLACEMENT:
        carried = replacement_goods(lines, itinerary, home, table)
    if carried is not None:
        place_carried_goods(carnet, carried)


def place_carried_goods(carnet: Carnet, carried: CarriedGoods) -> None:
    """Start the carnet from its carried goods: in use from its first day when any piece is
    outside the home territory, as the issuing desk holds it."""
    carnet.opening_positions = {k: dict(v) for k, v in carried.positions.items()}
    carnet.opening_importations = [dict(row) for row in carried.importations] or None
    abroad = any(is_out_of_home(place) for places in carried.positions.values() for place in places)
    carnet.goods_abroad = abroad
    if abroad:
        carnet.status = lifecycle.next_status(
            Transition.FIRST_MOVEMENT, CarnetStatus(carnet.status), number=carnet.number or ""
        ).value
