"""Shared fixtures for the reference-data and calculator tests: the shipped table and
schedules, the three sample applications, and a throw-away SQLite database."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.base import Base
from carnet_app.db.engine import make_engine
from carnet_app.db.reference_models import CountryRuleRow, ScheduleRow
from carnet_app.db.uow import Database
from carnet_app.domain.application import Application, parse_application
from carnet_app.domain.countries import CountryTable, parse_country_document
from carnet_app.domain.schedules import Schedule, parse_schedule
from carnet_app.resources import resource_path
from tests.conftest import TEST_DATA

TODAY = date(2026, 11, 27)  # after the eATA go-live of 2026-06-01


def shipped_table() -> CountryTable:
    with resource_path("reference", "countries.toml").open("rb") as handle:
        return parse_country_document(tomllib.load(handle))[0]


def schedule_document(name: str) -> dict[str, Any]:
    path = resource_path("reference", "schedules", f"{name}.toml")
    with path.open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)


def percentage_schedule() -> Schedule:
    return parse_schedule(schedule_document("percentage-of-value-example"))


def duty_schedule() -> Schedule:
    return parse_schedule(schedule_document("duty-based-example"))


def sample_application(name: str) -> Application:
    text = (TEST_DATA / f"application-{name}.json").read_text(encoding="utf-8")
    return parse_application(json.loads(text, parse_float=str))


def application(**changes: Any) -> Application:
    """A small valid application (French holder, PE, CH visit) with some fields changed."""
    data: dict[str, Any] = {
        "holder": {"name": "Atelier Test", "country": "FR"},
        "uses": ["PE"],
        "currency": "EUR",
        "format": "paper",
        "itinerary": [{"country": "CH", "kind": "visit", "times": 1}],
        "trips": 1,
        "goods": [
            {"description": "Camera, S/N 1", "pieces": 1, "value": "10000.00", "origin": "DE"}
        ],
    }
    data.update(changes)
    return parse_application(data)


@pytest.fixture(scope="session")
def table() -> CountryTable:
    return shipped_table()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(make_engine(f"sqlite:///{tmp_path / 'reference.sqlite3'}"))
    Base.metadata.create_all(db.engine, tables=[CountryRuleRow.__table__, ScheduleRow.__table__])
    try:
        yield db
    finally:
        db.dispose()
