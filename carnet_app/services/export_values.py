"""How a value of an export-all file is read back into its column: each column type takes
only the JSON form the export writes (amounts as decimal strings, timestamps with their UTC
offset, file contents as base64, whole numbers within 64 bits, text without NUL and within the
column's length); anything else raises, and ``portability`` names the table, row and column."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    String,
    Text,
)

from carnet_app.db.base import ScaledDecimal, UtcDateTime


def column_reader(column: Column[object]) -> Callable[[object], object]:
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return _decimal
    if isinstance(kind, UtcDateTime):
        return _timestamp
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, JSON):
        return _json_value
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, LargeBinary):
        return _binary
    if isinstance(kind, Integer | BigInteger):
        return _integer
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None)
        return lambda value: _text(value, limit)
    raise AssertionError(f"no import rule for column {column} of type {kind!r}")


def _binary(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError("file contents are base64 text")
    return base64.b64decode(value, validate=True)


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str):
        raise TypeError("amounts are decimal strings")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError("not a finite amount")
    return result


def _timestamp(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError("timestamps are ISO strings")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("timestamps carry their UTC offset")
    return moment.astimezone(UTC)


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise TypeError("dates are ISO strings")
    return date.fromisoformat(value)


def _json_value(value: Any) -> Any:
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false")
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("a whole number")
    if not -(2**63) <= value < 2**63:
        raise OverflowError("out of range")
    return value


def _text(value: Any, limit: int | None) -> str:
    if not isinstance(value, str):
        raise TypeError("text")
    if "\x00" in value:
        raise ValueError("NUL character")
    if limit is not None and len(value) > limit:
        raise ValueError(f"longer than {limit} characters")
    return value
