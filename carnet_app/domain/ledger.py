"""The movement ledger: where every unit of every item is, customs action by customs action.

Entries are replayed in date order (ties in recording order). Each customs action moves a
quantity of general-list items between places and consumes one voucher of its colour. The
ledger refuses what cannot be true and warns about what is irregular but happens at real
borders (PRODUCT.md "The movement ledger").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from carnet_app.domain.item_spec import format_item_list
from carnet_app.domain.types import (
    DISPOSED,
    EN_ROUTE,
    HOME,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
    is_foreign_place,
    transit_place,
)
from carnet_app.errors import UserError

Quantities = Mapping[int, int | None]


class LedgerRefusal(UserError):
    """A movement that cannot be true."""


@dataclass(frozen=True)
class CarnetFacts:
    """What the ledger needs to know about a carnet, prepared by the service layer."""

    number: str
    issued_on: date
    valid_until: date
    home_territory: str
    pieces: Mapping[int, int]  # item no → pieces on the general list
    voucher_sets: Mapping[VoucherColour, int]
    visit_territories: frozenset[str]
    transit_territories: frozenset[str]
    refused_territories: Mapping[str, str] = field(default_factory=dict)  # territory → why
    transit_refused: Mapping[str, str] = field(default_factory=dict)
    split_forbidden: frozenset[str] = frozenset()
    opening: Mapping[int, Mapping[str, int]] | None = None  # duplicates and replacements
    # importations a duplicate takes over from the carnet it replaces, keyed by the original's
    # voucher number (stored as its negative in ``refers_to``)
    opening_importations: tuple[CarriedImportation, ...] = ()
    # territory → months customs usually allow (country table): the final date when customs
    # leave box H b) blank
    stay_limits: Mapping[str, int] = field(default_factory=dict)
    # the sheets of each action actually bound in the booklet (a registered carnet's cover
    # says so); None: every set holds one sheet of each of its colour's two actions
    sheets_by_action: Mapping[MovementAction, int] | None = None
    # colours whose sheets are counterfoils only (US yellow): their stamps need no voucher
    counterfoils_only: frozenset[VoucherColour] = frozenset()

    def sheets_for(self, action: MovementAction) -> int:
        """The sheets of ``action`` in the booklet."""
        if self.sheets_by_action is not None and action in self.sheets_by_action:
            return self.sheets_by_action[action]
        return self.voucher_sets.get(action.colour, 0)


@dataclass(frozen=True)
class CarriedImportation:
    """An importation made under the original carnet, still open when a duplicate took over."""

    voucher_no: int
    territory: str
    final_date: date | None
    quantities: Mapping[int, int]

    @property
    def key(self) -> int:
        return -self.voucher_no


@dataclass(frozen=True)
class Entry:
    """A customs action or a goods event as recorded (or about to be)."""

    seq: int
    kind: MovementAction | GoodsEventKind
    on: date
    territory: str | None = None
    quantities: Quantities = field(default_factory=dict)
    final_date: date | None = None
    refers_to: tuple[int, ...] = ()
    voucher_no: int | None = None


@dataclass(frozen=True)
class Outcome:
    """What applying one entry did."""

    entry: Entry
    moved: Mapping[int, int]
    moves: tuple[tuple[int, str, str, int], ...]  # (item, from, to, quantity)
    voucher_colour: VoucherColour | None
    voucher_no: int | None
    refers_to: tuple[int, ...]
    warnings: tuple[str, ...]


class LedgerState:
    """Positions of every item, plus what the vouchers and importations look like so far."""

    def __init__(self, facts: CarnetFacts) -> None:
        self.facts = facts
        self.where: dict[int, dict[str, int]] = {}
        for item_no, pieces in facts.pieces.items():
            if facts.opening and item_no in facts.opening:
                self.where[item_no] = {p: q for p, q in facts.opening[item_no].items() if q}
            else:
                self.where[item_no] = {HOME: pieces}
        self.vouchers_used: dict[MovementAction, int] = {}
        # importation voucher no → (territory, final date, quantities still to re-export);
        # negative numbers: the original carnet's importations a duplicate carries
        self.importations: dict[int, tuple[str, date | None, dict[int, int]]] = {}
        self.carried: dict[int, dict[int, int]] = {}  # importation voucher no → what it carried
        for carried in facts.opening_importations:
            self.importations[carried.key] = (
                carried.territory,
                carried.final_date,
                dict(carried.quantities),
            )
            self.carried[carried.key] = dict(carried.quantities)
        # exportation voucher no → (final date for re-importation, quantities still out)
        self.exportations: dict[int, tuple[date | None, dict[int, int]]] = {}
        self.transit_final: dict[str, date | None] = {}

    # -- queries -----------------------------------------------------------------------
    def derived_final_date(self, territory: str, on: date) -> date | None:
        """The final date a country's maximum stay sets when customs leave it blank (never
        beyond the carnet's validity)."""
        months = self.facts.stay_limits.get(territory)
        if months is None:
            return None
        return min(on + relativedelta(months=months), self.facts.valid_until)

    def quantity_at(self, item_no: int, place: str) -> int:
        return self.where.get(item_no, {}).get(place, 0)

    def snapshot(self) -> dict[int, dict[str, int]]:
        return {item: {p: q for p, q in places.items() if q} for item, places in self.where.items()}

    def vouchers_left(self, action: MovementAction) -> int:
        """The sheets of ``action`` not used yet (never below zero: counterfoil-only stamps
        may outnumber the counted sheets)."""
        return max(0, self.facts.sheets_for(action) - self.vouchers_used.get(action, 0))

    def used(self, colour: VoucherColour) -> int:
        return sum(n for action, n in self.vouchers_used.items() if action.colour == colour)

    def sets_used(self, colour: VoucherColour) -> int:
        """Sets touched so far: each set holds one opening and one closing voucher."""
        return max(
            (n for action, n in self.vouchers_used.items() if action.colour == colour),
            default=0,
        )

    def open_importations(self) -> list[tuple[int, str, date | None, int]]:
        """(voucher no, territory, final date, pieces still there) per open importation."""
        result = []
        for no, (territory, final, quantities) in sorted(self.importations.items()):
            still = sum(min(q, self.quantity_at(item, territory)) for item, q in quantities.items())
            if still:
                result.append((no, territory, final, still))
        return result

    def open_transits(self) -> list[tuple[str, date | None, int]]:
        result = []
        for territory, final in sorted(self.transit_final.items()):
            place = transit_place(territory)
            pieces = sum(places.get(place, 0) for places in self.where.values())
            if pieces:
                result.append((territory, final, pieces))
        return result

    def sets_completed(self, colour: VoucherColour) -> int:
        """Sets whose opening and closing vouchers have both been used."""
        counts = [n for action, n in self.vouchers_used.items() if action.colour == colour]
        return min(counts) if len(counts) == 2 else 0

    def goods_abroad(self) -> bool:
        return any(
            q and place not in (HOME, DISPOSED)
            for places in self.where.values()
            for place, q in places.items()
        )

    # -- applying ----------------------------------------------------------------------
    def apply(self, entry: Entry) -> Outcome:
        if isinstance(entry.kind, GoodsEventKind):
            return self._apply_event(entry)
        return self._apply_movement(entry)

    def _apply_movement(self, entry: Entry) -> Outcome:
        action = entry.kind
        assert isinstance(action, MovementAction)
        facts = self.facts
        self._check_dates(entry)
        warnings: list[str] = []
        territory = self._territory_for(entry)
        voucher_no = self._next_voucher(action, entry)
        refers_to: tuple[int, ...] = ()

        # With no items named, an opening abroad takes the goods en route, never goods still
        # at home. An importation naming no items with nothing en route is refused (which
        # goods would it be?); a transit still takes the whole list from home, confirmed.
        nothing_en_route = not any(places.get(EN_ROUTE) for places in self.where.values())
        if action is MovementAction.IMPORTATION and nothing_en_route and not entry.quantities:
            raise LedgerRefusal(
                f"importation into {territory} names no items and no goods are en route "
                f"({self._whereabouts()}): record the exportation first, or name the items "
                f"imported{self._items_hint()}",
                field="items",
            )
        from_home = [HOME] if entry.quantities or nothing_en_route else []
        if action is MovementAction.EXPORTATION:
            sources, destination = [HOME], EN_ROUTE
        elif action is MovementAction.IMPORTATION:
            assert territory is not None
            sources, destination = [EN_ROUTE, *from_home], territory
        elif action is MovementAction.RE_EXPORTATION:
            assert territory is not None
            sources, destination = [territory], EN_ROUTE
        elif action is MovementAction.TRANSIT_IN:
            assert territory is not None
            sources, destination = [EN_ROUTE, *from_home], transit_place(territory)
        elif action is MovementAction.TRANSIT_OUT:
            assert territory is not None
            sources, destination = [transit_place(territory)], EN_ROUTE
        else:  # RE_IMPORTATION
            sources = [EN_ROUTE, *self._foreign_places_holding_goods()]
            destination = HOME

        moves = self._take(entry, sources, destination=destination)
        moved = _sum_moved(moves)

        if action is MovementAction.IMPORTATION:
            assert territory is not None
            skipped = sorted({item for item, src, _, _ in moves if src == HOME})
            if skipped:
                warnings.append(
                    f"importation into {territory} with no exportation recorded for "
                    f"item(s) {format_item_list(skipped)}"
                )
            if territory in facts.split_forbidden and self._goods_in(territory):
                warnings.append(
                    f"split shipment: goods of this carnet are already in {territory}, "
                    f"which does not allow split consignments"
                )
            final = entry.final_date or self.derived_final_date(territory, entry.on)
            self.importations[voucher_no or 0] = (territory, final, dict(moved))
            self.carried[voucher_no or 0] = dict(moved)
        elif action is MovementAction.EXPORTATION:
            self.exportations[voucher_no or 0] = (entry.final_date, dict(moved))
        elif action is MovementAction.TRANSIT_IN:
            assert territory is not None
            skipped = sorted({item for item, src, _, _ in moves if src == HOME})
            if skipped:
                warnings.append(
                    f"transit through {territory} with no exportation recorded for "
                    f"item(s) {format_item_list(skipped)}"
                )
            self.transit_final[territory] = entry.final_date
        elif action is MovementAction.RE_EXPORTATION:
            assert territory is not None
            refers_to, late = self._settle_importations(entry, territory, moved)
            for final in late:
                warnings.append(
                    f"re-exportation on {entry.on.isoformat()} is after the final date "
                    f"{final.isoformat()} set by {territory} customs"
                )
            if entry.on > facts.valid_until:
                warnings.append(
                    f"re-exportation after the carnet expired on {facts.valid_until.isoformat()}"
                )
        elif action is MovementAction.TRANSIT_OUT:
            assert territory is not None
            transit_final = self.transit_final.get(territory)
            if transit_final and entry.on > transit_final:
                warnings.append(
                    f"transit through {territory} closed on {entry.on.isoformat()}, after the "
                    f"final date {transit_final.isoformat()} set by customs"
                )
        elif action is MovementAction.RE_IMPORTATION:
            from_abroad: dict[str, list[int]] = {}
            for item, src, _, _ in moves:
                if src != EN_ROUTE:
                    from_abroad.setdefault(src, []).append(item)
            for place, items in sorted(from_abroad.items()):
                warnings.append(
                    f"re-importation of item(s) {format_item_list(items)} still recorded in "
                    f"{place}: no re-exportation recorded"
                )
            for final in self._settle_exportations(entry, moved):
                warnings.append(
                    f"re-importation on {entry.on.isoformat()} is after the final date "
                    f"{final.isoformat()} set on the exportation voucher (box H b)"
                )
            if entry.on > facts.valid_until:
                warnings.append(
                    f"re-importation after the carnet expired on {facts.valid_until.isoformat()}"
                )

        if action is MovementAction.RE_EXPORTATION and territory in facts.split_forbidden:
            assert territory is not None
            if self._goods_in(territory, after=moves):
                warnings.append(
                    f"split shipment: part of the goods stays in {territory}, which does not "
                    f"allow split consignments"
                )

        self._commit_moves(moves)
        self.vouchers_used[action] = self.vouchers_used.get(action, 0) + 1
        return Outcome(
            entry=entry,
            moved=moved,
            moves=tuple(moves),
            voucher_colour=action.colour,
            voucher_no=voucher_no,
            refers_to=refers_to,
            warnings=tuple(warnings),
        )

    def _apply_event(self, entry: Entry) -> Outcome:
        facts = self.facts
        if entry.on < facts.issued_on:
            raise LedgerRefusal(
                f"date {entry.on.isoformat()} is before the carnet was issued "
                f"({facts.issued_on.isoformat()})",
                field="date",
            )
        territory = (entry.territory or "").upper()
        if not territory:
            raise LedgerRefusal("country: say where the goods were", field="country")
        sources = [territory, transit_place(territory)]
        destination = DISPOSED
        if entry.kind is GoodsEventKind.RE_EXPORTED:
            destination = EN_ROUTE  # out of that country, as a re-exportation would move them
        elif entry.kind in (GoodsEventKind.STOLEN, GoodsEventKind.LOST):
            sources.append(EN_ROUTE)  # goods can go missing on the way too
        moves = self._take(entry, sources, destination=destination)
        self._commit_moves(moves)
        return Outcome(
            entry=entry,
            moved=_sum_moved(moves),
            moves=tuple(moves),
            voucher_colour=None,
            voucher_no=None,
            refers_to=(),
            warnings=(),
        )

    # -- rules -------------------------------------------------------------------------
    def _check_dates(self, entry: Entry) -> None:
        facts = self.facts
        if entry.on < facts.issued_on:
            raise LedgerRefusal(
                f"date {entry.on.isoformat()} is before the carnet was issued "
                f"({facts.issued_on.isoformat()})",
                field="date",
            )
        opening = entry.kind in (
            MovementAction.EXPORTATION,
            MovementAction.IMPORTATION,
            MovementAction.TRANSIT_IN,
        )
        if opening and entry.on > facts.valid_until:
            raise LedgerRefusal(
                f"{entry.kind} refused: the carnet expired on {facts.valid_until.isoformat()}",
                field="date",
            )
        if entry.final_date is not None:
            if entry.final_date < entry.on:
                raise LedgerRefusal(
                    f"final date {entry.final_date.isoformat()} is before the date of the stamp",
                    field="final-date",
                )
            if entry.final_date > facts.valid_until:
                raise LedgerRefusal(
                    f"final date {entry.final_date.isoformat()} is after the carnet's validity "
                    f"({facts.valid_until.isoformat()}); customs cannot set it later",
                    field="final-date",
                )

    def _territory_for(self, entry: Entry) -> str | None:
        facts = self.facts
        action = entry.kind
        if action in (MovementAction.EXPORTATION, MovementAction.RE_IMPORTATION):
            if entry.territory and entry.territory != facts.home_territory:
                raise LedgerRefusal(
                    f"{action} is recorded by the customs of the home territory "
                    f"({facts.home_territory}), not {entry.territory}",
                    field="country",
                )
            return None
        territory = (entry.territory or "").upper()
        if not territory:
            raise LedgerRefusal(f"{action}: the country is required", field="country")
        if territory == facts.home_territory:
            raise LedgerRefusal(
                f"{action} into {territory} refused: it is the carnet's home customs territory "
                f"(moving inside one customs territory is not a carnet movement)",
                field="country",
            )
        transit = action in (MovementAction.TRANSIT_IN, MovementAction.TRANSIT_OUT)
        known = facts.visit_territories | facts.transit_territories
        if territory not in known:
            raise LedgerRefusal(
                f"{territory} is not a country of carnet {facts.number} "
                f"(its countries: {', '.join(sorted(known)) or 'none'})",
                field="country",
            )
        if transit and territory in facts.transit_refused:
            raise LedgerRefusal(
                f"transit through {territory} refused: {facts.transit_refused[territory]}",
                field="country",
            )
        if not transit and territory in facts.refused_territories:
            raise LedgerRefusal(
                f"{action} into {territory} refused: {facts.refused_territories[territory]}",
                field="country",
            )
        if action is MovementAction.IMPORTATION and territory not in facts.visit_territories:
            raise LedgerRefusal(
                f"{territory} is on carnet {facts.number} for transit only; an importation "
                f"needs a visit",
                field="country",
            )
        return territory

    def _next_voucher(self, action: MovementAction, entry: Entry) -> int:
        facts = self.facts
        sets = facts.voucher_sets.get(action.colour, 0)
        used = self.vouchers_used.get(action, 0)
        number = used + 1
        if action.colour in facts.counterfoils_only:
            return number  # stamped on a counterfoil: no voucher to run out of
        if facts.sheets_by_action is not None:
            sheets = facts.sheets_for(action)
            if number > sheets:
                raise LedgerRefusal(
                    f"no {action.colour} {action} voucher left: {sheets} {action.colour} "
                    f"{action} voucher(s) in the booklet, {used} used; add {action.colour} "
                    f"voucher sets first",
                    field="vouchers",
                )
            return number
        if number > sets:
            raise LedgerRefusal(
                f"no {action.colour} voucher left for {action}: {sets} {action.colour} set(s) "
                f"issued, {used} {action} voucher(s) used; add {action.colour} voucher sets first",
                field="vouchers",
            )
        return number

    def _take(
        self, entry: Entry, sources: list[str], *, destination: str
    ) -> list[tuple[int, str, str, int]]:
        """Resolve the requested quantities against the sources, in order of preference."""
        target = destination
        requested: Mapping[int, int | None] = entry.quantities
        if not requested:
            # No selection: every piece of every item at the place the goods leave.
            requested = {
                item_no: None
                for item_no in sorted(self.facts.pieces)
                if any(self.quantity_at(item_no, src) for src in sources)
            }
            if not requested:
                raise LedgerRefusal(
                    f"{entry.kind}: no goods of this carnet are {_place_words(sources[0])}",
                    field="items",
                )
        moves: list[tuple[int, str, str, int]] = []
        for item_no, asked in sorted(requested.items()):
            listed = self.facts.pieces.get(item_no)
            if listed is None:
                last = max(self.facts.pieces) if self.facts.pieces else 0
                raise LedgerRefusal(
                    f"item {item_no} is not on the general list of carnet {self.facts.number} "
                    f"(items 1-{last})",
                    field="items",
                )
            available = {src: self.quantity_at(item_no, src) for src in sources}
            total_available = sum(available.values())
            if asked is None:
                # "all pieces at the place the goods leave": the first source holding any.
                holding = [src for src in sources if available[src]]
                if not holding:
                    raise LedgerRefusal(
                        f"item {item_no}: no piece is {_place_words(sources[0])}",
                        field="items",
                    )
                moves.append((item_no, holding[0], target, available[holding[0]]))
                continue
            if asked > listed:
                raise LedgerRefusal(
                    f"item {item_no}: {asked} pieces asked, the general list has {listed}",
                    field="items",
                )
            if asked > total_available:
                raise LedgerRefusal(
                    f"item {item_no}: {asked} pieces asked, only {total_available} "
                    f"{_place_words(sources[0])}",
                    field="items",
                )
            remaining = asked
            for src in sources:
                take = min(remaining, available[src])
                if take:
                    moves.append((item_no, src, target, take))
                    remaining -= take
                if not remaining:
                    break
        return moves

    def _commit_moves(self, moves: Iterable[tuple[int, str, str, int]]) -> None:
        for item_no, src, dst, quantity in moves:
            places = self.where.setdefault(item_no, {})
            places[src] = places.get(src, 0) - quantity
            places[dst] = places.get(dst, 0) + quantity
            if places[src] < 0:  # pragma: no cover - _take guarantees it
                raise AssertionError("negative quantity")

    def _goods_in(self, territory: str, after: Iterable[tuple[int, str, str, int]] = ()) -> bool:
        leaving: dict[int, int] = {}
        for item_no, src, _, quantity in after:
            if src == territory:
                leaving[item_no] = leaving.get(item_no, 0) + quantity
        return any(
            places.get(territory, 0) - leaving.get(item_no, 0) > 0
            for item_no, places in self.where.items()
        )

    def _whereabouts(self) -> str:
        """Where the goods are, for a message: "items 1-3 at home, item 4 in CH"."""
        by_place: dict[str, list[int]] = {}
        for item_no, places in sorted(self.where.items()):
            for place, quantity in places.items():
                if quantity:
                    by_place.setdefault(place, []).append(item_no)
        order = sorted(by_place, key=lambda place: (place != HOME, place == DISPOSED, place))
        return ", ".join(
            f"{'items' if len(by_place[place]) > 1 else 'item'} "
            f"{format_item_list(by_place[place])} {_place_words(place)}"
            for place in order
        )

    def _items_hint(self) -> str:
        at_home = [item for item in sorted(self.where) if self.quantity_at(item, HOME)]
        return f", e.g. --items {format_item_list(at_home).replace(' ', '')}" if at_home else ""

    def _foreign_places_holding_goods(self) -> list[str]:
        places = {
            place
            for item_places in self.where.values()
            for place, quantity in item_places.items()
            if quantity and place not in (HOME, EN_ROUTE, DISPOSED)
        }
        return sorted(places)

    def _settle_exportations(self, entry: Entry, moved: Mapping[int, int]) -> list[date]:
        """Tie a re-importation to the exportation vouchers still out; their final dates
        (box H b of the exportation voucher) that the re-importation misses."""
        remaining = dict(moved)
        late: list[date] = []
        for _, (final, open_quantities) in sorted(self.exportations.items()):
            touched = False
            for item_no, quantity in list(remaining.items()):
                take = min(quantity, open_quantities.get(item_no, 0))
                if take:
                    open_quantities[item_no] -= take
                    remaining[item_no] -= take
                    touched = True
            if touched and final is not None and entry.on > final and final not in late:
                late.append(final)
        return late

    def _settle_importations(
        self, entry: Entry, territory: str, moved: Mapping[int, int]
    ) -> tuple[tuple[int, ...], list[date]]:
        """Tie a re-exportation to the importation vouchers of that territory."""
        # the original's carried importations (negative keys) first, oldest first
        candidates = [
            no
            for no in sorted(self.importations, key=lambda no: (no > 0, abs(no)))
            if self.importations[no][0] == territory
        ]
        if entry.refers_to:
            for no in entry.refers_to:
                if no not in self.importations:
                    raise LedgerRefusal(
                        f"importation voucher {no} does not exist on this carnet",
                        field="refers-to",
                    )
                if self.importations[no][0] != territory:
                    raise LedgerRefusal(
                        f"importation voucher {_voucher_words(no)} was used in "
                        f"{self.importations[no][0]}, not {territory}",
                        field="refers-to",
                    )
                carried = self.carried.get(no, {})
                if not any(carried.get(item_no) for item_no in moved):
                    raise LedgerRefusal(
                        f"importation voucher {_voucher_words(no)} never carried item(s) "
                        f"{format_item_list(sorted(moved))} (it carried item(s) "
                        f"{format_item_list(sorted(carried)) or 'none'})",
                        field="refers-to",
                    )
            uncovered = sorted(
                item_no
                for item_no in moved
                if not any(self.carried.get(no, {}).get(item_no) for no in entry.refers_to)
            )
            if uncovered:
                raise LedgerRefusal(
                    f"item(s) {format_item_list(uncovered)} were not carried by importation "
                    f"voucher(s) {', '.join(_voucher_words(no) for no in entry.refers_to)}",
                    field="refers-to",
                )
            chosen = list(entry.refers_to)
        else:
            chosen = candidates
        remaining = dict(moved)
        used: list[int] = []
        late: list[date] = []
        for no in chosen:
            _, final, open_quantities = self.importations[no]
            touched = False
            for item_no, quantity in list(remaining.items()):
                take = min(quantity, open_quantities.get(item_no, 0))
                if take:
                    open_quantities[item_no] -= take
                    remaining[item_no] -= take
                    touched = True
            if touched:
                used.append(no)
                if final is not None and entry.on > final and final not in late:
                    late.append(final)
        return tuple(used), late


def _voucher_words(no: int) -> str:
    return str(no) if no > 0 else f"{-no} of the original carnet"


def replay(facts: CarnetFacts, entries: Iterable[Entry]) -> tuple[LedgerState, list[Outcome]]:
    """Replay entries in date order (then recording order); refusals propagate."""
    state = LedgerState(facts)
    outcomes = [state.apply(entry) for entry in sorted(entries, key=lambda e: (e.on, e.seq))]
    return state, outcomes


def check_new_entry(
    facts: CarnetFacts, existing: Iterable[Entry], new: Entry
) -> tuple[LedgerState, Outcome]:
    """Apply ``new`` among the recorded entries (back-dated stamps included).

    Returns the final state and the outcome of the new entry; a refusal of any entry means the
    new one cannot be true together with what is recorded.
    """
    state = LedgerState(facts)
    new_outcome: Outcome | None = None
    for entry in sorted([*existing, new], key=lambda e: (e.on, e.seq)):
        try:
            outcome = state.apply(entry)
        except LedgerRefusal as refusal:
            if entry is new:
                raise
            raise LedgerRefusal(
                f"with this {new.kind} dated {new.on.isoformat()}, the {entry.kind} "
                f"recorded for {entry.on.isoformat()} would no longer be possible "
                f"({refusal.message})",
                field="date",
            ) from None
        if entry is new:
            new_outcome = outcome
    assert new_outcome is not None
    return state, new_outcome


def _sum_moved(moves: Iterable[tuple[int, str, str, int]]) -> dict[int, int]:
    total: dict[int, int] = {}
    for item_no, _, _, quantity in moves:
        total[item_no] = total.get(item_no, 0) + quantity
    return total


def _place_words(place: str) -> str:
    if place == HOME:
        return "at home"
    if place == EN_ROUTE:
        return "en route (exported, not yet imported anywhere)"
    if place.startswith("transit-"):
        return f"in transit through {place.removeprefix('transit-')}"
    if is_foreign_place(place):
        return f"in {place}"
    return place
