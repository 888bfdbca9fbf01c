"""A message kept in a database column: its code and parameters as JSON, read back as the same
``Message`` (dates stay dates, nested messages stay messages) so it is said in the reader's
language. A column written before messages had codes holds a plain sentence: it reads back as
that text."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.messages import Message

_DATE = "$date"


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
    except (ValueError, TypeError, KeyError):
        return text
    return decoded if isinstance(decoded, Message) else text


def is_stored_message(text: str) -> bool:
    return isinstance(message_from_json(text), Message)


def _encode(value: Any) -> Any:
    if isinstance(value, Message):
        return {"code": value.code, "params": {k: _encode(v) for k, v in value.params.items()}}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_DATE}:
            return date.fromisoformat(value[_DATE])
        code = value["code"]
        if code not in CATALOGUE:
            raise KeyError(code)
        return Message(code, {k: _decode(v) for k, v in value["params"].items()})
    return value
