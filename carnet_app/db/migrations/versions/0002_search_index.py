"""search index: trigram full-text index for the desk's search as you type

SQLite only: FTS5 tables (trigram tokenizer) over carnet numbers and holder names
(external-content tables) and item descriptions/marks (a contentless table whose rowid is
carnet_id << 20 | item_no, so a match yields carnet ids without a lookup), kept in step by
triggers, then filled from the existing rows. Other backends search with ILIKE and need nothing. Runs on a database created
by the 0001 migration as well as on one created by ``create_all``; creating what exists already
is a no-op (IF NOT EXISTS), so a database whose index the desk built itself upgrades cleanly.
"""

from alembic import op

revision = "0002_search_index"
down_revision = "0001_initial"

TABLES = ("carnet_search_numbers", "carnet_search_holders", "carnet_search_items")
TRIGGERS = (
    "carnet_search_numbers_ai",
    "carnet_search_numbers_ad",
    "carnet_search_numbers_au_old",
    "carnet_search_numbers_au_new",
    "carnet_search_holders_ai",
    "carnet_search_holders_ad",
    "carnet_search_holders_au",
    "carnet_search_items_ai",
    "carnet_search_items_ad",
    "carnet_search_items_au",
)
CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS carnet_search_numbers USING fts5(number, content='carnets', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS carnet_search_holders USING fts5(name, content='holders', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS carnet_search_items USING fts5(description, marks, content='', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_numbers_ai AFTER INSERT ON carnets WHEN new.number IS NOT NULL BEGIN INSERT INTO carnet_search_numbers(rowid, number) VALUES (new.id, new.number); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_numbers_ad AFTER DELETE ON carnets WHEN old.number IS NOT NULL BEGIN INSERT INTO carnet_search_numbers(carnet_search_numbers, rowid, number) VALUES ('delete', old.id, old.number); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_numbers_au_old AFTER UPDATE OF number ON carnets WHEN old.number IS NOT NULL BEGIN INSERT INTO carnet_search_numbers(carnet_search_numbers, rowid, number) VALUES ('delete', old.id, old.number); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_numbers_au_new AFTER UPDATE OF number ON carnets WHEN new.number IS NOT NULL BEGIN INSERT INTO carnet_search_numbers(rowid, number) VALUES (new.id, new.number); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_holders_ai AFTER INSERT ON holders BEGIN INSERT INTO carnet_search_holders(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_holders_ad AFTER DELETE ON holders BEGIN INSERT INTO carnet_search_holders(carnet_search_holders, rowid, name) VALUES ('delete', old.id, old.name); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_holders_au AFTER UPDATE OF name ON holders BEGIN INSERT INTO carnet_search_holders(carnet_search_holders, rowid, name) VALUES ('delete', old.id, old.name); INSERT INTO carnet_search_holders(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_items_ai AFTER INSERT ON goods_items BEGIN INSERT INTO carnet_search_items(rowid, description, marks) VALUES ((new.carnet_id << 20) + new.item_no, new.description, new.marks); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_items_ad AFTER DELETE ON goods_items BEGIN INSERT INTO carnet_search_items(carnet_search_items, rowid, description, marks) VALUES ('delete', (old.carnet_id << 20) + old.item_no, old.description, old.marks); END",
    "CREATE TRIGGER IF NOT EXISTS carnet_search_items_au AFTER UPDATE OF carnet_id, item_no, description, marks ON goods_items BEGIN INSERT INTO carnet_search_items(carnet_search_items, rowid, description, marks) VALUES ('delete', (old.carnet_id << 20) + old.item_no, old.description, old.marks); INSERT INTO carnet_search_items(rowid, description, marks) VALUES ((new.carnet_id << 20) + new.item_no, new.description, new.marks); END",
)
FILL = (
    "INSERT INTO carnet_search_numbers(carnet_search_numbers) VALUES ('rebuild')",
    "INSERT INTO carnet_search_holders(carnet_search_holders) VALUES ('rebuild')",
    "INSERT INTO carnet_search_items(rowid, description, marks) SELECT (carnet_id << 20) + item_no, description, marks FROM goods_items",
)


def _fts5_available() -> bool:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.carnet_fts5_probe USING fts5(x, tokenize='trigram')"
        )
    except Exception:  # an SQLite built without FTS5 or trigram: the desk falls back to LIKE
        return False
    bind.exec_driver_sql("DROP TABLE temp.carnet_fts5_probe")
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite" or not _fts5_available():
        return
    exists = {
        row[0]
        for row in op.get_bind().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    fresh = not set(TABLES) <= exists
    for statement in CREATE:
        op.execute(statement)
    if fresh:
        for statement in FILL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
