"""Where each carnet's goods are now, one row per place abroad (kept in step with the ledger at
each write), so that the management view can sum the goods abroad of 100,000 carnets by
country without replaying a single ledger."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from carnet_app.db.base import Base, Money


class GoodsPosition(Base):
    __tablename__ = "goods_positions"
    __table_args__ = (CheckConstraint("pieces >= 1", name="pieces_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    place: Mapped[str] = mapped_column(String(16), index=True)
    pieces: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(Money)
    since: Mapped[date | None] = mapped_column(Date)
