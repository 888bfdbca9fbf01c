"""registered carnets: carnets issued elsewhere, registered by hand or received signed"""

import sqlalchemy as sa
from alembic import op

revision = "0009_registered_carnets"
down_revision = "0008_deadlines_table"


def upgrade() -> None:
    op.create_table(
        "registered_carnets",
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("issuer_name", sa.String(length=200), nullable=False),
        sa.Column("issuer_country", sa.String(length=2), nullable=False),
        sa.Column("sheets", sa.JSON(), nullable=False),
        sa.Column("issuer_key", sa.String(length=64), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "source in ('typed','received')", name=op.f("ck_registered_carnets_source")
        ),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_registered_carnets_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("carnet_id", name=op.f("pk_registered_carnets")),
    )


def downgrade() -> None:
    op.drop_table("registered_carnets")
