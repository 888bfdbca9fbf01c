"""PostgreSQL: a carnet's number and its goods lines' text folded in search documents of a few
lines each, so that a search reads one or two short rows per carnet instead of its every goods
line.

A document holds the descriptions and marks of up to ``LINES_PER_DOCUMENT`` goods lines of one
carnet, each folded (``carnet_fold``: no case, no accents) and joined by ``SEPARATOR``, a
character no search term holds (a term that holds it is searched through the goods lines,
``queries``); one more holds the carnet's folded number (folding it again for each carnet a
search checks cost more than the rest of the check). A term is then in a carnet's number, or in
a goods line's description or marks, exactly when it is in one of its carnet's documents: a
match cannot straddle two fields without holding the separator. Holders keep their own trigram
index (migration 0008): renaming one rewrites no document.

At a million carnets the goods are 12.9 million lines under two trigram indexes (descriptions,
marks): a common term's check of a carnet read its dozen lines, and a term found in a few
thousand carnets rechecked every candidate line. The documents are under two million rows with
one trigram GIN index (migration 0017), short enough that a rare term's candidates are rechecked
cheaply (a whole carnet in one document made a 300-line carnet a 14,000-character candidate for
any pair of trigrams), kept in step with every write in the same transaction
(``services/search_documents.py``, through ``db/touched.py``) and filled by ``demo-data``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

TABLE = "search_documents"
SEPARATOR = "\x1f"  # the ASCII unit separator: nothing a clerk types
LINES_PER_DOCUMENT = 8
_SEP = "E'\\x1f'"

NUMBER_PART = -1  # the document that holds the carnet's number
# the documents of the carnets ``{carnets}`` keeps, from their goods lines (the same statement is
# frozen in migration 0017): lines 1-8 of a carnet in its document 0, 9-16 in document 1, and so
# on; its number (once issued) in document -1
_FILL = (
    f"INSERT INTO {TABLE} (carnet_id, part, document) "
    f"SELECT carnet_id, (item_no - 1) / {LINES_PER_DOCUMENT}, "
    f"string_agg(coalesce(carnet_fold(description), '') || {_SEP} || "
    f"coalesce(carnet_fold(marks), ''), {_SEP} ORDER BY item_no, id) "
    "FROM goods_items WHERE {carnets} GROUP BY 1, 2 "
    f"UNION ALL SELECT id, {NUMBER_PART}, carnet_fold(number) FROM carnets "
    "WHERE number IS NOT NULL AND {numbers}"
)

_KEY = "carnet_search_documents"


def has_search_documents(session: Session) -> bool:
    """Whether this database keeps search documents (PostgreSQL with migration 0017 and
    pg_trgm); asked once per session."""
    known = session.info.get(_KEY)
    if known is not None:
        return bool(known)
    found = False
    if session.get_bind().dialect.name == "postgresql":
        found = bool(session.execute(text(f"SELECT to_regclass('{TABLE}') IS NOT NULL")).scalar())
    session.info[_KEY] = found
    return found


def usable_for(folded_term: str) -> bool:
    """Whether the documents answer a search for this folded term (they cannot for a term that
    holds the separator)."""
    return SEPARATOR not in folded_term


def refresh_search_documents(session: Session, carnet_ids: Iterable[int]) -> None:
    """The documents of these carnets made again from their goods lines."""
    ids = sorted(set(carnet_ids))
    if not ids or not has_search_documents(session):
        return
    session.execute(text(f"DELETE FROM {TABLE} WHERE carnet_id = ANY(:ids)"), {"ids": ids})
    fill = _FILL.format(carnets="carnet_id = ANY(:ids)", numbers="id = ANY(:ids)")
    session.execute(text(fill), {"ids": ids})


def fill_search_documents(connection: Connection, first_id: int, last_id: int) -> None:
    """The documents of carnets ``first_id``..``last_id``, which have none yet, in one
    statement (a bulk load that wrote their goods, batch by batch; the caller knows the
    database keeps documents). The goods are read by their carnet's range."""
    fill = _FILL.format(
        carnets="carnet_id BETWEEN :first AND :last", numbers="id BETWEEN :first AND :last"
    )
    connection.execute(text(fill), {"first": first_id, "last": last_id})


def rebuild_search_documents(session: Session) -> None:
    """Every carnet's documents made again (rows written without the desk's writes: an import
    of a whole database)."""
    if has_search_documents(session):
        session.execute(text(f"DELETE FROM {TABLE}"))
        fill = _FILL.format(carnets="true", numbers="true")
        session.execute(text(fill))
