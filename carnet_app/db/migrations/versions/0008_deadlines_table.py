"""deadlines table: every carnet's alerts, kept in step by each write, read by the dashboard;
the list's summary columns on carnets, each indexed so that every list column sorts fast

The table and the summary columns (items, value, first country, open claims) are filled from
the domain's computations by the services when the desk or the command line next opens the
database (``deadlines.rebuild_if_pending``): this migration leaves the note that asks for it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_deadlines_table"
down_revision = "0007_letterhead"


def upgrade() -> None:
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("countries", sa.String(length=400), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("focus", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_deadlines_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
    )
    op.create_index("ix_deadlines_carnet_id", "deadlines", ["carnet_id"])
    op.create_index("ix_deadlines_category_due", "deadlines", ["category", "due", "id"])
    op.create_index("ix_deadlines_due_category_kind", "deadlines", ["due", "category", "kind"])
    op.create_index("ix_deadlines_kind_due", "deadlines", ["kind", "due"])
    op.create_index("ix_deadlines_holder_due", "deadlines", ["holder_id", "due"])
    with op.batch_alter_table("carnets") as batch:
        batch.add_column(sa.Column("item_count", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("value_total", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("first_country", sa.String(length=2), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("open_claims", sa.Integer(), nullable=False, server_default="0"))
    for column in SORT_COLUMNS:
        op.create_index(f"ix_carnets_{column}", "carnets", [column])
    _fill()
    _replace_search_index()
    _postgresql_search_index()


SORT_COLUMNS = ("item_count", "value_total", "first_country", "open_claims", "issued_on", "format")


REBUILD_KEY = "maintenance.rebuild-derived"  # services/deadlines.py: rebuild_if_pending()


def _fill() -> None:
    """The deadlines and the list's totals are computed by the services (the domain's alert
    rules, the ledger): a migration does not import them. It leaves a note; the desk and the
    command line rebuild both, once, when they next open the database."""
    if op.get_bind().execute(sa.text("SELECT 1 FROM carnets LIMIT 1")).first() is None:
        return  # nothing to compute (a new database): every write keeps them from now on
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
    op.execute(settings.delete().where(settings.c.key == REBUILD_KEY))
    op.bulk_insert(settings, [{"key": REBUILD_KEY, "value": "0008_deadlines_table"}])


# PostgreSQL: trigram (pg_trgm) GIN indexes over folded text (unaccent, lower) of the same
# columns the SQLite index holds; the desk's search uses them when carnet_fold() exists.
PG_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    "CREATE OR REPLACE FUNCTION carnet_fold(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, "
    "$1)) $$",
    "CREATE INDEX IF NOT EXISTS ix_search_carnets_number ON carnets "
    "USING gin (carnet_fold(number) public.gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_search_holders_name ON holders "
    "USING gin (carnet_fold(name) public.gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_search_items_description ON goods_items "
    "USING gin (carnet_fold(description) public.gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_search_items_marks ON goods_items "
    "USING gin (carnet_fold(marks) public.gin_trgm_ops)",
)
PG_SEARCH_DROP = (
    "DROP INDEX IF EXISTS ix_search_carnets_number",
    "DROP INDEX IF EXISTS ix_search_holders_name",
    "DROP INDEX IF EXISTS ix_search_items_description",
    "DROP INDEX IF EXISTS ix_search_items_marks",
    "DROP FUNCTION IF EXISTS carnet_fold(text)",
)


def _postgresql_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():  # a server without the contrib extensions: ILIKE it is
            for statement in PG_SEARCH:
                bind.exec_driver_sql(statement)
    except Exception:  # any refusal: missing extension, no right to create it
        return


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SEARCH_DROP:
            op.execute(statement)
    _drop_search_index()  # migration 0002's index comes back on the next start (the desk
    # builds a missing index), not here
    for column in SORT_COLUMNS:
        op.drop_index(f"ix_carnets_{column}", "carnets")
    for column in ("item_count", "value_total", "first_country", "open_claims"):
        if op.get_bind().dialect.name == "sqlite":  # 3.35+: no table copy (triggers stay)
            op.execute(f"ALTER TABLE carnets DROP COLUMN {column}")
        else:
            op.drop_column("carnets", column)
    op.drop_table("deadlines")


# The search index of folded text (no case, no accents): contentless FTS5 tables filled by
# triggers through carnet_fold(), a function every connection of the desk registers
# (db/engine.py). A frozen copy of db/queries.py's statements at this revision.
OLD_SEARCH_TABLES = ("carnet_search_numbers", "carnet_search_holders", "carnet_search_items")
OLD_SEARCH_TRIGGERS = (
    'carnet_search_numbers_ai',
    'carnet_search_numbers_ad',
    'carnet_search_numbers_au_old',
    'carnet_search_numbers_au_new',
    'carnet_search_holders_ai',
    'carnet_search_holders_ad',
    'carnet_search_holders_au',
    'carnet_search_items_ai',
    'carnet_search_items_ad',
    'carnet_search_items_au',
)
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_numbers USING fts5(number, content='', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_holders USING fts5(name, content='', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_items USING fts5(description, marks, content='', tokenize='trigram')",
    'CREATE TRIGGER IF NOT EXISTS search_numbers_ai AFTER INSERT ON carnets WHEN new.number IS NOT NULL BEGIN INSERT INTO search_numbers(rowid, number) VALUES (new.id, carnet_fold(new.number)); END',
    "CREATE TRIGGER IF NOT EXISTS search_numbers_ad AFTER DELETE ON carnets WHEN old.number IS NOT NULL BEGIN INSERT INTO search_numbers(search_numbers, rowid, number) VALUES ('delete', old.id, carnet_fold(old.number)); END",
    "CREATE TRIGGER IF NOT EXISTS search_numbers_au_old AFTER UPDATE OF number ON carnets WHEN old.number IS NOT NULL BEGIN INSERT INTO search_numbers(search_numbers, rowid, number) VALUES ('delete', old.id, carnet_fold(old.number)); END",
    'CREATE TRIGGER IF NOT EXISTS search_numbers_au_new AFTER UPDATE OF number ON carnets WHEN new.number IS NOT NULL BEGIN INSERT INTO search_numbers(rowid, number) VALUES (new.id, carnet_fold(new.number)); END',
    'CREATE TRIGGER IF NOT EXISTS search_holders_ai AFTER INSERT ON holders BEGIN INSERT INTO search_holders(rowid, name) VALUES (new.id, carnet_fold(new.name)); END',
    "CREATE TRIGGER IF NOT EXISTS search_holders_ad AFTER DELETE ON holders BEGIN INSERT INTO search_holders(search_holders, rowid, name) VALUES ('delete', old.id, carnet_fold(old.name)); END",
    "CREATE TRIGGER IF NOT EXISTS search_holders_au AFTER UPDATE OF name ON holders BEGIN INSERT INTO search_holders(search_holders, rowid, name) VALUES ('delete', old.id, carnet_fold(old.name)); INSERT INTO search_holders(rowid, name) VALUES (new.id, carnet_fold(new.name)); END",
    'CREATE TRIGGER IF NOT EXISTS search_items_ai AFTER INSERT ON goods_items BEGIN INSERT INTO search_items(rowid, description, marks) VALUES ((new.carnet_id << 20) + new.item_no, carnet_fold(new.description), carnet_fold(new.marks)); END',
    "CREATE TRIGGER IF NOT EXISTS search_items_ad AFTER DELETE ON goods_items BEGIN INSERT INTO search_items(search_items, rowid, description, marks) VALUES ('delete', (old.carnet_id << 20) + old.item_no, carnet_fold(old.description), carnet_fold(old.marks)); END",
    "CREATE TRIGGER IF NOT EXISTS search_items_au AFTER UPDATE OF carnet_id, item_no, description, marks ON goods_items BEGIN INSERT INTO search_items(search_items, rowid, description, marks) VALUES ('delete', (old.carnet_id << 20) + old.item_no, carnet_fold(old.description), carnet_fold(old.marks)); INSERT INTO search_items(rowid, description, marks) VALUES ((new.carnet_id << 20) + new.item_no, carnet_fold(new.description), carnet_fold(new.marks)); END",
)
SEARCH_FILL = (
    'DELETE FROM search_numbers',
    'DELETE FROM search_holders',
    'DELETE FROM search_items',
    'INSERT INTO search_numbers(rowid, number) SELECT id, carnet_fold(number) FROM carnets WHERE number IS NOT NULL',
    'INSERT INTO search_holders(rowid, name) SELECT id, carnet_fold(name) FROM holders',
    'INSERT INTO search_items(rowid, description, marks) SELECT (carnet_id << 20) + item_no, carnet_fold(description), carnet_fold(marks) FROM goods_items',
)


def _replace_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    tables = {
        row[0]
        for row in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for trigger in OLD_SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in OLD_SEARCH_TABLES:
        if table in tables:
            op.execute(f"DROP TABLE {table}")
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fold_probe USING fts5(x, tokenize='trigram')")
    except Exception:  # an SQLite without FTS5 trigram: the desk searches with LIKE
        return
    bind.exec_driver_sql("DROP TABLE temp.fold_probe")
    for statement in SEARCH_DDL + SEARCH_FILL:
        op.execute(statement)


def _drop_search_index() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SEARCH_DDL:
        if statement.startswith("CREATE TRIGGER IF NOT EXISTS "):
            name = statement.split()[5]
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("search_numbers", "search_holders", "search_items"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
