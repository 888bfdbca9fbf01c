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
from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.ledger_words import kind_word
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.types import GoodsEventKind, MovementAction
from carnet_app.errors import UserError
from carnet_app.services import movements
from carnet_app.services.audit import record_audit
from carnet_app.services.carnet_file import (
    RECORD_FORMAT,
    entries_of,
    list_digest,
    unreadable_field,
)
from carnet_app.services.loading import find_carnet
from carnet_app.services.signed_files import (
    SignedFile,
    TrustRequest,
    check_trust,
    read_signed_file,
    remember_trust,
)

CHANGED = "changed"  # both desks recorded the stamp, differently
MISSING_HERE = "missing here"  # the holder recorded it, this desk did not
NOT_IN_RECORD = "not in record"  # this desk recorded it, the holder's record lacks it

# one stamp or goods event of a holder's record, as the signed JSON file has it
Entry = Mapping[str, JsonValue]

# the fields of a stamp (or goods event) the two records are compared on, in this order
COMPARED_FIELDS: dict[str, tuple[str, ...]] = {
    "movement": ("date", "country", "items", "final_date", "office", "place", "reference"),
    "event": ("date", "country", "items", "document"),
}
# what makes two records "the same stamp" told differently: the same type and action, and at
# least two of these agreeing (the voucher number, the date, the country, the pieces)
_PAIRING_FIELDS = ("voucher", "date", "country", "items")
_PAIRING_MINIMUM = 2


@dataclass(frozen=True)
class FieldChange:
    """One field of a stamp as this desk has it and as the holder's record has it."""

    field: str
    ours: JsonValue
    theirs: JsonValue

    def to_dict(self) -> JsonObject:
        return {"field": self.field, "ours": self.ours, "theirs": self.theirs}


@dataclass(frozen=True)
class Difference:
    """One way the holder's record differs from the desk's own.

    ``kind``: ``changed`` (both have the stamp, ``changes`` says how it differs field by
    field), ``missing here`` or ``not in record``. ``entry`` is the holder's entry when they
    have one, else this desk's; ``ours``/``theirs`` are each side's (None when absent).
    """

    id: int
    kind: str
    entry: Entry
    said: Message  # the difference as a message; ``text`` says it in the chosen language
    ours: Entry | None = None
    theirs: Entry | None = None
    changes: tuple[FieldChange, ...] = ()
    our_seq: int | None = None  # the desk's own stamp a change would correct

    @property
    def text(self) -> str:
        return str(self.said)

    @property
    def movement(self) -> JsonObject:
        """Which stamp (or goods event) the difference is about."""
        found: JsonObject = {"type": self.entry.get("type"), "action": self.entry.get("action")}
        voucher = (self.ours or self.entry).get("voucher")
        if isinstance(voucher, dict) and voucher:
            found["voucher"] = dict(voucher)
        return found

    def to_dict(self) -> JsonObject:
        return {
            "id": self.id,
            "kind": self.kind,
            "entry": dict(self.entry),
            "text": self.text,
            "movement": self.movement,
            "ours": dict(self.ours) if self.ours is not None else None,
            "theirs": dict(self.theirs) if self.theirs is not None else None,
            "changes": [change.to_dict() for change in self.changes],
        }


@dataclass(frozen=True)
class CheckIn:
    number: str
    signer_fingerprint: str
    differences: tuple[Difference, ...]
    accepted: tuple[int, ...] = ()
    rejected: tuple[int, ...] = ()
    first_trust: bool = False

    def to_dict(self) -> JsonObject:
        return {
            "number": self.number,
            "holder_key": self.signer_fingerprint,
            "differences": [d.to_dict() for d in self.differences],
            "accepted": list(self.accepted),
            "rejected": list(self.rejected),
        }


def _value(entry: Mapping[str, Any], field: str) -> JsonValue:
    """A field as compared: text trimmed (a missing one is empty), countries upper-case,
    items as ``{"1": 2}`` with whole numbers."""
    value = entry.get(field)
    if field == "items":
        return {str(k): int(v) for k, v in sorted((value or {}).items(), key=lambda p: int(p[0]))}
    if field == "voucher":
        return (value or {}).get("no") if isinstance(value, Mapping) else None
    if value is None:
        return None if field == "final_date" else ""
    text = str(value).strip()
    return text.upper() if field == "country" else text


def _fields(entry: Mapping[str, Any]) -> tuple[str, ...]:
    return COMPARED_FIELDS.get(str(entry.get("type")), COMPARED_FIELDS["movement"])


def _same_kind(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    return ours.get("type") == theirs.get("type") and ours.get("action") == theirs.get("action")


def _changes(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(field, _value(ours, field), _value(theirs, field))
        for field in _fields(theirs)
        if _value(ours, field) != _value(theirs, field)
    )


def _pairing_score(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> int:
    return sum(_value(ours, f) == _value(theirs, f) for f in _PAIRING_FIELDS)


def describe(stamp: Entry) -> Message:
    """A stamp or goods event in words: "importation CH on 2026-03-11 (items 1-2)"."""
    entry: Mapping[str, Any] = stamp  # read like the JSON it is: each field checked as used
    items = format_quantities({int(k): int(v) for k, v in (entry.get("items") or {}).items()})
    where = f" {entry.get('country')}" if entry.get("country") else ""
    final = entry.get("final_date")
    return say(
        "checkin.stamp",
        action=_action_word(entry.get("action")),
        where=where,
        day=_day(entry.get("date")),
        items=items,
        final=say("checkin.final-date", day=_day(final)) if final else "",
    )


def _action_word(action: Any) -> Message | str:
    known = {kind.value: kind for kind in [*MovementAction, *GoodsEventKind]}
    return kind_word(known[action]) if isinstance(action, str) and action in known else str(action)


def _day(value: Any) -> date | str:
    """A date as a date when it reads as one (then said in the language's way)."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return str(value)


def shown_value(field: str, value: JsonValue) -> Message | date | str:
    """A compared value in words (dates, codes, item numbers; "none" in the language)."""
    if field == "items":
        counts = value if isinstance(value, dict) else {}
        return format_quantities({int(k): int(str(v)) for k, v in counts.items()}) or say(
            "ledger.none"
        )
    if value in (None, ""):
        return say("ledger.none")
    return _day(value) if field in ("date", "final_date") else str(value)


def compare_entries(
    ours: Sequence[Entry],
    theirs: Sequence[Entry],
    our_seqs: Sequence[int] | None = None,
) -> list[Difference]:
    """The differences between this desk's entries and the holder's: the same stamp told the
    same way on both sides is no difference; the same stamp told differently (same action,
    and at least two of its voucher, date, country and pieces agreeing) is one ``changed``;
    the rest is ``missing here`` or ``not in record``."""
    seqs = list(our_seqs) if our_seqs is not None else [None] * len(ours)
    unmatched_ours = list(range(len(ours)))
    unmatched_theirs: list[int] = []
    for t, entry in enumerate(theirs):
        same = next(
            (
                o
                for o in unmatched_ours
                if _same_kind(ours[o], entry) and not _changes(ours[o], entry)
            ),
            None,
        )
        if same is None:
            unmatched_theirs.append(t)
        else:
            unmatched_ours.remove(same)
    # pair what is left, best agreement first (a stamp missing on one side stays missing)
    candidates = sorted(
        (-_pairing_score(ours[o], theirs[t]), t, o)
        for t in unmatched_theirs
        for o in unmatched_ours
        if _same_kind(ours[o], theirs[t]) and _pairing_score(ours[o], theirs[t]) >= _PAIRING_MINIMUM
    )
    pairs: dict[int, int] = {}
    for _, t, o in candidates:
        if t not in pairs and o not in pairs.values():
            pairs[t] = o
    found: list[Difference] = []
    for t in unmatched_theirs:
        entry = theirs[t]
        if t in pairs:
            mine = ours[pairs[t]]
            changes = _changes(mine, entry)
            told = Joined(
                tuple(
                    say(
                        "checkin.field-differs",
                        field=say(f"checkin.field.{c.field}"),
                        ours=shown_value(c.field, c.ours),
                        theirs=shown_value(c.field, c.theirs),
                    )
                    for c in changes
                )
            )
            found.append(
                Difference(
                    len(found) + 1,
                    CHANGED,
                    entry,
                    say("checkin.changed", stamp=describe(mine), told=told),
                    ours=mine,
                    theirs=entry,
                    changes=changes,
                    our_seq=seqs[pairs[t]],
                )
            )
            continue
        found.append(
            Difference(
                len(found) + 1,
                MISSING_HERE,
                entry,
                say("checkin.missing-here", stamp=describe(entry)),
                theirs=entry,
            )
        )
    for o in unmatched_ours:
        if o in pairs.values():
            continue
        found.append(
            Difference(
                len(found) + 1,
                NOT_IN_RECORD,
                ours[o],
                say("checkin.not-in-record", stamp=describe(ours[o])),
                ours=ours[o],
                our_seq=seqs[o],
            )
        )
    return found


def _checked_record(session: Session, signed: SignedFile, file_name: str) -> Carnet:
    number = signed.payload.get("number")
    if not isinstance(number, str):
        raise UserError(say("checkin.no-carnet", file=file_name), field="file")
    try:
        carnet = find_carnet(session, number)
    except UserError:
        raise UserError(
            say("checkin.carnet-unknown", file=file_name, number=number), field="number"
        ) from None
    if carnet.association is None or carnet.registration is not None:
        raise UserError(
            say("checkin.not-issued-here", file=file_name, number=number), field="number"
        )
    if signed.payload.get("list_digest") != list_digest(carnet.items):
        raise UserError(say("checkin.other-list", file=file_name, number=number), field="file")
    entries = signed.payload.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise UserError(say("checkin.record-unreadable", file=file_name), field="file")
    for position, entry in enumerate(entries, start=1):
        field = unreadable_field(entry) if isinstance(entry, dict) else "entry"
        if field is not None:
            raise UserError(
                say("checkin.entry-field-unreadable", file=file_name, entry=position, field=field),
                field="file",
            )
    return carnet


def differences_of(carnet: Carnet, theirs: Sequence[Entry]) -> list[Difference]:
    ours = entries_of(carnet)
    # entries_of lists the stamps and events in recording order (their seq)
    seqs = sorted([m.seq for m in carnet.movements] + [e.seq for e in carnet.goods_events])
    return compare_entries(ours, theirs, seqs)


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
    listed = signed.payload.get("entries")  # _checked_record: a list of objects
    theirs = [e for e in listed if isinstance(e, dict)] if isinstance(listed, list) else []
    differences = differences_of(carnet, theirs)
    ids = [d.id for d in differences]
    review = CheckIn(number, signed.signer.fingerprint, tuple(differences))
    if accept is None:
        return review  # a look only: nothing written
    if isinstance(accept, str):
        if accept != "all":
            raise UserError(say("checkin.accept-unreadable", accept=accept), field="accept")
        chosen = ids
    else:
        chosen = sorted(set(accept))
        unknown = [i for i in chosen if i not in ids]
        if unknown:
            raise UserError(
                say(
                    "checkin.accept-unknown",
                    difference=unknown[0],
                    ids=f"{ids}" if ids else say("ledger.none"),
                ),
                field="accept",
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
        summary=say(
            "trail.checkin",
            number=number,
            accepted=len(chosen),
            rejected=len(rejected),
            details=Joined(
                tuple(
                    say(
                        "trail.checkin-accepted" if d.id in chosen else "trail.checkin-rejected",
                        difference=d.id,
                        said=d.said,
                    )
                    for d in differences
                ),
                separator="",
            ),
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
    entry: Mapping[str, Any] = difference.entry  # the holder's JSON, read field by field
    if difference.kind == CHANGED:
        assert difference.our_seq is not None
        try:
            movements.amend_entry(
                session,
                number,
                difference.our_seq,
                {change.field: change.theirs for change in difference.changes},
                user=user,
                today=today,
            )
        except UserError as exc:
            raise UserError(
                say("checkin.cannot-accept", difference=difference.id, why=exc.said),
                field="accept",
            ) from None
        return
    if difference.kind == NOT_IN_RECORD:
        carnet = find_carnet(session, number)
        carnet.irregularities.append(
            Irregularity(
                found_on=today,
                **movements.stored_irregularity(say("irregularity.checkin", said=difference.said)),
            )
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
            say("checkin.entry-unreadable", difference=difference.id), field="accept"
        ) from None
    try:
        movements.record_stamp(session, number, request, confirm=True, user=user, today=today)
    except UserError as exc:
        raise UserError(
            say("checkin.cannot-accept", difference=difference.id, why=exc.said), field="accept"
        ) from None
