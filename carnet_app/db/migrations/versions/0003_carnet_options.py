"""carnet options: holder kind and goods flags the security rules look at"""

import sqlalchemy as sa
from alembic import op

revision = "0003_carnet_options"
down_revision = "0002_search_index"


def upgrade() -> None:
    with op.batch_alter_table("carnets") as batch:
        batch.add_column(sa.Column("options", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("carnets") as batch:
        batch.drop_column("options")
