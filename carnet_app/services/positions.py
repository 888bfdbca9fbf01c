"""The goods-positions table: where each carnet's goods are now, by place abroad, with their
value and since when. Refreshed from the ledger in the same transaction as each write that
moves goods (``refresh_positions``), and rebuilt once for databases that predate it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from carnet_app.db.models import Carnet, GoodsEvent, Movement
from carnet_app.db.position_models import GoodsPosition
from carnet_app.db.touched import follow_carnet_writes
from carnet_app.domain.ledger import LedgerState
from carnet_app.domain.types import DISPOSED, EN_ROUTE, HOME, TRANSIT_PREFIX, MovementAction

CHUNK = 500


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
    """Replace the carnet's rows with what ``state`` says (inside the write)."""
    session.execute(delete(GoodsPosition).where(GoodsPosition.carnet_id == carnet.id))
    session.add_all(positions_of(carnet, state))


def refresh_positions_for(session: Session, carnet_ids: Iterable[int]) -> None:
    """Bring the rows of these carnets in step with their ledgers (every write that touched
    them, before it commits: ``db/touched.py``); only carnets with goods abroad have rows."""
    from carnet_app.domain.ledger import replay
    from carnet_app.services.loading import carnet_facts, recorded_entries
    from carnet_app.services.reference import country_table

    ids = sorted(set(carnet_ids))
    table = country_table(session) if ids else None  # once, not once per carnet
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(delete(GoodsPosition).where(GoodsPosition.carnet_id.in_(chunk)))
        abroad = session.scalars(
            select(Carnet)
            .where(Carnet.id.in_(chunk), Carnet.goods_abroad.is_(True))
            .options(
                selectinload(Carnet.items),
                selectinload(Carnet.movements).selectinload(Movement.lines),
                selectinload(Carnet.goods_events).selectinload(GoodsEvent.lines),
                selectinload(Carnet.association),
                selectinload(Carnet.holder),
                selectinload(Carnet.registration),
            )
        )
        for carnet in abroad:
            assert table is not None
            state, _ = replay(carnet_facts(carnet, table), recorded_entries(carnet))
            session.add_all(positions_of(carnet, state))


def rebuild_positions(session: Session) -> int:
    """Every carnet's rows from scratch (a database that predates the table, a bulk load);
    returns how many carnets have goods abroad."""
    session.execute(delete(GoodsPosition))
    ids = list(session.scalars(select(Carnet.id).where(Carnet.goods_abroad.is_(True))))
    refresh_positions_for(session, ids)
    return len(ids)


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


follow_carnet_writes(refresh_positions_for)
