"""Fast read queries for the desk's carnet list: ordered ids first, frozen rows on demand.

The list shows 100,000 carnets without loading them: ``carnet_ids`` returns the ordered ids that
match a filter (one indexed query), ``carnet_rows`` turns a screenful of ids into rows.

Search as you type goes through a trigram full-text index on SQLite (FTS5 tables of folded
text — no case, no accents — over carnet numbers, holder names and item descriptions/marks,
kept in step by triggers; migration 0008 creates them, ``ensure_search_index`` creates them on
a database that lacks them). On other
backends, and for searches shorter than a trigram, it falls back to (I)LIKE.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    TextClause,
    and_,
    cast,
    exists,
    false,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem, Holder
from carnet_app.db.search_documents import has_search_documents, usable_for
from carnet_app.db.search_index import has_search_index
from carnet_app.db.text_fold import fold
from carnet_app.domain.types import IN_USE_STATUSES

TRIGRAM = 3


class SortKey(StrEnum):
    NUMBER = "number"
    STATUS = "status"
    HOLDER = "holder"
    ISSUED_ON = "issued_on"
    VALID_UNTIL = "valid_until"
    COUNTRIES = "countries"
    ITEMS = "items"
    VALUE = "value"
    GOODS_ABROAD = "goods_abroad"
    OPEN_CLAIMS = "open_claims"
    FORMAT = "format"


@dataclass(frozen=True)
class ListFilter:
    """What the clerk narrowed the list to. Empty means everything."""

    search: str = ""
    statuses: tuple[str, ...] = ()
    expiring_within_days: int | None = None
    country: str | None = None
    goods_abroad: bool = False
    open_claim: bool = False


@dataclass(frozen=True)
class CarnetListRow:
    """One line of the carnet list."""

    id: int
    number: str | None
    status: str
    kind: str
    holder: str
    issued_on: date | None
    valid_until: date | None
    countries: tuple[str, ...]
    items: int
    total_value: Decimal
    currency: str
    goods_abroad: bool
    open_claims: int
    format: str


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_folded_function(session: Session) -> bool:
    """PostgreSQL with migration 0008's carnet_fold() and its trigram indexes (pg_trgm), and
    migration 0017's search documents (asked once per session)."""
    known = session.info.get(_FOLDED_KEY)
    if known is not None:
        return bool(known)
    found = False
    if session.get_bind().dialect.name == "postgresql":
        found = bool(
            session.execute(
                text("SELECT to_regprocedure('carnet_fold(text)') IS NOT NULL")
            ).scalar()
        ) and has_search_documents(session)
    session.info[_FOLDED_KEY] = found
    return found


_FOLDED_KEY = "carnet_folded_function"


# PostgreSQL: the carnets a folded LIKE pattern finds, as an array the planner reads through
# the primary key and the holder index (a page of the list sorts a few thousand rows). As
# ``IN (subquery)`` the planner joined the matches to every carnet by reading the whole table
# twice (0.3 s on 100,000 carnets for "rhone"): it cannot tell a few thousand matches from most.
_FOLDED_HOLDERS = "SELECT id FROM holders WHERE carnet_fold(name) LIKE :p ESCAPE '\\'"
_FOLDED_MATCHES = (
    "carnets.id = ANY(ARRAY("
    "SELECT id FROM carnets WHERE carnet_fold(number) LIKE :p ESCAPE '\\' "
    f"UNION SELECT id FROM carnets WHERE holder_id = ANY(ARRAY({_FOLDED_HOLDERS})) "
    "UNION SELECT carnet_id FROM goods_items WHERE carnet_fold(description) LIKE :p "
    "ESCAPE '\\' OR carnet_fold(marks) LIKE :p ESCAPE '\\'))"
)
# ... numbers and goods through their search documents (migration 0017, db/search_documents.py):
# a number or a few goods lines folded in each, under one trigram index
DOCUMENT_MATCH_IDS = (
    "SELECT carnet_id FROM search_documents WHERE document LIKE :p ESCAPE '\\' "
    f"UNION SELECT id FROM carnets WHERE holder_id = ANY(ARRAY({_FOLDED_HOLDERS}))"
)
_DOCUMENT_MATCHES = f"carnets.id = ANY(ARRAY({DOCUMENT_MATCH_IDS}))"
# a term shorter than a trigram, checked carnet by carnet (no index serves "%or%"): the holders
# as a hashed set (an array is searched end to end for each carnet: thousands of holders hold
# "o", a count of a million carnets took seconds)
_FOLDED_SHORT = (
    f"(carnets.number ILIKE :p_plain ESCAPE '\\' OR carnets.holder_id IN ({_FOLDED_HOLDERS}))"
)


def folded_holders_sql() -> str:
    """The ids of the holders whose folded name matches ``:p`` (PostgreSQL)."""
    return _FOLDED_HOLDERS


def _folded_search(term: str) -> ColumnElement[bool]:
    """PostgreSQL: LIKE over carnet_fold() (unaccent, lower), each through its GIN index."""
    pattern = _like_pattern(fold(term) or "")
    if len(fold(term) or "") < TRIGRAM:  # no trigram to look up: numbers and holders only
        short = text(_FOLDED_SHORT).bindparams(p=pattern, p_plain=_like_pattern(term))
        return and_(short)
    # one union of three index lookups (numbers, holders, goods) instead of an OR the planner
    # can only answer by reading every carnet
    matches = _DOCUMENT_MATCHES if usable_for(fold(term) or "") else _FOLDED_MATCHES
    return and_(text(matches).bindparams(p=pattern))


def trigram_matches(term: str) -> TextClause:
    """SQLite: the ids of the carnets whose number, holder or goods hold ``term`` (folded),
    through the trigram index."""
    return text(
        "SELECT rowid >> 20 FROM search_items WHERE search_items MATCH :q "
        "UNION SELECT id FROM carnets WHERE holder_id IN "
        "(SELECT rowid FROM search_holders WHERE search_holders MATCH :q) "
        "UNION SELECT rowid FROM search_numbers WHERE search_numbers MATCH :q"
    ).bindparams(q=_fts_phrase(fold(term) or ""))


def _search_condition(term: str, *, indexed: bool, folded_sql: bool = False) -> ColumnElement[bool]:
    if folded_sql:
        return _folded_search(term)
    pattern = _like_pattern(term)
    if indexed and len(term) >= TRIGRAM:
        return Carnet.id.in_(trigram_matches(term))
    holder_match = Carnet.holder_id.in_(
        select(Holder.id).where(Holder.name.ilike(pattern, escape="\\"))
    )
    number_match = Carnet.number.ilike(pattern, escape="\\")
    if indexed:  # shorter than a trigram: numbers and holders only (items would be a full scan)
        # a union of two index scans (the number index covers the first, the holder index the
        # second) instead of reading every carnet row for an OR
        by_number = select(Carnet.id).where(number_match)
        by_holder = select(Carnet.id).where(holder_match)
        return Carnet.id.in_(by_number.union(by_holder))
    item_match = exists().where(
        GoodsItem.carnet_id == Carnet.id,
        or_(
            GoodsItem.description.ilike(pattern, escape="\\"),
            GoodsItem.marks.ilike(pattern, escape="\\"),
        ),
    )
    return or_(number_match, holder_match, item_match)


def _open_claim_exists() -> ColumnElement[bool]:
    return Carnet.open_claims > 0  # kept by every write (services/list_columns.py), indexed


def filter_conditions(
    flt: ListFilter, *, today: date, indexed: bool, folded_sql: bool = False
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    term = flt.search.strip()
    if term:
        conditions.append(_search_condition(term, indexed=indexed, folded_sql=folded_sql))
    if flt.statuses:
        conditions.append(Carnet.status.in_(flt.statuses))
    if flt.expiring_within_days is not None:
        horizon = today + timedelta(days=flt.expiring_within_days)
        conditions.append(
            and_(
                Carnet.status.in_(IN_USE_STATUSES),
                Carnet.valid_until >= today,
                Carnet.valid_until <= horizon,
            )
        )
    if flt.country:
        code = flt.country.strip().upper()
        if len(code) != 2 or not code.isalpha():
            conditions.append(false())
        else:
            conditions.append(cast(Carnet.itinerary, String).like(f'%"{code}"%'))
    if flt.goods_abroad:
        conditions.append(Carnet.goods_abroad.is_(True))
    if flt.open_claim:
        conditions.append(_open_claim_exists())
    return conditions


def _sort_expression(key: SortKey) -> Any:
    """Each a column with its own index (the totals are kept on the carnet row by every
    write: services/list_columns.py)."""
    return {
        SortKey.NUMBER: Carnet.number,
        SortKey.STATUS: Carnet.status,
        SortKey.HOLDER: Holder.name,
        SortKey.ISSUED_ON: Carnet.issued_on,
        SortKey.VALID_UNTIL: Carnet.valid_until,
        SortKey.COUNTRIES: Carnet.first_country,
        SortKey.ITEMS: Carnet.item_count,
        SortKey.VALUE: Carnet.value_total,
        SortKey.GOODS_ABROAD: Carnet.goods_abroad,
        SortKey.OPEN_CLAIMS: Carnet.open_claims,
        SortKey.FORMAT: Carnet.format,
    }[key]


def carnet_ids(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
) -> list[int]:
    """The ids of every carnet the filter keeps, in list order (ties broken by id)."""
    indexed = has_search_index(session)
    folded_sql = bool(flt.search.strip()) and not indexed and has_folded_function(session)
    query = select(Carnet.id)
    if sort is SortKey.HOLDER:
        query = query.join(Holder, Holder.id == Carnet.holder_id)
    conditions = filter_conditions(flt, today=today, indexed=indexed, folded_sql=folded_sql)
    if conditions:
        query = query.where(*conditions)
    expression = _sort_expression(sort)
    if descending:
        query = query.order_by(expression.desc(), Carnet.id.desc())
    else:
        query = query.order_by(expression.asc(), Carnet.id.asc())
    return _ids_of(session, query)


def _ids_of(session: Session, query: Any) -> list[int]:
    """The ids a query returns, fetched by the driver's own cursor (three times faster than
    through result rows: 100,000 ids in a few tens of milliseconds)."""
    connection = session.connection()
    if connection.dialect.name in ("sqlite", "postgresql"):
        try:
            statement = str(
                query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
            )
        except Exception:  # a value without a literal form: the ordinary way
            statement = ""
        if statement:
            cursor = connection.connection.driver_connection.execute(statement)  # type: ignore[union-attr]
            try:
                return [int(row[0]) for row in cursor.fetchall()]
            finally:
                cursor.close()
    return [int(value) for value in session.execute(query).scalars()]


def carnet_rows(session: Session, ids: list[int]) -> list[CarnetListRow]:
    """The rows for ``ids``, in the same order; ids that no longer exist are left out."""
    if not ids:
        return []
    query = (
        select(
            Carnet.id,
            Carnet.number,
            Carnet.status,
            Carnet.kind,
            Holder.name,
            Carnet.issued_on,
            Carnet.valid_until,
            Carnet.itinerary,
            Carnet.item_count,
            Carnet.value_total,
            Carnet.currency,
            Carnet.goods_abroad,
            Carnet.open_claims,
            Carnet.format,
        )
        .join(Holder, Holder.id == Carnet.holder_id)
        .where(Carnet.id.in_(ids))
    )
    by_id: dict[int, CarnetListRow] = {}
    for row in session.execute(query):
        itinerary = row[7] or []
        countries = tuple(
            str(stop.get("country", "")) for stop in itinerary if isinstance(stop, dict)
        )
        value = row[9]
        by_id[int(row[0])] = CarnetListRow(
            id=int(row[0]),
            number=row[1],
            status=str(row[2]),
            kind=str(row[3]),
            holder=str(row[4]),
            issued_on=row[5],
            valid_until=row[6],
            countries=countries,
            items=int(row[8] or 0),
            total_value=value if isinstance(value, Decimal) else _money(value),
            currency=str(row[10]),
            goods_abroad=bool(row[11]),
            open_claims=int(row[12] or 0),
            format=str(row[13]),
        )
    return [by_id[i] for i in ids if i in by_id]


def _money(value: object) -> Decimal:
    """A sum the driver returned unprocessed: integer cents (the ScaledDecimal storage)."""
    if value is None:
        return Decimal("0.00")
    return (Decimal(int(str(value))) / 100).quantize(Decimal("0.01"))


def carnet_count(session: Session) -> int:
    return int(session.execute(select(func.count(Carnet.id))).scalar_one())


def carnet_id_batches(session: Session, size: int) -> Iterator[list[int]]:
    """Every carnet id in order, ``size`` at a time (keyset walk: each batch is one indexed
    read, whatever the number of carnets), for rebuilding a derived table."""
    last = 0
    while True:
        batch = list(
            session.scalars(
                select(Carnet.id).where(Carnet.id > last).order_by(Carnet.id).limit(size)
            )
        )
        if not batch:
            return
        yield batch
        last = batch[-1]


def matching(session: Session, term: str) -> ColumnElement[bool]:
    """The carnets a search term finds, as the desk's list finds them (number, holder or
    goods; accents and case ignored; "%" and "_" are characters): for a caller that lists in
    its own order, such as ``carnet list``."""
    indexed = has_search_index(session)
    folded_sql = not indexed and has_folded_function(session)
    return _search_condition(term.strip(), indexed=indexed, folded_sql=folded_sql)
