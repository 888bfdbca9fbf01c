"""evidence: scans, photos and documents attached to a carnet, a movement or a claim"""

import sqlalchemy as sa
from alembic import op

revision = "0010_evidence"
down_revision = "0009_registered_carnets"


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carnet_id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("size >= 1", name=op.f("ck_attachments_size_positive")),
        sa.CheckConstraint(
            "media_type in ('application/pdf','image/png','image/jpeg','image/tiff')",
            name=op.f("ck_attachments_media_type"),
        ),
        sa.ForeignKeyConstraint(
            ["carnet_id"],
            ["carnets.id"],
            name=op.f("fk_attachments_carnet_id_carnets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movements.id"],
            name=op.f("fk_attachments_movement_id_movements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_attachments_claim_id_claims"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_carnet_id"), ["carnet_id"])
        batch_op.create_index(batch_op.f("ix_attachments_movement_id"), ["movement_id"])
        batch_op.create_index(batch_op.f("ix_attachments_claim_id"), ["claim_id"])


def downgrade() -> None:
    op.drop_table("attachments")
