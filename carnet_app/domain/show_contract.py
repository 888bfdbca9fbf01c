"""The ``show`` contract (``carnet show NUMBER --json``, docs/cli.md): a carnet's view written
as the plain values the command line prints, keys and shapes unchanged since the contract was
published; the rows of ``carnet list --json`` and ``carnet audit --json`` the same way. Money
stays ``Decimal`` and dates ``date`` here; the command line's JSON writer turns them into
decimal strings and ISO dates.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from carnet_app.domain.carnet_view import (
    AuditEntryView,
    CarnetView,
    ClaimView,
    GoodsEventView,
    ItemView,
    ItineraryStopView,
    ListedCarnetView,
    ListEntryView,
    MovementView,
    PartyView,
    VoucherCountView,
    message_code,
)
from carnet_app.domain.ledger_words import colour_word
from carnet_app.domain.messages import Message, say

# What a ``show`` value can be before the JSON writer sees it.
ShowValue = str | int | bool | Decimal | date | None | list["ShowValue"] | dict[str, "ShowValue"]
ShowDict = dict[str, ShowValue]


def show_dict(view: CarnetView) -> ShowDict:
    """The carnet as the ``show`` contract writes it."""
    registered = view.registered
    return {
        "id": view.id,
        "number": view.number,
        "status": view.status.value,
        "kind": view.kind.value,
        "follows": view.follows,
        "format": view.format.value,
        "eata_id": view.eata_id,
        "version": view.version,
        "holder": _holder(view.holder),
        "representatives": list(view.representatives),
        "association": _association(view.association),
        "registered": None
        if registered is None
        else {
            "source": registered.source,
            "sheets": {
                colour: dict(per_action) for colour, per_action in registered.sheets.items()
            },
            "issuer_key": registered.issuer_key,
        },
        "issued_on": view.issued_on,
        "valid_until": view.valid_until,
        "uses": list(view.uses),
        "use_description": view.use_description,
        "event": view.event,
        "itinerary": [_stop(stop) for stop in view.itinerary],
        "trips": view.trips,
        "currency": view.currency,
        "total_value": view.total_value,
        "total_pieces": view.total_pieces,
        "security": view.security,
        "security_form": view.security_form,
        "fees": view.fees,
        "fees_after_issue": [
            {
                "date": fee.date,
                "what": say(
                    "show.fee-after-issue-what", sets=fee.sets, colour=colour_word(fee.colour)
                ).text(),
                "amount": fee.amount,
            }
            for fee in view.fees_after_issue
        ],
        "replacement_consent": view.replacement_consent,
        "carried_importations": [
            {
                "voucher": carried.voucher,
                "territory": carried.territory,
                "final_date": carried.final_date.isoformat() if carried.final_date else None,
                "items": dict(carried.items),
            }
            for carried in view.carried_importations
        ],
        "returned_on": view.returned_on,
        "discharged_on": view.discharged_on,
        "vouchers": {count.colour.value: _vouchers(count) for count in view.vouchers},
        "items": [_item(item) for item in view.items],
        "general_list": [_list_entry(entry) for entry in view.general_list],
        "movements": [_movement(movement) for movement in view.movements],
        "events": [_event(event) for event in view.events],
        "claims": [_claim(claim) for claim in view.claims],
        "claim_window_closes": view.claim_window_closes,
        "irregularities": [
            {
                "id": found.id,
                "message": str(found.message),
                "found_on": found.found_on,
                "resolved_on": found.resolved_on,
                "resolution": str(found.resolution),
                **_code_of(found.message),
                **_code_of(found.resolution, "resolution_code"),
            }
            for found in view.irregularities
        ],
    }


def list_row_dict(row: ListedCarnetView) -> ShowDict:
    """One carnet as ``carnet list --json`` writes it."""
    return {
        "id": row.id,
        "number": row.number,
        "status": row.status.value,
        "kind": row.kind.value,
        "holder": row.holder,
        "issued_on": row.issued_on,
        "valid_until": row.valid_until,
        "goods_abroad": row.goods_abroad,
    }


def audit_dict(entry: AuditEntryView) -> ShowDict:
    """One audit event as ``carnet audit --json`` writes it."""
    return {
        "id": entry.id,
        "at": entry.at.isoformat(timespec="seconds"),
        "user": entry.user,
        "action": entry.action,
        "carnet": entry.carnet,
        "summary": str(entry.summary),
        "hash": entry.hash,
        **_code_of(entry.summary),
    }


def _code_of(said: Message | str, key: str = "code") -> ShowDict:
    """``{"code": …}`` beside a stored message that has one (nothing for older texts)."""
    code = message_code(said)
    return {} if code is None else {key: code}


def _holder(party: PartyView) -> ShowDict:
    return {"name": party.name, "address": party.address, "country": party.country}


def _association(party: PartyView) -> ShowDict:
    return {**_holder(party), "code": party.code, "currency": party.currency}


def _stop(stop: ItineraryStopView) -> ShowDict:
    written: ShowDict = {"country": stop.country, "kind": stop.kind.value, "times": stop.times}
    if stop.added_on is not None:
        written["added_on"] = stop.added_on.isoformat()
    if stop.security_top_up is not None:
        written["security_top_up"] = format(stop.security_top_up, "f")
    return written


def _vouchers(count: VoucherCountView) -> ShowDict:
    return {
        "sets": count.sets,
        "issued": count.issued,
        "used": count.used,
        "left": count.left,
        "left_by_action": {action.value: left for action, left in count.left_by_action.items()},
    }


def _item(item: ItemView) -> ShowDict:
    return {
        "item_no": item.item_no,
        "description": item.description,
        "marks": item.marks,
        "pieces": item.pieces,
        "weight": item.weight,
        "weight_unit": item.weight_unit,
        "value": item.value,
        "origin": item.origin,
        "heading": item.heading,
        "where": dict(item.where),
        "transferred_to": dict(item.transferred_to),
    }


def _list_entry(entry: ListEntryView) -> ShowDict:
    return {"heading": entry.heading} if entry.item_no is None else {"item_no": entry.item_no}


def _movement(movement: MovementView) -> ShowDict:
    return {
        "seq": movement.seq,
        "action": movement.action.value,
        "date": movement.date,
        "country": movement.country,
        "territory": movement.territory,
        "office": movement.office,
        "place": movement.place,
        "reference": movement.reference,
        "final_date": movement.final_date,
        "final_date_from_stay_limit": movement.final_date_from_stay_limit,
        "voucher": {"colour": movement.voucher_colour.value, "no": movement.voucher_no},
        "voucher_no": movement.voucher_no,
        "refers_to": list(movement.refers_to),
        "items": dict(movement.items),
        "remarks": movement.remarks,
        "recorded_by": movement.recorded_by,
    }


def _event(event: GoodsEventView) -> ShowDict:
    return {
        "seq": event.seq,
        "kind": event.kind.value,
        "date": event.date,
        "country": event.country,
        "document": event.document,
        "transferred_to": event.transferred_to,
        "items": dict(event.items),
    }


def _claim(claim: ClaimView) -> ShowDict:
    return {
        "id": claim.id,
        "country": claim.country,
        "notified": claim.notified,
        "amount": claim.amount,
        "currency": claim.currency,
        "proof_due": claim.proof_due,
        "payment_final": claim.payment_final,
        "status": claim.status.value,
        "settled_on": claim.settled_on,
        "proof": claim.proof,
        "paid": claim.paid,
        "items": dict(claim.items),
        "handling_fee": claim.handling_fee,
    }
