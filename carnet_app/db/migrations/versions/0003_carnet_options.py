"""carnet options: holder kind and goods flags the security rules look at

Revision ID: 0003_carnet_options
Revises: 0002_search_index
Create Date: 2026-11-27 16:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_carnet_options"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("carnets") as batch:
        batch.add_column(sa.Column("options", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("carnets") as batch:
        batch.drop_column("options")
