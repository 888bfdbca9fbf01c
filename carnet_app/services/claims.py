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
from carnet_app.domain.schedules import minor_unit_digits
from carnet_app.domain.types import CarnetStatus, ClaimStatus, GoodsEventKind
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import find_carnet, home_territory
from carnet_app.services.movements import record_goods_event
from carnet_app.services.reference import active_schedule, country_table


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
) -> Claim:
    """A claim notified by the customs of ``country``, in their currency (the carnet's when
    not given)."""
    carnet = find_carnet(session, number)
    if CarnetStatus(carnet.status) not in lifecycle.CLAIMABLE_STATES:
        raise UserError(
            f"claim refused: carnet {number} is {carnet.status}; it never went through customs",
            field="status",
        )
    table = country_table(session)
    if country.upper() not in table:
        raise UserError(f"country: {country!r} is not a known ISO country code", field="country")
    home = home_territory(carnet, table)
    if table.territory_of(country.upper()) == home:
        raise UserError(
            f"claim refused: {country.upper()} is in the carnet's home customs territory "
            f"({home}); claims come from the customs of a country the goods visited",
            field="country",
        )
    claim_currency = (currency or carnet.currency).strip().upper()
    if len(claim_currency) != 3 or not claim_currency.isalpha():
        raise UserError(f"currency: {currency!r} is not an ISO 4217 code", field="currency")
    if -amount.as_tuple().exponent > minor_unit_digits(claim_currency):  # type: ignore[operator]
        raise UserError(
            f"amount: {amount} has more decimals than {claim_currency} uses", field="amount"
        )
    if notified_on > today:
        raise UserError(f"notified: {notified_on} is in the future", field="notified")
    assert carnet.valid_until is not None and carnet.issued_on is not None
    if notified_on < carnet.issued_on:
        raise UserError(
            f"notified: {notified_on} is before the carnet was issued ({carnet.issued_on})",
            field="notified",
        )
    closes = claim_window_closes(carnet.valid_until)
    if notified_on > closes:
        raise UserError(
            f"claim refused: customs had to claim within 12 months of the expiry "
            f"({carnet.valid_until}), that is by {closes}",
            field="notified",
        )
    if amount <= 0:
        raise UserError("amount: must be more than 0", field="amount")
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
        summary=f"claim {claim.id} from {claim.country} for {amount} {claim_currency}; "
        f"proof due {claim.proof_due}",
        before=before,
        after=carnet_snapshot(carnet),
    )
    return claim


def _claimed_items(carnet: Any, items: str) -> dict[str, int | None] | None:
    """The general-list items a claim concerns (all pieces when no quantity is given)."""
    if not items.strip():
        return None
    pieces = {item.item_no: item.pieces for item in carnet.items}
    concerned: dict[str, int | None] = {}
    for item_no, quantity in sorted(parse_item_spec(items).items()):
        if item_no not in pieces:
            raise UserError(
                f"items: item {item_no} is not on the general list of carnet {carnet.number}",
                field="items",
            )
        if quantity is not None and quantity > pieces[item_no]:
            raise UserError(
                f"items: item {item_no} has {pieces[item_no]} piece(s), not {quantity}",
                field="items",
            )
        concerned[str(item_no)] = quantity
    return concerned


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
) -> Claim:
    """Settle a claim by proof or by payment. Proof that is a re-exportation stamp
    (``reexported_on``) is recorded as that re-exportation from the claiming country, so the
    goods leave it in the ledger; a payment above the claim needs ``confirm``."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise UserError(f"claim {claim_id}: no such claim", field="claim")
    if claim.status != ClaimStatus.OPEN.value:
        raise UserError(f"claim {claim_id} is already settled ({claim.status})", field="claim")
    if (proof is None) == (paid is None):
        raise UserError("settle with either --proof TEXT or --paid AMOUNT", field="proof")
    if on > today:
        raise UserError(f"date: {on} is in the future", field="date")
    if on < claim.notified_on:
        raise UserError(f"date: {on} is before the claim was notified", field="date")
    carnet = claim.carnet
    if reexported_on is not None and proof is None:
        raise UserError(
            "reexported: a re-exportation date goes with --proof (the stamp is the proof)",
            field="reexported",
        )
    if paid is not None and paid > claim.amount and not confirm:
        raise ConfirmationRequired(
            [
                f"payment of {paid} {claim.currency} is more than the claim of {claim.amount} "
                f"{claim.currency}"
            ]
        )
    before = carnet_snapshot(carnet)
    if proof is not None:
        proof = proof.strip()
        if not proof:
            raise UserError("proof: describe the proof furnished", field="proof")
        if on > claim.payment_final:
            raise UserError(
                f"proof refused: payment became final on {claim.payment_final}", field="proof"
            )
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
            raise UserError("paid: must be more than 0", field="paid")
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
        summary=f"claim {claim.id} settled on {on} by "
        + (f"proof: {claim.proof}" if proof is not None else f"payment of {paid}"),
        before=before,
        after=carnet_snapshot(carnet),
    )
    return claim
