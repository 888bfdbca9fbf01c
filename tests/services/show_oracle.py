"""The ``show`` dictionary exactly as the services built it before the typed views
(``services/views.carnet_dict`` at the commit that introduced ``domain/carnet_view.py``), kept
as the oracle the typed views' JSON must equal (``test_carnet_views.py``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from carnet_app.db.models import Carnet
from carnet_app.domain.calendar import claim_window_closes
from carnet_app.domain.ledger import LedgerState
from carnet_app.domain.types import (
    DISPOSED,
    TRANSFERRED,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
)
from carnet_app.services.carnet_rules import issuer_of
from carnet_app.services.general_list import general_list_entries
from carnet_app.services.loading import voucher_totals


def carnet_dict(carnet: Carnet, state: LedgerState | None) -> dict[str, Any]:
    totals = voucher_totals(carnet)
    transferred = _transferred(carnet)
    snapshot = state.snapshot() if state else {}
    vouchers = {}
    for colour in VoucherColour:
        sets = totals[colour]
        used = state.used(colour) if state else 0
        vouchers[colour.value] = {
            "sets": sets,
            "issued": sets * 2,
            "used": used,
            "left": sets * 2 - used,
            "left_by_action": {
                # a registered booklet's own sheets per action (the state knows them)
                action.value: state.vouchers_left(action) if state else sets
                for action in MovementAction
                if action.colour is colour
            },
        }
    issuer = carnet.registration  # a carnet issued elsewhere names its own issuer
    return {
        "id": carnet.id,
        "number": carnet.number,
        "status": carnet.status,
        "kind": carnet.kind,
        "follows": carnet.follows.number if carnet.follows else None,
        "format": carnet.format,
        "eata_id": carnet.eata_id,
        "version": carnet.version,
        "holder": {
            "name": carnet.holder.name,
            "address": carnet.holder.address,
            "country": carnet.holder.country,
        },
        "representatives": list(carnet.representatives),
        "association": issuer_of(carnet),
        "registered": None
        if issuer is None
        else {"source": issuer.source, "sheets": issuer.sheets, "issuer_key": issuer.issuer_key},
        "issued_on": carnet.issued_on,
        "valid_until": carnet.valid_until,
        "uses": list(carnet.uses),
        "use_description": carnet.use_description,
        "event": carnet.event,
        "itinerary": list(carnet.itinerary),
        "trips": carnet.trips,
        "currency": carnet.currency,
        "total_value": sum((i.value for i in carnet.items), Decimal("0.00")),
        "total_pieces": sum(i.pieces for i in carnet.items),
        "security": carnet.security_amount,
        "security_form": carnet.security_form,
        "fees": carnet.fees_total,
        "fees_after_issue": [
            {
                "date": voucher_set.added_on,
                "what": f"{voucher_set.sets} voucher set{'' if voucher_set.sets == 1 else 's'}"
                f" ({voucher_set.colour}) added",
                "amount": voucher_set.fee,
            }
            for voucher_set in carnet.voucher_sets
            if not voucher_set.at_issue and voucher_set.fee is not None
        ],
        "replacement_consent": carnet.replacement_consent,
        "carried_importations": list(carnet.opening_importations or []),
        "returned_on": carnet.returned_on,
        "discharged_on": carnet.discharged_on,
        "vouchers": vouchers,
        "items": [
            {
                "item_no": item.item_no,
                "description": item.description,
                "marks": item.marks,
                "pieces": item.pieces,
                "weight": item.weight,
                "weight_unit": item.weight_unit,
                "value": item.value,
                "origin": item.origin,
                "heading": item.heading or "",
                "where": _where(
                    snapshot.get(item.item_no, {"home": item.pieces}),
                    transferred.get(item.item_no, {}),
                )
                if state
                else {},
                "transferred_to": transferred.get(item.item_no, {}),
            }
            for item in carnet.items
        ],
        "general_list": general_list_entries(carnet),
        "movements": [
            {
                "seq": m.seq,
                "action": m.action,
                "date": m.on,
                "country": m.country,
                "territory": m.territory,
                "office": m.customs_office,
                "place": m.place,
                "reference": m.reference,
                "final_date": m.final_date,
                "final_date_from_stay_limit": _stay_final(
                    m.action, m.final_date, m.voucher_no, state
                ),
                "voucher": {"colour": m.voucher_colour, "no": m.voucher_no},
                "voucher_no": m.voucher_no,
                "refers_to": list(m.refers_to or []),
                "items": {str(line.item_no): line.quantity for line in m.lines},
                "remarks": m.remarks,
                "recorded_by": m.recorded_by,
            }
            for m in carnet.movements
        ],
        "events": [
            {
                "seq": e.seq,
                "kind": e.kind,
                "date": e.on,
                "country": e.country,
                "document": e.document,
                "transferred_to": _replacement_number(e.document)
                if e.kind == GoodsEventKind.REPLACED.value
                else None,
                "items": {str(line.item_no): line.quantity for line in e.lines},
            }
            for e in carnet.goods_events
        ],
        "claims": [
            {
                "id": c.id,
                "country": c.country,
                "notified": c.notified_on,
                "amount": c.amount,
                "currency": c.currency,
                "proof_due": c.proof_due,
                "payment_final": c.payment_final,
                "status": c.status,
                "settled_on": c.settled_on,
                "proof": c.proof,
                "paid": c.paid_amount,
                "items": dict(c.items or {}),
                "handling_fee": c.handling_fee,
            }
            for c in carnet.claims
        ],
        "claim_window_closes": claim_window_closes(carnet.valid_until)
        if carnet.valid_until
        else None,
        "irregularities": [
            {
                "id": i.id,
                "message": i.message,
                "found_on": i.found_on,
                "resolved_on": i.resolved_on,
                "resolution": i.resolution,
            }
            for i in carnet.irregularities
        ],
    }


REPLACEMENT_DOCUMENT = "replacement carnet "


def _stay_final(action: str, final_date: Any, voucher_no: int, state: LedgerState | None) -> Any:
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


def _where(places: dict[str, int], transferred: dict[str, int]) -> dict[str, int]:
    """Where an item is; pieces a replacement took over read "transferred", not "disposed"."""
    where = dict(places)
    handed = min(sum(transferred.values()), where.get(DISPOSED, 0))
    if handed:
        where[DISPOSED] -= handed
        if not where[DISPOSED]:
            del where[DISPOSED]
        where[TRANSFERRED] = handed
    return where
