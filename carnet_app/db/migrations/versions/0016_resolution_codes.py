"""resolution codes: an irregularity the desk resolved itself (accepted at discharge) keeps
the code and parameters of its resolution, so that each reader sees it in their own language

Revision ID: 0016_resolution_codes
Revises: 0015_message_codes
Create Date: 2026-12-01 06:00:00

A resolution a clerk typed stays their words, with no code. Rows written before keep their
English text and no code (history is not rewritten); the empty columns are left out of the
rows' digests, so trails written before this migration still verify.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_resolution_codes"
down_revision = "0015_message_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("irregularities") as batch:
        batch.add_column(sa.Column("resolution_code", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("resolution_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("irregularities") as batch:
        batch.drop_column("resolution_params")
        batch.drop_column("resolution_code")
