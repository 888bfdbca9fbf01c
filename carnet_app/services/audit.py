"""The audit trail: one event per action, each hash-chained to the one before."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from carnet_app.db.models import AuditEvent, Carnet

GENESIS_HASH = "0" * 64


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    previous_hash: str,
    *,
    at: datetime,
    user: str,
    action: str,
    carnet_number: str | None,
    summary: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> str:
    payload = _canonical(
        {
            "previous": previous_hash,
            "at": at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
            "user": user,
            "action": action,
            "carnet": carnet_number,
            "summary": summary,
            "before": before,
            "after": after,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_audit(
    session: Session,
    *,
    user: str,
    action: str,
    summary: str,
    carnet: Carnet | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    if session.get_bind().dialect.name == "postgresql":
        # One chain: writers append one at a time (SQLite's BEGIN IMMEDIATE does this already).
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    previous = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    previous_hash = previous or GENESIS_HASH
    at = datetime.now(UTC)
    before_json = json.loads(_canonical(before)) if before is not None else None
    after_json = json.loads(_canonical(after)) if after is not None else None
    number = carnet.number if carnet is not None else None
    event = AuditEvent(
        at=at,
        user=user,
        action=action,
        carnet_id=carnet.id if carnet is not None else None,
        carnet_number=number,
        summary=summary,
        before=before_json,
        after=after_json,
        previous_hash=previous_hash,
        hash=event_hash(
            previous_hash,
            at=at,
            user=user,
            action=action,
            carnet_number=number,
            summary=summary,
            before=before_json,
            after=after_json,
        ),
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class ChainCheck:
    events: int
    first_bad_id: int | None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None and self.problem is None


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash; report the first altered, inserted or missing event."""
    previous_hash = GENESIS_HASH
    count = 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        count += 1
        if event.previous_hash != previous_hash:
            return ChainCheck(
                count,
                event.id,
                f"event {event.id} does not follow the one before it "
                "(an event was removed or inserted)",
            )
        expected = event_hash(
            previous_hash,
            at=event.at,
            user=event.user,
            action=event.action,
            carnet_number=event.carnet_number,
            summary=event.summary,
            before=event.before,
            after=event.after,
        )
        if expected != event.hash:
            return ChainCheck(count, event.id, f"event {event.id} was altered after it was written")
        previous_hash = event.hash
    return ChainCheck(count, None, None)


def carnet_snapshot(carnet: Carnet) -> dict[str, Any]:
    """The parts of a carnet an audit entry shows before and after an action."""
    return {
        "number": carnet.number,
        "status": carnet.status,
        "version": carnet.version,
        "valid_until": carnet.valid_until.isoformat() if carnet.valid_until else None,
        "items": len(carnet.items),
        "movements": len(carnet.movements),
        "vouchers": {vs.colour: vs.sets for vs in carnet.voucher_sets},
        "claims": [c.status for c in carnet.claims],
    }


# Every write records an audit event through this module: importing the followers here (the
# deadline table, the list's summary columns, the goods positions) keeps them registered for
# every transaction that touches a carnet.
from carnet_app.services import deadlines as _deadlines  # noqa: E402, F401
from carnet_app.services import list_columns as _list_columns  # noqa: E402, F401
from carnet_app.services import positions as _positions  # noqa: E402, F401
