"""Carnets this desk did not issue: registered by hand from the green cover, or received as a
signed carnet file from the chamber that issued them.

The carnet itself is an ordinary ``carnets`` row (so stamps, alerts, trips and printing work on
it unchanged); this table keeps what only such a carnet has: who issued it (its home territory
is the issuing country, not this desk's association), how it came in, and which voucher sheets
are actually bound in the booklet.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carnet_app.db.base import Base, UtcDateTime


class RegisteredCarnet(Base):
    """A carnet issued elsewhere and followed on this desk."""

    __tablename__ = "registered_carnets"
    __table_args__ = (CheckConstraint("source in ('typed','received')", name="source"),)

    carnet_id: Mapped[int] = mapped_column(
        ForeignKey("carnets.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(10))
    issuer_name: Mapped[str] = mapped_column(String(200))
    issuer_country: Mapped[str] = mapped_column(String(2))
    # colour → {action: vouchers bound in the booklet}; {"yellow": {"exportation": 0, ...}}
    sheets: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # base64 Ed25519 public key of the chamber that signed the carnet file (received only)
    issuer_key: Mapped[str | None] = mapped_column(String(64))
    # a duplicate's or replacement's predecessor, by number (this desk may not hold it)
    follows_number: Mapped[str | None] = mapped_column(String(60))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    registered_by: Mapped[str] = mapped_column(String(100))
