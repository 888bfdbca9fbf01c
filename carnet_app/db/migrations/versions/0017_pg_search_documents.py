"""search documents: PostgreSQL searches the goods in folded documents of eight lines each;
the sort indexes of the columns drafts leave empty

Revision ID: 0017_pg_search_documents
Revises: 0016_resolution_codes
Create Date: 2026-12-01 06:00:00

PostgreSQL only (SQLite's trigram index, migration 0008, already finds a carnet's goods by its
carnet id): a table ``search_documents`` of one row per eight goods lines of a carnet (their
descriptions and marks folded by carnet_fold() and joined by the unit separator) and one for its
number, with a pg_trgm GIN index, filled here from the existing rows; the goods lines' own
trigram indexes (migration 0008) are dropped, the search no longer reads them. At a million
carnets a search read 12.9 million goods lines through them. Nothing of it happens on a server without carnet_fold()
(no pg_trgm / unaccent: the desk searches with ILIKE) nor on SQLite.

Both databases: indexes on (number, id), (issued_on, id) and (valid_until, id), so that the list
sorted by one of them finds a page in the index when many carnets (the drafts) have none yet.
"""

from alembic import op

revision = "0017_pg_search_documents"
down_revision = "0016_resolution_codes"
branch_labels = None
depends_on = None

# frozen at this revision (db/search_documents.py)
SEP = "E'\\x1f'"
CREATE = (
    "CREATE TABLE search_documents (carnet_id INTEGER NOT NULL "
    "REFERENCES carnets (id) ON DELETE CASCADE, part INTEGER NOT NULL, document TEXT NOT NULL, "
    "CONSTRAINT pk_search_documents PRIMARY KEY (carnet_id, part))",
)
FILL = (
    "INSERT INTO search_documents (carnet_id, part, document) "
    "SELECT carnet_id, (item_no - 1) / 8, "
    f"string_agg(coalesce(carnet_fold(description), '') || {SEP} || "
    f"coalesce(carnet_fold(marks), ''), {SEP} ORDER BY item_no, id) "
    "FROM goods_items GROUP BY 1, 2 "
    "UNION ALL SELECT id, -1, carnet_fold(number) FROM carnets WHERE number IS NOT NULL"
)
INDEX = (
    "CREATE INDEX ix_search_documents_document ON search_documents "
    "USING gin (document public.gin_trgm_ops)"
)
ITEM_INDEXES = {
    "ix_search_items_description": "description",
    "ix_search_items_marks": "marks",
}


# both databases: the list sorted by these ends on the id in the index (the drafts, without a
# number or dates, are one tie group: 40,000 at a million carnets, read whole for one page on
# PostgreSQL); frozen at this revision (db/models.py LIST_DRAFT_EMPTY_COLUMNS)
DRAFT_EMPTY = ("number", "issued_on", "valid_until")


def _has_folded_function() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    found = bind.exec_driver_sql("SELECT to_regprocedure('carnet_fold(text)') IS NOT NULL")
    return bool(found.scalar())


def upgrade() -> None:
    for column in DRAFT_EMPTY:
        op.create_index(f"ix_carnets_{column}_id", "carnets", [column, "id"])
    if not _has_folded_function():
        return
    for statement in CREATE:
        op.execute(statement)
    op.execute("SET LOCAL maintenance_work_mem = '512MB'")
    op.execute(FILL)
    op.execute(INDEX)
    for name in ITEM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("ANALYZE search_documents")


def downgrade() -> None:
    for column in DRAFT_EMPTY:
        op.drop_index(f"ix_carnets_{column}_id", table_name="carnets")
    if not _has_folded_function():
        return
    for name, column in ITEM_INDEXES.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON goods_items "
            f"USING gin (carnet_fold({column}) public.gin_trgm_ops)"
        )
    op.execute("DROP TABLE IF EXISTS search_documents")
