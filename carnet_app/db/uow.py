"""Units of work: one session, one transaction, commit or roll back as a whole.

Database errors come out as the application's error kinds: a lock that could not be had or a
server that went away is an ``EnvironmentProblem`` (try again / check the server); a record
someone else changed meanwhile is a ``ConcurrentEditError``; a value the database cannot hold
is a ``UserError``. In every case the transaction was rolled back: nothing was written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, DataError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from carnet_app.db.engine import WRITE_OPTION, is_postgresql, is_sqlite, writer_lock_statement
from carnet_app.domain.messages import say
from carnet_app.errors import ConcurrentEditError, EnvironmentProblem, UserError

# PostgreSQL error codes (SQLSTATE) that mean "another desk got there first".
_PG_CONFLICTS = {"40001", "40P01"}  # serialization failure, deadlock
_PG_LOCK_TIMEOUT = "55P03"
_PG_DISK_FULL = "53100"
# Set in a write session's info by the audit trail when it commits: (events, head hash).
AUDIT_HEAD_KEY = "carnet_audit_head"
log = logging.getLogger(__name__)


class Database:
    """An engine plus its session factories; what services are given."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        write_engine = engine.execution_options(**{WRITE_OPTION: True})
        read_engine = engine
        if is_postgresql(engine):
            # A read sees one snapshot from its first query to its last (a `show` or an export
            # never mixes two states); read-only, so it never conflicts with a writer.
            read_engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self._read_sessions = sessionmaker(bind=read_engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=write_engine, expire_on_commit=False)
        self._writer_lock = writer_lock_statement(engine)
        # Called after each committed write that moved the audit chain, with (events, head):
        # the desk signs the new head and keeps it outside the database (services.database).
        self.after_write: Callable[[tuple[int, str]], None] | None = None
        self.schema_change = "current"  # or "created", "upgraded" (db.migrate.connect)
        self.read_only = False

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def url_for_display(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        session = self._write_sessions()
        try:
            with session.begin():
                if self._writer_lock:
                    session.execute(text(self._writer_lock))
                yield session
        except (DBAPIError, StaleDataError) as exc:
            translated = translate_database_error(self, exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            head = session.info.pop(AUDIT_HEAD_KEY, None)
            session.close()
        if head is not None and self.after_write is not None:
            try:
                self.after_write(head)
            except Exception:  # the write is committed: a head not kept is only logged
                log.warning("could not keep the signed audit head", exc_info=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            with session.begin():
                yield session
        except (DBAPIError, StaleDataError) as exc:
            translated = translate_database_error(self, exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def translate_database_error(db: Database, exc: DBAPIError | StaleDataError) -> Exception:
    """The application's error for a database error, or the error itself (a bug)."""
    if isinstance(exc, StaleDataError):
        return ConcurrentEditError(say("database.record-changed"), field="version")
    code = _sqlstate(exc)
    if code in _PG_CONFLICTS:
        return ConcurrentEditError(say("database.data-changed"), field="version")
    if isinstance(exc, DataError):
        return UserError(say("database.refused", reason=_first_line(exc)), field="value")
    if isinstance(exc, OperationalError) or (type(exc) is DatabaseError and is_sqlite(db.engine)):
        # SQLite reports a damaged file ("database disk image is malformed", "file is not a
        # database") as a plain DatabaseError
        return _environment_problem(db, exc)
    return exc


def _sqlstate(exc: DBAPIError) -> str | None:
    original: Any = exc.orig
    code = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    return str(code) if code else None


def _first_line(exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _environment_problem(db: Database, exc: DBAPIError) -> EnvironmentProblem:
    text = _first_line(exc)
    where = db.engine.url.database or db.engine.url.render_as_string()
    if is_sqlite(db.engine):
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            hint = say("database.hint.locked")
        elif "readonly" in lowered or "read-only" in lowered:
            hint = say("database.hint.read-only")
        elif "disk" in lowered and "full" in lowered:
            hint = say("database.hint.disk-full")
        elif "malformed" in lowered or "not a database" in lowered:
            hint = say("database.hint.damaged")
        else:
            hint = say("database.hint.check-file")
        return EnvironmentProblem(
            say("database.problem", path=where, reason=text, hint=hint), path=where
        )
    if _sqlstate(exc) == _PG_LOCK_TIMEOUT:
        hint = say("database.hint.server-busy")
    elif _sqlstate(exc) == _PG_DISK_FULL:
        hint = say("database.hint.server-disk-full")
    else:
        hint = say("database.hint.server-down")
    return EnvironmentProblem(
        say("database.server-problem", path=where, reason=text, hint=hint), path=where
    )
