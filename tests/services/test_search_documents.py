"""PostgreSQL searches numbers and goods through search documents (a number or a few goods lines
folded in each, db/search_documents.py): after any write to them, a term finds through the
documents exactly the carnets whose number or goods lines hold it (each line's description or
marks folded on its own), as the search through every goods line did."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, GoodsItem
from carnet_app.db.queries import ListFilter, _like_pattern, carnet_ids
from carnet_app.db.search_documents import SEPARATOR, has_search_documents
from carnet_app.db.text_fold import fold
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import portability
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.postgres.backends import pg, pg_admin_url
from tests.services.conftest import TODAY

pytestmark = pytest.mark.skipif(not pg_admin_url(), reason="needs a PostgreSQL server")

LETTERS = "aAeEéÉèiIoOôöuüçÇœßø stenSTEN-/0123%_\\" + SEPARATOR
ACCENTED = str.maketrans("aeiouc", "àéîöüç")
BY_LINES = (
    "SELECT carnet_id FROM goods_items WHERE carnet_fold(description) LIKE :p "
    "ESCAPE '\\' OR carnet_fold(marks) LIKE :p ESCAPE '\\' "
    "UNION SELECT id FROM carnets WHERE carnet_fold(number) LIKE :p ESCAPE '\\'"
)
BY_DOCUMENTS = "SELECT DISTINCT carnet_id FROM search_documents WHERE document LIKE :p ESCAPE '\\'"


@pytest.fixture(scope="module")
def desk_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder: Path = tmp_path_factory.mktemp("search-documents")
    url = pg().with_schema()
    database = open_database(url, AppPaths.from_base_dir(folder / "data"))
    with database.write() as session:
        fill_demo_data(session, carnets=40, seed=11, today=TODAY, user="test")
    yield database
    database.dispose()
    pg().drop(url)


def _found(session: Session, statement: str, term: str) -> set[int]:
    pattern = _like_pattern(fold(term) or "")
    return {int(row[0]) for row in session.execute(text(statement), {"p": pattern})}


def _typed(rng: random.Random, lines: list[tuple[str, str]]) -> str:
    """A slice of a description or marks (perhaps across the end of one), in another case,
    with or without accents; sometimes an unrelated string."""
    if rng.random() < 0.2 or not lines:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 5)))
    description, marks = rng.choice(lines)
    whole = f"{description}{SEPARATOR}{marks}" if rng.random() < 0.1 else description
    start = rng.randrange(max(1, len(whole)))
    piece = whole[start : start + rng.randint(3, 9)]
    piece = piece.upper() if rng.random() < 0.4 else piece.lower()
    return piece.translate(ACCENTED) if rng.random() < 0.3 else piece


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(st.text(alphabet=LETTERS, min_size=0, max_size=30), min_size=1, max_size=5),
    seed=st.integers(0, 10_000),
    renumber=st.booleans(),
    delete=st.booleans(),
)
def test_documents_find_what_the_goods_lines_hold(
    desk_db: Database, texts: list[str], seed: int, renumber: bool, delete: bool
) -> None:
    rng = random.Random(seed)
    with desk_db.write() as session:  # goods changed as a clerk's edits change them
        assert has_search_documents(session)
        items = session.execute(select(GoodsItem).order_by(GoodsItem.id)).scalars().all()
        for value in texts:
            item = rng.choice(items)
            if rng.random() < 0.5:
                item.description = value
            else:
                item.marks = value
        # lines renumbered or taken off a general list not yet issued (the ledger of a
        # carnet in use refuses it)
        drafts = (
            session.execute(
                select(GoodsItem)
                .join(Carnet)
                .where(Carnet.status == "draft")
                .order_by(GoodsItem.id)
            )
            .scalars()
            .all()
        )
        if renumber and drafts:  # a line moved to another document of its carnet
            rng.choice(drafts).item_no += 1_000
        if delete and drafts:
            session.delete(rng.choice(drafts))
        if renumber:  # a number changed (as issuing a draft gives it one)
            carnet = session.get(Carnet, rng.choice(items).carnet_id)
            assert carnet is not None
            carnet.number = f"ÉTÉ/{seed}/{rng.choice(texts)[:8]}/{carnet.id}"
    with desk_db.read() as session:
        lines = [
            (d or "", m or "")
            for d, m in session.execute(select(GoodsItem.description, GoodsItem.marks))
        ]
        for term in [_typed(rng, lines) for _ in range(6)] + texts:
            folded = fold(term.strip()) or ""
            if len(folded) < 3:
                continue
            by_lines = _found(session, BY_LINES, term.strip())
            if SEPARATOR not in folded:
                assert _found(session, BY_DOCUMENTS, term.strip()) == by_lines, term
            # the list's own search (documents, or the goods lines for a term that holds the
            # separator): what the numbers and lines hold, holders aside
            listed = set(carnet_ids(session, ListFilter(search=term), today=TODAY))
            assert by_lines <= listed, term


def test_a_whole_database_imported_is_searched_as_the_one_exported(
    desk_db: Database, tmp_path: Path
) -> None:
    """The documents are derived rows, not in an export: an import makes them again."""
    exported = tmp_path / "desk.json"
    with desk_db.read() as session, exported.open("w", encoding="utf-8") as stream:
        portability.write_database_json(session, stream)
    url = pg().with_schema()
    copy = open_database(url, AppPaths.from_base_dir(tmp_path / "copy"))
    try:
        tables = portability.checked_rows(portability.read_export(exported), exported.name)
        with copy.write() as session:
            portability.replace_all_rows(session, tables)
        documents = "SELECT carnet_id, part, document FROM search_documents ORDER BY 1, 2"
        with desk_db.read() as original, copy.read() as imported:
            written = original.execute(text(documents)).all()
            assert written
            assert imported.execute(text(documents)).all() == written
            term = written[-1][2][:5]
            assert carnet_ids(imported, ListFilter(search=term), today=TODAY) == carnet_ids(
                original, ListFilter(search=term), today=TODAY
            )
    finally:
        copy.dispose()
        pg().drop(url)
