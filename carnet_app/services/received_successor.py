"""A duplicate or replacement carnet taken in from its chamber, and the carnet it follows when
this desk holds it too: an exhibitor who received the original, then a duplicate for it (lost)
or a replacement (goods staying abroad), follows one carnet, not two.

* a duplicate supersedes the original here as at the chamber: its stamps stop there;
* a replacement takes over the goods it carries from the original's ledger (as the chamber
  records it: goods "replaced"), for the pieces the original holds in that country on this
  desk, and the original is "replaced".

Nothing here refuses the received carnet: the chamber's file is the record. When this desk's
copy of the original cannot take the change (another status, a later stamp), the new carnet
is linked to it and the original left as it is."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain import lifecycle
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import CarnetKind, CarnetStatus
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_carnet_change
from carnet_app.services.carnet_rules import (
    check_follows_last_action,
    take_over_goods,
)
from carnet_app.services.loading import destination_of, ledger_state, next_seq
from carnet_app.services.reference import country_table


def link_predecessor(session: Session, carnet: Carnet, *, user: str) -> None:
    """Link ``carnet`` (just registered) to the carnet it follows, if this desk holds it."""
    registration = carnet.registration
    number = registration.follows_number if registration is not None else None
    if number is None:
        return
    predecessor = session.execute(
        select(Carnet).where(Carnet.number == number)
    ).scalar_one_or_none()
    if predecessor is None or predecessor is carnet:
        return
    carnet.follows = predecessor
    before = carnet_snapshot(predecessor)
    summary: Message | None
    if carnet.kind == CarnetKind.DUPLICATE.value:
        summary = _supersede(predecessor, carnet)
    elif carnet.kind == CarnetKind.REPLACEMENT.value:
        summary = _take_over_goods(session, predecessor, carnet, user=user)
    else:
        summary = None
    if summary is not None:
        record_carnet_change(
            session, predecessor, before, user=user, action="carnet.receive", summary=summary
        )


def _moved_to(transition: Transition, carnet: Carnet) -> CarnetStatus | None:
    try:
        return lifecycle.next_status(
            transition, CarnetStatus(carnet.status), number=carnet.number or ""
        )
    except UserError:
        return None


def _supersede(original: Carnet, duplicate: Carnet) -> Message | None:
    status = _moved_to(Transition.SUPERSEDE, original)
    if status is None:
        return None
    original.status = status.value
    return say("trail.superseded-by-received", copy=duplicate.number, number=original.number)


def _take_over_goods(
    session: Session, original: Carnet, replacement: Carnet, *, user: str
) -> Message | None:
    status = _moved_to(Transition.REPLACE, original)
    countries = [str(stop["country"]) for stop in replacement.itinerary]
    taken = {
        item.original_item_no: item.pieces
        for item in replacement.items
        if item.original_item_no is not None
    }
    if status is None or len(countries) != 1 or not taken or original.valid_until is None:
        return None
    on = min(
        max(replacement.issued_on or date.min, original.issued_on or date.min), original.valid_until
    )
    try:
        check_follows_last_action(original, on, "replacement", claims=False)
    except UserError:
        return None  # this desk stamped the original later: its ledger stays as it is
    territory = destination_of(original, country_table(session), countries[0])
    positions = ledger_state(session, original).snapshot()
    lines = _pieces_there(taken, positions, territory)
    if not lines:
        return None
    take_over_goods(
        original,
        seq=next_seq(original),
        on=on,
        country=countries[0],
        territory=territory,
        taken=lines,
        positions=positions,
        replaced=status,
        document=f"replacement carnet {replacement.number}",
        remarks="",
        user=user,
    )
    return say(
        "trail.replaced-by-received",
        copy=replacement.number,
        number=original.number,
        territory=territory,
    )


def _pieces_there(
    taken: Mapping[int, int], positions: Mapping[int, Mapping[str, int]], territory: str
) -> dict[int, int]:
    """Of each item the replacement took over, the pieces the original holds there."""
    found = {
        item_no: min(pieces, positions.get(item_no, {}).get(territory, 0))
        for item_no, pieces in taken.items()
    }
    return {item_no: count for item_no, count in found.items() if count > 0}
