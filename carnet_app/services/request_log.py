"""``--request-id KEY``: a write command run twice with the same key writes once; the second
run gets the first run's answer. A retry repeats the request exactly, so the key's record keeps
a digest of the values the command was given (``arguments``): the same key with other values
is refused, never answered with the first request's result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from carnet_app.db.models import RequestRecord
from carnet_app.domain.messages import say
from carnet_app.errors import UserError

MAX_KEY = 200


def check_key(key: str) -> str:
    cleaned = key.strip()
    if not cleaned or len(cleaned) > MAX_KEY or not cleaned.isprintable():
        raise UserError(say("request-id.invalid", most=MAX_KEY), field="request-id")
    return cleaned


@dataclass(frozen=True, slots=True)
class EarlierRun:
    """A key's earlier run: the answer it gave (``kept`` False when the write committed but
    its answer was not kept)."""

    kept: bool
    data: dict[str, object]
    text: str | None


def find(session: Session, key: str, command: str, arguments: str) -> EarlierRun | None:
    """The earlier run of this key; refused if it was another command or other values."""
    record = session.get(RequestRecord, key)
    if record is None:
        return None
    if record.command != command:
        raise UserError(
            say("request-id.other-command", key=key, used=record.command, command=command),
            field="request-id",
        )
    answer = dict(record.answer or {})
    given = answer.get("arguments")
    if given is not None and given != arguments:  # records kept before the digest: not checked
        raise UserError(
            say("request-id.other-values", key=key, command=command), field="request-id"
        )
    data = answer.get("data", {})
    text = answer.get("text")
    return EarlierRun(
        kept="data" in answer,
        data=dict(data) if isinstance(data, dict) else {},
        text=text if isinstance(text, str) else None,
    )


def claim(session: Session, key: str, command: str, arguments: str) -> None:
    """Written in the command's own transaction: the key and the write commit together."""
    if session.get(RequestRecord, key) is None:
        session.add(
            RequestRecord(
                key=key,
                command=command,
                recorded_at=datetime.now(UTC),
                answer={"arguments": arguments},
            )
        )
        session.flush()


def record_answer(
    session: Session, key: str, command: str, arguments: str, answer: Mapping[str, object]
) -> None:
    record = session.get(RequestRecord, key)
    if record is None:
        record = RequestRecord(key=key, command=command, recorded_at=datetime.now(UTC))
        session.add(record)
    record.answer = {**answer, "arguments": arguments}
