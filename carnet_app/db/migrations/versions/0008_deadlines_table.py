"""deadlines table: every carnet's alerts, kept in step by each write, read by the dashboard

Revision ID: 0008_deadlines_table
Revises: 0007_letterhead (chained after the previous head by the lead when merging)
Create Date: 2026-11-30 18:10:00

The table is filled here from the domain's per-carnet alert computation (the same code every
write runs afterwards), so an upgraded desk shows its dashboard at once.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_deadlines_table"
down_revision = "0003_carnet_options"  # lead: "0007_letterhead" once the chain is merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("countries", sa.String(length=400), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("focus", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_deadlines_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
    )
    op.create_index("ix_deadlines_carnet_id", "deadlines", ["carnet_id"])
    op.create_index("ix_deadlines_category_due", "deadlines", ["category", "due", "id"])
    op.create_index(
        "ix_deadlines_due_category_kind", "deadlines", ["due", "category", "kind"]
    )
    op.create_index("ix_deadlines_kind_due", "deadlines", ["kind", "due"])
    op.create_index("ix_deadlines_holder_due", "deadlines", ["holder_id", "due"])
    _fill()


def _fill() -> None:
    from sqlalchemy.orm import Session

    from carnet_app.services.deadlines import rebuild_all

    session = Session(bind=op.get_bind())
    try:
        rebuild_all(session)
        session.flush()
    finally:
        session.close()


def downgrade() -> None:
    op.drop_table("deadlines")
