"""Each way the list finds a search's first page (the list read in order checking each carnet,
the list read in order against the matches collected once, every match collected and sorted)
gives exactly the carnets, in the order, that the whole-list query gives: a clerk sees the same
list whichever the desk guessed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet_app.db import list_window
from carnet_app.db.queries import ListFilter, SortKey, carnet_ids
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.services.conftest import TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder: Path = tmp_path_factory.mktemp("strategies")
    database = open_database(f"sqlite:///{folder / 'desk.sqlite3'}", AppPaths.from_base_dir(folder))
    with database.write() as session:
        fill_demo_data(session, carnets=1_500, seed=3, today=TODAY, user="demo")
    yield database
    database.dispose()


# a holder's word (a few percent of the carnets), a product (many), a serial number (few)
TERMS = {"Vallée": list_window.SET_WALK, "camera": list_window.WALK, "4711": list_window.COLLECT}


@pytest.mark.parametrize("term", sorted(TERMS))
def test_every_strategy_gives_the_whole_list_first_page(demo_db: Database, term: str) -> None:
    with demo_db.read() as session:
        assert list_window._strategy(session, term) == TERMS[term]
        for sort in (SortKey.NUMBER, SortKey.HOLDER, SortKey.VALUE, SortKey.STATUS):
            for descending in (False, True):
                flt = ListFilter(search=term)
                expected = carnet_ids(session, flt, today=TODAY, sort=sort, descending=descending)
                window = list_window.first_page(
                    session, flt, today=TODAY, sort=sort, descending=descending, limit=40
                )
                assert window.ids == expected[:40], (term, sort, descending)
                assert window.total in (None, len(expected))
