"""Carnet use cases: the association, applying, issuing, vouchers, return, discharge,
cancellation, duplicates and replacements. One function = one action = one transaction
(the caller's ``Database.write()``) = one audit event."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet_app.db.models import (
    Association,
    Carnet,
    GoodsEvent,
    GoodsEventLine,
    GoodsItem,
    VoucherSet,
)
from carnet_app.domain import lifecycle
from carnet_app.domain.application import Application
from carnet_app.domain.application import Holder as HolderData
from carnet_app.domain.application_checks import check_replacement
from carnet_app.domain.calendar import valid_until as compute_valid_until
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.numbering import (
    DEFAULT_NUMBER_FORMAT,
    check_number_format,
    duplicate_number,
    format_number,
)
from carnet_app.domain.types import (
    DISPOSED,
    CarnetFormat,
    CarnetKind,
    CarnetStatus,
    GoodsEventKind,
    ItineraryKind,
    ItineraryStop,
    VoucherColour,
    is_foreign_place,
)
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import (
    check_version,
    destination_of,
    find_carnet,
    find_draft,
    ledger_state,
    next_seq,
    the_association,
    voucher_totals,
)
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.records import goods_item, goods_line, holder_for
from carnet_app.services.reference import country_table


def _now() -> datetime:
    return datetime.now(UTC)


def set_association(
    session: Session,
    *,
    name: str,
    country: str,
    currency: str,
    code: str | None = None,
    number_format: str | None = None,
    address: str | None = None,
    user: str,
) -> Association:
    name = name.strip()
    if not name:
        raise UserError("name: the association needs a name", field="name")
    country = country.strip().upper()
    if country not in country_table(session):
        raise UserError(f"country: {country!r} is not a known ISO country code", field="country")
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(f"currency: {currency!r} is not an ISO 4217 code", field="currency")
    existing = session.execute(select(Association).order_by(Association.id)).scalars().first()
    chosen_format = number_format or (existing.number_format if existing else DEFAULT_NUMBER_FORMAT)
    check_number_format(chosen_format)
    before = _association_dict(existing) if existing else None
    association = existing or Association(next_serial=1)
    association.name = name
    association.country = country
    association.currency = currency
    association.code = (code if code is not None else (existing.code if existing else "")).strip()
    association.address = (
        address if address is not None else (existing.address if existing else "")
    ).strip()
    association.number_format = chosen_format
    if existing is None:
        session.add(association)
    session.flush()
    record_audit(
        session,
        user=user,
        action="association.set",
        summary=f"issuing association set to {name} ({country})",
        before=before,
        after=_association_dict(association),
    )
    return association


def _association_dict(association: Association) -> dict[str, Any]:
    return {
        "name": association.name,
        "country": association.country,
        "code": association.code,
        "currency": association.currency,
        "address": association.address,
        "number_format": association.number_format,
        "next_serial": association.next_serial,
    }


def apply(session: Session, application: Application, *, user: str, today: date) -> Carnet:
    """Create a draft carnet from an application document."""
    association = the_association(session)
    quote = quote_for_application(
        session, application, home_country=association.country, today=today
    )
    if quote.refusals:
        raise UserError("application refused: " + "; ".join(quote.refusals), field="itinerary")
    holder = holder_for(session, application.holder, application.representatives)
    now = _now()
    carnet = Carnet(
        status=CarnetStatus.DRAFT.value,
        kind=CarnetKind.ORIGINAL.value,
        format=application.format.value,
        association=association,
        holder=holder,
        representatives=list(application.representatives),
        uses=list(application.uses),
        use_description=application.use_description,
        event=application.event,
        itinerary=[
            {"country": s.country, "kind": s.kind.value, "times": s.times}
            for s in application.itinerary
        ],
        trips=application.trips,
        departure=application.departure,
        member=application.member,
        options=dict(application.extra),
        currency=application.currency,
        security_form=application.security_form,
        created_at=now,
        updated_at=now,
    )
    carnet.items = [goods_item(line) for line in application.goods]
    session.add(carnet)
    session.flush()
    record_audit(
        session,
        user=user,
        action="carnet.apply",
        carnet=carnet,
        summary=f"draft {carnet.id} created for {holder.name} with {len(carnet.items)} item(s)",
        after=carnet_snapshot(carnet),
    )
    return carnet


def application_of(carnet: Carnet) -> Application:
    """The application a stored carnet stands for (for quotes and checks)."""
    return Application(
        holder=HolderData(
            name=carnet.holder.name, address=carnet.holder.address, country=carnet.holder.country
        ),
        uses=tuple(carnet.uses),
        currency=carnet.currency,
        format=CarnetFormat(carnet.format),
        representatives=tuple(carnet.representatives),
        use_description=carnet.use_description,
        event=carnet.event,
        itinerary=tuple(
            ItineraryStop(country=s["country"], kind=ItineraryKind(s["kind"]), times=s["times"])
            for s in carnet.itinerary
        ),
        trips=carnet.trips,
        goods=tuple(goods_line(item) for item in carnet.items),
        departure=carnet.departure,
        member=carnet.member,
        security_form=carnet.security_form,
        extra=dict(carnet.options or {}),
    )


def _take_serial(session: Session, association: Association) -> int:
    """Next serial, gapless: the counter moves in the same transaction as the issue."""
    locked = session.get(Association, association.id, with_for_update=True, populate_existing=True)
    assert locked is not None
    serial = locked.next_serial
    locked.next_serial = serial + 1
    return serial


def issue(
    session: Session,
    carnet_id: int | str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    carnet = find_draft(session, carnet_id)
    check_version(carnet, expected_version)
    lifecycle.next_status(Transition.ISSUE, CarnetStatus(carnet.status), number=str(carnet.id))
    if on > today:
        raise UserError(f"date: {on.isoformat()} is in the future", field="date")
    if not carnet.items:
        raise UserError(
            f"draft {carnet.id} has no general list: add goods (import-goods) before issuing",
            field="goods",
        )
    if not carnet.itinerary:
        raise UserError(
            f"draft {carnet.id} has no itinerary: name the countries visited or crossed",
            field="itinerary",
        )
    association = the_association(session)
    application = application_of(carnet)
    quote = quote_for_application(session, application, home_country=association.country, today=on)
    if quote.refusals:
        raise UserError("issue refused: " + "; ".join(quote.refusals), field="itinerary")
    before = carnet_snapshot(carnet)
    serial = _take_serial(session, association)
    carnet.number = format_number(
        association.number_format,
        country=association.country,
        code=association.code,
        serial=serial,
        issued_on=on,
    )
    _issue_fields(carnet, on=on, valid_until=compute_valid_until(on))
    carnet.association = association
    carnet.security_amount = quote.security.amount
    carnet.fees_total = quote.fees.total
    carnet.quote = quote.to_dict()
    for colour in VoucherColour:
        sets = quote.voucher_sets.get(colour, 0)
        if sets:
            carnet.voucher_sets.append(
                VoucherSet(colour=colour.value, sets=sets, at_issue=True, added_on=on)
            )
    _audited(
        session,
        carnet,
        before,
        user=user,
        action="carnet.issue",
        summary=f"carnet {carnet.number} issued, valid until {carnet.valid_until}",
    )
    return carnet


def _issue_fields(carnet: Carnet, *, on: date, valid_until: date) -> None:
    carnet.status = CarnetStatus.ISSUED.value
    carnet.issued_on = on
    carnet.valid_until = valid_until
    carnet.updated_at = _now()


def add_vouchers(
    session: Session,
    number: str,
    *,
    colour: str,
    sets: int,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    try:
        voucher_colour = VoucherColour(colour)
    except ValueError:
        raise UserError(
            f"colour: {colour!r} is not yellow, white or blue", field="colour"
        ) from None
    if sets < 1 or sets > 50:
        raise UserError("sets: give between 1 and 50 sets", field="sets")
    if CarnetStatus(carnet.status) not in lifecycle.MOVEMENT_STATES:
        raise UserError(
            f"carnet {number} is {carnet.status}: voucher sets can only be added to a carnet "
            f"in use",
            field="status",
        )
    if carnet.valid_until and today > carnet.valid_until:
        raise UserError(
            f"carnet {number} expired on {carnet.valid_until}: no vouchers can be added",
            field="status",
        )
    before = carnet_snapshot(carnet)
    carnet.voucher_sets.append(
        VoucherSet(colour=voucher_colour.value, sets=sets, at_issue=False, added_on=today)
    )
    _audited(
        session,
        carnet,
        before,
        user=user,
        action="carnet.vouchers",
        summary=f"{sets} {voucher_colour} voucher set(s) added to {number}",
    )
    return carnet


def _open_for(
    session: Session,
    number: str,
    transition: Transition,
    on: date,
    today: date,
    expected_version: int | None,
) -> tuple[Carnet, CarnetStatus]:
    """The carnet an action is about, checked: same version as opened, a transition the
    lifecycle allows, a date neither in the future nor before the issue."""
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    new_status = lifecycle.next_status(transition, CarnetStatus(carnet.status), number=number)
    _check_date(carnet, on, today)
    return carnet, new_status


def _audited(
    session: Session,
    carnet: Carnet,
    before: dict[str, Any],
    *,
    user: str,
    action: str,
    summary: str,
) -> None:
    """Close a carnet action: timestamp, flush, one audit event with before and after."""
    carnet.updated_at = _now()
    session.flush()
    record_audit(
        session,
        user=user,
        action=action,
        carnet=carnet,
        summary=summary,
        before=before,
        after=carnet_snapshot(carnet),
    )


def return_carnet(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    carnet, new_status = _open_for(session, number, Transition.RETURN, on, today, expected_version)
    before = carnet_snapshot(carnet)
    carnet.status = new_status.value
    carnet.returned_on = on
    _audited(
        session,
        carnet,
        before,
        user=user,
        action="carnet.return",
        summary=f"carnet {number} returned to the chamber on {on}",
    )
    return carnet


def discharge(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    carnet, new_status = _open_for(
        session, number, Transition.DISCHARGE, on, today, expected_version
    )
    open_claims = [c for c in carnet.claims if c.status == "open"]
    if open_claims:
        raise UserError(
            f"discharge refused: claim {open_claims[0].id} from {open_claims[0].country} is "
            f"still open",
            field="claims",
        )
    state = ledger_state(session, carnet)
    outstanding = []
    for item_no, places in sorted(state.snapshot().items()):
        for place, quantity in sorted(places.items()):
            if place not in ("home", DISPOSED):
                outstanding.append(f"item {item_no}: {quantity} at {place}")
    if outstanding:
        shown = "; ".join(outstanding[:5]) + ("; ..." if len(outstanding) > 5 else "")
        raise UserError(
            f"discharge refused: goods are not all home or accounted for ({shown})",
            field="items",
        )
    before = carnet_snapshot(carnet)
    carnet.status = new_status.value
    carnet.discharged_on = on
    carnet.goods_abroad = False
    _audited(
        session,
        carnet,
        before,
        user=user,
        action="carnet.discharge",
        summary=f"carnet {number} discharged on {on}",
    )
    return carnet


def cancel(
    session: Session,
    number: str,
    *,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    carnet = _find_by_number_or_draft(session, number)
    check_version(carnet, expected_version)
    new_status = lifecycle.next_status(
        Transition.CANCEL, CarnetStatus(carnet.status), number=carnet.number or str(carnet.id)
    )
    if carnet.movements or carnet.goods_events:
        raise UserError(
            f"cancel refused: carnet {number} has already been used at customs", field="status"
        )
    before = carnet_snapshot(carnet)
    carnet.status = new_status.value
    carnet.cancelled_on = today
    _audited(
        session,
        carnet,
        before,
        user=user,
        action="carnet.cancel",
        summary=f"carnet {carnet.number or 'draft ' + str(carnet.id)} cancelled",
    )
    return carnet


def _find_by_number_or_draft(session: Session, key: str) -> Carnet:
    found = session.execute(select(Carnet).where(Carnet.number == key)).scalar_one_or_none()
    if found is not None:
        return found
    if key.isdigit():
        return find_draft(session, key)
    raise UserError(f"carnet {key}: no such carnet", field="number")


def duplicate(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    """A duplicate for a lost carnet: same expiry, no previous movements, supersedes it."""
    original, new_status = _open_for(
        session, number, Transition.SUPERSEDE, on, today, expected_version
    )
    assert original.valid_until is not None
    if on > original.valid_until:
        raise UserError(
            f"duplicate refused: carnet {number} expired on {original.valid_until}", field="date"
        )
    state = ledger_state(session, original)
    sequence = (
        session.execute(
            select(func.count())
            .select_from(Carnet)
            .where(Carnet.follows_id == original.id, Carnet.kind == CarnetKind.DUPLICATE.value)
        ).scalar_one()
        + 1
    )
    before = carnet_snapshot(original)
    copy = _copy_carnet(original, kind=CarnetKind.DUPLICATE)
    copy.number = duplicate_number(number, sequence)
    _issue_fields(copy, on=on, valid_until=original.valid_until)
    copy.items = [_copy_item(item, item.item_no, item.pieces) for item in original.items]
    copy.opening_positions = {str(item_no): places for item_no, places in state.snapshot().items()}
    copy.goods_abroad = state.goods_abroad()
    for colour, total in voucher_totals(original).items():
        # The lost carnet's unused vouchers are gone with it: the duplicate gets every set
        # not completed yet, renumbered from 1.
        left = total - state.sets_completed(colour)
        if left > 0:
            copy.voucher_sets.append(
                VoucherSet(colour=colour.value, sets=left, at_issue=True, added_on=on)
            )
    session.add(copy)
    original.status = new_status.value
    _audited(
        session,
        original,
        before,
        user=user,
        action="carnet.duplicate",
        summary=f"duplicate {copy.number} issued; it supersedes {number}",
    )
    return copy


def replace(
    session: Session,
    number: str,
    *,
    country: str,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> Carnet:
    """A replacement: new number, valid from the original's expiry, takes over the goods in
    the one consenting country."""
    original, new_status = _open_for(
        session, number, Transition.REPLACE, on, today, expected_version
    )
    table = country_table(session)
    territory = destination_of(original, table, country)
    refusals = [f.message for f in check_replacement(country, table) if f.is_refusal]
    if refusals:
        raise UserError("replacement refused: " + "; ".join(refusals), field="country")
    state = ledger_state(session, original)
    in_country = {
        item_no: places.get(territory, 0)
        for item_no, places in state.snapshot().items()
        if places.get(territory, 0)
    }
    if not in_country or not is_foreign_place(territory):
        raise UserError(
            f"replacement refused: no goods of carnet {number} are in {territory}",
            field="country",
        )
    assert original.valid_until is not None
    association = the_association(session)
    before = carnet_snapshot(original)
    copy = _copy_carnet(original, kind=CarnetKind.REPLACEMENT)
    starts = original.valid_until
    copy.number = format_number(
        association.number_format,
        country=association.country,
        code=association.code,
        serial=_take_serial(session, association),
        issued_on=starts,
    )
    _issue_fields(copy, on=starts, valid_until=compute_valid_until(starts))
    copy.itinerary = [{"country": country.upper(), "kind": "visit", "times": 1}]
    by_no = {item.item_no: item for item in original.items}
    copy.items = []
    copy.opening_positions = {}
    for new_no, (old_no, quantity) in enumerate(sorted(in_country.items()), start=1):
        item = _copy_item(by_no[old_no], new_no, quantity)
        item.original_item_no = old_no
        item.value = (by_no[old_no].value * quantity / by_no[old_no].pieces).quantize(
            Decimal("0.01")
        )
        copy.items.append(item)
        copy.opening_positions[str(new_no)] = {territory: quantity}
    copy.goods_abroad = True
    copy.voucher_sets = [
        VoucherSet(colour=VoucherColour.WHITE.value, sets=1, at_issue=True, added_on=on),
        VoucherSet(colour=VoucherColour.YELLOW.value, sets=1, at_issue=True, added_on=on),
    ]
    session.add(copy)
    session.flush()
    # The goods in the consenting country leave the original's ledger: taken over.
    event = GoodsEvent(
        seq=next_seq(original),
        kind=GoodsEventKind.REPLACED.value,
        on=min(max(on, original.issued_on or on), original.valid_until),
        country=country.upper(),
        territory=territory,
        document=f"replacement carnet {copy.number}",
        recorded_at=_now(),
        recorded_by=user,
    )
    event.lines = [GoodsEventLine(item_no=n, quantity=q) for n, q in sorted(in_country.items())]
    original.goods_events.append(event)
    original.status = new_status.value
    _audited(
        session,
        original,
        before,
        user=user,
        action="carnet.replace",
        summary=f"replacement {copy.number} takes over the goods in {territory}",
    )
    return copy


def _copy_carnet(original: Carnet, *, kind: CarnetKind) -> Carnet:
    now = _now()
    return Carnet(
        kind=kind.value,
        follows=original,
        format=original.format,
        eata_id=None,
        association=original.association,
        holder=original.holder,
        representatives=list(original.representatives),
        uses=list(original.uses),
        use_description=original.use_description,
        event=original.event,
        itinerary=list(original.itinerary),
        trips=original.trips,
        member=original.member,
        options=dict(original.options or {}),
        currency=original.currency,
        security_amount=original.security_amount,
        security_form=original.security_form,
        fees_total=None,
        created_at=now,
        updated_at=now,
    )


def _copy_item(item: GoodsItem, item_no: int, pieces: int) -> GoodsItem:
    return GoodsItem(
        item_no=item_no,
        description=item.description,
        marks=item.marks,
        pieces=pieces,
        weight=item.weight,
        weight_unit=item.weight_unit,
        value=item.value,
        origin=item.origin,
        heading=item.heading,
    )


def _check_date(carnet: Carnet, on: date, today: date) -> None:
    if on > today:
        raise UserError(f"date: {on.isoformat()} is in the future", field="date")
    if carnet.issued_on and on < carnet.issued_on:
        raise UserError(
            f"date: {on.isoformat()} is before the carnet was issued ({carnet.issued_on})",
            field="date",
        )
