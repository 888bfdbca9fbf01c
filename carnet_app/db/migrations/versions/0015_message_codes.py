"""message codes: audit events and irregularities keep the code and parameters of what they
say, so that each reader sees them in their own language

Revision ID: 0015_message_codes
Revises: 0014_carnet_codes
Create Date: 2026-12-01 03:00:00

Rows written before keep their English text and no code (history is not rewritten). The audit
chain covers the code and parameters of the events that have one; an event without a code
hashes as before, and an irregularity's empty code is left out of its row digest, so trails
written before this migration still verify.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_message_codes"
down_revision = "0014_carnet_codes"
branch_labels = None
depends_on = None

TABLES = ("audit_events", "irregularities")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("code", sa.String(length=80), nullable=True))
            batch.add_column(sa.Column("params", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("params")
            batch.drop_column("code")
