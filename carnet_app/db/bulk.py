"""Bulk loading: rows straight to the driver, and the search index kept out of the way
while many rows go in.

Row-by-row index triggers cost more than one rebuild at the end (1.3 million goods lines:
about 80 s of triggers against 20 s of rebuild), so a bulk load drops the triggers, inserts,
then recreates them and rebuilds the index, all inside the caller's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session

from carnet_app.db.queries import SEARCH_INDEX_DDL, SEARCH_INDEX_REBUILD, has_search_index

_TRIGGER_NAME = re.compile(r"CREATE TRIGGER IF NOT EXISTS (\w+)")


def _trigger_names() -> list[str]:
    return [m.group(1) for ddl in SEARCH_INDEX_DDL if (m := _TRIGGER_NAME.match(ddl))]


@contextmanager
def search_index_suspended(session: Session) -> Iterator[None]:
    if not has_search_index(session):
        yield
        return
    for name in _trigger_names():
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    yield
    session.flush()
    for statement in SEARCH_INDEX_DDL + SEARCH_INDEX_REBUILD:
        session.execute(text(statement))


ROWS_PER_CALL = 10_000


@contextmanager
def indexes_suspended(session: Session, tables: Collection[str]) -> Iterator[None]:
    """SQLite: the named indexes of ``tables`` dropped while a bulk load fills them, and made
    again after, in the caller's transaction: one sort per index instead of an insert at a
    random place of each for every row (the carnets have fifteen). Indexes that back a
    constraint (``sqlite_autoindex_…``) stay."""
    if session.get_bind().dialect.name != "sqlite" or not tables:
        yield
        return
    marks = ", ".join(f":t{n}" for n in range(len(tables)))
    found = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name"
        ),
        {f"t{n}": table for n, table in enumerate(tables)},
    ).all()
    for name, _ in found:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield
    session.flush()
    for _, statement in found:
        session.execute(text(statement))


BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a page cache of 256 MB while a bulk load runs (the default 2 MB spills the
    indexes' pages at every few thousand rows and reads them back), the connection's own size
    again after."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def insert_rows(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    stored: Collection[str] = (),
) -> None:
    """Many rows at once, straight to the driver's executemany: ``rows`` are tuples in the
    order of ``names``; each column's bind processing (dates, JSON, timestamps) is applied to
    its values, except the columns named in ``stored``, whose values are already what the
    database keeps (money and weights as integer units). None of SQLAlchemy's per-row
    statement work: five times faster on 20 million goods lines."""
    if not rows:
        return
    style = connection.dialect.paramstyle
    if style not in ("qmark", "format", "pyformat"):
        raise ValueError(f"bulk insert: unsupported parameter style {style}")
    quote = connection.dialect.identifier_preparer.quote
    mark = "?" if style == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join(mark for _ in names)})"
    )
    converted = [
        (index, _remembering(process))
        for index, name in enumerate(names)
        if name not in stored
        and (process := table.c[name].type._cached_bind_processor(connection.dialect)) is not None
    ]
    for start in range(0, len(rows), ROWS_PER_CALL):
        chunk = rows[start : start + ROWS_PER_CALL]
        if converted:
            chunk = [_converted(row, converted) for row in chunk]
        connection.exec_driver_sql(statement, chunk)


def _remembering(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process``, each distinct value converted once (dates, timestamps and flags repeat
    over hundreds of thousands of rows; an unhashable value, JSON, is converted each time)."""
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if value.__class__ in _UNHASHABLE:
            return process(value)
        found = seen.get(value, _MISSING)
        if found is _MISSING:
            if len(seen) > 100_000:
                seen.clear()
            found = seen[value] = process(value)
        return found

    return convert


_UNHASHABLE = (list, dict, set)
_MISSING = object()


def _converted(row: tuple[Any, ...], converters: list[tuple[int, Any]]) -> tuple[Any, ...]:
    values = list(row)
    for index, process in converters:
        values[index] = process(values[index])
    return tuple(values)
