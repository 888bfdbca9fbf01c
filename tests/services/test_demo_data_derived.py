"""Demo carnets are written in bulk with their derived rows worked out on the way (goods
positions): the same rows the ledger's replay gives, as if each carnet had been written by
the desk."""

from __future__ import annotations

from sqlalchemy import select

from carnet_app.db.position_models import GoodsPosition
from carnet_app.db.uow import Database
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.positions import rebuild_positions
from tests.services.conftest import TODAY


def _positions(database: Database) -> list[tuple[object, ...]]:
    with database.read() as session:
        return sorted(
            (p.carnet_id, p.place, p.pieces, p.value, p.since)
            for p in session.scalars(select(GoodsPosition))
        )


def test_demo_goods_positions_are_those_of_the_ledger(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=400, seed=5, today=TODAY, user="demo")
    written = _positions(database)
    with database.write() as session:
        abroad = rebuild_positions(session)  # every carnet replayed through the ledger
    assert abroad > 0
    assert written and written == _positions(database)
