"""The claim dossier: everything the chamber holds on one claim, gathered into one PDF for the
guaranteeing association (``carnet claim dossier``, the desk's claim actions)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from carnet_app.db.models import Claim, GoodsItem
from carnet_app.domain.claim_goods import pieces_claimed
from carnet_app.domain.item_spec import format_item_list, format_quantities
from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.number_format import CENT
from carnet_app.pdf.data import Party
from carnet_app.pdf.documents.dossier import (
    ClaimDossier,
    DossierEvidence,
    DossierItem,
    DossierMovement,
    render_claim_dossier,
)
from carnet_app.services.documents import issuer_of_letter
from carnet_app.services.evidence import evidence_for_claim
from carnet_app.services.loading import ledger_state, row_by_id

GUARANTOR_HEADING = "To the national guaranteeing association (A.T.A. guarantee chain)"


def claim_dossier_pdf(session: Session, claim_id: int, *, today: date, user: str) -> bytes:
    claim = row_by_id(session, Claim, claim_id)
    if claim is None:
        raise UserError(say("claim.unknown", claim_id=claim_id), field="claim")
    carnet = claim.carnet
    issuer, _ = issuer_of_letter(session, carnet)  # as fixed on the carnet at issue
    state = ledger_state(session, carnet)
    whereabouts = state.snapshot()
    items_claimed = _claimed_items(
        carnet.items,
        pieces_claimed(claim.country, claim.items, whereabouts),
        claim.country,
        carnet.currency,
    )
    evidence = evidence_for_claim(session, claim_id)
    dossier = ClaimDossier(
        association=issuer,
        guarantor=GUARANTOR_HEADING,
        carnet_number=carnet.number or "",
        holder=Party(carnet.holder.name, carnet.holder.address, carnet.holder.country),
        valid_until=carnet.valid_until,
        claim_reference=f"CLAIM-{claim.id}",
        claiming_country=claim.country,
        notified_on=claim.notified_on,
        amount=claim.amount,
        currency=claim.currency,
        proof_due=claim.proof_due,
        payment_final_on=claim.payment_final,
        status=claim.status,
        items_claimed=items_claimed,
        movements=tuple(
            DossierMovement(
                seq=m.seq,
                on=m.on,
                action=m.action,
                country=m.country or "",
                customs_office=" ".join(p for p in (m.customs_office, m.place) if p),
                voucher=f"{m.voucher_colour} {m.voucher_no}",
                refers_to=", ".join(str(n) for n in m.refers_to or ()),
                final_date=m.final_date,
                items=format_quantities({line.item_no: line.quantity for line in m.lines}),
            )
            for m in carnet.movements
        ),
        items=tuple(
            DossierItem(
                item_no=item.item_no,
                description=item.description,
                pieces=item.pieces,
                value=item.value,
                whereabouts="; ".join(
                    f"{place} {quantity}"
                    for place, quantity in sorted(whereabouts.get(item.item_no, {}).items())
                )
                or "-",
            )
            for item in carnet.items
        ),
        evidence=tuple(
            DossierEvidence(
                number=number,
                file_name=view.file_name,
                media_type=view.kind.value,
                attached_to=view.attached_to,
                sha256=view.sha256,
                size=view.size,
                added_at=view.added_at,
                added_by=view.added_by,
                note=view.note,
                content=content,
            )
            for number, (view, content) in enumerate(evidence, start=1)
        ),
        prepared_on=today,
        prepared_by=user,
    )
    return render_claim_dossier(dossier)


def _claimed_items(
    items: list[GoodsItem],
    claimed: dict[int, dict[str, int]],
    country: str,
    currency: str,
) -> tuple[str, ...]:
    """What the claim concerns, in one line: its items still recorded in the claiming country,
    their pieces and value (``claimed``: ``pieces_claimed``, the claiming country's places).
    Said in English, as the rest of the dossier the guarantee chain reads."""
    concerned = [(item, sum(claimed.get(item.item_no, {}).values())) for item in items]
    concerned = [(item, pieces) for item, pieces in concerned if pieces]
    if not concerned:
        return (say("dossier.no-goods-claimed", country=country).text("en"),)
    value = sum((item.value * pieces / item.pieces for item, pieces in concerned), Decimal(0))
    said = say(
        "dossier.goods-claimed",
        items=format_item_list([item.item_no for item, _ in concerned]),
        pieces=sum(pieces for _, pieces in concerned),
        currency=currency,
        value=value.quantize(CENT, rounding=ROUND_HALF_UP),
        country=country,
    )
    return (said.text("en"),)
