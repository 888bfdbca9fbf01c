"""The list's summary columns stay what the goods and claims say after every write and bulk
load, and every list column sorts by them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from carnet_app.db.models import Carnet, Claim, GoodsItem
from carnet_app.db.queries import ListFilter, SortKey, carnet_ids
from carnet_app.db.uow import Database
from carnet_app.services import claims
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.list_columns import first_country
from tests.services.conftest import TODAY, issue_sample
from tests.show_json import show_json


def stored_and_expected(database: Database) -> tuple[dict[int, tuple], dict[int, tuple]]:  # type: ignore[type-arg]
    with database.read() as session:
        stored = {
            row[0]: tuple(row[1:])
            for row in session.execute(
                select(
                    Carnet.id,
                    Carnet.item_count,
                    Carnet.value_total,
                    Carnet.first_country,
                    Carnet.open_claims,
                )
            )
        }
        expected = {}
        for carnet in session.execute(select(Carnet)).scalars():
            expected[carnet.id] = (
                len(carnet.items),
                sum((i.value for i in carnet.items), Decimal("0.00")),
                first_country(carnet.itinerary),
                sum(1 for c in carnet.claims if c.status == "open"),
            )
    return stored, expected


def test_columns_follow_writes_and_bulk_loads(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=150, seed=4, today=TODAY, user="demo")
    number = issue_sample(database)
    stored, expected = stored_and_expected(database)
    assert stored == expected
    with database.read() as session:
        shown = show_json(session, number)
    with database.write() as session:
        claims.open_claim(
            session,
            number,
            country=shown["itinerary"][0]["country"],
            notified_on=TODAY,
            amount=Decimal("10.00"),
            user="clerk",
            today=TODAY,
        )
    stored, expected = stored_and_expected(database)
    assert stored == expected
    with database.read() as session:
        carnet_id = session.execute(select(Carnet.id).where(Carnet.number == number)).scalar()
        assert stored[carnet_id][3] == 1
        assert session.execute(select(func.count(Claim.id))).scalar()


def test_every_column_sorts_by_what_it_shows(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=120, seed=8, today=TODAY, user="demo")
    with database.read() as session:
        by_value = carnet_ids(session, ListFilter(), today=TODAY, sort=SortKey.VALUE)
        totals = dict(
            session.execute(
                select(GoodsItem.carnet_id, func.sum(GoodsItem.value)).group_by(GoodsItem.carnet_id)
            ).all()
        )
        values = [totals.get(i, Decimal(0)) for i in by_value]
        assert values == sorted(values)
        for key in SortKey:
            for descending in (False, True):
                ids = carnet_ids(
                    session, ListFilter(), today=TODAY, sort=key, descending=descending
                )
                assert sorted(ids) == sorted(by_value)
