"""Schema management and SQLite configuration against real files."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import SCHEMA_REVISION, connect, ensure_schema, head_revision
from carnet_app.errors import EnvironmentProblem


def test_the_fast_path_revision_is_alembics_head() -> None:
    assert SCHEMA_REVISION == head_revision()


def test_a_new_file_is_created_and_stamped(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "backups")
    try:
        with database.engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == SCHEMA_REVISION
            )
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        database.dispose()


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    connect(f"sqlite:///{path}", tmp_path / "b").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(EnvironmentProblem, match="newer Carnet Desk"):
        connect(f"sqlite:///{path}", tmp_path / "b")


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from carnet_app.db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
    if SCHEMA_REVISION == "0001_initial":
        # nothing newer shipped yet: pretend the file is one step behind by removing the stamp
        with engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM alembic_version")
        with pytest.raises(EnvironmentProblem):
            ensure_schema(engine, tmp_path / "backups")
        engine.dispose()
        return
    assert ensure_schema(engine, tmp_path / "backups") == "upgraded"
    engine.dispose()
    assert list((tmp_path / "backups").glob("old-before-upgrade-0001_initial-*.sqlite3"))


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'fk.sqlite3'}", tmp_path / "b")
    try:
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO goods_items (carnet_id, item_no, description, marks, pieces, "
                "weight_unit, value, origin) VALUES (999, 1, 'x', '', 1, 'kg', 100, 'FR')"
            )
    finally:
        database.dispose()


def test_money_is_stored_exactly(tmp_path: Path) -> None:
    from carnet_app.db.base import Money

    value = Decimal("12345678901.23")
    stored = Money.process_bind_param(value, None)  # type: ignore[arg-type]
    assert stored == 1234567890123
    assert Money.process_result_value(stored, None) == value  # type: ignore[arg-type]


def test_unwritable_folder_is_an_environment_problem(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem, match="data folder"):
        connect(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}", tmp_path / "b")


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    """A new database built by the migrations has every table and column of the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from carnet_app.db import models  # noqa: F401  (registers every table)
    from carnet_app.db.base import Base
    from carnet_app.db.migrations.env_support import not_search_index

    database = connect(f"sqlite:///{tmp_path / 'schema.sqlite3'}", tmp_path / "b")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": not_search_index, "compare_type": False}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.dispose()
    assert differences == []
