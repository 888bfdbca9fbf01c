"""Each carnet's destinations and intended uses as rows, with the few carnet fields the
management view sums and filters by (status, currency, security, issue date), kept in step
with the carnet at each write. The view then groups 100,000 carnets by country or use from one
covering index instead of unpacking every carnet's JSON itinerary and joining it back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from carnet_app.db.base import Base, Money

DESTINATION = "destination"
USE = "use"


class CarnetCode(Base):
    __tablename__ = "carnet_codes"
    __table_args__ = (
        Index("ix_carnet_codes_code", "code", "kind"),
        Index(
            "ix_carnet_codes_totals",
            "kind",
            "status",
            "currency",
            "code",
            "issued_on",
            "security_released_on",
            "security_amount",
        ),
        {"sqlite_with_rowid": False},
    )

    carnet_id: Mapped[int] = mapped_column(
        ForeignKey("carnets.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    # copies of the carnet's own fields (services/carnet_codes.py refreshes them with it)
    status: Mapped[str] = mapped_column(String(12))
    currency: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[date | None] = mapped_column(Date)
    security_amount: Mapped[Decimal | None] = mapped_column(Money)
    security_released_on: Mapped[date | None] = mapped_column(Date)
