"""goods positions: where each carnet's goods are now, one row per place abroad

The rows are computed from each carnet's ledger by the services, which a migration does not
import: on a database that has carnets it leaves the same note as 0008, and the desk and the
command line fill the table once when they next open it (deadlines.rebuild_if_pending).
"""

import sqlalchemy as sa
from alembic import op

import carnet_app.db.base

revision = "0011_goods_positions"
down_revision = "0010_evidence"

REBUILD_KEY = "maintenance.rebuild-derived"  # services/deadlines.py: rebuild_if_pending()


def upgrade() -> None:
    op.create_table(
        "goods_positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=16), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("value", carnet_app.db.base.ScaledDecimal(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.CheckConstraint("pieces >= 1", name=op.f("ck_goods_positions_pieces_positive")),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_goods_positions_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goods_positions")),
    )
    with op.batch_alter_table("goods_positions") as batch_op:
        batch_op.create_index(batch_op.f("ix_goods_positions_carnet_id"), ["carnet_id"])
        batch_op.create_index(batch_op.f("ix_goods_positions_place"), ["place"])
    if op.get_bind().execute(sa.text("SELECT 1 FROM carnets LIMIT 1")).first() is not None:
        settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
        op.execute(settings.delete().where(settings.c.key == REBUILD_KEY))
        op.bulk_insert(settings, [{"key": REBUILD_KEY, "value": "0011_goods_positions"}])


def downgrade() -> None:
    op.drop_table("goods_positions")
