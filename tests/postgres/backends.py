"""The same tests on SQLite and, when a server is given, on PostgreSQL.

Set ``CARNET_TEST_PG_URL`` to a SQLAlchemy URL of a database on a PostgreSQL server whose user
may create databases (``.ci/run`` starts a throwaway one with ``tests/postgres/server.sh``).
Then the fixtures that take ``backend_params()`` run each test twice, ``[sqlite]`` and
``[postgresql]``. Each PostgreSQL test gets a database of its own, cloned in a few
milliseconds from a template that already holds the schema and the reference data, and
dropped afterwards.

The command-line tests know their database as a file path (``db_file``). On PostgreSQL that
file is a *pointer*: a tiny SQLite file naming the PostgreSQL database. Copying the file (as
the tests do with SQLite's backup API) copies the pointer, and the first use of the copy
clones the database it points to; a real SQLite file met on PostgreSQL (a template built by a
fixture that only knows SQLite) is carried over with ``carnet import-all``'s own code.
"""

from __future__ import annotations

import atexit
import hashlib
import itertools
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

PG_URL_ENV_VAR = "CARNET_TEST_PG_URL"
POINTER_TABLE = "carnet_test_postgresql_pointer"


def pg_admin_url() -> str | None:
    return os.environ.get(PG_URL_ENV_VAR) or None


def backend_params() -> list[str]:
    return ["sqlite", "postgresql"] if pg_admin_url() else ["sqlite"]


class PgDatabases:
    """Creates, clones and drops the test databases on one server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self._admin: Engine = create_engine(
            self.admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )
        self._names = (f"carnet_t{os.getpid()}_{n}" for n in itertools.count(1))
        self._created: set[str] = set()
        self._templates: set[str] = set()  # kept while the run lasts: others are cloned from them
        self._schema_template: str | None = None
        self._imported: dict[str, str] = {}  # sqlite file digest -> database holding its rows

    def url_of(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def name_of(self, url: str) -> str:
        name = make_url(url).database
        assert name, url
        return name

    def create(self, *, template: str | None = None) -> str:
        name = next(self._names)
        clause = f' TEMPLATE "{template}"' if template else ""
        if template:
            self._templates.add(template)
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{clause}')
        self._created.add(name)
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = self.name_of(url)
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._created.discard(name)

    def created(self) -> set[str]:
        return set(self._created)

    def drop_new(self, before: set[str]) -> None:
        """Drop the databases made since ``before`` was taken, but not the templates."""
        for name in sorted(self._created - before - self._templates):
            self.drop(self.url_of(name))

    def drop_all(self) -> None:
        for name in sorted(self._created):
            try:
                self.drop(self.url_of(name))
            except Exception:  # the server may be gone already at exit
                pass
        self._admin.dispose()

    def with_schema(self) -> str:
        """A new database at the current schema with the reference data seeded."""
        if self._schema_template is None:
            from carnet_app.paths import AppPaths
            from carnet_app.services.database import open_database

            url = self.create()
            scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"carnet-pg-{os.getpid()}"
            database = open_database(url, AppPaths.from_base_dir(scratch))
            database.dispose()
            self._schema_template = self.name_of(url)
        return self.create(template=self._schema_template)

    def clone(self, url: str) -> str:
        return self.create(template=self.name_of(url))

    def from_sqlite_file(self, path: Path) -> str:
        """A database holding the same rows as a Carnet Desk SQLite file."""
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in self._imported:
            self._imported[digest] = self.name_of(copy_between(f"sqlite:///{path}", self))
        return self.create(template=self._imported[digest])

    def dump(self, url: str) -> list[str]:
        return dump_url(url)


def copy_between(source_url: str, servers: PgDatabases) -> str:
    """Export every table of ``source_url`` and import it into a new PostgreSQL database."""
    import tempfile

    from carnet_app.db.engine import make_engine
    from carnet_app.db.uow import Database
    from carnet_app.paths import AppPaths
    from carnet_app.services import portability
    from carnet_app.services.database import open_database

    source = Database(make_engine(source_url))
    target_url = servers.with_schema()
    with tempfile.TemporaryDirectory() as folder:
        exported = Path(folder) / "export.json"
        try:
            portability.export_database(source, exported)
        finally:
            source.dispose()
        target = open_database(target_url, AppPaths.from_base_dir(Path(folder)))
        try:
            _import_without_audit(target, exported)
        finally:
            target.dispose()
    return target_url


def _import_without_audit(database: Any, exported: Path) -> None:
    """The export's rows only: the test copy must equal the file, not log its own arrival."""
    from carnet_app.services import portability

    tables = portability.checked_rows(portability.read_export(exported), exported.name)
    with database.write() as session:
        portability.replace_all_rows(session, tables)


def dump_url(url: str) -> list[str]:
    """Every row of every table, sorted, to prove that a refusal wrote nothing."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = connection.execute(
                text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' ORDER BY table_name"
                )
            ).scalars()
            lines: list[str] = []
            for table in list(tables):
                rows = connection.exec_driver_sql(f'SELECT * FROM "{table}"').all()
                lines.extend(sorted(f"{table}: {tuple(row)!r}" for row in rows))
            return lines
    finally:
        engine.dispose()


_servers: PgDatabases | None = None


def pg() -> PgDatabases:
    global _servers
    if _servers is None:
        admin = pg_admin_url()
        assert admin, f"{PG_URL_ENV_VAR} is not set"
        _servers = PgDatabases(admin)
        atexit.register(_servers.drop_all)
    return _servers


# --- pointer files for the command-line tests ---------------------------------------------


def read_pointer(path: Path) -> tuple[str, str] | None:
    """(url, owner path) if ``path`` is a pointer file, None if it is anything else."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(f"SELECT url, owner FROM {POINTER_TABLE}").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return (str(row[0]), str(row[1])) if row else None


def write_pointer(path: Path, url: str) -> None:
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(f"CREATE TABLE {POINTER_TABLE} (url TEXT, owner TEXT)")
            connection.execute(f"INSERT INTO {POINTER_TABLE} VALUES (?, ?)", (url, str(path)))
    finally:
        connection.close()


def postgresql_for(path: Path) -> str:
    """The PostgreSQL database the test file ``path`` stands for (made on first use)."""
    pointer = read_pointer(path)
    if pointer is not None:
        url, owner = pointer
        if owner == str(path):
            return url
        url = pg().clone(url)  # the file was copied: so is the database
    elif path.exists() and path.stat().st_size > 0:
        url = pg().from_sqlite_file(path)
    else:
        url = pg().create()  # a new, empty database: the first command creates the schema
    write_pointer(path, url)
    return url
