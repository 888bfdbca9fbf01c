"""The trigram search index: migration 0002 on a create_all database, triggers in step,
downgrade, and the LIKE fallback when the index is missing."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from carnet_app.db import queries, search_index
from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import SCHEMA_REVISION, alembic_config, connect, current_revision
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


def _fill_0001_demo(session: Session, *, seed: int = 5, carnets: int = 30) -> None:
    """Holders, carnets and goods written with the columns release 0001 had (the models are
    newer), enough for the search: every third item is a camera."""
    start = int(session.execute(text("SELECT coalesce(max(id), 0) FROM carnets")).scalar()) + 1
    for offset in range(carnets):
        n = start + offset
        session.execute(
            text("INSERT INTO holders (id, name, address, country) VALUES (:n, :name, '', 'FR')"),
            {"n": n, "name": f"Holder {seed}-{n} Films"},
        )
        session.execute(
            text(
                "INSERT INTO carnets (id, number, status, kind, format, holder_id, "
                "representatives, uses, use_description, itinerary, trips, member, currency, "
                "goods_abroad, created_at, updated_at, version) VALUES (:n, :number, 'issued', "
                "'original', 'paper', :n, '[]', '[\"PE\"]', '', '[]', 1, 1, 'EUR', 0, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            ),
            {"n": n, "number": f"FR/T/{n:06d}"},
        )
        for item_no in range(1, 4):
            what = "Cinema camera" if (n + item_no) % 3 == 0 else "Tripod legs"
            session.execute(
                text(
                    "INSERT INTO goods_items (carnet_id, item_no, description, marks, pieces, "
                    "weight_unit, value, origin) VALUES (:n, :i, :d, :m, 1, 'kg', 10000, 'DE')"
                ),
                {"n": n, "i": item_no, "d": f"{what} {seed}", "m": f"S/N {n}{item_no}"},
            )


def test_migration_0002_upgrades_a_0001_database(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    database = Database(engine)
    config = alembic_config()
    with database.engine.begin() as connection:  # a database as release 0001 left it
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
    # rows written with release 0001's columns only (the models and reference seeding are newer)
    with database.write() as session:
        _fill_0001_demo(session)
    with database.read() as session:
        assert not search_index.has_search_index(session)
    like_before = _ids(database, "camera")  # the LIKE fallback
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")  # 0002 built the index, 0008 rebuilt it folded
    assert current_revision(database.engine) == SCHEMA_REVISION
    with database.read() as session:
        assert search_index.has_search_index(session)
    assert _ids(database, "camera") == like_before == _like_ids(database, "camera")

    # triggers keep the index in step with inserts, updates and deletes
    with database.write() as session:
        _fill_0001_demo(session, seed=9, carnets=5)
        session.execute(text("UPDATE goods_items SET marks = 'Zebra unicorn' WHERE id = 3"))
        session.execute(text("UPDATE holders SET name = 'Quokka Films' WHERE id = 2"))
        session.execute(text("DELETE FROM carnets WHERE id = 7"))
    assert _ids(database, "unicorn") == _like_ids(database, "unicorn") != set()
    assert _ids(database, "quokka") == _like_ids(database, "Quokka") != set()
    assert 7 not in _ids(database, "camera")
    assert _ids(database, "camera") == _like_ids(database, "camera")
    with database.write() as session:
        for table in search_index.SEARCH_TABLES:
            session.execute(
                text(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            )

    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    with database.read() as session:
        assert not search_index.has_search_index(session)
    assert _ids(database, "camera") == _like_ids(database, "camera")
    database.dispose()


def test_the_desk_builds_a_missing_index(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "backups")
    with database.write() as session:
        seed_reference_data(session)
        fill_demo_data(session, carnets=20, seed=2, today=TODAY, user="t")
    with database.engine.begin() as connection:  # a database whose index went missing
        triggers = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
            )
        ]
        for trigger in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        for table in search_index.SEARCH_TABLES:
            connection.exec_driver_sql(f"DROP TABLE {table}")
    with database.write() as session:
        assert not search_index.has_search_index(session)
        assert search_index.ensure_search_index(session)
    with database.write() as session:
        assert not search_index.ensure_search_index(session)  # once
    assert _ids(database, "lens") == _like_ids(database, "lens") != set()
    database.dispose()
