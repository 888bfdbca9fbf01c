"""Evidence attached to a carnet, one of its movements or one of its claims.

The file itself is kept in the database (so every backup, restore and export carries it with
the carnet it proves), with the SHA-256 that the audit trail records.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carnet_app.db.base import Base, UtcDateTime


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("size >= 1", name="size_positive"),
        CheckConstraint(
            "media_type in ('application/pdf','image/png','image/jpeg','image/tiff')",
            name="media_type",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("movements.id", ondelete="SET NULL"), index=True
    )
    claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="SET NULL"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(100))
