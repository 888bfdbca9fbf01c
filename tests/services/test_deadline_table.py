"""The deadline table holds, after every write, exactly what the domain computes for each
carnet; a refused write leaves it as it was; the migration and bulk loads fill it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from carnet_app.db.models import Carnet, Deadline
from carnet_app.db.uow import Database
from carnet_app.domain.alerts import AlertKind
from carnet_app.domain.messages import say
from carnet_app.domain.stored_messages import message_from_json
from carnet_app.domain.types import MovementAction
from carnet_app.errors import UserError
from carnet_app.services import carnets, deadlines, movements
from carnet_app.services.deadline_views import DashboardFilter, dashboard_counts, dashboard_page
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.movements import StampRequest
from tests.services.conftest import TODAY, issue_sample


def table_rows(database: Database) -> list[tuple[object, ...]]:
    with database.read() as session:
        query = select(Deadline.number, Deadline.kind, Deadline.due, Deadline.message)
        return sorted(
            (n, kind, due, str(message_from_json(message)))
            for n, kind, due, message in session.execute(query)
        )


def computed_rows(database: Database) -> list[tuple[object, ...]]:
    with database.read() as session:
        ids = list(session.execute(select(Carnet.id).order_by(Carnet.id)).scalars())
        found = deadlines.computed_alerts(session, ids)
    return sorted((a.carnet, a.kind.value, a.due, str(a.message)) for a in found)


def test_each_write_keeps_its_carnets_deadlines_in_step(database: Database) -> None:
    number = issue_sample(database)
    rows = table_rows(database)
    assert rows == computed_rows(database)
    assert {kind for n, kind, *_ in rows if n == number} == {AlertKind.NOT_RETURNED.value}

    final = TODAY + timedelta(days=5)
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(MovementAction.EXPORTATION, on=date(2026, 3, 10)),
            confirm=True,
            user="clerk",
            today=TODAY,
        )
        movements.record_stamp(
            session,
            number,
            StampRequest(
                MovementAction.IMPORTATION, on=date(2026, 3, 10), country="CH", final_date=final
            ),
            confirm=True,
            user="clerk",
            today=TODAY,
        )
    rows = table_rows(database)
    assert rows == computed_rows(database)
    mine = {(kind, due) for n, kind, due, _ in rows if n == number}
    assert (AlertKind.FINAL_DATE.value, final) in mine
    assert AlertKind.EXPIRY.value in {kind for kind, _ in mine}


def test_a_refused_write_leaves_the_table_as_it_was(database: Database) -> None:
    number = issue_sample(database)
    before = table_rows(database)
    with pytest.raises(UserError), database.write() as session:
        carnets.discharge(session, number, on=TODAY, user="clerk", today=TODAY)
    with pytest.raises(UserError), database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(MovementAction.EXPORTATION, on=date(2026, 3, 10)),
            confirm=True,
            user="clerk",
            today=TODAY,
        )
        raise UserError(
            say("draft.unknown", draft_id=1)
        )  # the stamp went in, then the whole write failed
    assert table_rows(database) == before


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(min_value=0, max_value=10_000), count=st.integers(1, 60))
def test_a_bulk_load_fills_the_table_as_the_domain_computes(
    database: Database, seed: int, count: int
) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=count, seed=seed, today=TODAY, user="demo")
    assert table_rows(database) == computed_rows(database)


def test_rebuild_and_the_dashboard_queries_agree(database: Database) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=300, seed=5, today=TODAY, user="demo")
    expected = table_rows(database)
    with database.write() as session:
        session.execute(Deadline.__table__.delete())
        deadlines.rebuild_all(session)
    assert table_rows(database) == expected
    with database.read() as session:
        counts = dashboard_counts(session, DashboardFilter(), today=TODAY)
        page = dashboard_page(session, DashboardFilter(), today=TODAY, limit=10_000)
        alerts = deadlines.alerts(session, today=TODAY, within_days=31)
    assert len(page) == counts.shown
    assert {(r.number, r.kind, r.due) for r in page} == {
        (a.carnet, a.kind.value, a.due)
        for a in alerts
        if deadlines.category_of(a.kind.value) == deadlines.DEADLINE
    }
    assert [r.due for r in page] == sorted(r.due for r in page)


def test_the_migration_fills_the_table_of_an_older_database(database: Database) -> None:
    from alembic import command

    from carnet_app.db.migrate import alembic_config, ensure_schema

    with database.write() as session:
        fill_demo_data(session, carnets=120, seed=9, today=TODAY, user="demo")
    expected = table_rows(database)
    assert expected
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_carnet_options")
    assert ensure_schema(database.engine, database_backups(database)) == "upgraded"
    assert deadlines.rebuild_if_pending(database)  # what the desk and the CLI do on opening
    assert not deadlines.rebuild_if_pending(database)  # once
    assert table_rows(database) == expected


def database_backups(database: Database):  # type: ignore[no-untyped-def]
    from pathlib import Path

    name = database.engine.url.database
    return Path(name).parent / "backups" if name else Path("backups")


def test_alerts_kept_as_english_sentences_are_said_again_as_codes_on_opening(
    database: Database,
) -> None:
    """A database from before alerts were codes holds English sentences: the desk and the
    command line store them again as codes when they open it, once."""
    number = issue_sample(database)
    expected = table_rows(database)
    with database.write() as session:
        for row in session.execute(select(Deadline)).scalars():
            row.message = str(message_from_json(row.message))  # the old column: words
    with database.read() as session:
        worded = deadlines.alerts(session, today=TODAY, within_days=400)
    assert [a.message for a in worded if a.carnet == number] == [
        f"carnet to be returned to the chamber by {worded[0].due.isoformat()}"
    ]
    assert [a.code for a in worded] == ["alert.not-returned"]  # the JSON's code all the same
    assert deadlines.rebuild_if_pending(database)
    assert not deadlines.rebuild_if_pending(database)
    assert table_rows(database) == expected
    with database.read() as session:
        coded = deadlines.alerts(session, today=TODAY, within_days=400)
    assert [a.code for a in coded] == ["alert.not-returned"]
