"""How many voucher sets an itinerary needs, explained line by line.

* yellow: one set per trip out of and back into the home customs territory (``trips``);
* white: one set per visit to a foreign customs territory. The EU counts once however many
  member states are listed (the goods are presented only at entry into and exit from it), so a
  territory takes the largest number of visits of any one of its countries;
* blue: one set per transit crossing, counted the same way per territory;
* plus the contingency sets of the schedule.

Destinations inside the home territory need no voucher (the application checks refuse them).
Adding a visit or a transit never lowers any count: every count is a sum or a maximum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from carnet_app.domain.countries import CountryTable
from carnet_app.domain.types import ItineraryKind, ItineraryStop, VoucherColour


@dataclass(frozen=True)
class PlanLine:
    colour: VoucherColour
    sets: int
    text: str  # "white: CH visit ×1 → 1 set"


@dataclass(frozen=True)
class VoucherPlan:
    sets: Mapping[VoucherColour, int]
    lines: tuple[PlanLine, ...]

    @property
    def total_sets(self) -> int:
        return sum(self.sets.values())

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


def plan_vouchers(
    itinerary: Iterable[ItineraryStop],
    trips: int,
    home_country: str,
    table: CountryTable,
    contingency: Mapping[VoucherColour, int] | None = None,
) -> VoucherPlan:
    home_territory = table.home_territory(home_country)
    stops = list(itinerary)
    lines: list[PlanLine] = [
        PlanLine(
            VoucherColour.YELLOW,
            trips,
            f"yellow: {_count(trips, 'trip')} out of and back into {home_territory} "
            f"→ {_count(trips, 'set')}",
        )
    ]
    for kind, colour in (
        (ItineraryKind.VISIT, VoucherColour.WHITE),
        (ItineraryKind.TRANSIT, VoucherColour.BLUE),
    ):
        for territory, per_country in _by_territory(stops, kind, home_country, table).items():
            needed = max(per_country.values())
            listed = ", ".join(f"{code} ×{times}" for code, times in per_country.items())
            if list(per_country) == [territory]:
                what = f"{territory} {kind.value} ×{needed}"
            else:
                what = f"{territory} {kind.value} ({listed}; one territory)"
            lines.append(
                PlanLine(colour, needed, f"{colour.value}: {what} → {_count(needed, 'set')}")
            )
    for colour in VoucherColour:
        extra = (contingency or {}).get(colour, 0)
        if extra:
            lines.append(
                PlanLine(colour, extra, f"{colour.value}: contingency → {_count(extra, 'set')}")
            )
    totals = {
        colour: sum(line.sets for line in lines if line.colour is colour)
        for colour in VoucherColour
    }
    return VoucherPlan(sets=totals, lines=tuple(lines))


def _by_territory(
    stops: list[ItineraryStop], kind: ItineraryKind, home_country: str, table: CountryTable
) -> dict[str, dict[str, int]]:
    """territory → {country as listed → times}, in itinerary order, home territory left out."""
    home_territory = table.home_territory(home_country)
    grouped: dict[str, dict[str, int]] = {}
    for stop in stops:
        if stop.kind is not kind:
            continue
        territory = table.destination_territory(stop.country, home_country)
        if territory == home_territory:
            continue
        per_country = grouped.setdefault(territory, {})
        per_country[stop.country] = per_country.get(stop.country, 0) + stop.times
    return grouped


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
