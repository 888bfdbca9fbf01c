"""The trigram search index: migration 0002 on a create_all database, triggers in step,
downgrade, and the LIKE fallback when the index is missing."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from carnet_app.db import queries
from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import alembic_config, connect, current_revision, head_revision
from carnet_app.db.models import Base
from carnet_app.db.queries import ListFilter
from carnet_app.db.uow import Database
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.reference import seed_reference_data
from tests.gui.conftest import TODAY


def _ids(database: object, search: str) -> set[int]:
    with database.read() as session:  # type: ignore[attr-defined]
        return set(queries.carnet_ids(session, ListFilter(search=search), today=TODAY))


def _like_ids(database: object, fragment: str) -> set[int]:
    with database.read() as session:  # type: ignore[attr-defined]
        rows = session.execute(
            text(
                "SELECT DISTINCT c.id FROM carnets c JOIN holders h ON h.id = c.holder_id "
                "LEFT JOIN goods_items g ON g.carnet_id = c.id "
                "WHERE c.number LIKE :p OR h.name LIKE :p OR g.description LIKE :p "
                "OR g.marks LIKE :p"
            ),
            {"p": f"%{fragment}%"},
        )
        return {int(r[0]) for r in rows}


def test_migration_0002_upgrades_a_create_all_database(tmp_path: Path) -> None:
    assert head_revision() == "0002_search_index"
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    Base.metadata.create_all(engine)  # a 0001 database made by create_all
    database = Database(engine)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.stamp(config, "0001_initial")
    with database.write() as session:
        seed_reference_data(session)
    with database.write() as session:
        fill_demo_data(session, carnets=30, seed=5, today=TODAY, user="t")
    with database.read() as session:
        assert not queries.has_search_index(session)
    like_before = _ids(database, "camera")  # the LIKE fallback
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(database.engine) == "0002_search_index"
    with database.read() as session:
        assert queries.has_search_index(session)
    assert _ids(database, "camera") == like_before == _like_ids(database, "camera")

    # triggers keep the index in step with inserts, updates and deletes
    with database.write() as session:
        fill_demo_data(session, carnets=5, seed=9, today=TODAY, user="t")
        session.execute(text("UPDATE goods_items SET marks = 'Zebra unicorn' WHERE id = 3"))
        session.execute(text("UPDATE holders SET name = 'Quokka Films' WHERE id = 2"))
        session.execute(text("DELETE FROM carnets WHERE id = 7"))
    assert _ids(database, "unicorn") == _like_ids(database, "unicorn") != set()
    assert _ids(database, "quokka") == _like_ids(database, "Quokka") != set()
    assert 7 not in _ids(database, "camera")
    assert _ids(database, "camera") == _like_ids(database, "camera")
    with database.write() as session:
        for table in queries.SEARCH_TABLES:
            session.execute(
                text(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            )

    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    with database.read() as session:
        assert not queries.has_search_index(session)
    assert _ids(database, "camera") == _like_ids(database, "camera")
    database.dispose()


def test_the_desk_builds_a_missing_index(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "backups")
    with database.write() as session:
        seed_reference_data(session)
        fill_demo_data(session, carnets=20, seed=2, today=TODAY, user="t")
    config = alembic_config()
    with database.engine.begin() as connection:  # a database whose index went missing
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    with database.write() as session:
        assert queries.ensure_search_index(session)
    with database.write() as session:
        assert not queries.ensure_search_index(session)  # once
    assert _ids(database, "lens") == _like_ids(database, "lens") != set()
    database.dispose()
