"""Engines configured once: SQLite PRAGMAs on every connection; PostgreSQL with a lock timeout.

Both backends give writers the same rule: one write transaction at a time, the lock taken
first. On SQLite that is ``BEGIN IMMEDIATE``; on PostgreSQL a transaction-level advisory lock
taken by the unit of work's first statement (``writer_lock_statement``).
A desk that cannot get the lock within the busy timeout is told another desk is writing
(``uow._environment_problem``) instead of waiting forever; no update is ever lost, because the
second writer reads what the first one committed.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from carnet_app.db.text_fold import SQL_FUNCTION, fold

SQLITE_BUSY_TIMEOUT_MS = 15_000
BUSY_TIMEOUT_ENV_VAR = "CARNET_BUSY_TIMEOUT_MS"
WRITE_OPTION = "carnet_write"
# The key of the PostgreSQL advisory lock every writer holds for its transaction.
WRITER_LOCK_KEY = 4242000


def busy_timeout_ms(explicit: int | None = None) -> int:
    """How long a desk waits for another desk's write to finish before giving up."""
    if explicit is not None:
        return explicit
    configured = os.environ.get(BUSY_TIMEOUT_ENV_VAR, "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return SQLITE_BUSY_TIMEOUT_MS


def make_engine(
    url: str, *, echo: bool = False, busy_timeout: int | None = None, read_only: bool = False
) -> Engine:
    """``read_only``: a SQLite file this desk may not write (read-only mount or folder), opened
    as immutable: every read works, every write is refused by SQLite."""
    timeout_ms = busy_timeout_ms(busy_timeout)
    if url.startswith("sqlite"):
        connect_args: dict[str, Any] = {"timeout": timeout_ms / 1000, "check_same_thread": False}
        if read_only and ":///" in url:
            path = url.split(":///", 1)[1].split("?", 1)[0]
            url = f"sqlite:///file:{quote(path)}?mode=ro&immutable=1&uri=true"
        engine = create_engine(
            url,
            echo=echo,
            poolclass=NullPool if ":memory:" not in url else None,
            connect_args=connect_args,
        )
        _configure_sqlite(engine, timeout_ms, read_only=read_only)
        return engine
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        _configure_postgresql(engine, timeout_ms)
    return engine


def _configure_sqlite(engine: Engine, timeout_ms: int, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # We issue BEGIN ourselves (below) so writes can take the lock up front.
        dbapi_connection.isolation_level = None
        # the search index's triggers store text folded by this (no case, no accents)
        dbapi_connection.create_function(SQL_FUNCTION, 1, fold, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(timeout_ms)}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a crashed or killed program loses nothing it committed; only
            # a power cut may lose the last transactions (never corrupting the file).
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN (IMMEDIATE): two desks never deadlock on a
        # read-then-write upgrade, the second one waits for the busy timeout instead.
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _configure_postgresql(engine: Engine, timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Every lock wait (the writers' lock, a row lock) gives up after the busy timeout.
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"SET lock_timeout = {int(timeout_ms)}")
        finally:
            cursor.close()
        dbapi_connection.commit()


def writer_lock_statement(engine: Engine) -> str | None:
    """What a write transaction runs first on this backend, if anything (``uow.write``).

    PostgreSQL: the same rule as SQLite's BEGIN IMMEDIATE. Writers take one lock first, so
    each one reads what the previous one committed (numbering, voucher counts, the audit
    chain). It is run inside the session, not in a ``begin`` event, so that a lock timeout
    rolls back and returns the connection like any other error.
    """
    if is_postgresql(engine):
        return f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})"
    return None


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
