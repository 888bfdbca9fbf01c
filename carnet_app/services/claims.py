"""Claims from foreign customs: open with the computed deadlines, settle with proof or payment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from carnet_app.db.models import Claim
from carnet_app.domain import lifecycle
from carnet_app.domain.calendar import claim_deadlines, claim_window_closes
from carnet_app.domain.types import CarnetStatus, ClaimStatus
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import find_carnet
from carnet_app.services.reference import country_table


def open_claim(
    session: Session,
    number: str,
    *,
    country: str,
    notified_on: date,
    amount: Decimal,
    user: str,
    today: date,
) -> Claim:
    carnet = find_carnet(session, number)
    if CarnetStatus(carnet.status) not in lifecycle.CLAIMABLE_STATES:
        raise UserError(
            f"claim refused: carnet {number} is {carnet.status}; it never went through customs",
            field="status",
        )
    if country.upper() not in country_table(session):
        raise UserError(f"country: {country!r} is not a known ISO country code", field="country")
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
    deadlines = claim_deadlines(notified_on)
    before = carnet_snapshot(carnet)
    claim = Claim(
        country=country.upper(),
        notified_on=notified_on,
        amount=amount,
        currency=carnet.currency,
        proof_due=deadlines.proof_due,
        payment_final=deadlines.payment_final,
        status=ClaimStatus.OPEN.value,
    )
    carnet.claims.append(claim)
    session.flush()
    record_audit(
        session,
        user=user,
        action="claim.open",
        carnet=carnet,
        summary=f"claim {claim.id} from {claim.country} for {amount} {carnet.currency}; "
        f"proof due {claim.proof_due}",
        before=before,
        after=carnet_snapshot(carnet),
    )
    return claim


def settle_claim(
    session: Session,
    claim_id: int,
    *,
    on: date,
    proof: str | None,
    paid: Decimal | None,
    user: str,
    today: date,
) -> Claim:
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
    before = carnet_snapshot(carnet)
    if proof is not None:
        proof = proof.strip()
        if not proof:
            raise UserError("proof: describe the proof furnished", field="proof")
        if on > claim.payment_final:
            raise UserError(
                f"proof refused: payment became final on {claim.payment_final}", field="proof"
            )
        claim.status = ClaimStatus.SETTLED_PROOF.value
        claim.proof = proof[:1000]
    else:
        assert paid is not None
        if paid <= 0:
            raise UserError("paid: must be more than 0", field="paid")
        claim.status = ClaimStatus.SETTLED_PAID.value
        claim.paid_amount = paid
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
