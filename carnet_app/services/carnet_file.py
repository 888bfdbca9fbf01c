"""The signed carnet file and the holder's signed record, between a chamber and its holder.

* ``send_carnet``: a chamber's desk writes an issued carnet (holder, uses, itinerary, general
  list, voucher sheets, validity) as one signed file.
* ``receive_carnet``: a holder's desk checks the signature and the issuer, then registers the
  carnet exactly as sent; nothing is retyped.
* ``send_record``: the holder's desk writes its stamps and goods events, signed with its key.
* the chamber's check-in of that record is ``carnet_app.services.checkin``.

Every refusal is one clear line and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem
from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.messages import say, status_word
from carnet_app.domain.types import (
    CarnetStatus,
    GoodsEventKind,
    GoodsLine,
    MovementAction,
    VoucherColour,
)
from carnet_app.errors import UserError
from carnet_app.files import write_atomically
from carnet_app.keys import KeyStore
from carnet_app.services.carried_goods import (
    carried_goods_document,
    iso_day,
    read_carried_goods,
)
from carnet_app.services.loading import find_carnet, voucher_totals
from carnet_app.services.reference import country_table
from carnet_app.services.register import (
    SHEET_ACTIONS,
    Registration,
    RegistrationSource,
    parse_registration,
    register_carnet,
)
from carnet_app.services.signed_files import (
    TrustRequest,
    check_trust,
    read_signed_file,
    remember_trust,
    signed_file_bytes,
)

CARNET_FORMAT = "carnet-desk.carnet/1"
RECORD_FORMAT = "carnet-desk.record/1"
SENDABLE = {CarnetStatus.ISSUED.value, CarnetStatus.ACTIVE.value}


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def goods_document(items: Iterable[GoodsItem | GoodsLine]) -> list[JsonValue]:
    return [
        {
            "item_no": item.item_no,
            "description": item.description,
            "marks": item.marks,
            "pieces": item.pieces,
            "weight": _plain(item.weight),
            "weight_unit": item.weight_unit,
            "value": _plain(item.value),
            "origin": item.origin,
        }
        for item in items
    ]


def _goods_with_headings(items: Sequence[GoodsItem]) -> list[JsonValue]:
    """The goods lines as sent, each group heading an entry ``{"heading": ...}`` before its
    line, as in an application document: the holder's desk prints the list the chamber printed
    (the list digest covers the lines only, as before)."""
    sent: list[JsonValue] = []
    for item, line in zip(items, goods_document(items), strict=True):
        sent.extend({"heading": text} for text in item.heading.split("\n") if text)
        sent.append(line)
    return sent


def list_digest(items: Iterable[GoodsItem | GoodsLine]) -> str:
    """SHA-256 of the general list in a fixed form: the same list gives the same digest on
    every desk (printed in the voucher codes and carried in the carnet file)."""
    text = json.dumps(goods_document(items), sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


# --------------------------------------------------------------------------- send a carnet


def carnet_payload(carnet: Carnet, *, sent_on: date) -> JsonObject:
    association = carnet.association
    if association is None or carnet.registration is not None:
        raise UserError(say("send.not-issuer", number=carnet.number), field="number")
    if carnet.status not in SENDABLE:
        raise UserError(
            say("send.not-in-use", number=carnet.number, status=status_word(carnet.status)),
            field="status",
        )
    totals = voucher_totals(carnet)
    return {
        "number": carnet.number,
        "kind": carnet.kind,
        "issuer": {
            "name": association.name,
            "country": association.country,
            "code": association.code,
            "address": association.address,
        },
        "holder": {
            "name": carnet.holder.name,
            "address": carnet.holder.address,
            "country": carnet.holder.country,
        },
        "representatives": list(carnet.representatives),
        "uses": list(carnet.uses),
        "use_description": carnet.use_description,
        "event": carnet.event,
        "itinerary": [dict(stop) for stop in carnet.itinerary],
        "trips": carnet.trips,
        "currency": carnet.currency,
        "format": carnet.format,
        "issued_on": carnet.issued_on.isoformat() if carnet.issued_on else None,
        "valid_until": carnet.valid_until.isoformat() if carnet.valid_until else None,
        "security": {"amount": _plain(carnet.security_amount), "form": carnet.security_form},
        "sheets": {
            colour.value: dict.fromkeys(SHEET_ACTIONS[colour], totals[colour])
            for colour in VoucherColour
        },
        "goods": _goods_with_headings(carnet.items),
        "list_digest": list_digest(carnet.items),
        **({"opening": opening} if (opening := carried_goods_document(carnet)) else {}),
        **_predecessor_document(carnet),
        "sent_on": sent_on.isoformat(),
    }


def _predecessor_document(carnet: Carnet) -> JsonObject:
    """A duplicate's or replacement's predecessor by number, and for a replacement each of
    its items' number on the original (its list is renumbered from 1)."""
    if carnet.follows is None or not carnet.follows.number:
        return {}
    found: JsonObject = {"follows": carnet.follows.number}
    originals: JsonObject = {
        str(item.item_no): item.original_item_no
        for item in carnet.items
        if item.original_item_no is not None
    }
    if originals:
        found["original_items"] = originals
    return found


def _original_items(value: object, lines: Sequence[GoodsLine]) -> dict[int, int] | None:
    """The file's ``original_items``: each item of the list → its number on the original."""
    if value is None:
        return None
    listed = {str(line.item_no) for line in lines}
    if not isinstance(value, Mapping) or not all(
        key in listed and type(number) is int and 1 <= number < _LARGEST_NUMBER
        for key, number in value.items()
    ):
        raise UserError(say("receive.original-items"), field="original_items")
    return {int(key): number for key, number in value.items()}


def send_carnet(
    session: Session, number: str, out: Path, *, keys: KeyStore, today: date
) -> dict[str, object]:
    carnet = find_carnet(session, number)
    payload = carnet_payload(carnet, sent_on=today)
    write_atomically(out, signed_file_bytes(CARNET_FORMAT, payload, keys))
    return {
        "number": carnet.number,
        "file": str(out),
        "items": len(carnet.items),
        "list_digest": payload["list_digest"],
        "fingerprint": keys.public_key().fingerprint,
    }


# --------------------------------------------------------------------------- receive it


def _registration_of(payload: Mapping[str, Any]) -> Registration:
    document = {
        key: payload.get(key)
        for key in (
            "number",
            "kind",
            "issuer",
            "issued_on",
            "valid_until",
            "security",
            "sheets",
            "holder",
            "representatives",
            "uses",
            "use_description",
            "event",
            "itinerary",
            "trips",
            "currency",
            "format",
            "follows",
        )
    }
    goods = payload.get("goods")
    # not a list: handed on as it is, for the registration's own refusal to name it
    document["goods"] = (
        [
            {k: v for k, v in line.items() if k != "item_no" and v is not None}
            for line in goods
            if isinstance(line, Mapping)
        ]
        if isinstance(goods, list)
        else goods
    )
    if document.get("security") == {"amount": None, "form": None}:
        document["security"] = None
    return parse_registration({k: v for k, v in document.items() if v is not None})


def receive_carnet(
    session: Session,
    path: Path,
    *,
    trust: TrustRequest,
    user: str,
    today: date,
) -> CarnetView:
    signed = read_signed_file(path, CARNET_FORMAT, "signed carnet file")
    registration = _registration_of(signed.payload)
    lines = registration.application.goods
    if list_digest(lines) != signed.payload.get("list_digest"):
        raise UserError(say("receive.list-digest", name=path.name), field="file")
    entry = check_trust(
        session,
        signed.signer,
        role="issuer",
        name=registration.issuer_name,
        country=registration.issuer_country,
        carnet=None,
        request=trust,
        file_name=path.name,
        today=today,
    )
    carried = None
    if "opening" in signed.payload:  # a duplicate or replacement: its goods where they stand
        carried = read_carried_goods(
            signed.payload["opening"],
            lines=lines,
            itinerary=registration.application.itinerary,
            home=registration.issuer_country,
            table=country_table(session),
        )
    carnet = register_carnet(
        session,
        registration,
        user=user,
        today=today,
        goods=lines,
        source=RegistrationSource.RECEIVED,
        issuer_key=signed.signer.text,
        confirm=True,  # signed by the issuer: its own numbering, no typing slip to catch
        carried=carried,
        original_items=_original_items(signed.payload.get("original_items"), lines),
    )
    if entry is not None:
        remember_trust(session, entry, user=user)
    return carnet


# --------------------------------------------------------------------------- the holder's record


def entries_of(carnet: Carnet) -> list[JsonObject]:
    found: list[tuple[int, JsonObject]] = []
    for m in carnet.movements:
        found.append(
            (
                m.seq,
                {
                    "type": "movement",
                    "action": m.action,
                    "date": m.on.isoformat(),
                    "country": m.country,
                    "office": m.customs_office,
                    "place": m.place,
                    "reference": m.reference,
                    "final_date": m.final_date.isoformat() if m.final_date else None,
                    "remarks": m.remarks,
                    "voucher": {"colour": m.voucher_colour, "no": m.voucher_no},
                    "refers_to": list(m.refers_to or []),
                    "items": {str(line.item_no): line.quantity for line in m.lines},
                },
            )
        )
    for e in carnet.goods_events:
        found.append(
            (
                e.seq,
                {
                    "type": "event",
                    "action": e.kind,
                    "date": e.on.isoformat(),
                    "country": e.country,
                    "document": e.document,
                    "remarks": e.remarks,
                    "items": {str(line.item_no): line.quantity for line in e.lines},
                },
            )
        )
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


# What each field of a record entry may hold (as ``entries_of`` writes it); a field the
# writer always fills may still be absent (an older or a hand-made record): it reads as empty.
_TEXT_FIELDS = ("office", "place", "reference", "remarks", "document")
_LARGEST_NUMBER = 10**9


def _whole(value: object, *, least: int) -> bool:
    return type(value) is int and least <= value < _LARGEST_NUMBER


def _voucher_reference(value: object) -> bool:
    return type(value) is int and value != 0 and abs(value) < _LARGEST_NUMBER


def _item_number(key: str) -> bool:
    return key.isascii() and key.isdigit() and len(key) <= 6 and int(key) >= 1


def _field_reads(entry: Mapping[str, Any], field: str) -> bool:
    value = entry.get(field)
    if field == "type":
        return value in ("movement", "event")
    if field == "action":
        kinds = MovementAction if entry.get("type") == "movement" else GoodsEventKind
        return isinstance(value, str) and value in {kind.value for kind in kinds}
    if field == "date":
        return iso_day(value)
    if field == "final_date":
        return value is None or iso_day(value)
    if field == "country":
        return value is None or (isinstance(value, str) and len(value) <= 3)
    if field == "items":
        return isinstance(value, dict) and all(
            _item_number(key) and _whole(count, least=1) for key, count in value.items()
        )
    if field == "voucher":
        return value is None or (
            isinstance(value, dict)
            and isinstance(value.get("colour"), str | None)
            and (value.get("no") is None or _whole(value.get("no"), least=1))
        )
    if field == "refers_to":  # an importation's voucher; negative: one a duplicate carries
        return value is None or (
            isinstance(value, list) and all(_voucher_reference(seq) for seq in value)
        )
    return value is None or isinstance(value, str)  # the free-text fields


def unreadable_field(entry: Mapping[str, JsonValue]) -> str | None:
    """The first field of a holder's record entry that is not what the desk writes there
    (a stamp's date that is no date, pieces that are no whole numbers…), or None: check-in
    refuses such a record before comparing anything."""
    fields = ("type", "action", "date", "country", "items", "final_date", "voucher", "refers_to")
    for field in (*fields, *_TEXT_FIELDS):
        if field in ("type", "action", "date", "items") or field in entry:
            if not _field_reads(entry, field):
                return field
    return None


def send_record(
    session: Session, number: str, out: Path, *, keys: KeyStore, today: date
) -> dict[str, object]:
    carnet = find_carnet(session, number)
    entries = entries_of(carnet)
    payload: JsonObject = {
        "number": carnet.number,
        "list_digest": list_digest(carnet.items),
        "holder": {"name": carnet.holder.name, "country": carnet.holder.country},
        "entries": [*entries],
        "sent_on": today.isoformat(),
    }
    write_atomically(out, signed_file_bytes(RECORD_FORMAT, payload, keys))
    return {
        "number": carnet.number,
        "file": str(out),
        "entries": len(entries),
        "fingerprint": keys.public_key().fingerprint,
    }
