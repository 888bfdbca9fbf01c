"""Demo data loaded in bulk is under the audit chain (``audit_bulk``): a demo database verifies
intact with every row under the chain, and a value changed behind the desk's back in a demo
carnet is found and named, on every backend the run has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from carnet_app.db.models import AuditEvent, Carnet
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import audit_bulk, bundle_hasher, carnets, demo_data, drawn_bundles
from carnet_app.services.database import open_database, verify_record
from carnet_app.services.demo_data import fill_demo_data
from tests.safety.conftest import Cli, cli_for

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(
    db_url: str, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Database, Cli]]:
    """40 demo carnets proven in bulk events of 15 carnets (so three events)."""
    monkeypatch.setattr(audit_bulk, "CARNETS_PER_EVENT", 15)
    database = open_database(db_url, paths)
    with database.write() as session:
        fill_demo_data(session, carnets=40, seed=3, today=TODAY, user="demo")
    yield database, cli_for(db_url, paths.data_dir)
    database.dispose()


def sql(database: Database, statement: str, **params: Any) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def a_carnet_with_movements(database: Database) -> tuple[int, str]:
    with database.read() as session:
        found = session.execute(
            text(
                "SELECT c.id, c.number FROM carnets c JOIN movements m ON m.carnet_id = c.id "
                "WHERE c.status = 'active' ORDER BY c.id LIMIT 1"
            )
        ).one()
    return int(found[0]), str(found[1])


def test_a_demo_database_verifies_intact_with_every_row_under_the_chain(
    demo: tuple[Database, Cli],
) -> None:
    database, cli = demo
    result = cli("audit", "--verify", "--json")
    assert result.code == 0, result.stderr
    assert result.json["intact"] is True
    rows = result.json["rows"]
    assert rows["checked"] > 40 and rows["under_the_chain"] == rows["checked"]
    with database.read() as session:
        bulk = session.execute(
            select(AuditEvent.after).where(AuditEvent.action == audit_bulk.BULK_ACTION)
        ).scalars()
        proven = sorted(int(k) for after in bulk for k in after["bundles"])
        ids = sorted(session.execute(select(Carnet.id)).scalars())
    assert proven == ids


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        ("UPDATE goods_items SET value = value + 100 WHERE carnet_id = :c", "its goods"),
        ("UPDATE carnets SET security_amount = 1 WHERE id = :c", "its carnet row"),
        ("UPDATE movements SET date = '2020-01-01' WHERE carnet_id = :c", "its movements"),
        (
            "DELETE FROM movement_lines WHERE movement_id = "
            "(SELECT max(id) FROM movements WHERE carnet_id = :c)",
            "its movement lines",
        ),
        (
            "INSERT INTO voucher_sets (carnet_id, colour, sets, at_issue, added_on) "
            "VALUES (:c, 'white', 9, false, '2026-01-01')",
            "its voucher sets",
        ),
    ],
)
def test_a_demo_carnet_changed_behind_the_desk_is_found_and_named(
    demo: tuple[Database, Cli], edit: str, named: str
) -> None:
    database, cli = demo
    carnet_id, number = a_carnet_with_movements(database)
    sql(database, edit, c=carnet_id)
    result = cli("audit", "--verify")
    assert result.code == 2, result.stdout
    assert f"carnet {number} (carnets row {carnet_id}): {named} changed" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_demo_carnet_deleted_behind_the_desk_is_found(demo: tuple[Database, Cli]) -> None:
    database, cli = demo
    with database.read() as session:
        draft = session.execute(
            select(Carnet.id).where(Carnet.status == "draft").order_by(Carnet.id).limit(1)
        ).scalar_one()
    for table in ("goods_items", "deadlines", "goods_positions"):
        sql(database, f"DELETE FROM {table} WHERE carnet_id = :c", c=draft)
    sql(database, "DELETE FROM carnets WHERE id = :c", c=draft)
    result = cli("audit", "--verify")
    assert result.code == 2, result.stdout
    assert f"carnets row {draft} proven by event" in result.stderr


def test_the_desk_working_on_a_demo_carnet_keeps_the_record_intact(
    demo: tuple[Database, Cli],
) -> None:
    """Its bundle gives way to row-by-row records of every one of its rows: all stay under
    the chain, and a later change is named by its row."""
    database, cli = demo
    carnet_id, number = a_carnet_with_movements(database)
    with database.write() as session:
        carnets.add_vouchers(session, number, colour="white", sets=1, user="clerk", today=TODAY)
    result = cli("audit", "--verify", "--json")
    assert result.code == 0 and result.json["intact"] is True, result.stderr
    assert result.json["rows"]["under_the_chain"] == result.json["rows"]["checked"]
    with database.read() as session:
        item = session.execute(
            text("SELECT min(id) FROM goods_items WHERE carnet_id = :c"), {"c": carnet_id}
        ).scalar_one()
    sql(database, "UPDATE goods_items SET value = value + 1 WHERE id = :i", i=item)
    result = cli("audit", "--verify")
    assert result.code == 2 and f"goods_items row {item} differs" in result.stderr, result.stderr


def test_a_second_demo_load_is_proven_too(demo: tuple[Database, Cli], paths: AppPaths) -> None:
    database, _ = demo
    with database.write() as session:
        fill_demo_data(session, carnets=5, seed=4, today=TODAY + timedelta(days=1), user="demo")
    check = verify_record(database, paths)
    assert check.vouched and check.rows_covered == check.rows, check.problem


@pytest.mark.parametrize("hashed", ["in the drawing thread", "in a process of its own"])
def test_the_digests_worked_out_while_loading_are_those_the_tables_give(
    db_url: str, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, hashed: str
) -> None:
    """The load hashes each carnet's rows as it writes them instead of reading them back (a
    large load in a process of its own, batch after batch): what it records is byte for byte
    what the tables give, for a first load and for a second one after the rows of the
    first."""
    monkeypatch.setattr(audit_bulk, "CARNETS_PER_EVENT", 7)
    if hashed == "in a process of its own":
        monkeypatch.setattr(bundle_hasher, "SEPARATE_FROM", 1)
        monkeypatch.setattr(demo_data, "ROWS_PER_FLUSH", 200)  # a batch every few carnets
    taken: list[int] = []
    worked_out = drawn_bundles.DrawnBundles.batch

    def batch(self: drawn_bundles.DrawnBundles, first: int, last: int) -> Any:
        taken.append(first)
        return worked_out(self, first, last)

    monkeypatch.setattr(drawn_bundles.DrawnBundles, "batch", batch)
    database = open_database(db_url, paths)
    try:
        with database.write() as session:
            fill_demo_data(session, carnets=30, seed=5, today=TODAY, user="demo")
        with database.write() as session:
            fill_demo_data(session, carnets=12, seed=6, today=TODAY, user="demo")
        with database.read() as session:
            events = session.execute(
                select(AuditEvent.after).where(AuditEvent.action == audit_bulk.BULK_ACTION)
            ).scalars()
            for after in events.all():
                found = audit_bulk._bundles(session, after["first"], after["last"], keys=False)
                assert after["bundles"] == {str(c): found[c].digest() for c in sorted(found)}
    finally:
        database.dispose()
    assert len(taken) == 5 + 2  # every batch of both loads, none read back
