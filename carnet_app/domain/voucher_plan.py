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
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import ItineraryKind, ItineraryStop, VoucherColour


@dataclass(frozen=True)
class PlanLine:
    """One reason for sets of one colour; ``text`` says it all: "white: CH visit ×1 → 1 set"."""

    colour: VoucherColour
    sets: int
    said_what: Message  # "CH visit ×1"

    @property
    def what(self) -> str:
        return str(self.said_what)

    @property
    def sets_text(self) -> str:
        """ "1 set", "2 sets" in the chosen language."""
        return str(say("plan.sets", sets=self.sets))

    @property
    def text(self) -> str:
        return str(
            say(
                "plan.line",
                colour=say(f"ledger.colour.{self.colour.value}"),
                what=self.said_what,
                sets=say("plan.sets", sets=self.sets),
            )
        )


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
            say("plan.trips", trips=trips, territory=home_territory),
        )
    ]
    for kind, colour in (
        (ItineraryKind.VISIT, VoucherColour.WHITE),
        (ItineraryKind.TRANSIT, VoucherColour.BLUE),
    ):
        for territory, per_country in _by_territory(stops, kind, home_country, table).items():
            needed = max(per_country.values())
            listed = ", ".join(f"{code} ×{times}" for code, times in per_country.items())
            kind_word = say(f"itinerary.{kind.value}")
            if list(per_country) == [territory]:
                what = say("plan.stops", territory=territory, kind=kind_word, times=needed)
            else:
                what = say("plan.territory", territory=territory, kind=kind_word, listed=listed)
            lines.append(PlanLine(colour, needed, what))
    for colour in VoucherColour:
        extra = (contingency or {}).get(colour, 0)
        if extra:
            lines.append(PlanLine(colour, extra, say("plan.contingency")))
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
