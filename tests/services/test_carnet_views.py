"""The typed carnet views write exactly the ``show`` JSON the desk wrote before them: on demo
carnets of every state, and on the rarer shapes (a duplicate carrying importations, a
replacement and the carnet it replaced, a destination added after issue, a carnet registered
from another chamber's cover), the JSON text of ``show_dict(view)`` equals the old dict's,
keys in the same order."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from carnet_app.cli.main import to_jsonable
from carnet_app.db.models import Carnet
from carnet_app.db.uow import Database
from carnet_app.domain.show_contract import show_dict
from carnet_app.domain.types import CarnetStatus, MovementAction
from carnet_app.services import destinations, movements, reissue, views
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.loading import ledger_state
from carnet_app.services.movements import StampRequest
from carnet_app.services.register import parse_registration, register_carnet
from tests.exchange.test_register import US_NUMBER, us_carnet
from tests.services.conftest import TODAY, issue_sample
from tests.services.show_oracle import carnet_dict


def _text(value: object) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _compare_every_carnet(database: Database) -> set[str]:
    statuses: set[str] = set()
    with database.read() as session:
        for carnet in session.execute(select(Carnet).order_by(Carnet.id)).scalars():
            state = ledger_state(session, carnet) if carnet.issued_on else None
            old = carnet_dict(carnet, state)
            new = show_dict(views.view_of(carnet, state))
            assert new == old, carnet.number or carnet.id
            assert _text(new) == _text(old), carnet.number or carnet.id
            statuses.add(carnet.status)
    return statuses


@pytest.mark.parametrize("seed", [3, 7])
def test_demo_carnets_of_every_state_show_the_same_json(database: Database, seed: int) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=150, seed=seed, today=TODAY, user="demo")
    statuses = _compare_every_carnet(database)
    assert statuses >= {s.value for s in CarnetStatus} - {"superseded", "replaced"}


def _stamp(
    database: Database,
    number: str,
    action: MovementAction,
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


def test_duplicates_replacements_destinations_and_registered_carnets_show_the_same_json(
    database: Database,
) -> None:
    A = MovementAction
    lost = issue_sample(database)
    _stamp(database, lost, A.EXPORTATION, date(2026, 3, 10))
    _stamp(database, lost, A.IMPORTATION, date(2026, 3, 11), country="CH")
    with database.write() as session:
        reissue.duplicate(session, lost, on=date(2026, 4, 1), user="c", today=TODAY)
    replaced = issue_sample(database)
    _stamp(database, replaced, A.EXPORTATION, date(2026, 3, 10))
    _stamp(database, replaced, A.IMPORTATION, date(2026, 3, 10), country="CH")
    _stamp(database, replaced, A.RE_EXPORTATION, date(2026, 4, 1), country="CH", items="2-20")
    _stamp(database, replaced, A.RE_IMPORTATION, date(2026, 4, 2), items="2-20")
    with database.write() as session:
        reissue.replace(
            session, replaced, country="CH", on=date(2026, 11, 1), user="c", today=TODAY
        )
    widened = issue_sample(database)
    with database.write() as session:
        destinations.add_destination(session, widened, country="IN", user="c", today=TODAY)
        register_carnet(session, parse_registration(us_carnet()), user="u", today=TODAY)
    statuses = _compare_every_carnet(database)
    assert {"superseded", "replaced"} <= statuses
    with database.read() as session:
        shown = views.carnet_view(session, widened)
        assert shown.itinerary[-1].security_top_up is not None
        assert views.carnet_view(session, US_NUMBER).registered is not None
