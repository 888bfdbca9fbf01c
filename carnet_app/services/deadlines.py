"""Alerts over the whole database: deadlines overdue or due soon.

Fast enough for the home page on 100,000 carnets: SQL picks the candidates and reads plain
columns (no ORM objects), the country table is built once, and only carnets with goods abroad
are replayed through the ledger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from carnet_app.db.exchange_models import RegisteredCarnet
from carnet_app.db.models import (
    Association,
    Carnet,
    Claim,
    GoodsEvent,
    GoodsEventLine,
    GoodsItem,
    Holder,
    Movement,
    MovementLine,
    VoucherSet,
)
from carnet_app.domain.alerts import (
    Alert,
    CarnetDeadlineFacts,
    OpenClaim,
    OpenFinalDate,
    carnet_alerts,
    due_within,
)
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.ledger import Entry, replay
from carnet_app.domain.types import (
    CarnetStatus,
    ClaimStatus,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
)
from carnet_app.services.loading import facts_from_values
from carnet_app.services.reference import country_table

CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limits


def alerts(session: Session, *, today: date, within_days: int = 30) -> list[Alert]:
    """Everything overdue or due within ``within_days``, soonest first."""
    horizon = today + timedelta(days=within_days)
    in_use = [CarnetStatus.ISSUED.value, CarnetStatus.ACTIVE.value, CarnetStatus.REPLACED.value]
    open_claim = exists().where(
        Claim.carnet_id == Carnet.id, Claim.status == "open", Claim.proof_due <= horizon
    )
    near_final = exists().where(Movement.carnet_id == Carnet.id, Movement.final_date <= horizon)
    release_horizon = horizon - timedelta(days=365)
    candidates = (
        select(
            Carnet.id,
            Carnet.number,
            Carnet.status,
            Carnet.issued_on,
            Carnet.valid_until,
            Carnet.goods_abroad,
            Carnet.security_released_on,
            Carnet.itinerary,
            Carnet.uses,
            Carnet.opening_positions,
            Association.country,
            Holder.country,
            RegisteredCarnet.issuer_country,
        )
        .join(Holder, Holder.id == Carnet.holder_id)
        .outerjoin(Association, Association.id == Carnet.association_id)
        .outerjoin(RegisteredCarnet, RegisteredCarnet.carnet_id == Carnet.id)
        .where(
            or_(
                Carnet.status.in_(in_use) & (Carnet.valid_until <= horizon + timedelta(days=31)),
                Carnet.status.in_([*in_use, CarnetStatus.RETURNED.value])
                & Carnet.goods_abroad
                & near_final,
                open_claim,
                (Carnet.status == CarnetStatus.DISCHARGED.value)
                & Carnet.security_released_on.is_(None)
                & (Carnet.valid_until <= release_horizon),
            )
        )
    )
    rows = session.execute(candidates).all()
    table = country_table(session)
    found: list[Alert] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        ids = [row[0] for row in chunk]
        claims = _open_claims(session, ids)
        abroad = [row[0] for row in chunk if row[5]]
        ledgers = _ledger_inputs(session, abroad) if abroad else {}
        for row in chunk:
            facts = _deadline_facts(row, claims.get(row[0], ()), ledgers.get(row[0]), table)
            found.extend(carnet_alerts(facts, today=today))
    return due_within(found, today=today, within_days=within_days)


def _open_claims(session: Session, ids: Sequence[int]) -> dict[int, list[OpenClaim]]:
    result: dict[int, list[OpenClaim]] = defaultdict(list)
    query = select(Claim.carnet_id, Claim.id, Claim.country, Claim.proof_due).where(
        Claim.carnet_id.in_(ids), Claim.status == ClaimStatus.OPEN.value
    )
    for carnet_id, claim_id, country, proof_due in session.execute(query):
        result[carnet_id].append(OpenClaim(claim_id, country, proof_due))
    return result


class _LedgerInput:
    def __init__(self) -> None:
        self.pieces: dict[int, int] = {}
        self.sets: dict[VoucherColour, int] = {colour: 0 for colour in VoucherColour}
        self.entries: list[Entry] = []


def _ledger_inputs(session: Session, ids: Sequence[int]) -> dict[int, _LedgerInput]:
    inputs: dict[int, _LedgerInput] = defaultdict(_LedgerInput)
    for carnet_id, item_no, pieces in session.execute(
        select(GoodsItem.carnet_id, GoodsItem.item_no, GoodsItem.pieces).where(
            GoodsItem.carnet_id.in_(ids)
        )
    ):
        inputs[carnet_id].pieces[item_no] = pieces
    for carnet_id, colour, sets in session.execute(
        select(VoucherSet.carnet_id, VoucherSet.colour, VoucherSet.sets).where(
            VoucherSet.carnet_id.in_(ids)
        )
    ):
        inputs[carnet_id].sets[VoucherColour(colour)] += sets
    lines: dict[int, dict[int, int]] = defaultdict(dict)
    for movement_id, item_no, quantity in session.execute(
        select(MovementLine.movement_id, MovementLine.item_no, MovementLine.quantity)
        .join(Movement, Movement.id == MovementLine.movement_id)
        .where(Movement.carnet_id.in_(ids))
    ):
        lines[movement_id][item_no] = quantity
    for movement_id, carnet_id, seq, action, on, territory, final, refers in session.execute(
        select(
            Movement.id,
            Movement.carnet_id,
            Movement.seq,
            Movement.action,
            Movement.on,
            Movement.territory,
            Movement.final_date,
            Movement.refers_to,
        ).where(Movement.carnet_id.in_(ids))
    ):
        inputs[carnet_id].entries.append(
            Entry(
                seq=seq,
                kind=MovementAction(action),
                on=on,
                territory=territory,
                quantities=lines[movement_id],
                final_date=final,
                refers_to=tuple(refers or ()),
            )
        )
    _add_goods_events(session, ids, inputs)
    return inputs


def _add_goods_events(
    session: Session, ids: Sequence[int], inputs: dict[int, _LedgerInput]
) -> None:
    lines: dict[int, dict[int, int]] = defaultdict(dict)
    for event_id, item_no, quantity in session.execute(
        select(GoodsEventLine.event_id, GoodsEventLine.item_no, GoodsEventLine.quantity)
        .join(GoodsEvent, GoodsEvent.id == GoodsEventLine.event_id)
        .where(GoodsEvent.carnet_id.in_(ids))
    ):
        lines[event_id][item_no] = quantity
    for event_id, carnet_id, seq, kind, on, territory in session.execute(
        select(
            GoodsEvent.id,
            GoodsEvent.carnet_id,
            GoodsEvent.seq,
            GoodsEvent.kind,
            GoodsEvent.on,
            GoodsEvent.territory,
        ).where(GoodsEvent.carnet_id.in_(ids))
    ):
        inputs[carnet_id].entries.append(
            Entry(
                seq=seq,
                kind=GoodsEventKind(kind),
                on=on,
                territory=territory,
                quantities=lines[event_id],
            )
        )


def _deadline_facts(
    row: Any,
    claims: Iterable[OpenClaim],
    ledger: _LedgerInput | None,
    table: CountryTable,
) -> CarnetDeadlineFacts:
    (
        _id,
        number,
        status,
        issued_on,
        valid_until,
        goods_abroad,
        released,
        itinerary,
        uses,
        opening,
        association_country,
        holder_country,
        issuer_country,
    ) = row
    finals: list[OpenFinalDate] = []
    if goods_abroad and ledger is not None:
        facts = facts_from_values(
            number=number or "",
            issued_on=issued_on,
            valid_until=valid_until,
            home=issuer_country or association_country or holder_country,
            itinerary=itinerary or [],
            uses=uses or [],
            pieces=ledger.pieces,
            voucher_sets=ledger.sets,
            opening_positions=opening,
            table=table,
        )
        state, _ = replay(facts, ledger.entries)
        for no, territory, final, pieces in state.open_importations():
            if final is not None:
                finals.append(OpenFinalDate(territory, final, f"importation voucher {no}", pieces))
        for territory, final, pieces in state.open_transits():
            if final is not None:
                finals.append(OpenFinalDate(f"transit {territory}", final, "transit", pieces))
    return CarnetDeadlineFacts(
        number=number or "",
        status=CarnetStatus(status),
        valid_until=valid_until,
        goods_abroad=bool(goods_abroad),
        open_final_dates=tuple(finals),
        open_claims=tuple(claims),
        security_released=released is not None,
    )
