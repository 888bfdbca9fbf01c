"""Recording customs stamps and goods events, the ledger's way in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypedDict

from sqlalchemy.orm import Session

from carnet_app.db.models import (
    Carnet,
    GoodsEvent,
    GoodsEventLine,
    Irregularity,
    Movement,
    MovementLine,
)
from carnet_app.domain import lifecycle
from carnet_app.domain.carnet_view import IrregularityView
from carnet_app.domain.item_spec import parse_item_spec
from carnet_app.domain.json_types import JsonValue
from carnet_app.domain.ledger import Entry, Outcome, check_new_entry, replay
from carnet_app.domain.ledger_words import colour_word, kind_word
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import Message, say
from carnet_app.domain.stored_messages import message_parts
from carnet_app.domain.types import CarnetStatus, GoodsEventKind, MovementAction
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import (
    carnet_facts,
    check_version,
    destination_of,
    find_carnet,
    next_seq,
    recorded_entries,
    refresh_goods_abroad,
    row_by_id,
)
from carnet_app.services.reference import country_table
from carnet_app.services.views import (
    GoodsEventRecorded,
    StampRecorded,
    goods_event_recorded,
    irregularity_view,
    stamp_recorded,
)

MAX_TEXT = 500


@dataclass(frozen=True)
class StampRequest:
    """What a clerk or holder types from a customs stamp."""

    action: MovementAction
    on: date
    country: str | None = None
    items: str | dict[int, int | None] = ""
    office: str = ""
    place: str = ""
    reference: str = ""
    final_date: date | None = None
    remarks: str = ""
    refers_to: tuple[int, ...] = ()


@dataclass(frozen=True)
class StampCheck:
    """The live rule check: what would happen, without writing anything."""

    outcome: Outcome

    @property
    def said_warnings(self) -> tuple[Message, ...]:
        return self.outcome.said_warnings

    @property
    def warnings(self) -> tuple[str, ...]:
        """The irregularities, said in the chosen language."""
        return self.outcome.warnings


def _quantities(carnet: Carnet, items: str | dict[int, int | None]) -> dict[int, int | None]:
    if isinstance(items, dict):
        return dict(items)
    if not items.strip():
        return {}  # every piece at the place the goods leave
    return parse_item_spec(items)


def _text(value: str, field: str) -> str:
    cleaned = value.strip()
    if len(cleaned) > MAX_TEXT:
        raise UserError(say("movement.text-too-long", field=field, most=MAX_TEXT), field=field)
    return cleaned


def check_stamp(session: Session, number: str, request: StampRequest, *, today: date) -> StampCheck:
    """Run every rule for a stamp about to be recorded; refusals raise UserError."""
    carnet = find_carnet(session, number)
    return _check(session, carnet, request, today)


def _check(session: Session, carnet: Carnet, request: StampRequest, today: date) -> StampCheck:
    lifecycle.check_movement_allowed(
        CarnetStatus(carnet.status),
        number=carnet.number or "",
        on=request.on,
        returned_on=carnet.returned_on,
    )
    if request.on > today:
        raise UserError(say("date.future", field="date", day=request.on), field="date")
    table = country_table(session)
    territory = destination_of(carnet, table, request.country) if request.country else None
    if request.country and request.country.upper() not in table:
        raise UserError(say("country.unknown", country=request.country), field="country")
    entry = Entry(
        seq=next_seq(carnet),
        kind=request.action,
        on=request.on,
        territory=territory,
        quantities=_quantities(carnet, request.items),
        final_date=request.final_date,
        refers_to=request.refers_to,
    )
    _, outcome = check_new_entry(carnet_facts(carnet, table), recorded_entries(carnet), entry)
    return StampCheck(outcome=outcome)


def record_stamp(
    session: Session,
    number: str,
    request: StampRequest,
    *,
    confirm: bool = False,
    user: str,
    today: date,
    expected_version: int | None = None,
) -> StampRecorded:
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    check = _check(session, carnet, request, today)
    if check.warnings and not confirm:
        raise ConfirmationRequired(list(check.said_warnings))
    before = carnet_snapshot(carnet)
    outcome = check.outcome
    assert outcome.voucher_colour is not None and outcome.voucher_no is not None
    movement = Movement(
        seq=outcome.entry.seq,
        action=request.action.value,
        on=request.on,
        country=request.country.upper() if request.country else None,
        territory=outcome.entry.territory,
        customs_office=_text(request.office, "office"),
        place=_text(request.place, "place"),
        reference=_text(request.reference, "reference"),
        final_date=request.final_date,
        remarks=_text(request.remarks, "remarks"),
        voucher_colour=outcome.voucher_colour.value,
        voucher_no=outcome.voucher_no,
        refers_to=list(outcome.refers_to),
        recorded_at=datetime.now(UTC),
        recorded_by=user,
    )
    movement.lines = [MovementLine(item_no=n, quantity=q) for n, q in sorted(outcome.moved.items())]
    carnet.movements.append(movement)
    session.flush()
    for warning in check.said_warnings:
        carnet.irregularities.append(
            Irregularity(
                movement_id=movement.id, found_on=request.on, **stored_irregularity(warning)
            )
        )
    if lifecycle.allowed(Transition.FIRST_MOVEMENT, CarnetStatus(carnet.status)):
        carnet.status = CarnetStatus.ACTIVE.value
    _after_ledger_change(session, carnet)
    session.flush()
    entry = say(
        "trail.movement-in" if movement.territory else "trail.movement",
        action=kind_word(request.action),
        on=request.on,
        colour=colour_word(outcome.voucher_colour),
        voucher=movement.voucher_no,
        pieces=sum(outcome.moved.values()),
        **({"territory": movement.territory} if movement.territory else {}),
    )
    record_audit(
        session,
        user=user,
        action=f"movement.{request.action.value}",
        carnet=carnet,
        summary=say("trail.with-irregularities", entry=entry, found=list(check.said_warnings))
        if check.warnings
        else entry,
        before=before,
        after=carnet_snapshot(carnet),
    )
    return stamp_recorded(session, movement)


def record_goods_event(
    session: Session,
    number: str,
    *,
    kind: GoodsEventKind,
    on: date,
    country: str,
    items: str,
    document: str = "",
    remarks: str = "",
    user: str,
    today: date,
    expected_version: int | None = None,
) -> GoodsEventRecorded:
    if kind is GoodsEventKind.REPLACED:
        raise UserError(say("movement.event-replaced"), field="kind")
    carnet = find_carnet(session, number)
    check_version(carnet, expected_version)
    # a re-exportation proven by another document may be dated after the carnet came back
    proof_after_return = kind is GoodsEventKind.RE_EXPORTED and carnet.returned_on is not None
    lifecycle.check_movement_allowed(
        CarnetStatus(carnet.status),
        number=number,
        on=min(on, carnet.returned_on) if proof_after_return and carnet.returned_on else on,
        returned_on=carnet.returned_on,
    )
    if on > today:
        raise UserError(say("date.future", field="date", day=on), field="date")
    table = country_table(session)
    if country.upper() not in table:
        raise UserError(say("country.unknown", country=country), field="country")
    territory = destination_of(carnet, table, country)
    entry = Entry(
        seq=next_seq(carnet),
        kind=kind,
        on=on,
        territory=territory,
        quantities=_quantities(carnet, items),
    )
    _, outcome = check_new_entry(carnet_facts(carnet, table), recorded_entries(carnet), entry)
    before = carnet_snapshot(carnet)
    event = GoodsEvent(
        seq=entry.seq,
        kind=kind.value,
        on=on,
        country=country.upper(),
        territory=territory,
        document=_text(document, "document"),
        remarks=_text(remarks, "remarks"),
        recorded_at=datetime.now(UTC),
        recorded_by=user,
    )
    event.lines = [GoodsEventLine(item_no=n, quantity=q) for n, q in sorted(outcome.moved.items())]
    carnet.goods_events.append(event)
    _after_ledger_change(session, carnet)
    session.flush()
    record_audit(
        session,
        user=user,
        action=f"event.{kind.value}",
        carnet=carnet,
        summary=say(
            "trail.goods-event-document" if document else "trail.goods-event",
            kind=kind_word(kind),
            territory=territory,
            on=on,
            pieces=sum(outcome.moved.values()),
            **({"document": document} if document else {}),
        ),
        before=before,
        after=carnet_snapshot(carnet),
    )
    return goods_event_recorded(session, event)


@dataclass(frozen=True)
class _Correction:
    on: date | None
    country: str | None  # None: unchanged; "": none
    items: dict[int, int] | None
    final_date: date | None
    texts: dict[str, str]  # office, place, reference, document


def _correction(changes: Mapping[str, Any], table_codes: Any) -> _Correction:
    try:
        on = date.fromisoformat(str(changes["date"])) if "date" in changes else None
        final = changes.get("final_date")
        final_date = date.fromisoformat(str(final)) if final else None
        items = (
            {int(k): int(v) for k, v in (changes["items"] or {}).items()}
            if "items" in changes
            else None
        )
    except (ValueError, TypeError, AttributeError):
        raise UserError(say("movement.correction-unreadable"), field="entry") from None
    country = None if "country" not in changes else str(changes["country"] or "").upper()
    if country and country not in table_codes:
        raise UserError(say("country.unknown", country=country), field="country")
    texts = {
        field: _text(str(changes[field] or ""), field)
        for field in ("office", "place", "reference", "document")
        if field in changes
    }
    return _Correction(on, country, items, final_date, texts)


def amend_entry(
    session: Session,
    number: str,
    seq: int,
    changes: Mapping[str, JsonValue],
    *,
    user: str,
    today: date,
) -> None:
    """Correct a recorded stamp or goods event (check-in: the holder's record told it right):
    ``changes`` maps ``date``, ``country``, ``items`` (``{"1": 2}``), ``final_date``,
    ``office``, ``place``, ``reference`` or ``document`` to the new value. The whole ledger is
    replayed with the correction; what it makes irregular is kept as an irregularity."""
    carnet = find_carnet(session, number)
    movement = next((m for m in carnet.movements if m.seq == seq), None)
    event = next((e for e in carnet.goods_events if e.seq == seq), None)
    target = movement or event
    if target is None:
        raise UserError(say("movement.no-entry", number=number, seq=seq), field="seq")
    table = country_table(session)
    fix = _correction(changes, table)
    if fix.on is not None:
        lifecycle.check_movement_allowed(
            CarnetStatus(carnet.status), number=number, on=fix.on, returned_on=carnet.returned_on
        )
        if fix.on > today:
            raise UserError(say("date.future", field="date", day=fix.on), field="date")
    before = carnet_snapshot(carnet)
    if fix.on is not None:
        target.on = fix.on
    if fix.country is not None:
        target.country = fix.country or None
        target.territory = destination_of(carnet, table, fix.country) if fix.country else None
    if movement is not None:
        if "final_date" in changes:
            movement.final_date = fix.final_date
        movement.customs_office = fix.texts.get("office", movement.customs_office)
        movement.place = fix.texts.get("place", movement.place)
        movement.reference = fix.texts.get("reference", movement.reference)
        if fix.items is not None:
            movement.lines = [MovementLine(item_no=n, quantity=q) for n, q in fix.items.items()]
    elif event is not None:
        event.document = fix.texts.get("document", event.document)
        if fix.items is not None:
            event.lines = [GoodsEventLine(item_no=n, quantity=q) for n, q in fix.items.items()]
    session.flush()
    _, outcomes = replay(carnet_facts(carnet, table), recorded_entries(carnet))
    for warning in next((o.said_warnings for o in outcomes if o.entry.seq == seq), ()):
        carnet.irregularities.append(
            Irregularity(
                movement_id=movement.id if movement else None,
                found_on=today,
                **stored_irregularity(warning),
            )
        )
    _after_ledger_change(session, carnet)
    record_audit(
        session,
        user=user,
        action="movement.amend",
        carnet=carnet,
        summary=say(
            "trail.entry-corrected",
            seq=seq,
            changes="; ".join(f"{field} {value}" for field, value in sorted(changes.items())),
        ),
        before=before,
        after=carnet_snapshot(carnet),
    )


def resolve_irregularity(
    session: Session, irregularity_id: int, *, note: str, user: str, today: date
) -> IrregularityView:
    irregularity = row_by_id(session, Irregularity, irregularity_id)
    if irregularity is None:
        raise UserError(
            say("movement.irregularity-unknown", irregularity_id=irregularity_id), field="id"
        )
    if irregularity.resolved_on is not None:
        raise UserError(
            say(
                "movement.irregularity-resolved",
                irregularity_id=irregularity_id,
                day=irregularity.resolved_on,
            ),
            field="id",
        )
    note = _text(note, "note")
    if not note:
        raise UserError(say("movement.note-missing"), field="note")
    irregularity.resolved_on = today
    irregularity.resolution = note
    record_audit(
        session,
        user=user,
        action="irregularity.resolve",
        carnet=irregularity.carnet,
        summary=say("trail.irregularity-resolved", irregularity_id=irregularity_id, note=note),
    )
    return irregularity_view(session, irregularity)


class StoredIrregularity(TypedDict):
    message: str
    code: str
    params: dict[str, object]


def stored_irregularity(warning: Message) -> StoredIrregularity:
    """An irregularity's columns: its message's code and parameters (each reader sees it in
    their language), and its English text in ``message`` for whoever reads the table itself."""
    code, params = message_parts(warning)
    return {"message": warning.text("en"), "code": code, "params": params}


def _after_ledger_change(session: Session, carnet: Carnet) -> None:
    carnet.updated_at = datetime.now(UTC)
    session.flush()
    refresh_goods_abroad(session, carnet)
