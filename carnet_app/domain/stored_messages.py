"""A message kept in a database column: its code and parameters as JSON, read back as the same
``Message`` (dates stay dates, nested messages stay messages) so it is said in the reader's
language. A column written before messages had codes holds a plain sentence: it reads back as
that text. Rows with a code column and a parameters column (audit events, irregularities) use
``message_parts`` and ``message_from_parts``."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.messages import InEachLanguage, Joined, Message

_DATE = "$date"
_DECIMAL = "$decimal"
_JOINED = "$joined"
_WORDS = "$words"


def message_to_json(message: Message | str) -> str:
    """What the column keeps: a message's code and parameters, or a plain text as it is."""
    if isinstance(message, str):
        return message
    return json.dumps(_encode(message), ensure_ascii=False, sort_keys=True)


def message_from_json(text: str) -> Message | str:
    """The stored message, or the stored text itself when it is not a known coded message."""
    if not text.startswith("{"):
        return text
    try:
        decoded = _decode(json.loads(text))
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return text
    return decoded if isinstance(decoded, Message) else text


def message_parts(message: Message) -> tuple[str, dict[str, Any]]:
    """A message as two columns keep it: its code, and its parameters as plain JSON."""
    return message.code, {k: _encode(v) for k, v in message.params.items()}


def message_from_parts(code: str | None, params: Any, text: str) -> Message | str:
    """The message a row's code and parameters hold; ``text`` (what the row says in words)
    when it has no code, as rows written before messages had codes."""
    if code is None or code not in CATALOGUE or not isinstance(params, dict):
        return text
    try:
        return Message(code, {k: _decode(v) for k, v in params.items()})
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return text


def is_stored_message(text: str) -> bool:
    return isinstance(message_from_json(text), Message)


def _encode(value: Any) -> Any:
    if isinstance(value, Message):
        return {"code": value.code, "params": {k: _encode(v) for k, v in value.params.items()}}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, Joined):
        parts = [_encode(part) for part in value.parts]
        return {_JOINED: parts, "separator": value.separator, "more": value.more}
    if isinstance(value, InEachLanguage):
        return {_WORDS: dict(value.words)}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_DATE}:
            return date.fromisoformat(value[_DATE])
        if set(value) == {_DECIMAL}:
            return Decimal(value[_DECIMAL])
        if _JOINED in value:
            parts = tuple(_decode(part) for part in value[_JOINED])
            return Joined(parts, str(value["separator"]), bool(value["more"]))
        if set(value) == {_WORDS}:
            return InEachLanguage({str(k): str(v) for k, v in value[_WORDS].items()})
        code = value["code"]
        if code not in CATALOGUE:
            raise KeyError(code)
        return Message(code, {k: _decode(v) for k, v in value["params"].items()})
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value
