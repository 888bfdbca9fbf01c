"""The trip planner, from the carnet's own data: which items travel, which vouchers the trip
takes, are there enough left, and the trip pack PDF (the packing list by case:
``packing_list``).

A trip here leaves from home and, unless it is one-way, comes back: exportation, transits,
importation at the destination, re-exportation, transits back, re-importation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from carnet_app.db.models import Carnet
from carnet_app.domain import lifecycle
from carnet_app.domain.ledger import LedgerState
from carnet_app.domain.ledger_words import colour_word
from carnet_app.domain.messages import Joined, Message, say, status_word
from carnet_app.domain.types import HOME, CarnetStatus, MovementAction, VoucherColour
from carnet_app.errors import UserError
from carnet_app.pdf import (
    TripItem,
    TripSelection,
    TripVoucher,
    print_data_from_view,
    render_carnet,
)
from carnet_app.services import views
from carnet_app.services.loading import destination_of, ledger_state, voucher_totals
from carnet_app.services.reference import country_table
from carnet_app.services.settings import printer_calibration

SHORT_VALIDITY_DAYS = 30


@dataclass(frozen=True)
class TripCarnet:
    id: int
    number: str
    holder: str
    status: str
    valid_until: date


@dataclass(frozen=True)
class TripGoods:
    item_no: int
    description: str
    pieces: int
    at_home: int
    weight: Decimal | None
    weight_unit: str
    value: Decimal


@dataclass(frozen=True)
class TripOverview:
    id: int
    number: str
    holder: str
    representatives: tuple[str, ...]
    currency: str
    valid_until: date
    visits: tuple[str, ...]  # country codes listed as visits
    transits: tuple[str, ...]
    goods: tuple[TripGoods, ...]
    sets: Mapping[str, int]  # colour -> sets issued
    vouchers_left: Mapping[str, int]  # colour -> vouchers not used yet


@dataclass(frozen=True)
class TripRequest:
    destination: str
    items: tuple[tuple[int, int], ...]  # (item No, pieces travelling)
    transits: tuple[str, ...] = ()
    round_trip: bool = True
    departure: date | None = None
    declarant: str = ""
    place: str = ""
    intended_use_at: str = ""
    means_of_transport: str = ""
    packaging: str = ""


@dataclass(frozen=True)
class VoucherNeed:
    colour: str
    needed: int  # vouchers this trip uses
    left: int  # vouchers of that colour still unused
    sets: str  # which sets, e.g. "set 2" or "sets 3-4"

    @property
    def enough(self) -> bool:
        return self.needed <= self.left


@dataclass(frozen=True)
class TripPlan:
    needs: tuple[VoucherNeed, ...]
    vouchers: tuple[TripVoucher, ...]
    refusals: tuple[Message, ...]
    warnings: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.refusals


# --------------------------------------------------------------------------- trip planner


def trip_carnets(session: Session, *, today: date) -> list[TripCarnet]:
    """Carnets a trip can use today: issued or in use, not expired."""
    states = [s.value for s in lifecycle.MOVEMENT_STATES]
    query = (
        select(Carnet)
        .where(Carnet.status.in_(states), Carnet.valid_until >= today)
        .options(selectinload(Carnet.holder))
        .order_by(Carnet.valid_until, Carnet.number)
    )
    return [
        TripCarnet(c.id, c.number or "", c.holder.name, c.status, c.valid_until)
        for c in session.execute(query).scalars()
        if c.valid_until is not None
    ]


def trip_overview(session: Session, carnet_id: int) -> TripOverview:
    carnet = _issued(session, carnet_id)
    assert carnet.number is not None and carnet.valid_until is not None
    state = ledger_state(session, carnet)
    totals = voucher_totals(carnet)
    left = {
        colour.value: sum(state.vouchers_left(a) for a in MovementAction if a.colour is colour)
        for colour in VoucherColour
    }
    stops = list(carnet.itinerary)
    return TripOverview(
        id=carnet.id,
        number=carnet.number,
        holder=carnet.holder.name,
        representatives=tuple(carnet.representatives),
        currency=carnet.currency,
        valid_until=carnet.valid_until,
        visits=tuple(dict.fromkeys(s["country"] for s in stops if s.get("kind") != "transit")),
        transits=tuple(dict.fromkeys(s["country"] for s in stops if s.get("kind") == "transit")),
        goods=tuple(
            TripGoods(
                item_no=item.item_no,
                description=item.description,
                pieces=item.pieces,
                at_home=state.quantity_at(item.item_no, HOME),
                weight=item.weight,
                weight_unit=item.weight_unit,
                value=item.value,
            )
            for item in carnet.items
        ),
        sets={colour.value: totals[colour] for colour in VoucherColour},
        vouchers_left=left,
    )


def plan_trip(session: Session, carnet_id: int, request: TripRequest, *, today: date) -> TripPlan:
    """The vouchers the trip takes, in the order customs will stamp them, checked against the
    vouchers left, the carnet's countries and the goods at home."""
    carnet = _issued(session, carnet_id)
    assert carnet.valid_until is not None
    table = country_table(session)
    state = ledger_state(session, carnet)
    refusals: list[Message] = []
    warnings: list[Message] = []
    visit_places = {
        destination_of(carnet, table, s["country"])
        for s in carnet.itinerary
        if s.get("kind") != "transit"
    }
    all_places = visit_places | {
        destination_of(carnet, table, s["country"]) for s in carnet.itinerary
    }
    destination = request.destination.strip().upper()
    if not destination:
        refusals.append(say("trip-plan.no-destination"))
    elif destination_of(carnet, table, destination) not in visit_places:
        refusals.append(
            say(
                "trip-plan.not-a-destination",
                country=table.label(destination),
                number=carnet.number,
            )
        )
    for code in request.transits:
        if destination_of(carnet, table, code) not in all_places:
            refusals.append(
                say("trip-plan.not-a-transit", country=table.label(code), number=carnet.number)
            )
    by_no = {item.item_no: item for item in carnet.items}
    if not request.items:
        refusals.append(say("trip-plan.no-items"))
    for item_no, quantity in request.items:
        item = by_no.get(item_no)
        if item is None:
            refusals.append(say("item.not-listed", item_no=item_no))
            continue
        home = state.quantity_at(item_no, HOME)
        if quantity < 1 or quantity > home:
            refusals.append(
                say(
                    "trip-plan.not-at-home",
                    item_no=item_no,
                    asked=quantity,
                    home=home,
                    listed=item.pieces,
                )
            )
    if today > carnet.valid_until:
        refusals.append(say("trip-plan.expired", number=carnet.number, day=carnet.valid_until))
    elif request.departure is not None:
        if request.departure > carnet.valid_until:
            refusals.append(
                say(
                    "trip-plan.departs-after-expiry",
                    departure=request.departure,
                    expiry=carnet.valid_until,
                )
            )
        elif (carnet.valid_until - request.departure).days < SHORT_VALIDITY_DAYS:
            warnings.append(
                say("trip-plan.expires-soon", expiry=carnet.valid_until, days=SHORT_VALIDITY_DAYS)
            )
    vouchers, needs = _vouchers(state, request)
    for need in needs:
        if not need.enough:
            refusals.append(
                say(
                    "trip-plan.vouchers-short",
                    colour=colour_word(VoucherColour(need.colour)),
                    needed=need.needed,
                    left=need.left,
                )
            )
    return TripPlan(tuple(needs), tuple(vouchers), tuple(refusals), tuple(warnings))


def render_trip_pack(
    session: Session,
    carnet_id: int,
    request: TripRequest,
    *,
    today: date,
    overlay: bool = False,
    duplex: bool = False,
    proof_code: bool | None = None,
) -> bytes:
    """The trip's vouchers with declaration F and the travelling goods filled in
    (``duplex``: blank backs added for two-sided printing; the chamber's proof code, see
    ``services.proof.desk_proof``)."""
    plan = plan_trip(session, carnet_id, request, today=today)
    if plan.refusals:
        raise UserError(say("trip.pack-refused", reasons=Joined(plan.refusals)), field="trip")
    carnet = _issued(session, carnet_id)
    assert carnet.number is not None
    names = {rule.code: rule.name for rule in country_table(session).rules()}
    data = print_data_from_view(views.carnet_view(session, carnet.number), names)
    from carnet_app.services.proof import desk_proof

    data = replace(data, proof=desk_proof(carnet, proof_code))
    pieces = {item.item_no: item.pieces for item in carnet.items}
    selection = TripSelection(
        vouchers=plan.vouchers,
        items=tuple(
            TripItem(no, None if quantity == pieces[no] else quantity)
            for no, quantity in request.items
        ),
        declarant=request.declarant,
        place=request.place,
        declared_on=request.departure or today,
        intended_use_at=request.intended_use_at,
        transit_destination="",
        means_of_transport=request.means_of_transport,
        packaging=request.packaging,
    )
    calibration = printer_calibration(session) if overlay else None
    return render_carnet(
        data, part="trip", trip=selection, overlay=overlay, calibration=calibration, duplex=duplex
    )


def _vouchers(
    state: LedgerState, request: TripRequest
) -> tuple[list[TripVoucher], list[VoucherNeed]]:
    used = state.vouchers_used
    yellow = used.get(MovementAction.EXPORTATION, 0) + 1
    white = used.get(MovementAction.IMPORTATION, 0) + 1
    blue = used.get(MovementAction.TRANSIT_IN, 0) + 1
    out: list[TripVoucher] = [TripVoucher(MovementAction.EXPORTATION, yellow)]
    back: list[TripVoucher] = []
    blue_sets: list[int] = []
    for _code in request.transits:
        out += [
            TripVoucher(MovementAction.TRANSIT_IN, blue),
            TripVoucher(MovementAction.TRANSIT_OUT, blue),
        ]
        blue_sets.append(blue)
        blue += 1
    out.append(TripVoucher(MovementAction.IMPORTATION, white))
    if request.round_trip:
        back.append(TripVoucher(MovementAction.RE_EXPORTATION, white))
        for _code in reversed(request.transits):
            back += [
                TripVoucher(MovementAction.TRANSIT_IN, blue),
                TripVoucher(MovementAction.TRANSIT_OUT, blue),
            ]
            blue_sets.append(blue)
            blue += 1
        back.append(TripVoucher(MovementAction.RE_IMPORTATION, yellow))
    vouchers = out + back
    counts = {colour: 0 for colour in VoucherColour}
    for voucher in vouchers:
        counts[voucher.action.colour] += 1
    # whole sets left: the fewer of the colour's two actions (a registered booklet may hold
    # more sheets of one); a counterfoils-only colour (US yellow) needs no voucher at all
    left = {
        colour: counts[colour]
        if colour in state.facts.counterfoils_only
        else 2 * min(state.vouchers_left(a) for a in MovementAction if a.colour is colour)
        for colour in VoucherColour
    }
    set_text = {
        VoucherColour.YELLOW: f"set {yellow}",
        VoucherColour.WHITE: f"set {white}",
        VoucherColour.BLUE: _sets_text(blue_sets),
    }
    needs = [
        VoucherNeed(colour.value, counts[colour], max(0, left[colour]), set_text[colour])
        for colour in VoucherColour
        if counts[colour]
    ]
    return vouchers, needs


def _sets_text(sets: Sequence[int]) -> str:
    if not sets:
        return ""
    return f"set {sets[0]}" if len(sets) == 1 else f"sets {sets[0]}-{sets[-1]}"


def _issued(session: Session, carnet_id: int) -> Carnet:
    carnet = session.get(Carnet, carnet_id)
    if carnet is None:
        raise UserError(say("carnet.unknown-id", carnet_id=carnet_id), field="id")
    if carnet.number is None or carnet.status == CarnetStatus.DRAFT.value:
        raise UserError(say("trip.draft"), field="id")
    if CarnetStatus(carnet.status) not in lifecycle.MOVEMENT_STATES:
        raise UserError(
            say("trip.carnet-not-in-use", number=carnet.number, status=status_word(carnet.status)),
            field="status",
        )
    return carnet
