"""`carnet list --search` finds exactly the carnets the desk's list finds for the same words:
accents and case ignored ("rhone" finds "Rhône"), "%" and "_" taken as the characters they are,
whatever the term. Before, the command line matched with its own LIKE: "vallee" found nothing
and "_" found every carnet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.db.queries import ListFilter, carnet_ids
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import views
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.services.conftest import TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder: Path = tmp_path_factory.mktemp("one-search")
    database = open_database(f"sqlite:///{folder / 'desk.sqlite3'}", AppPaths.from_base_dir(folder))
    with database.write() as session:
        fill_demo_data(session, carnets=1_500, seed=3, today=TODAY, user="demo")
    yield database
    database.dispose()


def _both(database: Database, term: str) -> tuple[set[int], set[int]]:
    with database.read() as session:
        command_line = {row.id for row in views.list_carnets(session, search=term, limit=10_000)}
        desk = set(carnet_ids(session, ListFilter(search=term), today=TODAY))
    return command_line, desk


@pytest.mark.parametrize("term", ["vallee", "VALLÉE", "rhone", "_", "%", "FR/", "cam", "Ca"])
def test_the_command_line_finds_what_the_desk_finds(demo_db: Database, term: str) -> None:
    command_line, desk = _both(demo_db, term)
    assert command_line == desk


def test_accents_are_ignored_and_wildcards_are_characters(demo_db: Database) -> None:
    assert _both(demo_db, "vallee")[0], "the demo's holders include 'Vallée'"
    assert _both(demo_db, "_")[0] == set(), "no demo text holds an underscore"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(term=st.text(alphabet=st.sampled_from("aeéiouVvlLR/0123_%  -"), min_size=1, max_size=6))
def test_any_term_finds_the_same_carnets_in_both(demo_db: Database, term: str) -> None:
    command_line, desk = _both(demo_db, term)
    assert command_line == desk
