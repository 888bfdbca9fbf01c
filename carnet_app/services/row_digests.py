"""The business rows under the audit chain.

Every write transaction that records an audit event also records, in its last event, a digest
of each business row it wrote (``{"goods_items:12": "…", "movements:3": null}``; null for a
row it deleted). ``verify_rows`` recomputes the digest of every row from the tables and
compares it with the newest one recorded for that row: a value changed, a row removed or put
back behind the desk's back is named.

Rows are tracked through the ORM (``after_flush``); rows inserted by bulk loads (demo data)
are proven per carnet by ``audit_bulk``, whose check runs last here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session

from carnet_app.db.base import Base
from carnet_app.db.models import AuditEvent
from carnet_app.domain.messages import Message, say

# The tables whose rows an audited write proves (the reference tables, seeded from the
# program's own data, and the audit trail itself are not among them).
BUSINESS_TABLES = (
    "associations",
    "holders",
    "representatives",
    "carnets",
    "goods_items",
    "voucher_sets",
    "movements",
    "movement_lines",
    "goods_events",
    "goods_event_lines",
    "irregularities",
    "claims",
    "settings",
    "attachments",
    "registered_carnets",
)
# Columns added after rows were first digested: left out of a row's digest while empty (the
# only value rows written before them can hold), so that those rows still verify; once filled
# they are covered like any other column.
ADDED_LATER = frozenset(
    {
        ("irregularities", "code"),
        ("irregularities", "params"),
        ("irregularities", "resolution_code"),
        ("irregularities", "resolution_params"),
        ("registered_carnets", "follows_number"),
    }
)
WRITTEN_KEY = "carnet_rows_written"
_SELECT_BATCH = 500


def business_tables() -> list[Table]:
    tables = Base.metadata.tables
    return [tables[name] for name in BUSINESS_TABLES if name in tables]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):  # an attached scan: its SHA-256, as the audit trail names it
        return hashlib.sha256(value).hexdigest()
    return value


def row_digest(table: Table, row: Row[tuple[object, ...]]) -> str:
    """The digest of one row as read through the table's column types (same on both backends)."""
    mapping = row._mapping
    values = {
        column.name: _plain(mapping[column])
        for column in table.columns
        if mapping[column] is not None or (table.name, column.name) not in ADDED_LATER
    }
    text = json.dumps(
        [table.name, values], sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def row_key(table: Table, row: Row[tuple[object, ...]]) -> str:
    (column,) = table.primary_key.columns
    return f"{table.name}:{row._mapping[column]}"


def note_written(session: Session, table_name: str, primary_key: object) -> None:
    """Remember a business row written in this transaction (the ORM hook calls this)."""
    if table_name not in BUSINESS_TABLES:
        return
    written: set[tuple[str, str]] = session.info.setdefault(WRITTEN_KEY, set())
    written.add((table_name, str(primary_key)))


def track_flush(session: Session) -> None:
    for instance in (*session.new, *session.dirty, *session.deleted):
        mapper = getattr(instance, "__mapper__", None)
        if mapper is None:
            continue
        table = mapper.local_table
        if not isinstance(table, Table) or table.name not in BUSINESS_TABLES:
            continue
        identity = mapper.primary_key_from_instance(instance)
        if len(identity) == 1 and identity[0] is not None:
            note_written(session, table.name, identity[0])


def digests_of_written(session: Session) -> dict[str, str | None]:
    """The digest of each row written in this transaction (None: it is gone)."""
    written: set[tuple[str, str]] = session.info.pop(WRITTEN_KEY, set())
    by_table: dict[str, list[str]] = {}
    for table_name, key in written:
        by_table.setdefault(table_name, []).append(key)
    tables = Base.metadata.tables
    result: dict[str, str | None] = {}
    for table_name in sorted(by_table):
        table = tables[table_name]
        (column,) = table.primary_key.columns
        keys = sorted(by_table[table_name])
        for key in keys:
            result[f"{table_name}:{key}"] = None
        python_type = column.type.python_type
        values = [python_type(key) for key in keys]
        for start in range(0, len(values), _SELECT_BATCH):
            chunk = values[start : start + _SELECT_BATCH]
            for row in session.execute(select(table).where(column.in_(chunk))):
                result[row_key(table, row)] = row_digest(table, row)
    return dict(sorted(result.items()))


@dataclass(frozen=True)
class RowsCheck:
    rows: int
    covered: int
    problem: Message | None
    first_bad: str | None


def verify_rows(session: Session) -> RowsCheck:
    """Recompute every business row's digest and compare it with the newest one recorded."""
    recorded: dict[str, tuple[str | None, int]] = {}
    events = session.execute(
        select(AuditEvent.id, AuditEvent.rows)
        .where(AuditEvent.rows.is_not(None))
        .order_by(AuditEvent.id)
    )
    for event_id, rows in events:
        if isinstance(rows, dict):
            for key, digest in rows.items():
                recorded[key] = (digest if isinstance(digest, str) else None, event_id)
    seen: set[str] = set()
    total = covered = 0
    for table in business_tables():
        try:
            found = _check_table(session, table, recorded, seen)
        except (ValueError, TypeError, ArithmeticError) as exc:  # not even readable any more
            return RowsCheck(
                total,
                covered,
                say("integrity.unreadable-value", table=table.name, reason=str(exc)[:80]),
                table.name,
            )
        total += found[0]
        covered += found[1]
        if found[2] is not None:
            return RowsCheck(total, covered, found[2], found[3])
    missing = [
        key
        for key, (digest, _) in recorded.items()
        if digest is not None and key not in seen and key.split(":", 1)[0] in BUSINESS_TABLES
    ]
    for key in sorted(missing, key=_table_order):
        event_id = recorded[key][1]
        if key:
            return RowsCheck(
                total,
                covered,
                say("integrity.row-missing", row=_named(key), event=event_id),
                key,
            )
    from carnet_app.services.audit_bulk import verify_bundles  # it records through audit

    bundles = verify_bundles(session, recorded)
    covered += bundles.rows
    return RowsCheck(total, covered, bundles.problem, bundles.first_bad)


def _check_table(
    session: Session,
    table: Table,
    recorded: dict[str, tuple[str | None, int]],
    seen: set[str],
) -> tuple[int, int, Message | None, str | None]:
    """(rows, rows under the chain, the first problem, its row) of one table."""
    total = covered = 0
    order = list(table.primary_key.columns)
    for row in session.execute(select(table).order_by(*order)).yield_per(1000):
        total += 1
        key = row_key(table, row)
        if key not in recorded:
            continue
        seen.add(key)  # only rows under the chain: memory stays bounded by them
        covered += 1
        digest, event_id = recorded[key]
        where = _named(key)
        if digest is None:
            return (
                total,
                covered,
                say("integrity.row-deleted-but-there", row=where, event=event_id),
                key,
            )
        if row_digest(table, row) != digest:
            return (
                total,
                covered,
                say("integrity.row-differs", row=where, event=event_id),
                key,
            )
    return total, covered, None, None


def _table_order(key: str) -> tuple[int, int, str]:
    """Parents before children (a carnet removed before its lines), then by id."""
    table, _, identity = key.partition(":")
    return (BUSINESS_TABLES.index(table), int(identity) if identity.isdigit() else 0, identity)


def _named(key: str) -> Message:
    table, _, identity = key.partition(":")
    return say("integrity.row", table=table, identity=identity)
