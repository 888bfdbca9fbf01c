from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import select, text

from carnet_app.db.models import Carnet, GoodsItem
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem
from carnet_app.services import views
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.loading import ledger_state
from tests.services.conftest import TODAY


def test_demo_carnets_cover_every_state_and_satisfy_the_ledger(database: Database) -> None:
    with database.write() as session:
        summary = fill_demo_data(session, carnets=300, seed=7, today=TODAY, user="demo")
    assert set(summary.by_status) >= {
        "draft",
        "issued",
        "active",
        "returned",
        "discharged",
        "cancelled",
    }
    assert summary.claims >= 1
    with database.read() as session:
        carnets = session.execute(select(Carnet).where(Carnet.issued_on.is_not(None))).scalars()
        for carnet in carnets:
            state = ledger_state(session, carnet)  # replays; a refusal would raise
            assert state.goods_abroad() == carnet.goods_abroad
            for item in carnet.items:
                assert sum(state.where[item.item_no].values()) == item.pieces
        assert len(views.list_carnets(session, limit=1000)) == 300
        numbers = [c.number for c in views.list_carnets(session, limit=1000) if c.number]
        assert len(set(numbers)) == len(numbers)


def test_same_seed_same_data(database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from carnet_app.paths import AppPaths
    from carnet_app.services.database import open_database

    other = open_database(
        f"sqlite:///{tmp_path / 'other.sqlite3'}", AppPaths.from_base_dir(tmp_path / "o")
    )
    try:
        for db in (database, other):
            with db.write() as session:
                fill_demo_data(session, carnets=20, seed=3, today=TODAY, user="demo")
        with database.read() as a, other.read() as b:
            rows_a = [(c.status, c.holder) for c in views.list_carnets(a)]
            rows_b = [(c.status, c.holder) for c in views.list_carnets(b)]
        assert rows_a == rows_b
    finally:
        other.dispose()


def test_search_finds_bulk_loaded_carnets_and_new_ones(database: Database) -> None:
    """The bulk load rebuilds the search index and puts its triggers back."""
    from carnet_app.db.queries import ListFilter, carnet_ids
    from carnet_app.db.search_index import has_search_index
    from tests.services.conftest import issue_sample

    with database.write() as session:
        fill_demo_data(session, carnets=50, seed=5, today=TODAY, user="demo")
    with database.read() as session:
        assert has_search_index(session) == (database.engine.dialect.name == "sqlite")
        serial = (
            session.execute(select(GoodsItem.description).order_by(GoodsItem.id).limit(1))
            .scalar_one()
            .split("S/N ")[1]
        )
        found = carnet_ids(session, ListFilter(search=serial), today=TODAY)
        assert len(found) >= 1
    number = issue_sample(database)  # written after the bulk load: the triggers index it
    with database.read() as session:
        assert carnet_ids(session, ListFilter(search="Lumière Films"), today=TODAY)
        assert carnet_ids(session, ListFilter(search=number), today=TODAY)


def test_alerts_from_plain_columns_match_the_ledger_of_each_carnet(database: Database) -> None:
    """The alerts service reads columns, not objects; every final date it reports must be
    what the carnet's own ledger (loaded the ordinary way) says is still open."""
    from carnet_app.domain.alerts import AlertKind
    from carnet_app.services.deadlines import alerts

    with database.write() as session:
        fill_demo_data(session, carnets=400, seed=11, today=TODAY, user="demo")
    with database.read() as session:
        found = alerts(session, today=TODAY, within_days=60)
        finals = {(a.carnet, a.due) for a in found if a.kind is AlertKind.FINAL_DATE}
        expected = set()
        for carnet in session.execute(
            select(Carnet).where(Carnet.goods_abroad.is_(True))
        ).scalars():
            state = ledger_state(session, carnet)
            for _, _, final, _ in state.open_importations():
                if final is not None and final <= TODAY.fromordinal(TODAY.toordinal() + 60):
                    expected.add((carnet.number, final))
    assert finals == expected
    assert finals  # the demo data has goods abroad with customs final dates


def test_every_demo_carnet_passes_the_checks_it_was_issued_under(database: Database) -> None:
    """Demo data is what a chamber would issue: its applications quote without refusal (an
    EF carnet names its event, the security form is one the schedule knows), so the quote
    letter and every document work on it."""
    from carnet_app.services.carnets import application_of
    from carnet_app.services.loading import home_country
    from carnet_app.services.quotes import quote_for_application

    with database.write() as session:
        fill_demo_data(session, carnets=80, seed=5, today=TODAY, user="demo")
    with database.read() as session:
        issued = session.scalars(select(Carnet).where(Carnet.issued_on.is_not(None))).all()
        assert {use for carnet in issued for use in carnet.uses} >= {"EF", "PE"}
        for carnet in issued:
            assert carnet.issued_on is not None
            quote = quote_for_application(
                session,
                application_of(carnet),
                home_country=home_country(carnet),
                today=carnet.issued_on,
            )
            assert quote.refusals == [], (carnet.number, quote.refusals)


# PostgreSQL: the server's own "disk full" once a few batches are in
_PG_FULL_DISK = [
    "CREATE FUNCTION refuse_late_movements() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF NEW.carnet_id > (SELECT min(id) + 200 FROM carnets) THEN "
    "RAISE EXCEPTION 'could not extend file: No space left on device' "
    "USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER refuse_late_movements BEFORE INSERT ON movements "
    "FOR EACH ROW EXECUTE FUNCTION refuse_late_movements()",
]
SQLITE_MAX_PAGES = 1_073_741_823  # SQLite's default page limit


def test_a_load_the_disk_cannot_hold_leaves_the_desk_as_it_was(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up after a few batches went in (SQLite: the file may grow by a few
    pages; PostgreSQL: the server says its disk is full): the clerk gets the desk's one-line
    problem, nothing of the load stays, and the desk goes on. Small batches, so that on
    PostgreSQL the writer thread has written some and holds one more when the refusal comes."""
    from carnet_app.services import demo_data
    from tests.postgres.backends import dump_url

    backend = database.engine.dialect.name
    if backend == "postgresql":
        with database.write() as session:
            for statement in _PG_FULL_DISK:
                session.execute(text(statement))

    def dump() -> list[str]:
        if backend == "postgresql":
            return dump_url(database.url)
        with sqlite3.connect(database.engine.url.database or "") as connection:
            return list(connection.iterdump())

    before = dump()
    monkeypatch.setattr(demo_data, "ROWS_PER_FLUSH", 800)
    with pytest.raises(EnvironmentProblem, match="full") as refused:
        with database.write() as session:
            if backend == "sqlite":
                pages = session.execute(text("PRAGMA page_count")).scalar_one()
                session.execute(text(f"PRAGMA max_page_count = {pages + 60}"))
            fill_demo_data(session, carnets=400, seed=5, today=TODAY, user="demo")
    assert "\n" not in str(refused.value)
    assert not [t for t in threading.enumerate() if t.name.startswith("demo-writer")]
    assert dump() == before
    with database.write() as session:
        if backend == "postgresql":
            session.execute(text("DROP TRIGGER refuse_late_movements ON movements"))
        else:
            session.execute(text(f"PRAGMA max_page_count = {SQLITE_MAX_PAGES}"))
        summary = fill_demo_data(session, carnets=30, seed=5, today=TODAY, user="demo")
    assert summary.carnets == 30
    with database.read() as session:
        assert len(views.list_carnets(session, limit=100)) == 30


def test_a_hashing_process_that_dies_leaves_the_desk_as_it_was(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large load hashes its rows for the audit trail in a process of its own. That process
    is killed half-way (the system out of memory): the clerk gets the desk's one line, nothing
    of the load stays, no process is left behind, and the next load goes through."""
    import multiprocessing
    import os
    import signal

    from carnet_app.services import bundle_hasher, demo_data
    from tests.postgres.backends import dump_url

    backend = database.engine.dialect.name

    def dump() -> list[str]:
        if backend == "postgresql":
            return dump_url(database.url)
        with sqlite3.connect(database.engine.url.database or "") as connection:
            return list(connection.iterdump())

    before = dump()
    monkeypatch.setattr(bundle_hasher, "SEPARATE_FROM", 1)
    monkeypatch.setattr(demo_data, "ROWS_PER_FLUSH", 800)
    handed = bundle_hasher.BundleHasher.add
    batches: list[int] = []

    def add_then_kill(self: bundle_hasher.BundleHasher, *args: object) -> None:
        handed(self, *args)  # type: ignore[arg-type]
        batches.append(1)
        if len(batches) == 2:
            for process in multiprocessing.active_children():
                os.kill(process.pid or 0, signal.SIGKILL)

    monkeypatch.setattr(bundle_hasher.BundleHasher, "add", add_then_kill)
    with pytest.raises(EnvironmentProblem, match="stopped before the end") as refused:
        with database.write() as session:
            fill_demo_data(session, carnets=300, seed=5, today=TODAY, user="demo")
    assert "\n" not in str(refused.value)
    assert len(batches) >= 2
    assert not multiprocessing.active_children()
    assert dump() == before
    monkeypatch.setattr(bundle_hasher.BundleHasher, "add", handed)
    with database.write() as session:
        summary = fill_demo_data(session, carnets=30, seed=5, today=TODAY, user="demo")
    assert summary.carnets == 30
