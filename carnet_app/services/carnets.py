"""Carnet use cases: applying, issuing, vouchers, return, discharge and cancellation
(duplicates and replacements: ``reissue``). One function = one action = one transaction
(the caller's ``Database.write()``) = one audit event; each answers the carnet's view as it
stands after the action (``views.CarnetView``), never the ORM row. ``set_association`` lives in
``association`` and is importable from here, where its callers have always found it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Association, Carnet, VoucherSet
from carnet_app.domain import lifecycle
from carnet_app.domain.application import Application
from carnet_app.domain.application import Holder as HolderData
from carnet_app.domain.calendar import valid_until as compute_valid_until
from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.ledger_words import colour_word, whereabouts
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import say, status_word
from carnet_app.domain.numbering import format_number
from carnet_app.domain.stored_messages import message_from_parts, message_parts
from carnet_app.domain.types import (
    CarnetFormat,
    CarnetStatus,
    ItineraryKind,
    ItineraryStop,
    VoucherColour,
)
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.association import set_association as set_association
from carnet_app.services.audit import carnet_snapshot, record_carnet_change
from carnet_app.services.carnet_rules import (
    check_follows_last_action,
    fees_for_sets_added,
    fix_issuer,
    goods_carried_refusal,
)
from carnet_app.services.draft_carnets import create_draft
from carnet_app.services.loading import (
    check_version,
    find_carnet,
    find_draft,
    ledger_state,
    the_association,
)
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.records import (
    goods_line,
)
from carnet_app.services.views import record_view


def _now() -> datetime:
    return datetime.now(UTC)


def apply(session: Session, application: Application, *, user: str, today: date) -> CarnetView:
    """Create a draft carnet from an application document, refused while the country rules
    refuse its itinerary (the command line applies for a carnet it means to issue)."""
    association = the_association(session)
    quote = quote_for_application(
        session, application, home_country=association.country, today=today
    )
    if quote.refusals:
        raise UserError(
            say(
                "application.refused",
                reasons=quote.refusals_said,
            ),
            field="itinerary",
        )
    return record_view(session, create_draft(session, application, user=user))


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


def take_serial(session: Session, association: Association) -> int:
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
) -> CarnetView:
    carnet = find_draft(session, carnet_id)
    check_version(carnet, expected_version)
    lifecycle.next_status(Transition.ISSUE, CarnetStatus(carnet.status), number=str(carnet.id))
    if on > today:
        raise UserError(say("date.future", field="date", day=on), field="date")
    if compute_valid_until(on) < today:
        raise UserError(
            say("issue.expired-already", day=on, until=compute_valid_until(on), today=today),
            field="date",
        )
    if not carnet.items:
        raise UserError(say("issue.no-goods", draft=carnet.id), field="goods")
    if not carnet.itinerary:
        raise UserError(say("issue.no-itinerary", draft=carnet.id), field="itinerary")
    association = the_association(session)
    application = application_of(carnet)
    quote = quote_for_application(session, application, home_country=association.country, today=on)
    if quote.refusals:
        raise UserError(say("issue.refused", reasons="; ".join(quote.refusals)), field="itinerary")
    before = carnet_snapshot(carnet)
    serial = take_serial(session, association)
    carnet.number = format_number(
        association.number_format,
        country=association.country,
        code=association.code,
        serial=serial,
        issued_on=on,
    )
    set_issue_fields(carnet, on=on, valid_until=compute_valid_until(on))
    carnet.association = association
    fix_issuer(carnet, association)
    carnet.security_amount = quote.security.amount
    carnet.fees_total = quote.fees.total
    carnet.quote = quote.to_dict()
    for colour in VoucherColour:
        sets = quote.voucher_sets.get(colour, 0)
        if sets:
            carnet.voucher_sets.append(
                VoucherSet(colour=colour.value, sets=sets, at_issue=True, added_on=on)
            )
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.issue",
        summary=say("trail.carnet-issued", number=carnet.number, valid_until=carnet.valid_until),
    )
    return record_view(session, carnet)


def set_issue_fields(carnet: Carnet, *, on: date, valid_until: date) -> None:
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
) -> CarnetView:
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    try:
        voucher_colour = VoucherColour(colour)
    except ValueError:
        raise UserError(say("vouchers.colour-unknown", colour=colour), field="colour") from None
    if sets < 1 or sets > 50:
        raise UserError(say("vouchers.sets-range"), field="sets")
    if CarnetStatus(carnet.status) not in lifecycle.MOVEMENT_STATES:
        raise UserError(
            say("vouchers.carnet-not-in-use", number=number, status=status_word(carnet.status)),
            field="status",
        )
    if carnet.valid_until and today > carnet.valid_until:
        raise UserError(
            say("vouchers.carnet-expired", number=number, day=carnet.valid_until), field="status"
        )
    before = carnet_snapshot(carnet)
    fee = fees_for_sets_added(session, carnet, sets)
    carnet.voucher_sets.append(
        VoucherSet(
            colour=voucher_colour.value, sets=sets, at_issue=False, added_on=today, fee=fee.total
        )
    )
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.vouchers",
        summary=say(
            "trail.vouchers-added",
            sets=sets,
            colour=colour_word(voucher_colour),
            number=number,
            fee=fee.total,
            currency=fee.currency,
        ),
    )
    return record_view(session, carnet)


def open_for_action(
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


def return_carnet(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> CarnetView:
    carnet, new_status = open_for_action(
        session, number, Transition.RETURN, on, today, expected_version
    )
    check_follows_last_action(carnet, on, "return")
    before = carnet_snapshot(carnet)
    carnet.status = new_status.value
    carnet.returned_on = on
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.return",
        summary=say("trail.carnet-returned", number=number, on=on),
    )
    return record_view(session, carnet)


def discharge(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
    confirm: bool = False,
) -> CarnetView:
    """Discharge a returned carnet: no claim open, no goods left abroad; an irregularity still
    open needs ``confirm`` and is named in the audit trail."""
    carnet, new_status = open_for_action(
        session, number, Transition.DISCHARGE, on, today, expected_version
    )
    check_follows_last_action(carnet, on, "discharge")
    open_claims = [c for c in carnet.claims if c.status == "open"]
    if open_claims:
        raise UserError(
            say(
                "discharge.claim-open",
                claim_id=open_claims[0].id,
                country=open_claims[0].country,
            ),
            field="claims",
        )
    state = ledger_state(session, carnet)
    outstanding = state.unaccounted()
    if outstanding:  # where the pieces are, grouped: "items 11-15 en route …, item 16 in CH"
        raise UserError(say("discharge.goods-out", where=whereabouts(outstanding)), field="items")
    irregular = [i for i in carnet.irregularities if i.resolved_on is None]
    if irregular and not confirm:
        raise ConfirmationRequired(
            [
                say(
                    "discharge.irregularity-open",
                    irregularity_id=i.id,
                    text=message_from_parts(i.code, i.params, i.message),
                )
                for i in irregular
            ]
        )
    before = carnet_snapshot(carnet)
    for irregularity in irregular:  # confirmed: the chamber accepted it on discharging
        irregularity.resolved_on = on
        accepted = say("irregularity.accepted-at-discharge", on=on, user=user)
        irregularity.resolution = accepted.text("en")  # each reader sees the code's words
        irregularity.resolution_code, irregularity.resolution_params = message_parts(accepted)
    carnet.status = new_status.value
    carnet.discharged_on = on
    carnet.goods_abroad = False
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.discharge",
        summary=say(
            "trail.carnet-discharged-irregulars"
            if len(irregular) > 1
            else "trail.carnet-discharged-irregular",
            number=number,
            on=on,
            ids=[i.id for i in irregular],
        )
        if irregular
        else say("trail.carnet-discharged", number=number, on=on),
    )
    return record_view(session, carnet)


def cancel(
    session: Session,
    number: str,
    *,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> CarnetView:
    carnet = _find_by_number_or_draft(session, number)
    check_version(carnet, expected_version)
    new_status = lifecycle.next_status(
        Transition.CANCEL, CarnetStatus(carnet.status), number=carnet.number or str(carnet.id)
    )
    if carnet.movements or carnet.goods_events:
        raise UserError(say("cancel.used", number=number), field="status")
    carrying = goods_carried_refusal(carnet)
    if carrying is not None:
        raise UserError(carrying, field="status")
    before = carnet_snapshot(carnet)
    carnet.status = new_status.value
    carnet.cancelled_on = today
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.cancel",
        summary=say("trail.carnet-cancelled", number=carnet.number)
        if carnet.number
        else say("trail.draft-cancelled", draft=carnet.id),
    )
    return record_view(session, carnet)


def _find_by_number_or_draft(session: Session, key: str) -> Carnet:
    found = session.execute(select(Carnet).where(Carnet.number == key)).scalar_one_or_none()
    if found is not None:
        return found
    if key.isdigit():
        return find_draft(session, key)
    raise UserError(say("carnet.unknown", number=key), field="number")


def _check_date(carnet: Carnet, on: date, today: date) -> None:
    if on > today:
        raise UserError(say("date.future", field="date", day=on), field="date")
    if carnet.issued_on and on < carnet.issued_on:
        raise UserError(say("date.before-issue", day=on, issued=carnet.issued_on), field="date")
