"""letterhead: the chamber's contact details, signatory, town, letter language and the
margin kept on claim deadlines, for the letters it sends
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_letterhead"
down_revision = "0006_proven_record"

COLUMNS = (
    ("phone", sa.String(60), ""),
    ("email", sa.String(200), ""),
    ("logo_path", sa.Text(), ""),
    ("signatory_name", sa.String(200), ""),
    ("signatory_title", sa.String(200), ""),
    ("town", sa.String(100), ""),
    ("letter_language", sa.String(5), "en"),
)


def upgrade() -> None:
    with op.batch_alter_table("associations") as batch:
        for name, kind, default in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
        batch.add_column(
            sa.Column("claim_margin_days", sa.Integer(), nullable=False, server_default="14")
        )


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch copy of the table would trip over the
    # carnets that refer to it
    op.drop_column("associations", "claim_margin_days")
    for name, _, _ in reversed(COLUMNS):
        op.drop_column("associations", name)
