"""registered follows: a duplicate or replacement carnet received from (or typed for) another
chamber keeps the number of the carnet it follows, which this desk may not hold

Revision ID: 0018_registered_follows
Revises: 0017_pg_search_documents
Create Date: 2026-12-02 05:00:00

The duplicate's and the replacement's forms print that number ("Duplicate of A.T.A. carnet
No. …"). Rows written before stay empty and are left out of the rows' digests.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_registered_follows"
down_revision = "0017_pg_search_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registered_carnets") as batch:
        batch.add_column(sa.Column("follows_number", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("registered_carnets") as batch:
        batch.drop_column("follows_number")
