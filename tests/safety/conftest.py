"""Data-safety tests on every backend the run has (SQLite; PostgreSQL with CARNET_TEST_PG_URL)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, reissue
from carnet_app.services.database import open_database
from tests.cli.runner import Run, run_in_process
from tests.postgres.backends import backend_params, pg

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=backend_params())
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A new database at the current schema, reference data in place."""
    if backend == "postgresql":
        url = pg().with_schema()
        yield url
        pg().drop(url)
    else:
        yield f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_base_dir(tmp_path / "data")


def set_up_chamber(database: Database) -> None:
    with database.write() as session:
        carnets.set_association(
            session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="admin"
        )


@pytest.fixture
def database(db_url: str, paths: AppPaths) -> Iterator[Database]:
    db = open_database(db_url, paths)
    set_up_chamber(db)
    yield db
    db.dispose()


Cli = Callable[..., Run]


def cli_for(url: str, data_dir: Path) -> Cli:
    """``cli(*args, env=None)``: the ``carnet`` command on ``url``, in this process."""

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        return run_in_process(
            args,
            {
                "CARNET_DB": url,
                "CARNET_DATA_DIR": str(data_dir),
                "CARNET_USER": "clerk",
                "CARNET_TODAY": "2026-11-27",
                **(env or {}),
            },
        )

    return run


@pytest.fixture
def cli(db_url: str, paths: AppPaths) -> Cli:
    return cli_for(db_url, paths.data_dir)


def fill_sample_data(database: Database) -> list[str]:
    """Carnets in every state, with movements, a confirmed irregularity, claims, extra voucher
    sets, a goods event and a duplicate; returns every carnet number."""
    from datetime import date

    from carnet_app.domain.application import parse_application
    from carnet_app.domain.types import GoodsEventKind
    from carnet_app.domain.types import MovementAction as A
    from carnet_app.services import movements, views
    from carnet_app.services.demo_data import fill_demo_data
    from carnet_app.services.movements import StampRequest
    from tests.conftest import TEST_DATA

    today = date(2026, 11, 27)
    with database.write() as session:
        fill_demo_data(session, carnets=25, seed=11, today=today, user="demo")
    application = json.loads((TEST_DATA / "application-film-shoot.json").read_text("utf-8"))
    with database.write() as session:
        draft_id = carnets.apply(
            session, parse_application(application), user="clerk", today=today
        ).id
    with database.write() as session:
        number = carnets.issue(
            session, draft_id, on=date(2026, 3, 2), user="clerk", today=today
        ).number
    assert number is not None

    def stamp(action: A, on: date, country: str | None = None, **kw: Any) -> None:
        with database.write() as session:
            movements.record_stamp(
                session,
                number,
                StampRequest(action=action, on=on, country=country, **kw),
                confirm=True,
                user="clerk",
                today=today,
            )

    # irregular: no exportation recorded (the items are named: with nothing en route an
    # importation naming none is refused)
    stamp(A.IMPORTATION, date(2026, 3, 10), "CH", final_date=date(2026, 9, 10), items="1-20")
    stamp(A.RE_EXPORTATION, date(2026, 4, 1), "CH", items="1-3,10:1")
    with database.write() as session:
        carnets.add_vouchers(session, number, colour="white", sets=2, user="clerk", today=today)
    with database.write() as session:
        movements.record_goods_event(
            session,
            number,
            kind=GoodsEventKind.SOLD,
            on=date(2026, 4, 2),
            country="CH",
            items="4:1",
            document="CH customs receipt 2026/4411",
            user="clerk",
            today=today,
        )
    with database.write() as session:
        reissue.duplicate(session, number, on=date(2026, 5, 1), user="clerk", today=today)
    with database.read() as session:
        return [c.number for c in views.list_carnets(session, limit=1000) if c.number]
