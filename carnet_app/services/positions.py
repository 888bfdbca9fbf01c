"""The goods-positions table: where each carnet's goods are now, by place abroad, with their
value and since when. Refreshed from the ledger in the same transaction as each write that
moves goods (``refresh_positions``), and rebuilt once for databases that predate it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.db.position_models import GoodsPosition
from carnet_app.domain.ledger import LedgerState
from carnet_app.domain.types import DISPOSED, EN_ROUTE, HOME, TRANSIT_PREFIX, MovementAction

POSITIONS_READY_KEY = "positions.ready"


def positions_of(carnet: Carnet, state: LedgerState) -> list[GoodsPosition]:
    """One row per place abroad holding some of the carnet's goods."""
    pieces: dict[str, int] = defaultdict(int)
    value: dict[str, Decimal] = defaultdict(Decimal)
    for item in carnet.items:
        for place, quantity in state.where.get(item.item_no, {}).items():
            if quantity and place not in (HOME, DISPOSED):
                pieces[place] += quantity
                value[place] += item.value * quantity / item.pieces
    since = _arrival_dates(carnet, state)
    return [
        GoodsPosition(
            carnet_id=carnet.id,
            place=place,
            pieces=pieces[place],
            value=value[place].quantize(Decimal("0.01")),
            since=since.get(place),
        )
        for place in sorted(pieces)
    ]


def refresh_positions(session: Session, carnet: Carnet, state: LedgerState) -> None:
    """Replace the carnet's rows with what ``state`` says (call inside the write)."""
    session.execute(delete(GoodsPosition).where(GoodsPosition.carnet_id == carnet.id))
    session.add_all(positions_of(carnet, state))


def positions_ready(session: Session) -> bool:
    from carnet_app.db.models import Setting

    return session.get(Setting, POSITIONS_READY_KEY) is not None


def rebuild_positions(session: Session) -> int:
    """Fill the table for every carnet with goods abroad (a database that predates it, or
    generated demo data); returns how many carnets have goods abroad."""
    from carnet_app.db.models import Setting
    from carnet_app.services.loading import ledger_state

    session.execute(delete(GoodsPosition))
    count = 0
    for carnet in session.scalars(
        select(Carnet).where(Carnet.goods_abroad.is_(True)).execution_options(yield_per=500)
    ):
        session.add_all(positions_of(carnet, ledger_state(session, carnet)))
        count += 1
    if session.get(Setting, POSITIONS_READY_KEY) is None:
        session.add(Setting(key=POSITIONS_READY_KEY, value=True))
    return count


def _arrival_dates(carnet: Carnet, state: LedgerState) -> dict[str, date]:
    """Since when goods have been in each place: the first still-open importation into a
    territory, the last exportation for goods en route, the last transit-in for a transit."""
    open_numbers = {(no, territory) for no, territory, _, _ in state.open_importations()}
    since: dict[str, date] = {}
    for movement in carnet.movements:
        action = MovementAction(movement.action)
        territory = movement.territory or ""
        if (
            action is MovementAction.IMPORTATION
            and (movement.voucher_no, territory) in open_numbers
        ):
            since.setdefault(territory, movement.on)
        elif action is MovementAction.EXPORTATION:
            since[EN_ROUTE] = movement.on
        elif action is MovementAction.TRANSIT_IN:
            since[f"{TRANSIT_PREFIX}{territory}"] = movement.on
    return since
