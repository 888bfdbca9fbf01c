"""list sort indexes: the carnet list's sorts on columns with few values end on the id

The list asks for one page of ids at a time, ordered by the column and then by id. On SQLite
an index on the column already ends on the rowid; on PostgreSQL it does not, and a page of the
list sorted by status sorted the whole tie group (35,000 "active" carnets of 100,000: 0.12 s of
CPU). An index on (column, id) gives the page straight from the index on both.
"""

from alembic import op

revision = "0013_search_index"
down_revision = "0012_management_indexes"

# frozen at this revision (db/models.py LIST_TIE_SORTED_COLUMNS)
TIE_SORTED = ("status", "format", "goods_abroad", "item_count", "first_country", "open_claims")
# the single-column indexes the new ones replace (status keeps its (status, valid_until) one)
REPLACED = ("format", "goods_abroad", "item_count", "first_country", "open_claims")


def upgrade() -> None:
    for column in REPLACED:
        op.drop_index(f"ix_carnets_{column}", table_name="carnets")
    for column in TIE_SORTED:
        op.create_index(f"ix_carnets_{column}_id", "carnets", [column, "id"])


def downgrade() -> None:
    for column in TIE_SORTED:
        op.drop_index(f"ix_carnets_{column}_id", table_name="carnets")
    for column in REPLACED:
        op.create_index(f"ix_carnets_{column}", "carnets", [column])
