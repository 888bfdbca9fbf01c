"""Bulk loading: rows straight to the driver, and the search index kept out of the way
while many rows go in.

Row-by-row index triggers cost more than one rebuild at the end (1.3 million goods lines:
about 80 s of triggers against 20 s of rebuild), so a bulk load drops the triggers, inserts,
then recreates them and rebuilds the index, all inside the caller's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from carnet_app.db.search_index import (
    SEARCH_INDEX_DDL,
    SEARCH_ITEMS_FILL,
    SEARCH_ITEMS_RANGE,
    SEARCH_TABLES,
    has_search_index,
    search_rebuild,
)

_TRIGGER_NAME = re.compile(r"CREATE TRIGGER IF NOT EXISTS (\w+)")


def _trigger_names() -> list[str]:
    return [m.group(1) for ddl in SEARCH_INDEX_DDL if (m := _TRIGGER_NAME.match(ddl))]


@contextmanager
def search_index_suspended(session: Session, *, items_by_range: bool = False) -> Iterator[bool]:
    """The search index's triggers dropped while a bulk load writes, the index made whole
    again after, in the caller's transaction; yields whether the database has the index.

    ``items_by_range``: the caller indexes its goods lines itself, one carnet range at a time
    as it writes them (``index_goods_range``, which a writer thread can run while the next
    range is drawn), so the item index keeps what it holds and is only merged at the end;
    the numbers and holders are rebuilt whole."""
    if not has_search_index(session):
        yield False
        return
    for name in _trigger_names():
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    rebuilt: tuple[str, ...] = SEARCH_TABLES
    if items_by_range:
        rebuilt = tuple(table for table in SEARCH_TABLES if table != "search_items")
        _search_hash_size(session, BULK_SEARCH_HASH)  # the ranges' terms kept, written once
        session.execute(
            text("INSERT INTO search_items(search_items, rank) VALUES ('automerge', 0)")
        )
    yield True
    session.flush()
    for statement in SEARCH_INDEX_DDL:
        session.execute(text(statement))
    _search_hash_size(session, BULK_SEARCH_HASH)
    for statement in search_rebuild(rebuilt):
        session.execute(text(statement))
    _search_hash_size(session, FTS5_HASH_SIZE)


def index_goods_range(connection: Connection, first_carnet: int, last_carnet: int) -> None:
    """The item index's rows for the goods lines of carnets ``first_carnet``..``last_carnet``
    (inside ``search_index_suspended(items_by_range=True)``)."""
    connection.execute(
        text(SEARCH_ITEMS_FILL + SEARCH_ITEMS_RANGE),
        {"first": first_carnet, "last": last_carnet},
    )


# FTS5 keeps the terms of the rows it is given in memory until they reach its hash size, then
# writes them as a segment: 1 MB by default, so a bulk rebuild of 13 million goods lines wrote
# thousands of small segments, then merged them. With 256 MB it writes a few large ones (at
# 100,000 carnets: one), about a fifth less work; the default again after.
BULK_SEARCH_HASH = 256 * 1024 * 1024
FTS5_HASH_SIZE = 1024 * 1024


def _search_hash_size(session: Session, size: int) -> None:
    for table in SEARCH_TABLES:
        session.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {size})"))


ROWS_PER_CALL = 10_000


@contextmanager
def indexes_suspended(session: Session, tables: Collection[str]) -> Iterator[None]:
    """The named indexes of ``tables`` dropped while a bulk load fills them, and made again
    after, in the caller's transaction: one sort per index instead of an insert at a random
    place of each for every row (the carnets have fifteen). Indexes that back a constraint
    (SQLite's ``sqlite_autoindex_…``, PostgreSQL's primary and unique keys) stay.

    PostgreSQL also drops the foreign keys of ``tables`` and adds them again after: each row
    would otherwise run a check of its parent row (tens of millions at a million carnets),
    where adding the key checks every row in one join. The indexes are made with a larger
    ``maintenance_work_mem`` for this transaction (the trigram GIN indexes sort in memory)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and tables:
        marks = ", ".join(f":t{n}" for n in range(len(tables)))
        found = session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks}) ORDER BY name"
            ),
            {f"t{n}": table for n, table in enumerate(tables)},
        ).all()
        drops = [f'DROP INDEX "{name}"' for name, _ in found]
        makes = [statement for _, statement in found]
    elif dialect == "postgresql" and tables:
        drops, makes = _postgresql_suspended(session, list(tables))
    else:
        yield
        return
    for statement in drops:
        session.execute(text(statement))
    yield
    session.flush()
    for statement in makes:
        session.execute(text(statement))


_PG_INDEXES = text(
    "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
    "WHERE t.relname = ANY(:tables) AND t.relnamespace = "
    "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
    "ORDER BY i.relname"
)
_PG_FOREIGN_KEYS = text(
    "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
    "JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' AND t.relname = ANY(:tables) "
    "AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
    "ORDER BY t.relname, c.conname"
)
PG_BULK_WORK_MEM = "512MB"


def _postgresql_suspended(session: Session, tables: list[str]) -> tuple[list[str], list[str]]:
    """The statements that drop the plain indexes and foreign keys of ``tables``, and those
    that make them again (indexes first: a foreign key's check reads its parent's key)."""
    indexes = session.execute(_PG_INDEXES, {"tables": tables}).all()
    keys = session.execute(_PG_FOREIGN_KEYS, {"tables": tables}).all()
    drops = [f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"' for table, name, _ in keys]
    drops += [f'DROP INDEX "{name}"' for name, _ in indexes]
    makes = [f"SET LOCAL maintenance_work_mem = '{PG_BULK_WORK_MEM}'"]
    makes += [statement for _, statement in indexes]
    makes += [
        f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'
        for table, name, definition in keys
    ]
    return drops, makes


def analyze_others(session: Session, analysed: Collection[str]) -> None:
    """PostgreSQL: statistics of the schema's other tables (the holders, the audit trail a
    load wrote), the tables ``analyze_filled`` took once their indexes were made left alone
    (analysing them again cost 3 s at 100,000 carnets)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    quote = session.get_bind().dialect.identifier_preparer.quote
    names = session.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    others = sorted(quote(name) for name in names if name not in analysed)
    if others:
        session.execute(text(f"ANALYZE {', '.join(others)}"))


def lines_from_goods(
    connection: Connection,
    *,
    first_id: int,
    movements: tuple[int, int],
    carnets: tuple[int, int],
) -> None:
    """Movement lines for the movements ``movements`` (first, last id), each moving every
    goods line of its carnet, all its pieces; ids from ``first_id`` on, by movement then item.
    The movements' carnets are ``carnets`` (first, last id).

    PostgreSQL numbers the lines itself and reads the goods by the carnet range (their unique
    key): joined on the carnet alone, it read every goods line of the database for each call.
    SQLite looks each movement's goods up by its key already (the range costs it a quarter
    more) and gives the lines, inserted in that order, the ids after the highest: numbering
    them with a window function took twice as long. ``first_id`` is then that next id."""
    if connection.dialect.name == "postgresql":
        statement = (
            "INSERT INTO movement_lines (id, movement_id, item_no, quantity) "
            "SELECT :base + row_number() OVER (ORDER BY m.id, g.item_no) - 1, "
            "m.id, g.item_no, g.pieces FROM movements m "
            "JOIN goods_items g ON g.carnet_id = m.carnet_id "
            "WHERE m.id BETWEEN :first AND :last"
            " AND m.carnet_id BETWEEN :first_carnet AND :last_carnet"
            " AND g.carnet_id BETWEEN :first_carnet AND :last_carnet"
        )
    else:
        statement = (
            "INSERT INTO movement_lines (movement_id, item_no, quantity) "
            "SELECT m.id, g.item_no, g.pieces FROM movements m "
            "JOIN goods_items g ON g.carnet_id = m.carnet_id "
            "WHERE m.id BETWEEN :first AND :last ORDER BY m.id, g.item_no"
        )
    bounds = {"first": movements[0], "last": movements[1]}
    if connection.dialect.name == "postgresql":
        bounds |= {"base": first_id, "first_carnet": carnets[0], "last_carnet": carnets[1]}
    connection.execute(text(statement), bounds)


BULK_CACHE_KIB = 256 * 1024


def analyze_filled(session: Session, tables: Collection[str]) -> None:
    """PostgreSQL: statistics of the freshly filled tables before the proof reads them back.
    Without them the planner takes tables of millions of rows for empty ones: at a million
    carnets each batch's read of movement lines took 2 s instead of 0.15 s (25 minutes)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"ANALYZE {', '.join(tables)}"))


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
    restore = text(f"PRAGMA cache_size = {int(before)}")
    try:
        yield
    except BaseException:
        # a failed load's transaction (or its connection, after an interruption) may take no
        # more statements: the load's own error is what the caller gets, not this one's
        with suppress(SQLAlchemyError):
            session.execute(restore)
        raise
    session.execute(restore)


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
    if connection.dialect.name == "postgresql":
        _copy_rows(connection, table, names, rows, stored)
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
    converted = _bind_converters(connection, table, names, stored)
    for start in range(0, len(rows), ROWS_PER_CALL):
        chunk = rows[start : start + ROWS_PER_CALL]
        if converted:
            chunk = [_converted(row, converted) for row in chunk]
        connection.exec_driver_sql(statement, chunk)


def stored_rows(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    stored: Collection[str] = (),
) -> list[tuple[Any, ...]]:
    """``rows`` as ``insert_rows`` hands them to the driver (each column's bind processing
    applied, except to the columns named in ``stored``): on SQLite, what the table then holds
    and gives back. Insert them with every column named in ``stored``."""
    converted = _bind_converters(connection, table, names, stored)
    if not converted:
        return rows
    return [_converted(row, converted) for row in rows]


def _bind_converters(
    connection: Connection, table: Table, names: Sequence[str], stored: Collection[str]
) -> list[tuple[int, Callable[[Any], Any]]]:
    return [
        (index, _remembering(process))
        for index, name in enumerate(names)
        if name not in stored
        and (process := table.c[name].type._cached_bind_processor(connection.dialect)) is not None
    ]


def _copy_rows(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    stored: Collection[str],
) -> None:
    """PostgreSQL: the rows through ``COPY … FROM STDIN`` (psycopg formats each row in C; the
    server parses a stream instead of planning and running one INSERT per row), the same
    values ``executemany`` would send. A refusal comes out as SQLAlchemy's error, which the
    unit of work translates (a full disk, a server gone: one line, not a traceback)."""
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
    converted = _bind_converters(connection, table, names, stored)
    driver: Any = connection.connection.driver_connection
    driver_error = connection.dialect.loaded_dbapi.Error
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write(_converted(row, converted) if converted else row)
    except driver_error as exc:  # the driver's own error, as SQLAlchemy's statements raise it
        raise DBAPIError.instance(
            statement, None, exc, driver_error, dialect=connection.dialect
        ) from exc


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
