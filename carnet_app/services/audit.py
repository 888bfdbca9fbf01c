"""The audit trail: one event per action, each hash-chained to the one before.

The last event of each write transaction also records the digests of the business rows the
transaction wrote (``row_digests``); its hash covers them. An event's summary is a message:
its code and parameters are hashed with it (events written before summaries had codes have
none, and hash as they always did). After the commit, the unit of work
hands the chain's new head (count and hash) to the desk, which signs it and keeps it outside
the database (``signed_head``), so that a rewritten or truncated chain is caught too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from carnet_app.db.models import AuditEvent, Carnet
from carnet_app.db.uow import AUDIT_HEAD_KEY
from carnet_app.domain.messages import Message, say
from carnet_app.domain.stored_messages import message_parts
from carnet_app.services import row_digests

GENESIS_HASH = "0" * 64
_PENDING_KEY = "carnet_audit_pending"
# What the unit of work reads after a commit: (events, head hash) of the chain.
HEAD_KEY = AUDIT_HEAD_KEY


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
    before: Mapping[str, object] | None,
    after: Mapping[str, object] | None,
    rows: Mapping[str, object] | None = None,
    code: str | None = None,
    params: Mapping[str, object] | None = None,
) -> str:
    fields: dict[str, Any] = {
        "previous": previous_hash,
        "at": at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        "user": user,
        "action": action,
        "carnet": carnet_number,
        "summary": summary,
        "before": before,
        "after": after,
    }
    if rows is not None:  # events written before rows were recorded keep their hash
        fields["rows"] = rows
    if code is not None:  # events written before summaries had codes keep their hash
        fields["code"] = code
        fields["params"] = params
    return hashlib.sha256(_canonical(fields).encode("utf-8")).hexdigest()


def record_audit(
    session: Session,
    *,
    user: str,
    action: str,
    summary: Message,
    carnet: Carnet | None = None,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> None:
    """Append one event. ``summary`` is kept as its code and parameters (each reader sees it in
    their language) and, in the ``summary`` column, as its English text."""
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
    code, raw_params = message_parts(summary)
    params = json.loads(_canonical(raw_params))
    english = summary.text("en")
    event = AuditEvent(
        at=at,
        user=user,
        action=action,
        carnet_id=carnet.id if carnet is not None else None,
        carnet_number=number,
        summary=english,
        code=code,
        params=params,
        before=before_json,
        after=after_json,
        previous_hash=previous_hash,
        hash=event_hash(
            previous_hash,
            at=at,
            user=user,
            action=action,
            carnet_number=number,
            summary=english,
            before=before_json,
            after=after_json,
            code=code,
            params=params,
        ),
    )
    session.add(event)
    session.info.setdefault(_PENDING_KEY, []).append(event)


@orm_event.listens_for(Session, "after_flush")
def _track_rows(session: Session, _context: Any) -> None:
    row_digests.track_flush(session)


@orm_event.listens_for(Session, "before_commit")
def _prove_rows(session: Session) -> None:
    """Seal the transaction: its last event records the rows written, and its hash covers them."""
    pending: list[AuditEvent] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        session.info.pop(row_digests.WRITTEN_KEY, None)
        return
    session.flush()
    last = pending[-1]
    from carnet_app.services.audit_bulk import widen_to_bulk_carnets  # it records through here

    widen_to_bulk_carnets(session)
    rows = row_digests.digests_of_written(session)
    if rows:
        last.rows = rows
        last.hash = event_hash(
            last.previous_hash,
            at=last.at,
            user=last.user,
            action=last.action,
            carnet_number=last.carnet_number,
            summary=last.summary,
            before=last.before,
            after=last.after,
            rows=rows,
            code=last.code,
            params=last.params,
        )
        session.flush()
    events = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    session.info[HEAD_KEY] = (int(events), last.hash)


@orm_event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    for key in (_PENDING_KEY, row_digests.WRITTEN_KEY, HEAD_KEY):
        session.info.pop(key, None)


@dataclass(frozen=True)
class ChainCheck:
    events: int
    first_bad_id: int | None
    problem: Message | None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None and self.problem is None


def record_carnet_change(
    session: Session,
    carnet: Carnet,
    before: Mapping[str, object],
    *,
    user: str,
    action: str,
    summary: Message,
) -> None:
    """Close an action on a carnet: timestamp, flush, one audit event with before and after."""
    carnet.updated_at = datetime.now(UTC)
    session.flush()
    record_audit(
        session,
        user=user,
        action=action,
        carnet=carnet,
        summary=summary,
        before=before,
        after=carnet_snapshot(carnet),
    )


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash; report the first altered, inserted or missing event."""
    previous_hash = GENESIS_HASH
    count = 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        count += 1
        if event.previous_hash != previous_hash:
            return ChainCheck(count, event.id, say("integrity.event-out-of-order", event=event.id))
        expected = event_hash(
            previous_hash,
            at=event.at,
            user=event.user,
            action=event.action,
            carnet_number=event.carnet_number,
            summary=event.summary,
            before=event.before,
            after=event.after,
            rows=event.rows,
            code=event.code,
            params=event.params,
        )
        if expected != event.hash:
            return ChainCheck(count, event.id, say("integrity.event-altered", event=event.id))
        previous_hash = event.hash
    return ChainCheck(count, None, None)


def carnet_snapshot(carnet: Carnet) -> dict[str, object]:
    """The parts of a carnet an audit entry shows before and after an action."""
    return {
        "number": carnet.number,
        "status": carnet.status,
        "version": carnet.version,
        "valid_until": carnet.valid_until.isoformat() if carnet.valid_until else None,
        "items": len(carnet.items),
        "movements": len(carnet.movements),
        "vouchers": _sets_by_colour(carnet),
        "claims": [c.status for c in carnet.claims],
    }


def _sets_by_colour(carnet: Carnet) -> dict[str, int]:
    """Every set of a colour counted: the sets at issue and each purchase after."""
    totals: dict[str, int] = {}
    for voucher_set in carnet.voucher_sets:
        totals[voucher_set.colour] = totals.get(voucher_set.colour, 0) + voucher_set.sets
    return totals


# Every write records an audit event through this module: importing the followers here (the
# deadline table, the list's summary columns, the goods positions, the carnet codes, the search
# documents) keeps them registered for every transaction that touches a carnet.
from carnet_app.services import carnet_codes as _carnet_codes  # noqa: E402, F401
from carnet_app.services import deadlines as _deadlines  # noqa: E402, F401
from carnet_app.services import list_columns as _list_columns  # noqa: E402, F401
from carnet_app.services import positions as _positions  # noqa: E402, F401
from carnet_app.services import search_documents as _search_documents  # noqa: E402, F401
