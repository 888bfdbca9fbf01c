"""Units of work: one session, one transaction, commit or roll back as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from carnet_app.db.engine import WRITE_OPTION, is_sqlite
from carnet_app.errors import EnvironmentProblem


class Database:
    """An engine plus its session factories; what services are given."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=write_engine, expire_on_commit=False)

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
                yield session
        except OperationalError as exc:
            raise _environment_problem(self, exc) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise _environment_problem(self, exc) from exc
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _environment_problem(db: Database, exc: OperationalError) -> EnvironmentProblem:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    where = db.engine.url.database or db.engine.url.render_as_string()
    if is_sqlite(db.engine):
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            hint = "another desk is writing to it; try again in a moment"
        elif "readonly" in lowered or "read-only" in lowered:
            hint = "the file is read-only; check its permissions"
        elif "disk" in lowered and "full" in lowered:
            hint = "the disk is full; free some space"
        elif "malformed" in lowered or "not a database" in lowered:
            hint = "the file is damaged; restore it from a backup"
        else:
            hint = "check the file and its folder"
        return EnvironmentProblem(f"database {where}: {text} ({hint})", path=where)
    return EnvironmentProblem(f"database server {where}: {text}", path=where)
