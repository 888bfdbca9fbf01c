"""carnet codes: each carnet's destinations and uses, with its status, currency and security,
as indexed rows for the management view

The rows come from each carnet's itinerary and uses, which the services read: on a database
that has carnets the migration leaves the same note as 0008 (unless an earlier migration's note,
which rebuilds every derived table, is still pending), and the desk and the command line fill
the table once when they next open it (deadlines.rebuild_if_pending).
"""

import sqlalchemy as sa
from alembic import op

import carnet_app.db.base

revision = "0014_carnet_codes"
down_revision = "0013_search_index"

REBUILD_KEY = "maintenance.rebuild-derived"  # services/deadlines.py: rebuild_if_pending()
CODES_ONLY = "0014_carnet_codes"  # the note's value when only this table needs filling


def upgrade() -> None:
    op.create_table(
        "carnet_codes",
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("security_amount", carnet_app.db.base.ScaledDecimal(), nullable=True),
        sa.Column("security_released_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_carnet_codes_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("carnet_id", "kind", "code", name=op.f("pk_carnet_codes")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_carnet_codes_code", "carnet_codes", ["code", "kind"])
    op.create_index(
        "ix_carnet_codes_totals",
        "carnet_codes",
        [
            "kind",
            "status",
            "currency",
            "code",
            "issued_on",
            "security_released_on",
            "security_amount",
        ],
    )
    if op.get_bind().execute(sa.text("SELECT 1 FROM carnets LIMIT 1")).first() is not None:
        settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
        pending = sa.select(settings.c.key).where(settings.c.key == REBUILD_KEY)
        if op.get_bind().execute(pending).first() is None:  # an earlier note rebuilds it all
            op.bulk_insert(settings, [{"key": REBUILD_KEY, "value": CODES_ONLY}])


def downgrade() -> None:
    op.drop_index("ix_carnet_codes_totals", table_name="carnet_codes")
    op.drop_index("ix_carnet_codes_code", table_name="carnet_codes")
    op.drop_table("carnet_codes")
