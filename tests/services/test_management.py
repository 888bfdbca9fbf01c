"""The management view's figures, checked against carnets whose figures we know."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from carnet_app.db.code_models import DESTINATION, USE, CarnetCode
from carnet_app.db.models import Carnet
from carnet_app.db.position_models import GoodsPosition
from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction as A
from carnet_app.services import carnets, claims, movements
from carnet_app.services.carnet_codes import rebuild_codes
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.destinations import add_destination
from carnet_app.services.management import (
    GUARANTEED_STATUSES,
    ChartId,
    ManagementFilter,
    carnets_behind,
    management_view,
)
from carnet_app.services.movements import StampRequest
from carnet_app.services.positions import rebuild_positions
from tests.services.conftest import TODAY, issue_sample


def stamp(
    database: Database,
    number: str,
    action: A,
    on: date,
    country: str | None = None,
    items: str = "",
) -> None:
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, items=items),
            confirm=False,
            user="clerk",
            today=TODAY,
        )


def test_security_goods_abroad_and_claims_add_up(database: Database) -> None:
    film = issue_sample(database)  # security 110,264.00, CH and NO, value 275,660.00
    fair = issue_sample(database, "trade-fair", on=date(2026, 4, 15))
    stamp(database, film, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, film, A.IMPORTATION, date(2026, 3, 11), "CH")
    stamp(database, film, A.RE_EXPORTATION, date(2026, 4, 1), "CH", items="1-3")
    with database.write() as session:
        claims.open_claim(
            session,
            film,
            country="CH",
            notified_on=date(2026, 10, 1),
            amount=Decimal("15000.00"),
            user="c",
            today=TODAY,
        )
    with database.read() as session:
        view = management_view(session, today=TODAY)
        by_country = view.chart(ChartId.SECURITY_BY_COUNTRY)
        assert by_country.value("EUR", "CH") == Decimal("110264.00") + Decimal("6160.00")
        assert by_country.value("EUR", "NO") == Decimal("110264.00")
        assert view.security_held["EUR"] == Decimal("116424.00")
        by_month = view.chart(ChartId.SECURITY_BY_MONTH)
        assert by_month.value("EUR", "2026-03") == Decimal("110264.00")
        assert by_month.value("EUR", "2026-04") == Decimal("6160.00")
        release = view.chart(ChartId.RELEASE_DUE)
        assert release.value("EUR", "2028-12") == Decimal("110264.00")  # 2027-03-01 + 21 months
        abroad = view.chart(ChartId.GOODS_ABROAD)
        # items 1-3 (62,000 + 48,500 + 14,200) came back out of CH; en route now
        assert abroad.value("EUR", "CH") == Decimal("275660.00") - Decimal("124700.00")
        assert abroad.value("EUR", "en-route") == Decimal("124700.00")
        assert any(str(note).startswith("CH: oldest since 2026-03-11") for note in abroad.notes)
        vouchers = view.chart(ChartId.VOUCHERS_USED)
        assert vouchers.value("yellow", "2026-03") == 1
        assert vouchers.value("white", "2026-03") == 1
        assert vouchers.value("white", "2026-04") == 1
        assert view.chart(ChartId.CLAIMS_OPEN).value("EUR", "CH") == Decimal("15000.00")
        assert view.chart(ChartId.CLAIMS_DUE).value("EUR", "2027-04") == Decimal("15000.00")
        uses = view.chart(ChartId.ISSUED_BY_USE)
        assert sum(bar.carnets for series in uses.series for bar in series.bars) >= 2
        behind = carnets_behind(session, ChartId.SECURITY_BY_COUNTRY, "CH", series="EUR")
        assert [c.number for c in behind] == [film, fair]
        assert [c.number for c in carnets_behind(session, ChartId.GOODS_ABROAD, "CH")] == [film]
        assert [c.number for c in carnets_behind(session, ChartId.CLAIMS_OPEN, "CH")] == [film]


def test_filters_narrow_every_chart(database: Database) -> None:
    film = issue_sample(database)
    issue_sample(database, "trade-fair", on=date(2026, 4, 15))
    with database.read() as session:
        april = management_view(
            session, today=TODAY, filter=ManagementFilter(start=date(2026, 4, 1))
        )
        assert april.carnets_guaranteed == 1
        assert april.chart(ChartId.SECURITY_BY_COUNTRY).value("EUR", "NO") == 0
        norway = management_view(session, today=TODAY, filter=ManagementFilter(country="no"))
        assert [
            c.number
            for c in carnets_behind(
                session, ChartId.SECURITY_BY_MONTH, "2026-03", filter=ManagementFilter(country="NO")
            )
        ] == [film]
        assert norway.carnets_guaranteed == 1


def test_rebuilding_positions_gives_what_each_write_kept(database: Database) -> None:
    film = issue_sample(database)
    stamp(database, film, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, film, A.IMPORTATION, date(2026, 3, 11), "CH")
    stamp(database, film, A.RE_EXPORTATION, date(2026, 4, 1), "CH", items="4-6")

    def rows() -> list[tuple[str, int, Decimal]]:
        with database.read() as session:
            return sorted(
                (p.place, p.pieces, p.value) for p in session.scalars(select(GoodsPosition))
            )

    kept = rows()
    assert kept and {place for place, _, _ in kept} == {"CH", "en-route"}
    with database.write() as session:
        rebuild_positions(session)
    assert rows() == kept


def _code_rows(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as session:
        return sorted(
            (c.carnet_id, c.kind, c.code, c.status, c.currency, c.issued_on, c.security_amount)
            for c in session.scalars(select(CarnetCode))
        )


def test_destinations_and_uses_follow_each_write(database: Database) -> None:
    """The management view groups by the carnet-codes table: every write keeps it true."""
    film = issue_sample(database)  # CH and NO
    with database.read() as session:
        view = management_view(session, today=TODAY)
    assert view.chart(ChartId.SECURITY_BY_COUNTRY).value("EUR", "JP") == 0
    with database.write() as session:
        add_destination(session, film, country="JP", user="clerk", today=TODAY)
    with database.read() as session:
        view = management_view(session, today=TODAY)
        assert view.chart(ChartId.SECURITY_BY_COUNTRY).value("EUR", "JP") > 0
        assert [c.number for c in carnets_behind(session, ChartId.SECURITY_BY_COUNTRY, "JP")] == [
            film
        ]
    with database.write() as session:
        carnets.cancel(session, film, user="clerk", today=TODAY)
    with database.read() as session:
        view = management_view(session, today=TODAY)
        assert view.carnets_guaranteed == 0
        assert view.chart(ChartId.SECURITY_BY_COUNTRY).categories == ()
        assert view.chart(ChartId.ISSUED_BY_USE).categories == ()
    assert {row[3] for row in _code_rows(database)} == {"cancelled"}


def test_rebuilding_codes_gives_what_each_write_kept(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=150, seed=5, today=TODAY, user="demo")
    film = issue_sample(database)
    with database.write() as session:
        add_destination(session, film, country="JP", user="clerk", today=TODAY)
    kept = _code_rows(database)
    assert {kind for _, kind, *_ in kept} == {DESTINATION, USE}
    assert len({row[0] for row in kept}) >= 150
    with database.write() as session:
        rebuild_codes(session)
    assert _code_rows(database) == kept
    with database.read() as session:
        view = management_view(session, today=TODAY)
        uses = view.chart(ChartId.ISSUED_BY_USE)
        expected = sum(
            len(carnet.uses)
            for carnet in session.scalars(select(Carnet))
            if carnet.status in GUARANTEED_STATUSES
        )
    assert sum(bar.carnets for series in uses.series for bar in series.bars) == expected


def test_upgrading_a_database_fills_the_codes_alone(database: Database) -> None:
    """A desk upgraded to the carnet-codes table fills it once on opening, without rebuilding
    the other derived tables (minutes on a chamber's 100,000 carnets)."""
    from alembic import command

    from carnet_app.db.migrate import alembic_config, ensure_schema
    from carnet_app.db.models import Setting
    from carnet_app.services import deadlines
    from tests.services.test_deadline_table import database_backups

    with database.write() as session:
        fill_demo_data(session, carnets=60, seed=3, today=TODAY, user="demo")
    kept = _code_rows(database)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013_search_index")
    assert ensure_schema(database.engine, database_backups(database)) == "upgraded"
    with database.read() as session:
        note = session.get(Setting, deadlines.REBUILD_KEY)
        assert note is not None and note.value == deadlines.CODES_ONLY
    assert _code_rows(database) == []
    assert deadlines.rebuild_if_pending(database)
    assert _code_rows(database) == kept
    assert not deadlines.rebuild_if_pending(database)
