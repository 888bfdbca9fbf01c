"""Rows loaded in bulk (``demo-data``) under the audit chain.

A bulk load writes hundreds of thousands of rows without the ORM, so the per-row digests of
``row_digests`` would not see them and would cost too much. Instead, once the load has
written its carnets, ``prove_carnets`` records one audited event (``audit.bulk``) per batch of
carnets whose ``after`` holds, for each carnet, a digest of its whole bundle: its carnet row
and every row of its goods, voucher sets, movements, movement lines and claims, in id order,
every column. The event's hash covers those digests, so the signed head covers them too.

``verify_bundles`` (called by ``row_digests.verify_rows``) recomputes each bundle from the
tables: a value changed, a row removed or added behind the desk's back is named with its
carnet and table. A bundle is superseded once a later audited write recorded any of its rows
(the desk worked on that carnet since): from then on its rows are proven one by one, every
one of them, since a write to such a carnet records all its rows (``widen_to_bulk_carnets``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, TypeDecorator, select
from sqlalchemy.orm import Session

from carnet_app.db.models import (
    AuditEvent,
    Carnet,
    Claim,
    GoodsItem,
    Movement,
    MovementLine,
    Setting,
    VoucherSet,
)
from carnet_app.domain.messages import Message, say
from carnet_app.services import row_digests
from carnet_app.services.audit import record_audit

BULK_ACTION = "audit.bulk"
RANGES_KEY = "audit.bulk_carnets"  # the settings row: [[first, last], …] of proven carnet ids
CARNETS_PER_EVENT = 2_000
HINT = 6  # hex digits of each table's digest kept to name the table that differs
_CARNETS: Table = Carnet.__table__  # type: ignore[assignment]
_MOVEMENTS: Table = Movement.__table__  # type: ignore[assignment]
_LINES: Table = MovementLine.__table__  # type: ignore[assignment]
# The carnet's own row first, then its children; each read in id order.
_CHILDREN: tuple[Any, ...] = (
    GoodsItem.__table__,
    VoucherSet.__table__,
    _MOVEMENTS,
    _LINES,
    Claim.__table__,
)
BUNDLE_TABLES = (_CARNETS.name, *(table.name for table in _CHILDREN))
# What a message calls each table's rows.
RecordedRows = dict[str, tuple[str | None, int]]


def _json_text(value: Any) -> str:
    if type(value) is str:  # SQLite hands JSON back as its text, PostgreSQL parsed
        known = _JSON_SEEN.get(value)
        if known is None:
            if len(_JSON_SEEN) > 10_000:
                _JSON_SEEN.clear()
            known = _JSON_SEEN[value] = _json_text(json.loads(value))
        return known
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# a bulk load repeats a few itineraries and references many times
_JSON_SEEN: dict[str, str] = {}


def _date_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _moment_text(value: Any) -> str:
    # SQLite keeps SQLAlchemy's text form of a UTC timestamp, PostgreSQL a naive datetime
    return value.strftime(_MOMENT) if isinstance(value, datetime) else str(value)


_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


def _flag_text(value: Any) -> int:
    return 1 if value else 0


Converter = tuple[int, Callable[[object], object], type]


class _Never:
    """No raw JSON value is canonical as it comes: SQL NULL and JSON ``null`` (which
    SQLAlchemy reads as the same None) are both written ``null``."""


def _converters(table: Table) -> list[Converter]:
    """The columns whose raw value differs between backends, how each is made the same, and
    the type a value already has when nothing needs doing (SQLite's): dates, timestamps,
    flags and JSON. Every other raw value is an int (money and weights are stored as integer
    units) or a str on both, and its ``repr`` is already the same."""
    found: list[Converter] = []
    for index, column in enumerate(table.columns):
        kind = column.type
        if isinstance(kind, TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, JSON):
            found.append((index, _json_text, _Never))
        elif isinstance(kind, DateTime):
            found.append((index, _moment_text, str))
        elif isinstance(kind, Date):
            found.append((index, _date_text, str))
        elif isinstance(kind, Boolean):
            found.append((index, _flag_text, int))
    return found


@dataclass
class _Bundle:
    """The rows of one carnet: one running digest per table, and the rows' keys."""

    parts: dict[str, Any]
    keys: list[str]
    rows: int = 0

    def digest(self) -> str:
        return bundle_digest([self.parts[name].hexdigest() for name in BUNDLE_TABLES])


def bundle_digest(tables: list[str]) -> str:
    """``FULL:hint,hint,…``: a SHA-256 over every table's digest (hex, in ``BUNDLE_TABLES``
    order), then a short hint per table to name the one that differs."""
    full = hashlib.sha256("|".join(tables).encode("ascii")).hexdigest()[:32]
    return full + ":" + ",".join(t[:HINT] for t in tables)


def bundle_table(name: str) -> Table:
    """The table of ``BUNDLE_TABLES`` named ``name``."""
    return next(t for t in (_CARNETS, *_CHILDREN) if t.name == name)


def read_converters(table: Table) -> list[Converter]:
    """How a raw value read back (the carnet's id first) is made the same on every backend:
    what a bundle's rows go through before their ``repr`` is hashed."""
    return [(index + 1, convert, kind) for index, convert, kind in _converters(table)]


def _bundle_of(found: dict[int, _Bundle], owner: int) -> _Bundle:
    bundle = found.get(owner)
    if bundle is None:
        bundle = found[owner] = _Bundle({part: hashlib.sha256() for part in BUNDLE_TABLES}, [])
    return bundle


def _query(session: Session, table: Table, first: int, last: int) -> str:
    """The raw SQL for a table's rows of carnets ``first``..``last``, in id order, the
    carnet's id first (the rows are read through the driver: this runs over every row of a
    bulk load, and the column types' own processing would triple its time)."""
    quote = session.get_bind().dialect.identifier_preparer.quote
    columns = ", ".join(f"t.{quote(c.name)}" for c in table.columns)
    if table is _CARNETS:
        owner, source = "t.id", f"{quote(table.name)} t"
    elif table is _LINES:
        owner = "m.carnet_id"
        source = f"{quote(table.name)} t JOIN {quote(_MOVEMENTS.name)} m ON m.id = t.movement_id"
    else:
        owner, source = "t.carnet_id", f"{quote(table.name)} t"
    return (
        f"SELECT {owner}, {columns} FROM {source} "
        f"WHERE {owner} BETWEEN {int(first)} AND {int(last)} ORDER BY 1, t.id"
    )


def _bundles(session: Session, first: int, last: int, *, keys: bool) -> dict[int, _Bundle]:
    """The bundles of the carnets with ids ``first``..``last`` as the tables hold them now
    (``keys``: also the key of every row, to tell whether a later event recorded it).

    Each row is read as the driver gives it, the carnet's id first, and written as the
    ``repr`` of that tuple (backend-dependent values made the same first), one per line."""
    found: dict[int, _Bundle] = {}
    connection = session.connection()
    by_owner = itemgetter(0)
    for table in (_CARNETS, *_CHILDREN):
        converters = read_converters(table)
        (key_column,) = table.primary_key.columns
        key_index = list(table.columns).index(key_column) + 1
        prefix = table.name + ":"
        cursor = connection.connection.cursor()  # the driver's own: no wrapping per row
        try:
            cursor.execute(_query(session, table, first, last))
            for owner, group in groupby(cast(Iterable[Any], cursor), key=by_owner):
                rows: Iterable[Any] = group
                if converters:
                    rows = [converted(row, converters) for row in rows]
                elif keys:
                    rows = list(rows)
                bundle = _bundle_of(found, owner)
                text = "\n".join(map(repr, rows)) + "\n"  # a repr holds no raw newline
                bundle.parts[table.name].update(text.encode("utf-8", "surrogatepass"))
                bundle.rows += text.count("\n")
                if keys:
                    bundle.keys.extend(prefix + str(row[key_index]) for row in rows)
        finally:
            cursor.close()
    return found


def converted(row: Sequence[object], converters: list[Converter]) -> tuple[object, ...]:
    values = list(row)
    for index, convert, already in converters:
        value = values[index]
        if type(value) is not already and (value is not None or already is _Never):
            values[index] = convert(value)
    return tuple(values)


# The bundle digests of carnets ``first``..``last`` ({"id": digest}) and how many rows they
# cover, worked out without reading the rows back (``drawn_bundles``).
KnownBundles = Callable[[int, int], tuple[dict[str, str], int]]


def prove_carnets(
    session: Session, carnet_ids: range, *, user: str, known: KnownBundles | None = None
) -> int:
    """Record one ``audit.bulk`` event per batch of the carnets loaded in bulk (ids
    ``carnet_ids``, rows already written and final in this transaction); their holders are
    proven row by row by the transaction's last event. Returns the events recorded.

    ``known``: the bundles' digests as the load worked them out from the rows it wrote (the
    same digests, without reading every row back); by default they are read from the tables."""
    events = 0
    holders: set[int] = set()
    for start in range(carnet_ids.start, carnet_ids.stop, CARNETS_PER_EVENT):
        last = min(start + CARNETS_PER_EVENT, carnet_ids.stop) - 1
        session.flush()
        if known is None:
            found = _bundles(session, start, last, keys=False)
            bundles = {str(cid): found[cid].digest() for cid in sorted(found)}
            rows = sum(b.rows for b in found.values())
        else:
            bundles, rows = known(start, last)
        holders.update(
            session.execute(
                select(Carnet.holder_id).where(Carnet.id.between(start, last)).distinct()
            ).scalars()
        )
        record_audit(
            session,
            user=user,
            action=BULK_ACTION,
            summary=say(
                "trail.bulk-proven",
                first=start,
                last=last,
                rows=rows,
            ),
            after={"first": start, "last": last, "bundles": bundles},
        )
        events += 1
    for holder_id in sorted(holders):
        row_digests.note_written(session, "holders", holder_id)
    if len(carnet_ids):
        _remember_range(session, carnet_ids.start, carnet_ids.stop - 1)
    return events


def _remember_range(session: Session, first: int, last: int) -> None:
    """Keep the ids of the carnets proven in bulk where every write can look them up in one
    read (a settings row, itself under the chain)."""
    setting = session.get(Setting, RANGES_KEY)
    ranges = _ranges(setting.value if setting is not None else None)
    ranges.append((first, last))
    if setting is None:
        session.add(Setting(key=RANGES_KEY, value=[list(r) for r in sorted(ranges)]))
    else:
        setting.value = [list(r) for r in sorted(ranges)]


def _ranges(value: Any) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        return []
    return [
        (r[0], r[1])
        for r in value
        if isinstance(r, list) and len(r) == 2 and all(isinstance(n, int) for n in r)
    ]


def widen_to_bulk_carnets(session: Session) -> None:
    """Before a transaction's rows are digested: when it wrote to a carnet that was proven in
    bulk, every row of that carnet is recorded too, so that the carnet stays wholly under the
    chain once its bundle is superseded (``verify_bundles``)."""
    written: set[tuple[str, str]] | None = session.info.get(row_digests.WRITTEN_KEY)
    if not written or not any(table in BUNDLE_TABLES for table, _ in written):
        return
    setting = session.get(Setting, RANGES_KEY)
    ranges = _ranges(setting.value if setting is not None else None)
    if not ranges:
        return
    proven = sorted(
        c for c in _carnets_written(session, written) if any(a <= c <= b for a, b in ranges)
    )
    for carnet_id in proven:
        for table, key in _member_keys(session, carnet_id):
            row_digests.note_written(session, table, key)


def _carnets_written(session: Session, written: set[tuple[str, str]]) -> set[int]:
    by_table: dict[str, list[int]] = {}
    for table, key in written:
        if table in BUNDLE_TABLES and key.isdigit():
            by_table.setdefault(table, []).append(int(key))
    found = set(by_table.pop("carnets", []))
    for table in _CHILDREN:
        ids = by_table.get(table.name)
        if not ids:
            continue
        if table is _LINES:
            query = (
                select(_MOVEMENTS.c.carnet_id)
                .join(_LINES, _LINES.c.movement_id == _MOVEMENTS.c.id)
                .where(_LINES.c.id.in_(ids))
            )
        else:
            query = select(table.c.carnet_id).where(table.c.id.in_(ids))
        found.update(session.execute(query).scalars())
    return found


def _member_keys(session: Session, carnet_id: int) -> list[tuple[str, int]]:
    keys: list[tuple[str, int]] = [("carnets", carnet_id)]
    for table in _CHILDREN:
        if table is _LINES:
            query = (
                select(_LINES.c.id)
                .join(_MOVEMENTS, _MOVEMENTS.c.id == _LINES.c.movement_id)
                .where(_MOVEMENTS.c.carnet_id == carnet_id)
            )
        else:
            query = select(table.c.id).where(table.c.carnet_id == carnet_id)
        keys.extend((table.name, row_id) for row_id in session.execute(query).scalars())
    return keys


@dataclass(frozen=True)
class BundlesCheck:
    rows: int  # rows proven by a bundle that still holds
    problem: Message | None
    first_bad: str | None


def verify_bundles(session: Session, recorded: RecordedRows) -> BundlesCheck:
    """Recompute every bundle an ``audit.bulk`` event recorded and compare.

    ``recorded``: the newest per-row digest of each row and the event that recorded it (a
    bundle with a row recorded by a later event is superseded by those records)."""
    covered = 0
    events = session.execute(
        select(AuditEvent.id).where(AuditEvent.action == BULK_ACTION).order_by(AuditEvent.id)
    ).scalars()
    for event_id in events.all():  # one event's digests in memory at a time
        after = session.execute(
            select(AuditEvent.after).where(AuditEvent.id == event_id)
        ).scalar_one()
        first, last, expected = _read_event(after)
        if expected is None:
            return BundlesCheck(covered, say("integrity.no-bulk-digests", event=event_id), None)
        found = _bundles(session, first, last, keys=True)
        for carnet_id in sorted(set(expected) | set(found)):
            bundle = found.get(carnet_id)
            if bundle is not None and _superseded(bundle.keys, recorded, event_id):
                continue
            recorded_digest = expected.get(carnet_id)
            key = f"carnets:{carnet_id}"
            if bundle is None:
                return BundlesCheck(
                    covered,
                    say("integrity.bulk-carnet-missing", carnet_id=carnet_id, event=event_id),
                    key,
                )
            if recorded_digest is None:
                continue  # a carnet added later in this id range: not this event's
            digest = bundle.digest()
            if digest != recorded_digest:
                return BundlesCheck(
                    covered,
                    say(
                        "integrity.bulk-carnet-changed",
                        number=_number(session, carnet_id),
                        carnet_id=carnet_id,
                        which=_which(digest, recorded_digest),
                        event=event_id,
                    ),
                    key,
                )
            covered += bundle.rows
    return BundlesCheck(covered, None, None)


def _read_event(after: Any) -> tuple[int, int, dict[int, str] | None]:
    if not isinstance(after, dict):
        return 0, -1, None
    first, last, bundles = after.get("first"), after.get("last"), after.get("bundles")
    if not isinstance(first, int) or not isinstance(last, int) or not isinstance(bundles, dict):
        return 0, -1, None
    try:
        return first, last, {int(k): str(v) for k, v in bundles.items()}
    except ValueError:
        return 0, -1, None


def _superseded(keys: Iterable[str], recorded: RecordedRows, event_id: int) -> bool:
    return any((known := recorded.get(key)) is not None and known[1] > event_id for key in keys)


def _which(found: str, recorded: str) -> Message:
    """What the messages call the first table whose hint differs."""
    now = found.partition(":")[2].split(",")
    then = recorded.partition(":")[2].split(",")
    for name, a, b in zip(BUNDLE_TABLES, now, then, strict=False):
        if a != b:
            return say(f"integrity.part.{name}")
    return say("integrity.part.rows")


def _number(session: Session, carnet_id: int) -> Message | str:
    number = session.execute(select(Carnet.number).where(Carnet.id == carnet_id)).scalar()
    return number or say("integrity.draft", carnet_id=carnet_id)
