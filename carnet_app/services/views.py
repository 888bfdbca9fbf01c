"""Read models: a carnet's typed view (``domain.carnet_view``), the carnet list and the audit
trail, as frozen views; the command line writes them as its JSON (``domain.show_contract``).
What a write answers is a view too: the carnet after it and the part the write made (a stamp,
a goods event, a claim, a resolved irregularity)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from carnet_app.db.models import (
    AuditEvent,
    Carnet,
    Claim,
    GoodsEvent,
    GoodsItem,
    Holder,
    Irregularity,
    Movement,
)
from carnet_app.db.queries import matching
from carnet_app.domain.calendar import claim_window_closes
from carnet_app.domain.carnet_view import (
    AuditEntryView,
    CarnetView,
    CarriedImportationView,
    ClaimView,
    FeeAfterIssueView,
    GoodsEventView,
    IrregularityView,
    ItemView,
    ItineraryStopView,
    ListedCarnetView,
    ListEntryView,
    MovementView,
    PartyView,
    RegisteredView,
    VoucherCountView,
)
from carnet_app.domain.ledger import LedgerState
from carnet_app.domain.messages import say
from carnet_app.domain.stored_messages import message_from_parts
from carnet_app.domain.types import (
    DISPOSED,
    HOME,
    TRANSFERRED,
    CarnetFormat,
    CarnetKind,
    CarnetStatus,
    ClaimStatus,
    GoodsEventKind,
    ItineraryKind,
    MovementAction,
    VoucherColour,
)
from carnet_app.errors import UserError
from carnet_app.services.carnet_rules import issuer_of
from carnet_app.services.general_list import general_list_entries
from carnet_app.services.loading import (
    find_carnet,
    find_carnet_or_draft,
    ledger_state,
    the_association,
    voucher_totals,
)

OPEN_CLAIM = "claim"
OPEN_CLAIM_STATUS = "open"


def desk_country(session: Session) -> str:
    """The issuing association's country: the home of the desk's quotes."""
    return the_association(session).country


def carnet_view(session: Session, number: str) -> CarnetView:
    """A carnet by its number, or a draft (any carnet) by its id."""
    return record_view(session, find_carnet_or_draft(session, number))


def record_view(session: Session, carnet: Carnet) -> CarnetView:
    """The view of a carnet already loaded: its records and, once issued, its ledger."""
    return view_of(carnet, ledger_state(session, carnet) if carnet.issued_on else None)


def view_of(carnet: Carnet, state: LedgerState | None) -> CarnetView:
    """The carnet's view from its records and, once issued, its ledger ``state``."""
    transferred = _transferred(carnet)
    snapshot = state.snapshot() if state else None
    issuer = carnet.registration  # a carnet issued elsewhere names its own issuer
    association = issuer_of(carnet)
    return CarnetView(
        id=carnet.id,
        number=carnet.number,
        status=CarnetStatus(carnet.status),
        kind=CarnetKind(carnet.kind),
        follows=carnet.follows.number
        if carnet.follows
        else (carnet.registration.follows_number if carnet.registration else None),
        format=CarnetFormat(carnet.format),
        eata_id=carnet.eata_id,
        version=carnet.version,
        holder=PartyView(
            name=carnet.holder.name, address=carnet.holder.address, country=carnet.holder.country
        ),
        representatives=tuple(carnet.representatives),
        association=PartyView(
            name=association["name"],
            address=association["address"],
            country=association["country"],
            code=association["code"],
            currency=association["currency"],
        ),
        registered=None
        if issuer is None
        else RegisteredView(
            source=issuer.source, sheets=dict(issuer.sheets), issuer_key=issuer.issuer_key
        ),
        issued_on=carnet.issued_on,
        valid_until=carnet.valid_until,
        uses=tuple(carnet.uses),
        use_description=carnet.use_description,
        event=carnet.event,
        itinerary=tuple(_stop(stop) for stop in carnet.itinerary),
        trips=carnet.trips,
        currency=carnet.currency,
        total_value=sum((i.value for i in carnet.items), Decimal("0.00")),
        total_pieces=sum(i.pieces for i in carnet.items),
        security=carnet.security_amount,
        security_form=carnet.security_form,
        fees=carnet.fees_total,
        fees_after_issue=tuple(
            FeeAfterIssueView(
                date=voucher_set.added_on,
                colour=VoucherColour(voucher_set.colour),
                sets=voucher_set.sets,
                amount=voucher_set.fee,
            )
            for voucher_set in carnet.voucher_sets
            if not voucher_set.at_issue and voucher_set.fee is not None
        ),
        replacement_consent=carnet.replacement_consent,
        carried_importations=tuple(
            CarriedImportationView(
                voucher=row["voucher"],
                territory=row["territory"],
                final_date=date.fromisoformat(row["final_date"]) if row.get("final_date") else None,
                items=dict(row["items"]),
            )
            for row in carnet.opening_importations or []
        ),
        returned_on=carnet.returned_on,
        discharged_on=carnet.discharged_on,
        vouchers=_voucher_counts(carnet, state),
        items=tuple(_item(item, snapshot, transferred) for item in carnet.items),
        general_list=tuple(
            ListEntryView(heading=entry.get("heading"), item_no=entry.get("item_no"))
            for entry in general_list_entries(carnet)
        ),
        movements=tuple(_movement(m, state) for m in carnet.movements),
        events=tuple(
            GoodsEventView(
                seq=e.seq,
                kind=GoodsEventKind(e.kind),
                date=e.on,
                country=e.country,
                document=e.document,
                transferred_to=_replacement_number(e.document)
                if e.kind == GoodsEventKind.REPLACED.value
                else None,
                items={str(line.item_no): line.quantity for line in e.lines},
            )
            for e in carnet.goods_events
        ),
        claims=tuple(
            ClaimView(
                id=c.id,
                country=c.country,
                notified=c.notified_on,
                amount=c.amount,
                currency=c.currency,
                proof_due=c.proof_due,
                payment_final=c.payment_final,
                status=ClaimStatus(c.status),
                settled_on=c.settled_on,
                proof=c.proof,
                paid=c.paid_amount,
                items=dict(c.items or {}),
                handling_fee=c.handling_fee,
            )
            for c in carnet.claims
        ),
        claim_window_closes=claim_window_closes(carnet.valid_until) if carnet.valid_until else None,
        irregularities=tuple(
            IrregularityView(
                id=i.id,
                message=message_from_parts(i.code, i.params, i.message),
                found_on=i.found_on,
                resolved_on=i.resolved_on,
                resolution=message_from_parts(i.resolution_code, i.resolution_params, i.resolution),
            )
            for i in carnet.irregularities
        ),
    )


@dataclass(frozen=True, slots=True)
class StampRecorded:
    """A customs stamp just recorded: the carnet after it, the movement, and the irregularities
    the stamp was recorded over (confirmed by the clerk)."""

    carnet: CarnetView
    movement: MovementView
    irregularities: tuple[IrregularityView, ...]


@dataclass(frozen=True, slots=True)
class GoodsEventRecorded:
    carnet: CarnetView
    event: GoodsEventView


@dataclass(frozen=True, slots=True)
class ClaimRecorded:
    """A claim just opened or settled, and its carnet after it (its status may have moved)."""

    carnet: CarnetView
    claim: ClaimView


def stamp_recorded(session: Session, movement: Movement) -> StampRecorded:
    carnet = record_view(session, movement.carnet)
    found = {i.id for i in movement.carnet.irregularities if i.movement_id == movement.id}
    return StampRecorded(
        carnet=carnet,
        movement=next(m for m in carnet.movements if m.seq == movement.seq),
        irregularities=tuple(i for i in carnet.irregularities if i.id in found),
    )


def goods_event_recorded(session: Session, event: GoodsEvent) -> GoodsEventRecorded:
    carnet = record_view(session, event.carnet)
    return GoodsEventRecorded(carnet, next(e for e in carnet.events if e.seq == event.seq))


def claim_recorded(session: Session, claim: Claim) -> ClaimRecorded:
    carnet = record_view(session, claim.carnet)
    return ClaimRecorded(carnet, next(c for c in carnet.claims if c.id == claim.id))


def irregularity_view(session: Session, irregularity: Irregularity) -> IrregularityView:
    carnet = record_view(session, irregularity.carnet)
    return next(i for i in carnet.irregularities if i.id == irregularity.id)


def _stop(stop: Mapping[str, object]) -> ItineraryStopView:
    """A stored itinerary stop (JSON: ``times`` a number, ``added_on`` an ISO date and
    ``security_top_up`` a decimal string when present)."""
    added_on = stop.get("added_on")
    top_up = stop.get("security_top_up")
    return ItineraryStopView(
        country=str(stop["country"]),
        kind=ItineraryKind(str(stop["kind"])),
        times=int(str(stop.get("times", 1))),
        added_on=date.fromisoformat(str(added_on)) if added_on else None,
        security_top_up=Decimal(str(top_up)) if top_up is not None else None,
    )


def _voucher_counts(carnet: Carnet, state: LedgerState | None) -> tuple[VoucherCountView, ...]:
    totals = voucher_totals(carnet)
    counts = []
    for colour in VoucherColour:
        sets = totals[colour]
        used = state.used(colour) if state else 0
        counts.append(
            VoucherCountView(
                colour=colour,
                sets=sets,
                issued=sets * 2,
                used=used,
                left=sets * 2 - used,
                # a registered booklet's own sheets per action (the state knows them)
                left_by_action={
                    action: state.vouchers_left(action) if state else sets
                    for action in MovementAction
                    if action.colour is colour
                },
            )
        )
    return tuple(counts)


def _item(
    item: GoodsItem,
    snapshot: Mapping[int, Mapping[str, int]] | None,
    transferred: Mapping[int, dict[str, int]],
) -> ItemView:
    handed = transferred.get(item.item_no, {})
    return ItemView(
        item_no=item.item_no,
        description=item.description,
        marks=item.marks,
        pieces=item.pieces,
        weight=item.weight,
        weight_unit=item.weight_unit,
        value=item.value,
        origin=item.origin,
        heading=item.heading or "",
        where={}
        if snapshot is None
        else _where(snapshot.get(item.item_no, {HOME: item.pieces}), handed),
        transferred_to=handed,
    )


def _movement(m: Movement, state: LedgerState | None) -> MovementView:
    return MovementView(
        seq=m.seq,
        action=MovementAction(m.action),
        date=m.on,
        country=m.country,
        territory=m.territory,
        office=m.customs_office,
        place=m.place,
        reference=m.reference,
        final_date=m.final_date,
        final_date_from_stay_limit=_stay_final(m.action, m.final_date, m.voucher_no, state),
        voucher_colour=VoucherColour(m.voucher_colour),
        voucher_no=m.voucher_no,
        refers_to=tuple(m.refers_to or []),
        items={str(line.item_no): line.quantity for line in m.lines},
        remarks=m.remarks,
        recorded_by=m.recorded_by,
    )


REPLACEMENT_DOCUMENT = "replacement carnet "


def _stay_final(
    action: str, final_date: date | None, voucher_no: int, state: LedgerState | None
) -> date | None:
    """The final date the country's maximum stay sets when customs left box H b) blank."""
    if action != MovementAction.IMPORTATION.value or final_date is not None or state is None:
        return None
    return state.importations.get(voucher_no, ("", None, {}))[1]


def _replacement_number(document: str) -> str | None:
    return document.removeprefix(REPLACEMENT_DOCUMENT) if document else None


def _transferred(carnet: Carnet) -> dict[int, dict[str, int]]:
    """Pieces handed to a replacement carnet, by item and replacement number."""
    result: dict[int, dict[str, int]] = {}
    for event in carnet.goods_events:
        if event.kind != GoodsEventKind.REPLACED.value:
            continue
        to = _replacement_number(event.document) or ""
        for line in event.lines:
            per_item = result.setdefault(line.item_no, {})
            per_item[to] = per_item.get(to, 0) + line.quantity
    return result


def _where(places: Mapping[str, int], transferred: Mapping[str, int]) -> dict[str, int]:
    """Where an item is; pieces a replacement took over read "transferred", not "disposed"."""
    where = dict(places)
    handed = min(sum(transferred.values()), where.get(DISPOSED, 0))
    if handed:
        where[DISPOSED] -= handed
        if not where[DISPOSED]:
            del where[DISPOSED]
        where[TRANSFERRED] = handed
    return where


LIST_STATUSES = (*(s.value for s in CarnetStatus), OPEN_CLAIM)


def list_carnets(
    session: Session,
    *,
    status: str | None = None,
    search: str | None = None,
    limit: int = 500,
    open_claim: bool = False,
) -> list[ListedCarnetView]:
    """Carnets, newest first; ``status`` is a carnet status or ``claim`` (an open claim)."""
    query = select(Carnet).join(Holder).options(selectinload(Carnet.holder))
    if status is not None and status not in LIST_STATUSES:
        raise UserError(
            say("list.status-unknown", status=status[:40], statuses=LIST_STATUSES), field="status"
        )
    if status == OPEN_CLAIM:
        open_claim = True
    elif status:
        query = query.where(Carnet.status == status)
    if open_claim:
        query = query.where(
            exists().where(Claim.carnet_id == Carnet.id, Claim.status == OPEN_CLAIM_STATUS)
        )
    if search and search.strip():  # the desk's own search (db.queries), not a LIKE of its own
        query = query.where(matching(session, search))
    query = query.order_by(Carnet.id.desc()).limit(limit)
    return [
        ListedCarnetView(
            id=carnet.id,
            number=carnet.number,
            status=CarnetStatus(carnet.status),
            kind=CarnetKind(carnet.kind),
            holder=carnet.holder.name,
            issued_on=carnet.issued_on,
            valid_until=carnet.valid_until,
            goods_abroad=carnet.goods_abroad,
        )
        for carnet in session.execute(query).scalars()
    ]


def audit_entries(session: Session, number: str | None = None) -> tuple[AuditEntryView, ...]:
    """The audit trail, oldest first: of the carnet ``number``, or of the whole desk."""
    query = select(AuditEvent).order_by(AuditEvent.id)
    if number:
        carnet = find_carnet(session, number)
        query = query.where(AuditEvent.carnet_id == carnet.id)
    return tuple(
        AuditEntryView(
            id=e.id,
            at=e.at,
            user=e.user,
            action=e.action,
            carnet=e.carnet_number,
            summary=message_from_parts(e.code, e.params, e.summary),
            hash=e.hash,
        )
        for e in session.execute(query).scalars()
    )
