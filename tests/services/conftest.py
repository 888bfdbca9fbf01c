"""Services against a real temporary SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.paths import AppPaths
from carnet_app.services import carnets
from carnet_app.services.database import open_database
from tests.conftest import TEST_DATA
from tests.postgres.backends import backend_params, pg

TODAY = date(2026, 11, 27)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_base_dir(tmp_path / "data")


@pytest.fixture(params=backend_params())
def database(request: pytest.FixtureRequest, tmp_path: Path, paths: AppPaths) -> Iterator[Database]:
    """A desk's database: a SQLite file, and a PostgreSQL database too when the test run has
    a server (``CARNET_TEST_PG_URL``, see tests/postgres/backends.py)."""
    if request.param == "postgresql":
        url = pg().with_schema()
    else:
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = open_database(url, paths)
    with db.write() as session:
        carnets.set_association(
            session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="admin"
        )
    yield db
    db.dispose()
    if request.param == "postgresql":
        pg().drop(url)


def sample_application(name: str = "film-shoot", **changes: Any) -> dict[str, Any]:
    data = json.loads((TEST_DATA / f"application-{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def issue_sample(
    database: Database,
    name: str = "film-shoot",
    *,
    on: date = date(2026, 3, 2),
    today: date = TODAY,
    **changes: Any,
) -> str:
    with database.write() as session:
        draft = carnets.apply(
            session,
            parse_application(sample_application(name, **changes)),
            user="clerk",
            today=TODAY,
        )
        draft_id = draft.id
    with database.write() as session:
        issued = carnets.issue(session, draft_id, on=on, user="clerk", today=today)
        assert issued.number is not None
        return issued.number
