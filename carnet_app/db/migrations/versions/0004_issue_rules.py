"""issue rules: the issuing association fixed on each carnet at issue, its security hold, the importations a
duplicate carries, a replacement's consent reference, the answers of --request-id commands
"""

import sqlalchemy as sa
from alembic import op

from carnet_app.db.base import ScaledDecimal, UtcDateTime

revision = "0004_issue_rules"
down_revision = "0003_carnet_options"

ISSUER_COLUMNS = ("name", "address", "country", "code", "currency")


def upgrade() -> None:
    op.create_table(
        "request_log",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("command", sa.String(length=60), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_request_log")),
    )
    with op.batch_alter_table("associations") as batch:
        batch.add_column(sa.Column("security_hold_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("items", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("handling_fee", ScaledDecimal(2), nullable=True))
    with op.batch_alter_table("carnets") as batch:
        batch.add_column(sa.Column("issuer_name", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("issuer_address", sa.Text(), nullable=True))
        batch.add_column(sa.Column("issuer_country", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("issuer_code", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("issuer_currency", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("opening_importations", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("replacement_consent", sa.Text(), nullable=True))
    # Carnets issued before this version take the association as it stands now (the desk kept
    # no other record of it).
    for column in ISSUER_COLUMNS:
        op.execute(
            f"UPDATE carnets SET issuer_{column} = (SELECT associations.{column} "
            f"FROM associations WHERE associations.id = carnets.association_id) "
            f"WHERE number IS NOT NULL"
        )


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch copy of these tables would trip over the
    # rows that refer to them
    op.drop_column("carnets", "replacement_consent")
    op.drop_column("carnets", "opening_importations")
    for column in reversed(ISSUER_COLUMNS):
        op.drop_column("carnets", f"issuer_{column}")
    op.drop_column("associations", "security_hold_months")
    op.drop_column("claims", "handling_fee")
    op.drop_column("claims", "items")
    op.drop_table("request_log")
