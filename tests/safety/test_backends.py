"""The same schema and the same behaviour on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from carnet_app.db.base import Base
from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import SCHEMA_REVISION, alembic_config, connect, ensure_schema
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, views
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.postgres.backends import pg
from tests.safety.conftest import set_up_chamber
from tests.safety.desk_worker import ISSUED_ON, TODAY, application, parse_application
from tests.show_json import show_json


def empty_url(backend: str, tmp_path: Path) -> str:
    if backend == "postgresql":
        return pg().create()
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


def test_a_new_database_runs_every_migration_and_matches_the_models(
    backend: str, tmp_path: Path
) -> None:
    url = empty_url(backend, tmp_path)
    engine = make_engine(url)
    try:
        assert ensure_schema(engine, tmp_path / "backups") == "created"
        assert ensure_schema(engine, tmp_path / "backups") == "current"
        with engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == SCHEMA_REVISION
            )
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        # the search index (SQLite FTS5 tables, PostgreSQL trigram indexes over carnet_fold())
        # lives only in the migrations, on purpose
        differences = [
            d
            for d in differences
            if not (
                d[0] in ("remove_table", "remove_index")
                and d[1].name.startswith(("carnet_search", "search_", "ix_search_"))
            )
        ]
        assert differences == []
    finally:
        engine.dispose()
        if backend == "postgresql":
            pg().drop(url)


def test_an_older_database_is_upgraded_and_a_newer_one_refused(
    backend: str, tmp_path: Path
) -> None:
    from alembic import command

    url = empty_url(backend, tmp_path)
    engine = make_engine(url)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001_initial")
        expected = "upgraded" if SCHEMA_REVISION != "0001_initial" else "current"
        assert ensure_schema(engine, tmp_path / "backups") == expected
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(EnvironmentProblem, match="newer Carnet Desk"):
            connect(url, tmp_path / "backups")
    finally:
        engine.dispose()
        if backend == "postgresql":
            pg().drop(url)


def test_after_demo_data_new_carnets_get_fresh_ids(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=12, seed=5, today=TODAY, user="demo")
    with database.write() as session:
        draft = carnets.apply(
            session, parse_application(application("after demo")), user="clerk", today=TODAY
        )
        draft_id = draft.id
    with database.write() as session:
        number = carnets.issue(session, draft_id, on=ISSUED_ON, user="clerk", today=TODAY).number
    with database.read() as session:
        assert show_json(session, number or "")["id"] == draft_id


def test_a_value_the_database_cannot_hold_is_a_refusal_not_a_crash(database: Database) -> None:
    """The services check lengths; this is the last line of defence (PostgreSQL enforces
    column lengths, SQLite does not), and nothing is written."""
    from carnet_app.db.models import Holder

    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite stores any length")
    with pytest.raises(UserError, match="refused by the database"), database.write() as session:
        session.add(Holder(name="x" * 400, address="", country="FR"))
        session.flush()
    with database.read() as session:
        assert session.query(Holder).count() == 0


def test_a_desk_opening_a_server_that_is_not_there_is_told_so(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/carnets?connect_timeout=2"
    with pytest.raises(EnvironmentProblem, match="carnets"):
        open_database(url, AppPaths.from_base_dir(tmp_path))


def test_every_backend_opens_through_the_same_url_option(db_url: str, paths: AppPaths) -> None:
    database = open_database(db_url, paths)
    try:
        set_up_chamber(database)
        with database.read() as session:
            assert views.list_carnets(session) == []
    finally:
        database.dispose()
