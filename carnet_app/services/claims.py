"""Claims from foreign customs: open with the computed deadlines, settle with proof or payment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.db.models import Claim
from carnet_app.domain import lifecycle
from carnet_app.domain.calendar import claim_deadlines, claim_window_closes
from carnet_app.domain.fees import claim_handling_fee
from carnet_app.domain.item_spec import parse_item_spec
from carnet_app.domain.messages import say, status_word
from carnet_app.domain.schedules import money_digits
from carnet_app.domain.types import CarnetStatus, ClaimStatus, GoodsEventKind
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import find_carnet, home_territory, row_by_id
from carnet_app.services.movements import record_goods_event
from carnet_app.services.reference import active_schedule, country_table
from carnet_app.services.views import ClaimRecorded, claim_recorded


def open_claim(
    session: Session,
    number: str,
    *,
    country: str,
    notified_on: date,
    amount: Decimal,
    user: str,
    today: date,
    currency: str | None = None,
    items: str = "",
) -> ClaimRecorded:
    """A claim notified by the customs of ``country``, in their currency (the carnet's when
    not given)."""
    carnet = find_carnet(session, number)
    if CarnetStatus(carnet.status) not in lifecycle.CLAIMABLE_STATES:
        raise UserError(
            say("claim.carnet-not-used", number=number, status=status_word(carnet.status)),
            field="status",
        )
    table = country_table(session)
    if country.upper() not in table:
        raise UserError(say("country.unknown", country=country), field="country")
    home = home_territory(carnet, table)
    if table.territory_of(country.upper()) == home:
        raise UserError(say("claim.from-home", country=country.upper(), home=home), field="country")
    claim_currency = (currency or carnet.currency).strip().upper()
    if len(claim_currency) != 3 or not claim_currency.isalpha():
        raise UserError(say("currency.unknown", currency=currency), field="currency")
    amount = _as_money(amount, claim_currency, "claim.amount-decimals", field="amount")
    if notified_on > today:
        raise UserError(say("date.future", field="notified", day=notified_on), field="notified")
    assert carnet.valid_until is not None and carnet.issued_on is not None
    if notified_on < carnet.issued_on:
        raise UserError(
            say("claim.notified-before-issue", day=notified_on, issued=carnet.issued_on),
            field="notified",
        )
    closes = claim_window_closes(carnet.valid_until)
    if notified_on > closes:
        raise UserError(
            say("claim.window-closed", expiry=carnet.valid_until, closes=closes),
            field="notified",
        )
    if amount <= 0:
        raise UserError(say("claim.amount-not-positive"), field="amount")
    concerned = _claimed_items(carnet, items)
    deadlines = claim_deadlines(notified_on)
    before = carnet_snapshot(carnet)
    claim = Claim(
        country=country.upper(),
        notified_on=notified_on,
        amount=amount,
        currency=claim_currency,
        proof_due=deadlines.proof_due,
        payment_final=deadlines.payment_final,
        status=ClaimStatus.OPEN.value,
        items=concerned,
    )
    carnet.claims.append(claim)
    session.flush()
    record_audit(
        session,
        user=user,
        action="claim.open",
        carnet=carnet,
        summary=say(
            "trail.claim-opened",
            claim=claim.id,
            country=claim.country,
            amount=amount,
            currency=claim_currency,
            proof_due=claim.proof_due,
        ),
        before=before,
        after=carnet_snapshot(carnet),
    )
    return claim_recorded(session, claim)


def _claimed_items(carnet: Any, items: str) -> dict[str, int | None] | None:
    """The general-list items a claim concerns (all pieces when no quantity is given)."""
    if not items.strip():
        return None
    pieces = {item.item_no: item.pieces for item in carnet.items}
    concerned: dict[str, int | None] = {}
    for item_no, quantity in sorted(parse_item_spec(items).items()):
        if item_no not in pieces:
            raise UserError(
                say("claim.item-not-listed", item_no=item_no, number=carnet.number),
                field="items",
            )
        if quantity is not None and quantity > pieces[item_no]:
            raise UserError(
                say(
                    "claim.item-too-many",
                    item_no=item_no,
                    pieces=pieces[item_no],
                    quantity=quantity,
                ),
                field="items",
            )
        concerned[str(item_no)] = quantity
    return concerned


def _as_money(amount: Decimal, currency: str, refusal: str, *, field: str) -> Decimal:
    """``amount`` as money of ``currency``: with its minor unit's decimals (``1e3`` EUR is
    1000.00, said so in the answer and the audit trail), refused when it has finer ones than
    the currency (it would be stored rounded while the trail kept the value as typed)."""
    quantum = Decimal(1).scaleb(-money_digits(currency))
    money = amount.quantize(quantum)
    if money != amount:
        raise UserError(say(refusal, amount=amount, currency=currency), field=field)
    return money


def settle_claim(
    session: Session,
    claim_id: int,
    *,
    on: date,
    proof: str | None,
    paid: Decimal | None,
    user: str,
    today: date,
    confirm: bool = False,
    reexported_on: date | None = None,
    items: str = "",
    office: str = "",
) -> ClaimRecorded:
    """Settle a claim by proof or by payment. Proof that is a re-exportation stamp
    (``reexported_on``) is recorded as that re-exportation from the claiming country, so the
    goods leave it in the ledger; a payment above the claim needs ``confirm``."""
    claim = row_by_id(session, Claim, claim_id)
    if claim is None:
        raise UserError(say("claim.unknown", claim_id=claim_id), field="claim")
    if claim.status != ClaimStatus.OPEN.value:
        raise UserError(
            say("claim.already-settled", claim_id=claim_id, status=claim.status), field="claim"
        )
    if (proof is None) == (paid is None):
        raise UserError(say("claim.settle-how"), field="proof")
    if on > today:
        raise UserError(say("date.future", field="date", day=on), field="date")
    if on < claim.notified_on:
        raise UserError(say("claim.settled-before-notice", day=on), field="date")
    carnet = claim.carnet
    if reexported_on is not None and proof is None:
        raise UserError(say("claim.reexported-needs-proof"), field="reexported")
    if paid is not None:
        paid = _as_money(paid, claim.currency, "claim.paid-decimals", field="paid")
    if paid is not None and paid > claim.amount and not confirm:
        raise ConfirmationRequired(
            [say("claim.paid-above-claim", paid=paid, amount=claim.amount, currency=claim.currency)]
        )
    before = carnet_snapshot(carnet)
    if proof is not None:
        proof = proof.strip()
        if not proof:
            raise UserError(say("claim.proof-empty"), field="proof")
        if on > claim.payment_final:
            raise UserError(say("claim.proof-too-late", day=claim.payment_final), field="proof")
        if reexported_on is not None:
            # the proof moves the goods out of the claiming country; it uses no voucher of the
            # carnet (a customs certificate, another carnet's importation, ...)
            assert carnet.number is not None
            record_goods_event(
                session,
                carnet.number,
                kind=GoodsEventKind.RE_EXPORTED,
                on=reexported_on,
                country=claim.country,
                items=items,
                document=proof[:500],
                remarks=f"proof for claim {claim.id}" + (f", {office}" if office else ""),
                user=user,
                today=today,
            )
        claim.status = ClaimStatus.SETTLED_PROOF.value
        claim.proof = proof[:1000]
    else:
        assert paid is not None
        if paid <= 0:
            raise UserError(say("claim.paid-not-positive"), field="paid")
        claim.status = ClaimStatus.SETTLED_PAID.value
        claim.paid_amount = paid
        claim.handling_fee = claim_handling_fee(
            active_schedule(session).fees, carnet.currency, paid=paid
        )
    claim.settled_on = on
    session.flush()
    record_audit(
        session,
        user=user,
        action="claim.settle",
        carnet=carnet,
        summary=say("trail.claim-settled-proof", claim=claim.id, on=on, proof=claim.proof)
        if proof is not None
        else say(
            "trail.claim-settled-paid-in", claim=claim.id, on=on, paid=paid, currency=claim.currency
        ),
        before=before,
        after=carnet_snapshot(carnet),
    )
    return claim_recorded(session, claim)
