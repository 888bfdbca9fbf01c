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

from carnet_app.db.exchange_models import RegisteredCarnet
from carnet_app.db.models import Carnet
from carnet_app.domain import lifecycle
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import CarnetKind, CarnetStatus
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_carnet_change
from carnet_app.services.carnet_rules import (
    check_follows_last_action,
    importations_to_carry,
    take_over_goods,
)
from carnet_app.services.carried_goods import CarriedGoods, place_carried_goods
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
    if predecessor is not None and predecessor is not carnet:
        _link(session, predecessor, carnet, user=user)


def link_successors(session: Session, carnet: Carnet, *, user: str) -> None:
    """``carnet`` (just registered) came after its duplicate or replacement: the exhibitor
    took the new carnet in first. Link them now, as if they had come in order."""
    successors = session.execute(
        select(Carnet)
        .join(RegisteredCarnet, RegisteredCarnet.carnet_id == Carnet.id)
        .where(RegisteredCarnet.follows_number == carnet.number, Carnet.follows_id.is_(None))
        .order_by(Carnet.id)
    ).scalars()
    for successor in successors:
        if successor is not carnet:
            _link(session, carnet, successor, user=user)


def _link(session: Session, predecessor: Carnet, carnet: Carnet, *, user: str) -> None:
    carnet.follows = predecessor
    before = carnet_snapshot(predecessor)
    summary: Message | None
    if carnet.kind == CarnetKind.DUPLICATE.value:
        summary = _supersede(session, predecessor, carnet)
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


def _supersede(session: Session, original: Carnet, duplicate: Carnet) -> Message | None:
    status = _moved_to(Transition.SUPERSEDE, original)
    if status is None:
        return None
    if duplicate.opening_positions is None and _same_list(original, duplicate):
        # typed from its cover: it carries the goods where this desk's original left them
        state = ledger_state(session, original)
        positions = state.snapshot()
        place_carried_goods(
            duplicate,
            CarriedGoods(
                positions={str(n): places for n, places in positions.items()},
                importations=importations_to_carry(state.importations, positions),
            ),
        )
    original.status = status.value
    return say(
        f"trail.superseded-by-{_how(duplicate)}", copy=duplicate.number, number=original.number
    )


def _how(carnet: Carnet) -> str:
    typed = carnet.registration is not None and carnet.registration.source == "typed"
    return "typed" if typed else "received"


def _same_list(original: Carnet, copy: Carnet) -> bool:
    return [(i.item_no, i.pieces) for i in original.items] == [
        (i.item_no, i.pieces) for i in copy.items
    ]


def _take_over_goods(
    session: Session, original: Carnet, replacement: Carnet, *, user: str
) -> Message | None:
    status = _moved_to(Transition.REPLACE, original)
    countries = [str(stop["country"]) for stop in replacement.itinerary]
    taken = _taken_items(original, replacement)
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
        f"trail.replaced-by-{_how(replacement)}",
        copy=replacement.number,
        number=original.number,
        territory=territory,
    )


def _taken_items(original: Carnet, replacement: Carnet) -> dict[int, int]:
    """Each item of the replacement as the original numbers it → its pieces: by the number the
    chamber's file gives, else (typed from a cover) the original's one line of the same
    description and marks."""
    by_text: dict[tuple[str, str], list[int]] = {}
    for item in original.items:
        by_text.setdefault((item.description, item.marks), []).append(item.item_no)
    taken: dict[int, int] = {}
    for item in replacement.items:
        same = by_text.get((item.description, item.marks), [])
        number = item.original_item_no or (same[0] if len(same) == 1 else None)
        if number is not None:
            taken[number] = taken.get(number, 0) + item.pieces
    return taken


def _pieces_there(
    taken: Mapping[int, int], positions: Mapping[int, Mapping[str, int]], territory: str
) -> dict[int, int]:
    """Of each item the replacement took over, the pieces the original holds there."""
    found = {
        item_no: min(pieces, positions.get(item_no, {}).get(territory, 0))
        for item_no, pieces in taken.items()
    }
    return {item_no: count for item_no, count in found.items() if count > 0}
