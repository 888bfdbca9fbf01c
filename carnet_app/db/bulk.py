"""Bulk loading: keep the search index out of the way while many rows go in.

Row-by-row index triggers cost more than one rebuild at the end (1.3 million goods lines:
about 80 s of triggers against 20 s of rebuild), so a bulk load drops the triggers, inserts,
then recreates them and rebuilds the index, all inside the caller's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from carnet_app.db.queries import SEARCH_INDEX_DDL, SEARCH_INDEX_REBUILD, has_search_index

_TRIGGER_NAME = re.compile(r"CREATE TRIGGER IF NOT EXISTS (\w+)")


def _trigger_names() -> list[str]:
    return [m.group(1) for ddl in SEARCH_INDEX_DDL if (m := _TRIGGER_NAME.match(ddl))]


@contextmanager
def search_index_suspended(session: Session) -> Iterator[None]:
    if not has_search_index(session):
        yield
        return
    for name in _trigger_names():
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    yield
    session.flush()
    for statement in SEARCH_INDEX_DDL + SEARCH_INDEX_REBUILD:
        session.execute(text(statement))
