"""The ledger's vocabulary: its refusal, and the words its messages are built from (actions,
goods events, voucher colours, places), as message codes of ``catalogue/ledger.toml``."""

from __future__ import annotations

from collections.abc import Mapping

from carnet_app.domain.item_spec import format_item_list
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.types import (
    DISPOSED,
    EN_ROUTE,
    HOME,
    TRANSFERRED,
    TRANSIT_PREFIX,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
    is_foreign_place,
)
from carnet_app.errors import UserError


class LedgerRefusal(UserError):
    """A movement that cannot be true."""


def kind_word(kind: MovementAction | GoodsEventKind) -> Message:
    """A customs action ("importation") or a goods event ("stolen") as a word."""
    if isinstance(kind, MovementAction):
        return say(f"ledger.action.{kind.value}")
    return say(f"ledger.event.{kind.value}")


def colour_word(colour: VoucherColour) -> Message:
    return say(f"ledger.colour.{colour.value}")


def place_words(place: str) -> Message | str:
    """Where goods are, as the end of a sentence: "at home", "in CH"."""
    if place == HOME:
        return say("ledger.place.home")
    if place == EN_ROUTE:
        return say("ledger.place.en-route")
    if place == DISPOSED:
        return say("ledger.place.disposed")
    if place == TRANSFERRED:
        return say("ledger.place.transferred")
    if place.startswith(TRANSIT_PREFIX):
        return say("ledger.place.transit", territory=place.removeprefix(TRANSIT_PREFIX))
    if is_foreign_place(place):
        return say("ledger.place.abroad", territory=place)
    return place


def voucher_words(no: int) -> Message | str:
    """An importation voucher's number; a duplicate's carried ones are the original's."""
    return str(no) if no > 0 else say("ledger.voucher-of-original", no=-no)


def items_or_none(items: list[int]) -> Message | str:
    return format_item_list(items) or say("ledger.none")


def whereabouts(where: Mapping[int, Mapping[str, int]]) -> Joined:
    """Where the goods are, for a message: "items 1-3 at home, item 4 in CH"."""
    by_place: dict[str, list[int]] = {}
    for item_no, places in sorted(where.items()):
        for place, quantity in places.items():
            if quantity:
                by_place.setdefault(place, []).append(item_no)
    order = sorted(by_place, key=lambda place: (place != HOME, place == DISPOSED, place))
    return Joined(
        tuple(
            say(
                "ledger.items-at" if len(by_place[place]) > 1 else "ledger.item-at",
                items=format_item_list(by_place[place]),
                place=place_words(place),
            )
            for place in order
        ),
        separator=", ",
    )


def items_hint(at_home: list[int]) -> Message | str:
    """ ", e.g. --items 1-3" naming the items still at home (nothing when none is)."""
    if not at_home:
        return ""
    return say("ledger.items-hint", spec=format_item_list(at_home).replace(" ", ""))
