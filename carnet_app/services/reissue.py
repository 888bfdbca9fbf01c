"""Duplicates (a lost carnet) and replacements (goods staying beyond validity): new carnets that
take over the goods of one already in use."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem, VoucherSet
from carnet_app.domain import lifecycle
from carnet_app.domain.application_checks import check_replacement
from carnet_app.domain.calendar import valid_until as compute_valid_until
from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import Message, say
from carnet_app.domain.numbering import duplicate_number, format_number
from carnet_app.domain.types import (
    DISPOSED,
    TRANSFERRED,
    CarnetKind,
    CarnetStatus,
    VoucherColour,
    is_foreign_place,
    is_out_of_home,
)
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.audit import carnet_snapshot, record_audit, record_carnet_change
from carnet_app.services.carnet_rules import (
    check_follows_last_action,
    copy_issuer,
    fees_for_reissue,
    importations_to_carry,
    take_over_goods,
)
from carnet_app.services.carnets import (
    application_of,
    open_for_action,
    set_issue_fields,
    take_serial,
)
from carnet_app.services.loading import (
    destination_of,
    home_country,
    ledger_state,
    next_seq,
    the_association,
    voucher_totals,
)
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.reference import country_table
from carnet_app.services.views import record_view

MAX_CONSENT = 200


def duplicate(
    session: Session,
    number: str,
    *,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> CarnetView:
    """A duplicate for a lost carnet: same expiry, no previous movements, supersedes it; it
    carries the open importations (final dates, voucher references) and is charged."""
    original, new_status = open_for_action(
        session, number, Transition.SUPERSEDE, on, today, expected_version
    )
    assert original.valid_until is not None
    if on > original.valid_until:
        raise UserError(
            say("duplicate.expired", number=number, day=original.valid_until), field="date"
        )
    check_follows_last_action(original, on, "duplicate", claims=False)
    state = ledger_state(session, original)
    if not any(
        place not in (DISPOSED, TRANSFERRED)
        for places in state.snapshot().values()
        for place, pieces in places.items()
        if pieces
    ):
        raise UserError(say("duplicate.nothing-left", number=number), field="number")
    before = carnet_snapshot(original)
    copy = _copy_carnet(original, kind=CarnetKind.DUPLICATE)
    copy.number = _duplicate_number(session, original)
    set_issue_fields(copy, on=on, valid_until=original.valid_until)
    copy.items = [_copy_item(item, item.item_no, item.pieces) for item in original.items]
    positions = state.snapshot()
    copy.opening_positions = {str(item_no): places for item_no, places in positions.items()}
    copy.opening_importations = importations_to_carry(state.importations, positions) or None
    copy.goods_abroad = state.goods_abroad()
    if any(is_out_of_home(place) for places in positions.values() for place in places):
        _in_use_from_issue(copy)
    for colour, total in voucher_totals(original).items():
        # The lost carnet's unused vouchers are gone with it: the duplicate gets every set
        # not completed yet, renumbered from 1.
        left = total - state.sets_completed(colour)
        if left > 0:
            copy.voucher_sets.append(
                VoucherSet(colour=colour.value, sets=left, at_issue=True, added_on=on)
            )
    copy.fees_total = fees_for_reissue(session, copy).total
    session.add(copy)
    original.status = new_status.value
    summary = say(
        "trail.duplicate-issued",
        copy=copy.number,
        number=number,
        fees=copy.fees_total,
        currency=copy.currency,
    )
    record_carnet_change(
        session, original, before, user=user, action="carnet.duplicate", summary=summary
    )
    _trail_of_the_new_carnet(session, copy, user=user, action="carnet.duplicate", summary=summary)
    return record_view(session, copy)


def _trail_of_the_new_carnet(
    session: Session, copy: Carnet, *, user: str, action: str, summary: Message
) -> None:
    """The new carnet's own trail starts with its creation (it said 'no event')."""
    session.flush()  # its id
    record_audit(
        session, user=user, action=action, carnet=copy, summary=summary, after=carnet_snapshot(copy)
    )


def _in_use_from_issue(copy: Carnet) -> None:
    """A carnet that takes over goods already out of the home territory is in use from its
    issue, as if its first stamp were there: active, not 'issued — not yet used'."""
    copy.status = lifecycle.next_status(
        Transition.FIRST_MOVEMENT, CarnetStatus(copy.status), number=copy.number or ""
    ).value


def _duplicate_number(session: Session, original: Carnet) -> str:
    """The root carnet's number marked as its n-th duplicate: a duplicate of ``…-D1`` is
    ``…-D2``."""
    root = original
    while root.kind == CarnetKind.DUPLICATE.value and root.follows is not None:
        root = root.follows
    assert root.number is not None
    count = 0
    generation = [root.id]
    while generation:
        children = list(
            session.execute(
                select(Carnet.id).where(
                    Carnet.follows_id.in_(generation), Carnet.kind == CarnetKind.DUPLICATE.value
                )
            ).scalars()
        )
        count += len(children)
        generation = children
    return duplicate_number(root.number, count + 1)


def replace(
    session: Session,
    number: str,
    *,
    country: str,
    on: date,
    user: str,
    today: date,
    expected_version: int | None = None,
    confirm: bool = False,
    consent: str | None = None,
) -> CarnetView:
    """A replacement: new number, issued on ``on`` and valid to a year after the original's
    expiry (ATA: "valid from the original's expiry"), takes over the goods in
    the one consenting country; asked before the expiry, or later with the host customs'
    consent reference and a confirmation. Security and fees are computed afresh for the goods
    it carries."""
    original, new_status = open_for_action(
        session, number, Transition.REPLACE, on, today, expected_version
    )
    table = country_table(session)
    territory = destination_of(original, table, country)
    refusals = [f.message for f in check_replacement(country, table) if f.is_refusal]
    if refusals:
        raise UserError(say("replacement.refused", reasons="; ".join(refusals)), field="country")
    consent = (consent or "").strip()
    if len(consent) > MAX_CONSENT:
        raise UserError(say("replacement.consent-too-long", most=MAX_CONSENT), field="consent")
    assert original.valid_until is not None
    if on > original.valid_until:
        if not consent:
            raise UserError(
                say("replacement.expired", number=number, day=original.valid_until), field="date"
            )
        if not confirm:
            raise ConfirmationRequired(
                [
                    say(
                        "replacement.after-expiry",
                        day=on,
                        number=number,
                        expiry=original.valid_until,
                        consent=consent,
                    )
                ]
            )
    check_follows_last_action(original, on, "replacement", claims=False)
    state = ledger_state(session, original)
    positions = state.snapshot()
    in_country = {
        item_no: places.get(territory, 0)
        for item_no, places in positions.items()
        if places.get(territory, 0)
    }
    if not in_country or not is_foreign_place(territory):
        raise UserError(
            say("replacement.no-goods-there", number=number, territory=territory),
            field="country",
        )
    association = the_association(session)
    before = carnet_snapshot(original)
    copy = _copy_carnet(original, kind=CarnetKind.REPLACEMENT)
    # Issued on the day asked (never in the future), it runs to a year after the original's
    # expiry; the goods pass to it at once, so they can be stamped on it from its issue and no
    # day exists when no carnet holds them.
    copy.number = format_number(
        association.number_format,
        country=original.issuer_country or association.country,
        code=(original.issuer_code or "") if original.issuer_country else association.code,
        serial=take_serial(session, association),
        issued_on=on,
    )
    set_issue_fields(copy, on=on, valid_until=compute_valid_until(original.valid_until))
    copy.replacement_consent = consent or None
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
    _in_use_from_issue(copy)
    copy.voucher_sets = [
        VoucherSet(colour=VoucherColour.WHITE.value, sets=1, at_issue=True, added_on=on),
        VoucherSet(colour=VoucherColour.YELLOW.value, sets=1, at_issue=True, added_on=on),
    ]
    quote = quote_for_application(
        session, application_of(copy), home_country=home_country(original), today=on
    )
    copy.security_amount = quote.security.amount
    copy.fees_total = fees_for_reissue(session, copy).total
    session.add(copy)
    session.flush()
    # The goods in the consenting country leave the original's ledger: taken over.
    take_over_goods(
        original,
        seq=next_seq(original),
        on=min(max(on, original.issued_on or on), original.valid_until),
        country=country,
        territory=territory,
        taken=in_country,
        positions=positions,
        replaced=new_status,
        document=f"replacement carnet {copy.number}",
        remarks=f"host customs consent {consent}" if consent else "",
        user=user,
    )
    summary = say(
        "trail.replacement-consent" if consent else "trail.replacement-issued",
        copy=copy.number,
        territory=territory,
        security=copy.security_amount,
        fees=copy.fees_total,
        currency=copy.currency,
        **({"consent": consent} if consent else {}),
    )
    record_carnet_change(
        session, original, before, user=user, action="carnet.replace", summary=summary
    )
    _trail_of_the_new_carnet(session, copy, user=user, action="carnet.replace", summary=summary)
    return record_view(session, copy)


def _copy_carnet(original: Carnet, *, kind: CarnetKind) -> Carnet:
    now = datetime.now(UTC)
    copy = Carnet(
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
    copy_issuer(copy, original)
    return copy


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
