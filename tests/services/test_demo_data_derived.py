"""Demo carnets are written in bulk with their derived rows worked out on the way (goods
positions, deadlines, the list's columns, the carnet codes): the same rows the desk's own
builders give, as if each carnet had been written by the desk."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from carnet_app.db.code_models import CarnetCode
from carnet_app.db.models import Carnet, Deadline
from carnet_app.db.position_models import GoodsPosition
from carnet_app.db.search_documents import has_search_documents, refresh_search_documents
from carnet_app.db.uow import Database
from carnet_app.services.carnet_codes import rebuild_codes
from carnet_app.services.deadlines import rebuild_all
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.list_columns import refresh_all_list_columns
from carnet_app.services.positions import rebuild_positions
from tests.services.conftest import TODAY


def _derived(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.read() as session:
        return {
            "positions": sorted(
                (p.carnet_id, p.place, p.pieces, p.value, p.since)
                for p in session.scalars(select(GoodsPosition))
            ),
            "deadlines": sorted(
                tuple(row)
                for row in session.execute(
                    select(
                        Deadline.carnet_id,
                        Deadline.number,
                        Deadline.holder_id,
                        Deadline.category,
                        Deadline.kind,
                        Deadline.due,
                        Deadline.countries,
                        Deadline.message,
                        Deadline.focus,
                    )
                )
            ),
            "list columns": sorted(
                tuple(row)
                for row in session.execute(
                    select(
                        Carnet.id,
                        Carnet.item_count,
                        Carnet.value_total,
                        Carnet.first_country,
                        Carnet.open_claims,
                    )
                )
            ),
            "codes": sorted(
                (
                    c.carnet_id,
                    c.kind,
                    c.code,
                    c.status,
                    c.currency,
                    c.issued_on,
                    c.security_amount,
                    c.security_released_on,
                )
                for c in session.scalars(select(CarnetCode))
            ),
        }


def test_demo_derived_rows_are_those_the_desk_builds(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=300, seed=5, today=TODAY, user="demo")
    written = _derived(database)
    with database.write() as session:
        abroad = rebuild_positions(session)  # every carnet replayed through the ledger
        rebuild_all(session)  # every carnet's alerts from the domain
        refresh_all_list_columns(session)
        rebuild_codes(session)
    assert abroad > 0
    rebuilt = _derived(database)
    for table, rows in written.items():
        assert rows, table
        assert rows == rebuilt[table], table
    kinds = {row[4] for row in written["deadlines"]}
    assert {"final-date", "claim-proof"} <= kinds or len(kinds) >= 3


def _documents(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT carnet_id, part, document FROM search_documents ORDER BY 1, 2")
            )
        ]


def test_demo_search_documents_are_those_every_write_keeps(database: Database) -> None:
    """PostgreSQL: the search documents demo-data fills in one pass are those each write of a
    carnet makes again (the goods of every carnet, eight lines a document)."""
    with database.read() as session:
        if not has_search_documents(session):
            pytest.skip("search documents are PostgreSQL's (SQLite's trigram index holds goods)")
    with database.write() as session:
        fill_demo_data(session, carnets=120, seed=7, today=TODAY, user="demo")
    written = _documents(database)
    with database.write() as session:
        refresh_search_documents(session, range(1, 200))
    assert written == _documents(database)
    assert len({row[0] for row in written}) == 120
    assert any(row[1] > 0 for row in written)  # carnets of more than eight lines


def _item_index(database: Database) -> list[tuple[Any, ...]]:
    """Every entry of SQLite's item index: each trigram, the goods line and column it is in,
    and where (the index keeps no text of its own: ``fts5vocab`` reads the entries)."""
    with database.write() as session:
        session.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.item_entries "
                "USING fts5vocab(main, search_items, instance)"
            )
        )
        return [
            tuple(row)
            for row in session.execute(text("SELECT term, doc, col, offset FROM item_entries"))
        ]


def test_the_item_index_filled_batch_by_batch_is_the_one_a_rebuild_makes(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: demo-data indexes the goods lines of each batch as it writes them (a thread
    does while the next batch is drawn), into a desk that already has carnets: a search then
    finds exactly what it finds once the index is rebuilt from the goods lines."""
    from carnet_app.db.search_index import has_search_index, search_rebuild
    from carnet_app.services import demo_data

    with database.read() as session:
        if not has_search_index(session):
            pytest.skip("SQLite's item index (PostgreSQL searches its documents)")
    monkeypatch.setattr(demo_data, "ROWS_PER_FLUSH", 300)  # a batch every few carnets
    with database.write() as session:
        fill_demo_data(session, carnets=40, seed=3, today=TODAY, user="demo")
    with database.write() as session:
        fill_demo_data(session, carnets=30, seed=4, today=TODAY, user="demo")
    filled = _item_index(database)
    with database.write() as session:
        for statement in search_rebuild(("search_items",)):
            session.execute(text(statement))
    assert sorted(filled) == sorted(_item_index(database))
    assert {doc >> 20 for _, doc, _, _ in filled} == set(range(1, 71))
