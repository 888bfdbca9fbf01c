"""ORM models: the carnet, its general list, vouchers, movements, events, claims and audit trail.

Models hold data and integrity constraints only; the rules live in ``carnet_app.domain``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from carnet_app.db import code_models as code_models
from carnet_app.db import evidence_models as evidence_models
from carnet_app.db import position_models as position_models
from carnet_app.db import reference_models as reference_models
from carnet_app.db.base import Base, Money, UtcDateTime, Weight
from carnet_app.db.exchange_models import RegisteredCarnet


class Association(Base):
    """The issuing association this database issues for."""

    __tablename__ = "associations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    code: Mapped[str] = mapped_column(String(20), default="")
    currency: Mapped[str] = mapped_column(String(3))
    address: Mapped[str] = mapped_column(Text, default="")
    number_format: Mapped[str] = mapped_column(String(100))
    next_serial: Mapped[int] = mapped_column(Integer, default=1)
    # months after expiry the security is held (None: 12 + 6 + 3, the guarantee chain's delays)
    security_hold_months: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The letterhead of the chamber's letters (quote, claim notice, certificate, report).
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    logo_path: Mapped[str] = mapped_column(Text, default="", server_default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    town: Mapped[str] = mapped_column(String(100), default="", server_default="")
    letter_language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")
    claim_margin_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Holder(Base):
    __tablename__ = "holders"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    representatives: Mapped[list[Representative]] = relationship(
        back_populates="holder", cascade="all, delete-orphan", order_by="Representative.id"
    )


class Representative(Base):
    """A person who may carry or use the goods for the holder (box B)."""

    __tablename__ = "representatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("holders.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    holder: Mapped[Holder] = relationship(back_populates="representatives")


# carnet columns the list sorts by that hold few distinct values (migration 0013)
LIST_DRAFT_EMPTY_COLUMNS = ("number", "issued_on", "valid_until")
LIST_TIE_SORTED_COLUMNS = (
    "status",
    "format",
    "goods_abroad",
    "item_count",
    "first_country",
    "open_claims",
)


class Carnet(Base):
    __tablename__ = "carnets"
    __table_args__ = (
        CheckConstraint(
            "status in ('draft','issued','active','returned','discharged','cancelled',"
            "'superseded','replaced')",
            name="status",
        ),
        CheckConstraint("kind in ('original','duplicate','replacement')", name="kind"),
        CheckConstraint("format in ('paper','digital','both')", name="format"),
        Index("ix_carnets_status_valid_until", "status", "valid_until"),
        # the list's sorts on columns with few values: the id breaks ties in the index itself
        # (PostgreSQL would sort a whole tie group, 35,000 "active" carnets, for one page)
        *(Index(f"ix_carnets_{column}_id", column, "id") for column in LIST_TIE_SORTED_COLUMNS),
        # ... and on those the drafts have none of: a tie group of 40,000 at a million carnets
        # (the list sorted by one of them descending read it whole for a page: 0.2-0.35 s)
        *(Index(f"ix_carnets_{column}_id", column, "id") for column in LIST_DRAFT_EMPTY_COLUMNS),
        # the management view sums security from this index alone, never the wide rows
        Index(
            "ix_carnets_guarantee",
            "status",
            "currency",
            "issued_on",
            "valid_until",
            "security_released_on",
            "security_amount",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    kind: Mapped[str] = mapped_column(String(12), default="original")
    follows_id: Mapped[int | None] = mapped_column(ForeignKey("carnets.id"), index=True)
    format: Mapped[str] = mapped_column(String(8), default="paper")
    eata_id: Mapped[str | None] = mapped_column(String(60))
    association_id: Mapped[int | None] = mapped_column(ForeignKey("associations.id"))
    holder_id: Mapped[int] = mapped_column(ForeignKey("holders.id"), index=True)
    representatives: Mapped[list[str]] = mapped_column(JSON, default=list)
    uses: Mapped[list[str]] = mapped_column(JSON, default=list)
    use_description: Mapped[str] = mapped_column(Text, default="")
    event: Mapped[str | None] = mapped_column(Text)
    itinerary: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    trips: Mapped[int] = mapped_column(Integer, default=1)
    departure: Mapped[date | None] = mapped_column(Date)
    member: Mapped[bool] = mapped_column(default=True)
    # what the security rules look at beyond the goods: {"holder_kind": ..., "flags": [...]}
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    currency: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[date | None] = mapped_column(Date, index=True)
    valid_until: Mapped[date | None] = mapped_column(Date, index=True)
    security_amount: Mapped[Decimal | None] = mapped_column(Money)
    security_form: Mapped[str | None] = mapped_column(String(40))
    security_released_on: Mapped[date | None] = mapped_column(Date)
    fees_total: Mapped[Decimal | None] = mapped_column(Money)
    quote: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # snapshot taken at issue
    opening_positions: Mapped[dict[str, dict[str, int]] | None] = mapped_column(JSON)
    returned_on: Mapped[date | None] = mapped_column(Date)
    discharged_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    goods_abroad: Mapped[bool] = mapped_column(default=False)
    # What the list shows and sorts by, kept by every write (services/list_columns.py) so that
    # each column sorts through an index instead of a sum over the goods of every carnet.
    item_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    value_total: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0.00"), server_default="0", index=True
    )
    first_country: Mapped[str] = mapped_column(String(2), default="", server_default="")
    open_claims: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the issuing association as it was at issue: later settings apply to new carnets only
    issuer_name: Mapped[str | None] = mapped_column(String(200))
    issuer_address: Mapped[str | None] = mapped_column(Text)
    issuer_country: Mapped[str | None] = mapped_column(String(2))
    issuer_code: Mapped[str | None] = mapped_column(String(20))
    issuer_currency: Mapped[str | None] = mapped_column(String(3))
    # importations a duplicate takes over: [{"voucher", "territory", "final_date", "items"}]
    opening_importations: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # a replacement asked after the original expired: the host customs' consent reference
    replacement_consent: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    holder: Mapped[Holder] = relationship()
    association: Mapped[Association | None] = relationship()
    follows: Mapped[Carnet | None] = relationship(remote_side=[id])
    items: Mapped[list[GoodsItem]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="GoodsItem.item_no"
    )
    voucher_sets: Mapped[list[VoucherSet]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="VoucherSet.id"
    )
    movements: Mapped[list[Movement]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="Movement.seq"
    )
    goods_events: Mapped[list[GoodsEvent]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="GoodsEvent.seq"
    )
    irregularities: Mapped[list[Irregularity]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="Irregularity.id"
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="carnet", cascade="all, delete-orphan", order_by="Claim.id"
    )
    # a carnet issued elsewhere (registered by hand or received signed): who issued it
    registration: Mapped[RegisteredCarnet | None] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class GoodsItem(Base):
    """One line of the general list."""

    __tablename__ = "goods_items"
    __table_args__ = (
        UniqueConstraint("carnet_id", "item_no", name="uq_goods_items_carnet_item"),
        CheckConstraint("pieces >= 1", name="pieces_positive"),
        CheckConstraint("value > 0", name="value_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"))
    item_no: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    marks: Mapped[str] = mapped_column(Text, default="")
    pieces: Mapped[int] = mapped_column(Integer)
    weight: Mapped[Decimal | None] = mapped_column(Weight)
    weight_unit: Mapped[str] = mapped_column(String(8), default="kg")
    value: Mapped[Decimal] = mapped_column(Money)
    origin: Mapped[str] = mapped_column(String(2))
    original_item_no: Mapped[int | None] = mapped_column(Integer)
    # the group heading(s) printed before this line, one per text line; never numbered
    heading: Mapped[str] = mapped_column(Text, default="", server_default="")
    carnet: Mapped[Carnet] = relationship(back_populates="items")


class VoucherSet(Base):
    """Sets of vouchers of one colour: planned at issue or sold later."""

    __tablename__ = "voucher_sets"
    __table_args__ = (
        CheckConstraint("colour in ('yellow','white','blue')", name="colour"),
        CheckConstraint("sets >= 1", name="sets_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    colour: Mapped[str] = mapped_column(String(6))
    sets: Mapped[int] = mapped_column(Integer)
    at_issue: Mapped[bool] = mapped_column(default=True)
    added_on: Mapped[date] = mapped_column(Date)
    fee: Mapped[Decimal | None] = mapped_column(Money)
    carnet: Mapped[Carnet] = relationship(back_populates="voucher_sets")


class Movement(Base):
    """One customs action, one voucher."""

    __tablename__ = "movements"
    __table_args__ = (
        UniqueConstraint("carnet_id", "seq", name="uq_movements_carnet_seq"),
        Index("ix_movements_voucher_month", "date", "voucher_colour", "carnet_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    on: Mapped[date] = mapped_column("date", Date)
    country: Mapped[str | None] = mapped_column(String(2))
    territory: Mapped[str | None] = mapped_column(String(4))
    customs_office: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    final_date: Mapped[date | None] = mapped_column(Date, index=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    voucher_colour: Mapped[str] = mapped_column(String(6))
    voucher_no: Mapped[int] = mapped_column(Integer)
    refers_to: Mapped[list[int]] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    carnet: Mapped[Carnet] = relationship(back_populates="movements")
    lines: Mapped[list[MovementLine]] = relationship(
        cascade="all, delete-orphan", order_by="MovementLine.item_no"
    )


class MovementLine(Base):
    __tablename__ = "movement_lines"
    __table_args__ = (
        UniqueConstraint("movement_id", "item_no", name="uq_movement_lines_movement_item"),
        CheckConstraint("quantity >= 1", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movements.id", ondelete="CASCADE"))
    item_no: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)


class GoodsEvent(Base):
    """Goods sold with duty paid, destroyed, stolen or seized abroad (no voucher)."""

    __tablename__ = "goods_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    on: Mapped[date] = mapped_column("date", Date)
    country: Mapped[str] = mapped_column(String(2))
    territory: Mapped[str] = mapped_column(String(4))
    document: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    carnet: Mapped[Carnet] = relationship(back_populates="goods_events")
    lines: Mapped[list[GoodsEventLine]] = relationship(
        cascade="all, delete-orphan", order_by="GoodsEventLine.item_no"
    )


class GoodsEventLine(Base):
    __tablename__ = "goods_event_lines"
    __table_args__ = (CheckConstraint("quantity >= 1", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("goods_events.id", ondelete="CASCADE"))
    item_no: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)


class Irregularity(Base):
    """A warning the user confirmed; listed until someone resolves it."""

    __tablename__ = "irregularities"

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movements.id", ondelete="CASCADE"))
    message: Mapped[str] = mapped_column(Text)
    found_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str] = mapped_column(Text, default="")
    # The message's code and parameters (``message`` keeps its English text); none on rows
    # written before irregularities had codes.
    code: Mapped[str | None] = mapped_column(String(80))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The code and parameters of a resolution the desk wrote itself (accepted at discharge;
    # ``resolution`` keeps its English text); none on one a clerk typed or written before.
    resolution_code: Mapped[str | None] = mapped_column(String(80))
    resolution_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    carnet: Mapped[Carnet] = relationship(back_populates="irregularities")


class Claim(Base):
    """A claim by foreign customs against the guarantee, with its computed deadlines."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("status in ('open','settled-proof','settled-paid')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    country: Mapped[str] = mapped_column(String(2))
    notified_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    proof_due: Mapped[date] = mapped_column(Date, index=True)
    payment_final: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    settled_on: Mapped[date | None] = mapped_column(Date)
    proof: Mapped[str] = mapped_column(Text, default="")
    paid_amount: Mapped[Decimal | None] = mapped_column(Money)
    items: Mapped[dict[str, int | None] | None] = mapped_column(JSON)  # what the claim concerns
    handling_fee: Mapped[Decimal | None] = mapped_column(Money)  # the issuer's, once paid
    carnet: Mapped[Carnet] = relationship(back_populates="claims")


class AuditEvent(Base):
    """Who did what, when, with the state before and after; hash-chained."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    carnet_id: Mapped[int | None] = mapped_column(ForeignKey("carnets.id"), index=True)
    carnet_number: Mapped[str | None] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # {"table:id": digest or null (deleted)} of the business rows the event's transaction wrote
    rows: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The summary's message code and parameters (``summary`` keeps its English text); none on
    # events written before summaries had codes. The hash covers them when there is a code.
    code: Mapped[str | None] = mapped_column(String(80))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DatabaseIdentity(Base):
    """One row: the UUID this database was given at creation (backups are named by it)."""

    __tablename__ = "database_identity"
    __table_args__ = (CheckConstraint("id = 1", name="ck_database_identity_one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    uuid: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Deadline(Base):
    """One alert of one carnet, as the domain computes it (``carnet_alerts``), kept in step
    with the carnet in the same transaction as every write (``services/deadlines.py``).

    The dashboard reads this table through its indexes and never replays carnets: a page of
    deadlines, counts per group, filters by kind, country and holder. Urgency is not stored
    (it depends on today); ``due`` is. ``countries`` is the carnet's itinerary as ",CH,DE,"
    for the country filter.
    """

    __tablename__ = "deadlines"
    __table_args__ = (
        Index("ix_deadlines_category_due", "category", "due", "id"),
        Index("ix_deadlines_due_category_kind", "due", "category", "kind"),  # the counts
        Index("ix_deadlines_kind_due", "kind", "due"),
        Index("ix_deadlines_holder_due", "holder_id", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carnet_id: Mapped[int] = mapped_column(ForeignKey("carnets.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    holder_id: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(12))  # "deadline" or "notice"
    kind: Mapped[str] = mapped_column(String(40))
    due: Mapped[date] = mapped_column(Date)
    countries: Mapped[str] = mapped_column(String(400), default="")
    message: Mapped[str] = mapped_column(Text)
    focus: Mapped[str] = mapped_column(String(20))


class RequestRecord(Base):
    """A write command run under ``--request-id KEY``: the same key again returns this answer
    and writes nothing."""

    __tablename__ = "request_log"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    command: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Setting(Base):
    """Business settings kept with the data (printer calibration, contingency sets...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


from carnet_app.db import touched as touched  # noqa: E402  (the write hook: deadlines follow)
