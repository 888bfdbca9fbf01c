"""The movement ledger: where every unit of every item is, customs action by customs action.

Entries are replayed in date order (ties in recording order). Each customs action moves a
quantity of general-list items between places and consumes one voucher of its colour. The
ledger refuses what cannot be true and warns about what is irregular but happens at real
borders. What it reads and returns is in ``ledger_facts``, the rules about one entry on its
own in ``ledger_rules``, its words in ``ledger_words``.

Over 500 lines because the state and the checks of a new entry against it are one piece: the
check replays the state, and its refusal reads the state's places.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from carnet_app.domain.item_spec import format_item_list
from carnet_app.domain.ledger_facts import (
    CarnetFacts,
    CarriedImportation,
    Entry,
    Outcome,
    Quantities,
)
from carnet_app.domain.ledger_rules import check_dates, check_issued_by, next_voucher, territory_for
from carnet_app.domain.ledger_settling import settle_exportations, settle_importations
from carnet_app.domain.ledger_words import (
    LedgerRefusal,
    items_hint,
    kind_word,
    place_words,
    whereabouts,
)
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import (
    DISPOSED,
    EN_ROUTE,
    HOME,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
    is_out_of_home,
    transit_place,
)

__all__ = [
    "CarnetFacts",
    "CarriedImportation",
    "Entry",
    "LedgerRefusal",
    "LedgerState",
    "Outcome",
    "Quantities",
    "check_new_entry",
    "replay",
]


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
        # pieces en route because a proof of re-exportation settled a claim: out of every
        # foreign territory and justified, though no stamp brought them home
        self.justified: dict[int, int] = {}

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

    def unaccounted(self) -> dict[int, dict[str, int]]:
        """Pieces neither home, nor disposed of, nor en route on a proof of re-exportation:
        abroad, in transit, or en route after a stamp with no stamp bringing them home."""
        left: dict[int, dict[str, int]] = {}
        for item_no, places in self.where.items():
            for place, quantity in places.items():
                if place == EN_ROUTE:
                    quantity -= self.justified.get(item_no, 0)
                if quantity > 0 and place not in (HOME, DISPOSED):
                    left.setdefault(item_no, {})[place] = quantity
        return left

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
            q and is_out_of_home(place)
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
        check_dates(facts, entry)
        warnings: list[Message] = []
        territory = territory_for(facts, entry)
        voucher_no = next_voucher(facts, action, self.vouchers_used.get(action, 0))
        refers_to: tuple[int, ...] = ()

        # With no items named, an opening abroad takes the goods en route, never goods still
        # at home. An importation naming no items with nothing en route is refused (which
        # goods would it be?); a transit still takes the whole list from home, confirmed.
        nothing_en_route = not any(places.get(EN_ROUTE) for places in self.where.values())
        if action is MovementAction.IMPORTATION and nothing_en_route and not entry.quantities:
            raise LedgerRefusal(
                say(
                    "ledger.import-nothing-en-route",
                    territory=territory,
                    whereabouts=whereabouts(self.where),
                    hint=self._items_hint(),
                ),
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
        else:  # RE_IMPORTATION: naming no items, the goods en route (as an importation)
            abroad = self._foreign_places_holding_goods()
            sources = [EN_ROUTE, *(abroad if entry.quantities or nothing_en_route else [])]
            destination = HOME

        moves = self._take(entry, sources, destination=destination)
        moved = _sum_moved(moves)

        if action is MovementAction.IMPORTATION:
            assert territory is not None
            skipped = sorted({item for item, src, _, _ in moves if src == HOME})
            if skipped:
                warnings.append(
                    say(
                        "ledger.import-without-export",
                        territory=territory,
                        items=format_item_list(skipped),
                    )
                )
            if territory in facts.split_forbidden and self._goods_in(territory):
                warnings.append(say("ledger.split-already-there", territory=territory))
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
                    say(
                        "ledger.transit-without-export",
                        territory=territory,
                        items=format_item_list(skipped),
                    )
                )
            self.transit_final[territory] = entry.final_date
        elif action is MovementAction.RE_EXPORTATION:
            assert territory is not None
            refers_to, late = settle_importations(
                self.importations, self.carried, entry, territory, moved
            )
            for final in late:
                warnings.append(
                    say("ledger.reexport-late", day=entry.on, final=final, territory=territory)
                )
            if entry.on > facts.valid_until:
                warnings.append(say("ledger.reexport-after-expiry", expiry=facts.valid_until))
        elif action is MovementAction.TRANSIT_OUT:
            assert territory is not None
            transit_final = self.transit_final.get(territory)
            if transit_final and entry.on > transit_final:
                warnings.append(
                    say(
                        "ledger.transit-closed-late",
                        territory=territory,
                        day=entry.on,
                        final=transit_final,
                    )
                )
        elif action is MovementAction.RE_IMPORTATION:
            from_abroad: dict[str, list[int]] = {}
            for item, src, _, _ in moves:
                if src != EN_ROUTE:
                    from_abroad.setdefault(src, []).append(item)
            for place, items in sorted(from_abroad.items()):
                warnings.append(
                    say("ledger.reimport-still-abroad", items=format_item_list(items), place=place)
                )
            for final in settle_exportations(self.exportations, entry, moved):
                warnings.append(say("ledger.reimport-late", day=entry.on, final=final))
            if entry.on > facts.valid_until:
                warnings.append(say("ledger.reimport-after-expiry", expiry=facts.valid_until))

        if action is MovementAction.RE_EXPORTATION and territory in facts.split_forbidden:
            assert territory is not None
            if self._goods_in(territory, after=moves):
                warnings.append(say("ledger.split-part-stays", territory=territory))

        self._commit_moves(moves)
        self.vouchers_used[action] = self.vouchers_used.get(action, 0) + 1
        return Outcome(
            entry=entry,
            moved=moved,
            moves=tuple(moves),
            voucher_colour=action.colour,
            voucher_no=voucher_no,
            refers_to=refers_to,
            said_warnings=tuple(warnings),
        )

    def _apply_event(self, entry: Entry) -> Outcome:
        check_issued_by(self.facts, entry)
        territory = (entry.territory or "").upper()
        if not territory:
            raise LedgerRefusal(say("ledger.event-country-missing"), field="country")
        sources = [territory, transit_place(territory)]
        destination = DISPOSED
        if entry.kind is GoodsEventKind.RE_EXPORTED:
            destination = EN_ROUTE  # out of that country, as a re-exportation would move them
        elif entry.kind in (GoodsEventKind.STOLEN, GoodsEventKind.LOST):
            sources.append(EN_ROUTE)  # goods can go missing on the way too
        moves = self._take(entry, sources, destination=destination)
        self._commit_moves(moves)
        if entry.kind is GoodsEventKind.RE_EXPORTED:
            for item_no, quantity in _sum_moved(moves).items():
                self.justified[item_no] = self.justified.get(item_no, 0) + quantity
        return Outcome(
            entry=entry,
            moved=_sum_moved(moves),
            moves=tuple(moves),
            voucher_colour=None,
            voucher_no=None,
            refers_to=(),
            said_warnings=(),
        )

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
                    say(
                        "ledger.nothing-at-place",
                        kind=kind_word(entry.kind),
                        place=place_words(sources[0]),
                    ),
                    field="items",
                )
        moves: list[tuple[int, str, str, int]] = []
        for item_no, asked in sorted(requested.items()):
            listed = self.facts.pieces.get(item_no)
            if listed is None:
                last = max(self.facts.pieces) if self.facts.pieces else 0
                raise LedgerRefusal(
                    say(
                        "ledger.item-not-listed",
                        item_no=item_no,
                        number=self.facts.number,
                        last=last,
                    ),
                    field="items",
                )
            available = {src: self.quantity_at(item_no, src) for src in sources}
            total_available = sum(available.values())
            if asked is None:
                # "all pieces at the place the goods leave": the first source holding any.
                holding = [src for src in sources if available[src]]
                if not holding:
                    raise LedgerRefusal(
                        say("ledger.item-none-at", item_no=item_no, place=place_words(sources[0])),
                        field="items",
                    )
                moves.append((item_no, holding[0], target, available[holding[0]]))
                continue
            if asked > listed:
                raise LedgerRefusal(
                    say("ledger.item-above-list", item_no=item_no, asked=asked, listed=listed),
                    field="items",
                )
            if asked > total_available:
                raise LedgerRefusal(
                    say(
                        "ledger.item-above-there",
                        item_no=item_no,
                        asked=asked,
                        available=total_available,
                        place=place_words(sources[0]),
                    ),
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
            if src == EN_ROUTE and self.justified.get(item_no):
                # the pieces en route on a stamp leave first; justified ones only past them
                unstamped = places.get(EN_ROUTE, 0) - self.justified[item_no]
                self.justified[item_no] -= max(0, quantity - unstamped)
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

    def _items_hint(self) -> Message | str:
        return items_hint([item for item in sorted(self.where) if self.quantity_at(item, HOME)])

    def _foreign_places_holding_goods(self) -> list[str]:
        places = {
            place
            for item_places in self.where.values()
            for place, quantity in item_places.items()
            if quantity and place not in (HOME, EN_ROUTE, DISPOSED)
        }
        return sorted(places)


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
                _refuse_if_dated_too_early(facts, existing, new, refusal)
                raise
            raise LedgerRefusal(
                say(
                    "ledger.backdated-breaks",
                    new_kind=kind_word(new.kind),
                    new_on=new.on,
                    kind=kind_word(entry.kind),
                    on=entry.on,
                    why=refusal.said,
                ),
                field="date",
            ) from None
        if entry is new:
            new_outcome = outcome
    assert new_outcome is not None
    return state, new_outcome


def _refuse_if_dated_too_early(
    facts: CarnetFacts, existing: Iterable[Entry], new: Entry, refusal: LedgerRefusal
) -> None:
    """A stamp refused on its date that a later recorded stamp would make possible is dated
    before that stamp (an importation before its exportation): say so, naming it, rather than
    "no goods there"."""
    if refusal.field in ("date", "final-date"):
        return  # a refusal of the date itself stands
    recorded = sorted(existing, key=lambda e: (e.on, e.seq))
    for later in (e for e in recorded if e.on > new.on):
        moved = replace(new, on=later.on, seq=max(e.seq for e in recorded) + 1)
        trial = LedgerState(facts)
        try:
            for entry in sorted([*recorded, moved], key=lambda e: (e.on, e.seq)):
                trial.apply(entry)
        except LedgerRefusal:
            continue
        raise LedgerRefusal(
            say(
                "ledger.dated-before-stamp",
                kind=kind_word(new.kind),
                on=new.on,
                stamp=kind_word(later.kind),
                stamp_on=later.on,
            ),
            field="date",
        ) from None


def _sum_moved(moves: Iterable[tuple[int, str, str, int]]) -> dict[int, int]:
    total: dict[int, int] = {}
    for item_no, _, _, quantity in moves:
        total[item_no] = total.get(item_no, 0) + quantity
    return total
