"""Check-in at the chamber: the holder's signed record against the desk's own record.

Each difference gets an id; the clerk accepts or rejects them one by one. An accepted stamp
the desk did not have is recorded through the stamp service (same rules; an irregularity is
kept as such); an accepted stamp the holder's record lacks is kept as an irregularity to
follow up. Everything happens in one transaction, or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, Irregularity
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.types import GoodsEventKind, MovementAction
from carnet_app.errors import UserError
from carnet_app.services import movements
from carnet_app.services.audit import record_audit
from carnet_app.services.carnet_file import RECORD_FORMAT, entries_of, list_digest
from carnet_app.services.loading import find_carnet
from carnet_app.services.signed_files import (
    SignedFile,
    TrustRequest,
    check_trust,
    read_signed_file,
    remember_trust,
)


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
    ours = entries_of(carnet)
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
