"""The list a page at a time finds exactly what the whole-list query finds: the same carnets in
the same order, and the same count, whatever the case and accents of the text and of what was
typed, for terms shorter than a trigram too, and whichever way a page is found (collected and
sorted, or the sort index read in order)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from carnet_app.db.list_window import carnet_count_matching, carnet_id_page, first_page
from carnet_app.db.models import Carnet, GoodsItem, Holder
from carnet_app.db.queries import TRIGRAM, ListFilter, SortKey, carnet_ids
from carnet_app.db.text_fold import fold
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.postgres.backends import backend_params, pg
from tests.services.conftest import TODAY

LETTERS = "aAeEéÉèêëiIoOôöuUüçÇœŒæßøÅ stenSTEN-/0123"
ACCENTED = str.maketrans("aeiouc", "àéîöüç")
CARNETS = 150


@pytest.fixture(scope="module", params=backend_params())
def desk_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """Demo carnets on SQLite (the trigram index), and on PostgreSQL (pg_trgm) when the test
    run has a server."""
    folder: Path = tmp_path_factory.mktemp("list-window")
    if request.param == "postgresql":
        url = pg().with_schema()
    else:
        url = f"sqlite:///{folder / 'desk.sqlite3'}"
    database = open_database(url, AppPaths.from_base_dir(folder / "data"))
    with database.write() as session:
        fill_demo_data(session, carnets=CARNETS, seed=3, today=TODAY, user="test")
    yield database
    database.dispose()
    if request.param == "postgresql":
        pg().drop(url)


def _texts(database: Database) -> dict[int, list[tuple[str, str]]]:
    """Each carnet's searchable text, by kind: its number, its holder, its items."""
    texts: dict[int, list[tuple[str, str]]] = {}
    with database.read() as session:
        for carnet_id, number, holder in session.execute(
            select(Carnet.id, Carnet.number, Holder.name).join(Holder)
        ):
            texts[carnet_id] = [("number", number or ""), ("holder", holder)]
        for carnet_id, description, marks in session.execute(
            select(GoodsItem.carnet_id, GoodsItem.description, GoodsItem.marks)
        ):
            texts[carnet_id] += [("item", description), ("item", marks or "")]
    return texts


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def expected_matches(texts: dict[int, list[tuple[str, str]]], typed: str) -> set[int]:
    """What the search means: a term of a trigram or more, folded, inside the folded number,
    holder, item description or marks; a shorter one inside the number or the holder, case
    ignored (ASCII), as the search has always compared them."""
    term = typed.strip()
    if not term:
        return set(texts)
    if len(term) >= TRIGRAM:
        folded = fold(term) or ""
        return {
            cid for cid, found in texts.items() if any(folded in (fold(t) or "") for _, t in found)
        }
    short = _ascii_lower(term)
    return {
        cid
        for cid, found in texts.items()
        if any(kind != "item" and short in _ascii_lower(t) for kind, t in found)
    }


def _everything_in_pages(
    database: Database, flt: ListFilter, sort: SortKey, walk: bool
) -> list[int]:
    ids: list[int] = []
    with database.read() as session:
        window = first_page(session, flt, today=TODAY, sort=sort, limit=7)
        ids += window.ids
        offset = len(ids)
        while True:
            page = carnet_id_page(
                session, flt, today=TODAY, sort=sort, offset=offset, limit=11, walk=walk
            )
            ids += page
            offset += len(page)
            if len(page) < 11:
                return ids


def _typed(rng: random.Random, texts: dict[int, list[tuple[str, str]]]) -> str:
    """Something a clerk types: a slice of a number, a holder or an item, in another case,
    with or without accents; sometimes a short or unrelated string."""
    roll = rng.random()
    if roll < 0.2:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 4)))
    found = rng.choice(list(texts.values()))
    text = rng.choice([t for _, t in found if t]) if any(t for _, t in found) else "x"
    start = rng.randrange(len(text))
    piece = text[start : start + rng.randint(1, 8)]
    piece = piece.upper() if rng.random() < 0.4 else piece.lower()
    return piece.translate(ACCENTED) if rng.random() < 0.3 else piece


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    names=st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=18), min_size=1, max_size=4),
    descriptions=st.lists(st.text(alphabet=LETTERS, min_size=0, max_size=25), max_size=4),
    seed=st.integers(0, 10_000),
    sort=st.sampled_from([SortKey.NUMBER, SortKey.HOLDER, SortKey.VALUE, SortKey.STATUS]),
    status=st.sampled_from([(), ("active",), ("draft", "issued")]),
)
def test_pages_find_what_the_whole_list_finds(
    desk_db: Database,
    names: list[str],
    descriptions: list[str],
    seed: int,
    sort: SortKey,
    status: tuple[str, ...],
) -> None:
    rng = random.Random(seed)
    with desk_db.write() as session:  # new text with accents and case, through the triggers
        holders = session.execute(select(Holder).order_by(Holder.id)).scalars().all()
        for name in names:
            rng.choice(holders).name = name
        for description in descriptions:
            item = session.get(GoodsItem, rng.randint(1, 400))
            if item is not None:
                item.description = description
    texts = _texts(desk_db)
    for typed in [_typed(rng, texts) for _ in range(4)] + [rng.choice(names)]:
        flt = ListFilter(search=typed, statuses=status)
        with desk_db.read() as session:
            whole = carnet_ids(session, flt, today=TODAY, sort=sort)
            count = carnet_count_matching(session, flt, today=TODAY)
            window = first_page(session, flt, today=TODAY, sort=sort, limit=7)
            statuses = dict(session.execute(select(Carnet.id, Carnet.status)).all())
        if desk_db.engine.dialect.name == "sqlite":  # PostgreSQL's ILIKE folds more than ASCII
            wanted = {
                c for c in expected_matches(texts, typed) if statuses[c] in status or not status
            }
            assert set(whole) == wanted, typed
        assert count == len(whole)
        assert window.ids == whole[:7]
        assert window.total in (None, len(whole))
        for walk in (False, True):
            assert _everything_in_pages(desk_db, flt, sort, walk) == whole, (typed, walk)
