"""SQLite's search index: contentless FTS5 tables (trigram tokenizer) of folded text over
carnet numbers, holder names and goods lines, kept in step with their tables by triggers, and
the statements that fill them again (a rebuild, or a bulk load's carnet ranges).
Migration 0008 froze the same statements; ``ensure_search_index`` makes the index on a database
that lacks it."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from carnet_app.db.text_fold import SQL_FUNCTION

SEARCH_TABLES = ("search_numbers", "search_holders", "search_items")
# The tables the first search index used (migration 0002); migration 0008 replaced them.
OLD_SEARCH_TABLES = ("carnet_search_numbers", "carnet_search_holders", "carnet_search_items")
# An item's row in the item index: carnet id and item number in one rowid, so a match gives
# carnet ids without touching goods_items (item numbers stay below 2**20).
ITEM_ROWID_SHIFT = 20
_F = SQL_FUNCTION  # folds case and accents (db/text_fold.py), registered on every connection


def folded_sql(column: str) -> str:
    """SQL for ``carnet_fold(column)`` that leaves printable ASCII text to SQLite's own
    ``lower()`` (the same result: it lowers ASCII letters only) and calls the Python function
    only for other text: a bulk rebuild folds 13 million goods descriptions. SQLite's string
    functions stop at a NUL character, so text holding one (its characters before the NUL are
    fewer than its bytes) goes to the Python function too."""
    return (
        f"CASE WHEN length({column}) = length(CAST({column} AS BLOB)) "
        f"AND {column} NOT GLOB '*[^ -~]*' THEN lower({column}) ELSE {_F}({column}) END"
    )


# Contentless FTS5 tables (trigram tokenizer) of folded text: "rhone video" finds "Société
# Rhône Vidéo". The same statements are frozen in migration 0008.
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_numbers USING fts5("
    "number, content='', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_holders USING fts5("
    "name, content='', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_items USING fts5("
    "description, marks, content='', tokenize='trigram')",
    # carnets: only the number is indexed; it changes when a draft is issued.
    "CREATE TRIGGER IF NOT EXISTS search_numbers_ai AFTER INSERT ON carnets "
    "WHEN new.number IS NOT NULL BEGIN "
    f"INSERT INTO search_numbers(rowid, number) VALUES (new.id, {_F}(new.number)); END",
    "CREATE TRIGGER IF NOT EXISTS search_numbers_ad AFTER DELETE ON carnets "
    "WHEN old.number IS NOT NULL BEGIN "
    "INSERT INTO search_numbers(search_numbers, rowid, number) "
    f"VALUES ('delete', old.id, {_F}(old.number)); END",
    "CREATE TRIGGER IF NOT EXISTS search_numbers_au_old AFTER UPDATE OF number ON carnets "
    "WHEN old.number IS NOT NULL BEGIN "
    "INSERT INTO search_numbers(search_numbers, rowid, number) "
    f"VALUES ('delete', old.id, {_F}(old.number)); END",
    "CREATE TRIGGER IF NOT EXISTS search_numbers_au_new AFTER UPDATE OF number ON carnets "
    "WHEN new.number IS NOT NULL BEGIN "
    f"INSERT INTO search_numbers(rowid, number) VALUES (new.id, {_F}(new.number)); END",
    "CREATE TRIGGER IF NOT EXISTS search_holders_ai AFTER INSERT ON holders BEGIN "
    f"INSERT INTO search_holders(rowid, name) VALUES (new.id, {_F}(new.name)); END",
    "CREATE TRIGGER IF NOT EXISTS search_holders_ad AFTER DELETE ON holders BEGIN "
    "INSERT INTO search_holders(search_holders, rowid, name) "
    f"VALUES ('delete', old.id, {_F}(old.name)); END",
    "CREATE TRIGGER IF NOT EXISTS search_holders_au AFTER UPDATE OF name ON holders BEGIN "
    "INSERT INTO search_holders(search_holders, rowid, name) "
    f"VALUES ('delete', old.id, {_F}(old.name)); "
    f"INSERT INTO search_holders(rowid, name) VALUES (new.id, {_F}(new.name)); END",
    "CREATE TRIGGER IF NOT EXISTS search_items_ai AFTER INSERT ON goods_items BEGIN "
    "INSERT INTO search_items(rowid, description, marks) "
    f"VALUES ((new.carnet_id << 20) + new.item_no, {_F}(new.description), {_F}(new.marks)); END",
    "CREATE TRIGGER IF NOT EXISTS search_items_ad AFTER DELETE ON goods_items BEGIN "
    "INSERT INTO search_items(search_items, rowid, description, marks) "
    f"VALUES ('delete', (old.carnet_id << 20) + old.item_no, {_F}(old.description), "
    f"{_F}(old.marks)); END",
    "CREATE TRIGGER IF NOT EXISTS search_items_au "
    "AFTER UPDATE OF carnet_id, item_no, description, marks ON goods_items BEGIN "
    "INSERT INTO search_items(search_items, rowid, description, marks) "
    f"VALUES ('delete', (old.carnet_id << 20) + old.item_no, {_F}(old.description), "
    f"{_F}(old.marks)); "
    "INSERT INTO search_items(rowid, description, marks) "
    f"VALUES ((new.carnet_id << 20) + new.item_no, {_F}(new.description), {_F}(new.marks)); END",
)
# What each search table holds, made from its source table (a rebuild; a bulk load of goods
# lines fills the item index carnet range by carnet range: ``SEARCH_ITEMS_FILL`` with
# ``SEARCH_ITEMS_RANGE``).
SEARCH_NUMBERS_FILL = (
    f"INSERT INTO search_numbers(rowid, number) SELECT id, {folded_sql('number')} FROM carnets "
    "WHERE number IS NOT NULL"
)
SEARCH_HOLDERS_FILL = (
    f"INSERT INTO search_holders(rowid, name) SELECT id, {folded_sql('name')} FROM holders"
)
SEARCH_ITEMS_FILL = (
    "INSERT INTO search_items(rowid, description, marks) "
    f"SELECT (carnet_id << 20) + item_no, {folded_sql('description')}, {folded_sql('marks')} "
    "FROM goods_items"
)
SEARCH_ITEMS_RANGE = " WHERE carnet_id BETWEEN :first AND :last ORDER BY carnet_id, item_no"
SEARCH_FILLS = {
    "search_numbers": SEARCH_NUMBERS_FILL,
    "search_holders": SEARCH_HOLDERS_FILL,
    "search_items": SEARCH_ITEMS_FILL,
}


def search_rebuild(tables: tuple[str, ...] = SEARCH_TABLES) -> tuple[str, ...]:
    """The statements that empty and fill again the search ``tables``, leaving each one
    segment (the others only merged into one)."""
    return (
        # no merging while the rows go in (one merge at the end: a fifth less work), then the
        # default merging again for the writes to come
        *(f"INSERT INTO {t}({t}, rank) VALUES ('automerge', 0)" for t in SEARCH_TABLES),
        *(f"INSERT INTO {t}({t}) VALUES ('delete-all')" for t in tables),
        *(SEARCH_FILLS[t] for t in tables),
        # one segment per table: a bulk fill leaves thousands, and each MATCH reads every one
        # (a search that checks carnet by carnet, db/list_window.py, costs five times more)
        *(f"INSERT INTO {t}({t}) VALUES ('optimize')" for t in SEARCH_TABLES),
        *(f"INSERT INTO {t}({t}, rank) VALUES ('automerge', 4)" for t in SEARCH_TABLES),
    )


SEARCH_INDEX_REBUILD = search_rebuild()


_INDEXED_KEY = "carnet_search_index"


def has_search_index(session: Session) -> bool:
    """Whether this SQLite database has the trigram index (asked once per session: a list
    query asks several times)."""
    known = session.info.get(_INDEXED_KEY)
    if known is not None:
        return bool(known)
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b, :c)"),
        dict(zip(("a", "b", "c"), SEARCH_TABLES, strict=True)),
    ).scalar_one()
    session.info[_INDEXED_KEY] = int(found) == len(SEARCH_TABLES)
    return bool(session.info[_INDEXED_KEY])


def ensure_search_index(session: Session) -> bool:
    """Create and fill the search index if this SQLite database lacks it; True if built."""
    if session.get_bind().dialect.name != "sqlite" or has_search_index(session):
        return False
    for statement in SEARCH_INDEX_DDL + SEARCH_INDEX_REBUILD:
        session.execute(text(statement))
    session.info[_INDEXED_KEY] = True
    return True
