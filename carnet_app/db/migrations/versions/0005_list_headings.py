"""group headings of general lists ("CASE 1 – CAMERA KIT"), kept on the line they open; the
number of intended uses a country accepts together (China: one)
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_list_headings"
down_revision = "0004_issue_rules"


def upgrade() -> None:
    with op.batch_alter_table("goods_items") as batch:
        batch.add_column(sa.Column("heading", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("country_rules") as batch:
        batch.add_column(sa.Column("uses_at_once", sa.Integer(), nullable=True))
    # the shipped row for China, unless the administrator has edited it
    op.execute(
        "UPDATE country_rules SET uses_at_once = 1 WHERE code = 'CN' AND NOT edited_by_admin"
    )


def downgrade() -> None:
    with op.batch_alter_table("country_rules") as batch:
        batch.drop_column("uses_at_once")
    with op.batch_alter_table("goods_items") as batch:
        batch.drop_column("heading")
