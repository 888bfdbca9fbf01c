"""The ledger's rules about one entry on its own: its dates, its country and the voucher it
consumes (``ledger.py`` applies them before moving any goods)."""

from __future__ import annotations

from collections.abc import Mapping

from carnet_app.domain.ledger_facts import CarnetFacts, Entry
from carnet_app.domain.ledger_words import LedgerRefusal, colour_word, kind_word
from carnet_app.domain.messages import say
from carnet_app.domain.types import MovementAction, is_out_of_home

_OPENINGS = (MovementAction.EXPORTATION, MovementAction.IMPORTATION, MovementAction.TRANSIT_IN)


def check_issued_by(facts: CarnetFacts, entry: Entry) -> None:
    """No stamp or goods event before the carnet existed."""
    if entry.on < facts.issued_on:
        raise LedgerRefusal(
            say("ledger.before-issue", day=entry.on, issued=facts.issued_on), field="date"
        )


def check_dates(facts: CarnetFacts, entry: Entry) -> None:
    """The stamp's date and its final date (box H b) against the carnet's validity."""
    check_issued_by(facts, entry)
    if entry.kind in _OPENINGS and entry.on > facts.valid_until:
        raise LedgerRefusal(
            say(
                "ledger.opening-after-expiry",
                action=kind_word(entry.kind),
                expiry=facts.valid_until,
            ),
            field="date",
        )
    if entry.final_date is not None:
        if entry.final_date < entry.on:
            raise LedgerRefusal(
                say("ledger.final-before-stamp", final=entry.final_date), field="final-date"
            )
        if entry.final_date > facts.valid_until:
            raise LedgerRefusal(
                say(
                    "ledger.final-after-validity", final=entry.final_date, expiry=facts.valid_until
                ),
                field="final-date",
            )


def territory_for(facts: CarnetFacts, entry: Entry) -> str | None:
    """The customs territory a stamp is recorded in (None for the home customs' own stamps),
    refused when the carnet does not allow the action there."""
    action = entry.kind
    assert isinstance(action, MovementAction)
    said = kind_word(action)
    if action in (MovementAction.EXPORTATION, MovementAction.RE_IMPORTATION):
        if entry.territory and entry.territory != facts.home_territory:
            raise LedgerRefusal(
                say(
                    "ledger.home-customs-only",
                    action=said,
                    home=facts.home_territory,
                    territory=entry.territory,
                ),
                field="country",
            )
        return None
    territory = (entry.territory or "").upper()
    if not territory:
        raise LedgerRefusal(say("ledger.country-required", action=said), field="country")
    if territory == facts.home_territory:
        raise LedgerRefusal(
            say("ledger.into-home", action=said, territory=territory), field="country"
        )
    transit = action in (MovementAction.TRANSIT_IN, MovementAction.TRANSIT_OUT)
    known = facts.visit_territories | facts.transit_territories
    if territory not in known:
        raise LedgerRefusal(
            say(
                "ledger.country-not-on-carnet",
                territory=territory,
                number=facts.number,
                countries=sorted(known) or say("ledger.none"),
            ),
            field="country",
        )
    if transit and territory in facts.transit_refused:
        raise LedgerRefusal(
            say(
                "ledger.transit-refused",
                territory=territory,
                why=facts.transit_refused[territory],
            ),
            field="country",
        )
    if not transit and territory in facts.refused_territories:
        raise LedgerRefusal(
            say(
                "ledger.country-refused",
                action=said,
                territory=territory,
                why=facts.refused_territories[territory],
            ),
            field="country",
        )
    if action is MovementAction.IMPORTATION and territory not in facts.visit_territories:
        raise LedgerRefusal(
            say("ledger.transit-only", territory=territory, number=facts.number), field="country"
        )
    return territory


def next_voucher(facts: CarnetFacts, action: MovementAction, used: int) -> int:
    """The number of the voucher of ``action`` a new stamp consumes, ``used`` being used;
    refused when the booklet has none left."""
    number = used + 1
    if action.colour in facts.counterfoils_only:
        return number  # stamped on a counterfoil: no voucher to run out of
    colour = colour_word(action.colour)
    if facts.sheets_by_action is not None:
        sheets = facts.sheets_for(action)
        if number > sheets:
            raise LedgerRefusal(
                say(
                    "ledger.no-sheet-left",
                    colour=colour,
                    action=kind_word(action),
                    sheets=sheets,
                    used=used,
                ),
                field="vouchers",
            )
        return number
    sets = facts.voucher_sets.get(action.colour, 0)
    if number > sets:
        raise LedgerRefusal(
            say(
                "ledger.no-voucher-left",
                colour=colour,
                action=kind_word(action),
                sets=sets,
                used=used,
            ),
            field="vouchers",
        )
    return number


def out_of_home_after_takeover(
    positions: Mapping[int, Mapping[str, int]], taken: Mapping[int, int], territory: str
) -> bool:
    """Whether pieces stay out of the home territory under a carnet once a replacement took
    ``taken`` (item → pieces) over in ``territory``: the carnet is then still in use for
    them, not "replaced"."""
    for item_no, places in positions.items():
        for place, quantity in places.items():
            left = quantity - (taken.get(item_no, 0) if place == territory else 0)
            if left > 0 and is_out_of_home(place):
                return True
    return False
