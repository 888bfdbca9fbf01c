"""management indexes: the management view reads carnets and movements from narrow indexes"""

from alembic import op

revision = "0012_management_indexes"
down_revision = "0011_goods_positions"


def upgrade() -> None:
    op.create_index(
        "ix_carnets_guarantee",
        "carnets",
        [
            "status",
            "currency",
            "issued_on",
            "valid_until",
            "security_released_on",
            "security_amount",
        ],
    )
    op.create_index(
        "ix_movements_voucher_month", "movements", ["date", "voucher_colour", "carnet_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_movements_voucher_month", table_name="movements")
    op.drop_index("ix_carnets_guarantee", table_name="carnets")
