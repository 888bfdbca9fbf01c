"""The signed carnet file and the holder's signed record, between a chamber and its holder.

* ``send_carnet``: a chamber's desk writes an issued carnet (holder, uses, itinerary, general
  list, voucher sheets, validity) as one signed file.
* ``receive_carnet``: a holder's desk checks the signature and the issuer, then registers the
  carnet exactly as sent; nothing is retyped.
* ``send_record``: the holder's desk writes its stamps and goods events, signed with its key.
* ``check_in``: the chamber's desk compares that record with its own; each difference is shown
  with an id, and the clerk accepts or rejects them one by one.

Every refusal is one clear line and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem, Irregularity
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.types import (
    CarnetStatus,
    GoodsEventKind,
    GoodsLine,
    MovementAction,
    VoucherColour,
)
from carnet_app.errors import UserError
from carnet_app.keys import KeyStore
from carnet_app.services import movements
from carnet_app.services.audit import record_audit
from carnet_app.services.loading import find_carnet, voucher_totals
from carnet_app.services.register import (
    SHEET_ACTIONS,
    Registration,
    RegistrationSource,
    parse_registration,
    register_carnet,
)
from carnet_app.services.signed_files import (
    SignedFile,
    TrustRequest,
    check_trust,
    read_signed_file,
    remember_trust,
    signed_file_bytes,
    write_atomically,
)

CARNET_FORMAT = "carnet-desk.carnet/1"
RECORD_FORMAT = "carnet-desk.record/1"
SENDABLE = {CarnetStatus.ISSUED.value, CarnetStatus.ACTIVE.value}


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def goods_document(items: Iterable[GoodsItem | GoodsLine]) -> list[dict[str, Any]]:
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


def list_digest(items: Iterable[GoodsItem | GoodsLine]) -> str:
    """SHA-256 of the general list in a fixed form: the same list gives the same digest on
    every desk (printed in the voucher codes and carried in the carnet file)."""
    text = json.dumps(goods_document(items), sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


# --------------------------------------------------------------------------- send a carnet


def carnet_payload(carnet: Carnet, *, sent_on: date) -> dict[str, Any]:
    association = carnet.association
    if association is None or carnet.registration is not None:
        raise UserError(
            f"carnet {carnet.number} was not issued by this desk: only its issuer sends it",
            field="number",
        )
    if carnet.status not in SENDABLE:
        raise UserError(
            f"carnet {carnet.number} is {carnet.status}: only an issued carnet in use is sent",
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
        "goods": goods_document(carnet.items),
        "list_digest": list_digest(carnet.items),
        "sent_on": sent_on.isoformat(),
    }


def send_carnet(
    session: Session, number: str, out: Path, *, keys: KeyStore, today: date
) -> dict[str, Any]:
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
        )
    }
    document["goods"] = [
        {k: v for k, v in line.items() if k != "item_no" and v is not None}
        for line in payload.get("goods") or []
        if isinstance(line, Mapping)
    ]
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
) -> Carnet:
    signed = read_signed_file(path, CARNET_FORMAT, "signed carnet file")
    registration = _registration_of(signed.payload)
    lines = registration.application.goods
    if list_digest(lines) != signed.payload.get("list_digest"):
        raise UserError(
            f"file {path.name}: refused, its general list does not match its digest",
            field="file",
        )
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
    carnet = register_carnet(
        session,
        registration,
        user=user,
        today=today,
        goods=lines,
        source=RegistrationSource.RECEIVED,
        issuer_key=signed.signer.text,
    )
    if entry is not None:
        remember_trust(session, entry, user=user)
    return carnet


# --------------------------------------------------------------------------- the holder's record


def _entries(carnet: Carnet) -> list[dict[str, Any]]:
    found: list[tuple[int, dict[str, Any]]] = []
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


def send_record(
    session: Session, number: str, out: Path, *, keys: KeyStore, today: date
) -> dict[str, Any]:
    carnet = find_carnet(session, number)
    entries = _entries(carnet)
    payload = {
        "number": carnet.number,
        "list_digest": list_digest(carnet.items),
        "holder": {"name": carnet.holder.name, "country": carnet.holder.country},
        "entries": entries,
        "sent_on": today.isoformat(),
    }
    write_atomically(out, signed_file_bytes(RECORD_FORMAT, payload, keys))
    return {
        "number": carnet.number,
        "file": str(out),
        "entries": len(entries),
        "fingerprint": keys.public_key().fingerprint,
    }


# --------------------------------------------------------------------------- check-in


@dataclass(frozen=True)
class Difference:
    """One way the holder's record differs from the desk's own."""

    id: int
    kind: str  # "missing here" (holder recorded it, this desk did not) or "not in record"
    entry: Mapping[str, Any]
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "entry": dict(self.entry), "text": self.text}


@dataclass(frozen=True)
class CheckIn:
    number: str
    signer_fingerprint: str
    differences: tuple[Difference, ...]
    accepted: tuple[int, ...] = ()
    rejected: tuple[int, ...] = ()
    first_trust: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "holder_key": self.signer_fingerprint,
            "differences": [d.to_dict() for d in self.differences],
            "accepted": list(self.accepted),
            "rejected": list(self.rejected),
        }


def _identity(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        entry.get("type"),
        entry.get("action"),
        entry.get("date"),
        (entry.get("country") or "").upper(),
        tuple(sorted((str(k), int(v)) for k, v in (entry.get("items") or {}).items())),
    )


def describe(entry: Mapping[str, Any]) -> str:
    items = format_quantities({int(k): int(v) for k, v in (entry.get("items") or {}).items()})
    where = f" {entry.get('country')}" if entry.get("country") else ""
    final = f", final date {entry['final_date']}" if entry.get("final_date") else ""
    return f"{entry.get('action')}{where} on {entry.get('date')} (items {items}){final}"


def _checked_record(session: Session, signed: SignedFile, file_name: str) -> Carnet:
    number = signed.payload.get("number")
    if not isinstance(number, str):
        raise UserError(f"file {file_name}: refused, it names no carnet", field="file")
    try:
        carnet = find_carnet(session, number)
    except UserError:
        raise UserError(
            f"file {file_name}: refused, carnet {number} is not known on this desk", field="number"
        ) from None
    if carnet.association is None or carnet.registration is not None:
        raise UserError(
            f"file {file_name}: refused, carnet {number} was not issued by this desk",
            field="number",
        )
    if signed.payload.get("list_digest") != list_digest(carnet.items):
        raise UserError(
            f"file {file_name}: refused, its general list is not the one this desk issued for "
            f"{number}",
            field="file",
        )
    entries = signed.payload.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise UserError(f"file {file_name}: refused, its record is unreadable", field="file")
    return carnet


def differences_of(carnet: Carnet, theirs: Sequence[Mapping[str, Any]]) -> list[Difference]:
    ours = _entries(carnet)
    unmatched = list(ours)
    found: list[Difference] = []
    for entry in theirs:
        match = next((o for o in unmatched if _identity(o) == _identity(entry)), None)
        if match is not None:
            unmatched.remove(match)
            continue
        found.append(
            Difference(
                len(found) + 1,
                "missing here",
                entry,
                f"the holder recorded {describe(entry)}; this desk has no such stamp",
            )
        )
    for entry in unmatched:
        found.append(
            Difference(
                len(found) + 1,
                "not in record",
                entry,
                f"this desk recorded {describe(entry)}; the holder's record does not have it",
            )
        )
    return found


def check_in(
    session: Session,
    path: Path,
    *,
    accept: Sequence[int] | str | None = None,
    trust: TrustRequest,
    user: str,
    today: date,
) -> CheckIn:
    """Compare the holder's record with the desk's; with ``accept`` ("all" or ids), apply
    the accepted differences (the others are rejected) in one transaction; without it, only
    show them and write nothing."""
    signed = read_signed_file(path, RECORD_FORMAT, "signed holder's record")
    carnet = _checked_record(session, signed, path.name)
    number = carnet.number or ""
    entry = check_trust(
        session,
        signed.signer,
        role="holder",
        name=carnet.holder.name,
        country=carnet.holder.country,
        carnet=number,
        request=trust,
        file_name=path.name,
        today=today,
    )
    differences = differences_of(carnet, signed.payload["entries"])
    ids = [d.id for d in differences]
    review = CheckIn(number, signed.signer.fingerprint, tuple(differences))
    if accept is None:
        return review  # a look only: nothing written
    if isinstance(accept, str):
        if accept != "all":
            raise UserError(f"accept: {accept!r} is not 'all' or difference ids", field="accept")
        chosen = ids
    else:
        chosen = sorted(set(accept))
        unknown = [i for i in chosen if i not in ids]
        if unknown:
            raise UserError(
                f"accept: difference {unknown[0]} is not one of {ids or 'none'}", field="accept"
            )
    for difference in differences:
        if difference.id in chosen:
            _apply(session, number, difference, user=user, today=today)
    rejected = tuple(i for i in ids if i not in chosen)
    if entry is not None:
        remember_trust(session, entry, user=user)
    record_audit(
        session,
        user=user,
        action="carnet.checkin",
        carnet=carnet,
        summary=f"check-in of the holder's record for {number}: "
        f"{len(chosen)} difference(s) accepted, {len(rejected)} rejected"
        + "".join(
            f"; {'accepted' if d.id in chosen else 'rejected'} #{d.id}: {d.text}"
            for d in differences
        ),
    )
    return CheckIn(
        number,
        signed.signer.fingerprint,
        tuple(differences),
        tuple(chosen),
        rejected,
        first_trust=entry is not None,
    )


def _apply(
    session: Session, number: str, difference: Difference, *, user: str, today: date
) -> None:
    entry = difference.entry
    if difference.kind == "not in record":
        carnet = find_carnet(session, number)
        carnet.irregularities.append(
            Irregularity(message=f"check-in: {difference.text}", found_on=today)
        )
        return
    try:
        on = date.fromisoformat(str(entry.get("date")))
        items = {int(k): int(v) for k, v in (entry.get("items") or {}).items()}
        final = entry.get("final_date")
        final_date = date.fromisoformat(final) if isinstance(final, str) else None
        if entry.get("type") == "event":
            movements.record_goods_event(
                session,
                number,
                kind=GoodsEventKind(str(entry.get("action"))),
                on=on,
                country=str(entry.get("country") or ""),
                items=",".join(f"{n}:{q}" for n, q in sorted(items.items())),
                document=str(entry.get("document") or ""),
                remarks=str(entry.get("remarks") or ""),
                user=user,
                today=today,
            )
            return
        request = movements.StampRequest(
            action=MovementAction(str(entry.get("action"))),
            on=on,
            country=entry.get("country") or None,
            items=dict(items),
            office=str(entry.get("office") or ""),
            place=str(entry.get("place") or ""),
            reference=str(entry.get("reference") or ""),
            final_date=final_date,
            remarks=str(entry.get("remarks") or ""),
            refers_to=tuple(int(n) for n in entry.get("refers_to") or ()),
        )
    except (ValueError, TypeError):
        raise UserError(
            f"difference {difference.id}: the holder's entry is unreadable", field="accept"
        ) from None
    try:
        movements.record_stamp(session, number, request, confirm=True, user=user, today=today)
    except UserError as exc:
        raise UserError(
            f"difference {difference.id} cannot be accepted: {exc.message}", field="accept"
        ) from None
