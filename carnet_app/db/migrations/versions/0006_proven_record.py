"""proven record: the database's own identity, and the rows each audited write recorded

* ``database_identity``: one row, a UUID made when the database is created (or upgraded to
  this revision). Backups are named and rotated by it, so two databases that happen to share a
  file name never rotate each other's copies away. It is not exported: a database filled by
  ``import-all`` keeps its own identity.
* ``audit_events.rows``: the digest of every business row the event's transaction wrote
  (``services.audit``), so that ``audit --verify`` can recompute them from the tables.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from carnet_app.db.base import UtcDateTime

revision = "0006_proven_record"
# On the h14 branch the chain ends at 0003; the lead points this at "0005_list_headings".
down_revision = "0005_list_headings"


def upgrade() -> None:
    identity = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_database_identity_one_row"),
    )
    op.bulk_insert(
        identity, [{"id": 1, "uuid": str(uuid.uuid4()), "created_at": datetime.now(UTC)}]
    )
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("rows", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("rows")
    op.drop_table("database_identity")
