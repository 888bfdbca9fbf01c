"""A destination added to a carnet after issue: the country table's checks, the security
topped up when the new country needs more, and the voucher sets it needs sold at the
after-issue price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from carnet_app.db.models import VoucherSet
from carnet_app.domain import lifecycle
from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.messages import say, status_word
from carnet_app.domain.types import CarnetStatus, ItineraryKind, VoucherColour
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_carnet_change
from carnet_app.services.carnet_rules import fees_for_sets_added
from carnet_app.services.carnets import application_of
from carnet_app.services.loading import check_version, find_carnet, home_country, voucher_totals
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.reference import country_table
from carnet_app.services.views import record_view


@dataclass(frozen=True)
class DestinationAdded:
    carnet: CarnetView
    country: str
    security_top_up: Decimal
    sets_added: dict[VoucherColour, int]
    fee: Decimal


def add_destination(
    session: Session,
    number: str,
    *,
    country: str,
    kind: ItineraryKind = ItineraryKind.VISIT,
    times: int = 1,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> DestinationAdded:
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    if CarnetStatus(carnet.status) not in lifecycle.MOVEMENT_STATES:
        raise UserError(
            say("destination.carnet-not-in-use", number=number, status=status_word(carnet.status)),
            field="status",
        )
    assert carnet.valid_until is not None
    if today > carnet.valid_until:
        raise UserError(
            say("destination.carnet-expired", number=number, day=carnet.valid_until), field="date"
        )
    if not 1 <= times <= 20:
        raise UserError(say("destination.times-range"), field="times")
    code = country.strip().upper()
    if code not in country_table(session):
        raise UserError(say("country.unknown", country=country), field="country")
    if any(s["country"] == code and s["kind"] == kind.value for s in carnet.itinerary):
        raise UserError(
            say(
                "destination.already-listed",
                country=code,
                number=number,
                kind=say(f"itinerary.{kind.value}"),
            ),
            field="country",
        )
    before = carnet_snapshot(carnet)
    carnet.itinerary = [
        *carnet.itinerary,
        {"country": code, "kind": kind.value, "times": times, "added_on": today.isoformat()},
    ]
    quote = quote_for_application(
        session, application_of(carnet), home_country=home_country(carnet), today=today
    )
    if quote.refusals:
        raise UserError(
            say("destination.refused", reasons="; ".join(quote.refusals)), field="country"
        )
    held = carnet.security_amount or Decimal(0)
    top_up = max(quote.security.amount - held, Decimal(0))
    carnet.security_amount = held + top_up
    # a new list (not an in-place change) so the JSON column is written again
    carnet.itinerary = [
        *carnet.itinerary[:-1],
        {**carnet.itinerary[-1], "security_top_up": format(top_up, "f")},
    ]
    totals = voucher_totals(carnet)
    sets_added = {
        colour: quote.voucher_sets.get(colour, 0) - totals[colour]
        for colour in VoucherColour
        if quote.voucher_sets.get(colour, 0) > totals[colour]
    }
    fee = Decimal(0)
    if sets_added:
        fee = fees_for_sets_added(session, carnet, sum(sets_added.values())).total
        for index, (colour, sets) in enumerate(sorted(sets_added.items())):
            carnet.voucher_sets.append(
                VoucherSet(
                    colour=colour.value,
                    sets=sets,
                    at_issue=False,
                    added_on=today,
                    fee=fee if index == 0 else Decimal(0),
                )
            )
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.destination",
        summary=say(
            "trail.destination-added-in",
            code=code,
            number=number,
            kind=say(f"itinerary.{kind.value}"),
            top_up=top_up,
            sets=sum(sets_added.values()),
            fee=fee,
            currency=carnet.currency,
        ),
    )
    return DestinationAdded(record_view(session, carnet), code, top_up, sets_added, fee)
