"""Reference data the administrator edits: the country rules and the security/fee schedules.

Rows are seeded from ``resources/reference/`` (``services.reference.seed_reference_data``); a
row the administrator edited is never overwritten by a later release.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carnet_app.db.base import Base, UtcDateTime


class CountryRuleRow(Base):
    """One country or customs territory and what it accepts (``CountryRule`` in the domain)."""

    __tablename__ = "country_rules"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    territory: Mapped[str] = mapped_column(String(8), index=True)
    status: Mapped[str] = mapped_column(String(16))
    uses: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    transit: Mapped[bool | None] = mapped_column(Boolean)
    postal: Mapped[bool | None] = mapped_column(Boolean)
    split_shipments: Mapped[bool | None] = mapped_column(Boolean)
    replacement: Mapped[bool | None] = mapped_column(Boolean)
    stay_limit_months: Mapped[int | None] = mapped_column(Integer)
    use_stay_limits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    eata_from: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    transit_conditions: Mapped[str] = mapped_column(Text, default="")
    replacement_conditions: Mapped[str] = mapped_column(Text, default="")
    refused_for_homes: Mapped[list[str]] = mapped_column(JSON, default=list)
    carnet_needed_from: Mapped[list[str]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[str] = mapped_column(String(16), default="")
    last_verified: Mapped[date | None] = mapped_column(Date)
    uses_at_once: Mapped[int | None] = mapped_column(Integer)  # China: one use in box C
    data_version: Mapped[int] = mapped_column(Integer)
    edited_by_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    edited_by: Mapped[str | None] = mapped_column(String(120))
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ScheduleRow(Base):
    """A security and fee schedule, kept as its (validated) document in JSON text."""

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    document: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
