"""deadlines table: every carnet's alerts, kept in step by each write, read by the dashboard;
the list's summary columns on carnets, each indexed so that every list column sorts fast

Revision ID: 0008_deadlines_table
Revises: 0007_letterhead (chained after the previous head by the lead when merging)
Create Date: 2026-11-30 18:10:00

The table is filled here from the domain's per-carnet alert computation (the same code every
write runs afterwards), so an upgraded desk shows its dashboard at once; the summary columns
(items, value, first country, open claims) likewise.
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
    op.create_index("ix_deadlines_due_category_kind", "deadlines", ["due", "category", "kind"])
    op.create_index("ix_deadlines_kind_due", "deadlines", ["kind", "due"])
    op.create_index("ix_deadlines_holder_due", "deadlines", ["holder_id", "due"])
    with op.batch_alter_table("carnets") as batch:
        batch.add_column(sa.Column("item_count", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("value_total", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("first_country", sa.String(length=2), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("open_claims", sa.Integer(), nullable=False, server_default="0"))
    for column in SORT_COLUMNS:
        op.create_index(f"ix_carnets_{column}", "carnets", [column])
    _fill()


SORT_COLUMNS = ("item_count", "value_total", "first_country", "open_claims", "issued_on", "format")


def _fill() -> None:
    from sqlalchemy.orm import Session

    from carnet_app.services.deadlines import rebuild_all
    from carnet_app.services.list_columns import refresh_all_list_columns

    session = Session(bind=op.get_bind())
    try:
        refresh_all_list_columns(session)
        rebuild_all(session)
        session.flush()
    finally:
        session.close()


def downgrade() -> None:
    for column in SORT_COLUMNS:
        op.drop_index(f"ix_carnets_{column}", "carnets")
    for column in ("item_count", "value_total", "first_country", "open_claims"):
        if op.get_bind().dialect.name == "sqlite":  # 3.35+: no table copy (triggers stay)
            op.execute(f"ALTER TABLE carnets DROP COLUMN {column}")
        else:
            op.drop_column("carnets", column)
    op.drop_table("deadlines")
