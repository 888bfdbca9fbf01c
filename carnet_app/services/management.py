"""The chamber's management view: what the chamber guarantees and what it did, in figures a
carnet manager reads at a glance — security held by destination and by month and when it falls
due for release, carnets issued per month by use, goods abroad now by country with their value
and age, vouchers used, claims open and paid. Each bar knows the carnets behind it.

Reads plain columns and the goods-positions table (no ledger replay), so the whole view of
100,000 carnets is a handful of queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from carnet_app.db.code_models import DESTINATION, USE, CarnetCode
from carnet_app.db.models import Association, Carnet, Claim, Holder, Movement
from carnet_app.db.position_models import GoodsPosition
from carnet_app.domain.calendar import SECURITY_HOLD_MONTHS
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import CarnetStatus
from carnet_app.services.management_charts import (
    Bar,
    CarnetBehind,
    Chart,
    ChartId,
    ManagementFilter,
    ManagementView,
    Measure,
    Series,
)

__all__ = [
    "GUARANTEED_STATUSES",
    "Bar",
    "CarnetBehind",
    "Chart",
    "ChartId",
    "ManagementFilter",
    "ManagementView",
    "Measure",
    "Series",
    "carnets_behind",
    "management_view",
]

GUARANTEED_STATUSES = (
    CarnetStatus.ISSUED.value,
    CarnetStatus.ACTIVE.value,
    CarnetStatus.RETURNED.value,
    CarnetStatus.DISCHARGED.value,
    CarnetStatus.REPLACED.value,
    CarnetStatus.SUPERSEDED.value,
)
# goods abroad still count while the carnet is open at the chamber: a returned carnet is not
# discharged yet (not domain.types.IN_USE_STATUSES, which a returned carnet has left)
GOODS_OUT_STATUSES = (
    CarnetStatus.ISSUED.value,
    CarnetStatus.ACTIVE.value,
    CarnetStatus.RETURNED.value,
)
DRILL_LIMIT = 5000


def management_view(
    session: Session, *, today: date, filter: ManagementFilter | None = None
) -> ManagementView:
    chosen = filter or ManagementFilter()
    sql = _Sql(session, chosen)
    held_totals = session.execute(
        select(Carnet.currency, func.sum(Carnet.security_amount))
        .where(*sql.guaranteed(), *sql.held())
        .group_by(Carnet.currency)
    ).all()
    guaranteed = session.execute(
        select(func.count()).select_from(Carnet).where(*sql.guaranteed())
    ).scalar_one()
    charts = (
        sql.chart(
            ChartId.SECURITY_BY_COUNTRY,
            Measure.MONEY,
            select(
                CarnetCode.currency,
                CarnetCode.code,
                func.sum(CarnetCode.security_amount),
                func.count(),
            ).where(
                CarnetCode.kind == DESTINATION,
                *sql.guaranteed(CarnetCode),
                *sql.held(CarnetCode),
            ),
            notes=(say("management.counts-per-destination"),),
        ),
        sql.chart(
            ChartId.SECURITY_BY_MONTH,
            Measure.MONEY,
            select(
                Carnet.currency,
                sql.month(Carnet.issued_on),
                func.sum(Carnet.security_amount),
                func.count(),
            ).where(*sql.guaranteed(), *sql.held()),
        ),
        sql.chart(
            ChartId.RELEASE_DUE,
            Measure.MONEY,
            select(
                Carnet.currency,
                sql.month(Carnet.valid_until, plus_months=sql.hold_months),
                func.sum(Carnet.security_amount),
                func.count(),
            ).where(*sql.guaranteed(), *sql.held()),
            notes=(say("management.release-months", months=sql.hold_months),),
        ),
        sql.chart(
            ChartId.ISSUED_BY_USE,
            Measure.COUNT,
            select(
                CarnetCode.code,
                sql.month(CarnetCode.issued_on),
                func.count(),  # a carnet's use is one row of carnet_codes
                func.count(),
            ).where(CarnetCode.kind == USE, *sql.guaranteed(CarnetCode)),
        ),
        _goods_abroad_chart(session, sql, today),
        _vouchers_chart(sql),
        sql.chart(
            ChartId.CLAIMS_OPEN,
            Measure.MONEY,
            select(Claim.currency, Claim.country, func.sum(Claim.amount), func.count())
            .join(Carnet, Carnet.id == Claim.carnet_id)
            .where(*sql.guaranteed(), Claim.status == "open"),
        ),
        sql.chart(
            ChartId.CLAIMS_DUE,
            Measure.MONEY,
            select(Claim.currency, sql.month(Claim.proof_due), func.sum(Claim.amount), func.count())
            .join(Carnet, Carnet.id == Claim.carnet_id)
            .where(*sql.guaranteed(), Claim.status == "open"),
        ),
        sql.chart(
            ChartId.CLAIMS_PAID,
            Measure.MONEY,
            select(
                Claim.currency,
                sql.month(Claim.settled_on),
                func.sum(func.coalesce(Claim.paid_amount, Claim.amount)),
                func.count(),
            )
            .join(Carnet, Carnet.id == Claim.carnet_id)
            .where(*sql.guaranteed(), Claim.status == "settled-paid"),
        ),
    )
    return ManagementView(
        filter=chosen,
        today=today,
        charts=charts,
        carnets_guaranteed=guaranteed,
        security_held={currency: _money(total) for currency, total in held_totals},
    )


def carnets_behind(
    session: Session,
    chart_id: ChartId,
    category: str,
    *,
    series: str | None = None,
    filter: ManagementFilter | None = None,
) -> list[CarnetBehind]:
    """The carnets that make up one bar (``series`` narrows to one currency, use or colour)."""
    sql = _Sql(session, filter or ManagementFilter())
    amount: Any = Carnet.security_amount
    query = select(Carnet.id).where(*sql.guaranteed())
    if chart_id in (ChartId.SECURITY_BY_COUNTRY, ChartId.SECURITY_BY_MONTH, ChartId.RELEASE_DUE):
        query = query.where(*sql.held())
        if series:
            query = query.where(Carnet.currency == series)
        if chart_id is ChartId.SECURITY_BY_COUNTRY:
            dest = sql.destinations()
            query = query.join(dest, dest.c.carnet_id == Carnet.id).where(dest.c.code == category)
        elif chart_id is ChartId.SECURITY_BY_MONTH:
            query = query.where(sql.month(Carnet.issued_on) == category)
        else:
            month = sql.month(Carnet.valid_until, plus_months=sql.hold_months)
            query = query.where(month == category)
    elif chart_id is ChartId.ISSUED_BY_USE:
        amount = None
        query = query.where(sql.month(Carnet.issued_on) == category)
        if series:
            uses = sql.uses()
            query = query.join(uses, uses.c.carnet_id == Carnet.id).where(uses.c.code == series)
    elif chart_id is ChartId.GOODS_ABROAD:
        amount = GoodsPosition.value
        query = (
            select(Carnet.id)
            .join(GoodsPosition, GoodsPosition.carnet_id == Carnet.id)
            .where(*sql.guaranteed(), *_abroad_now(), GoodsPosition.place == category)
        )
    elif chart_id is ChartId.VOUCHERS_USED:
        amount = None
        query = query.where(
            Carnet.id.in_(
                select(Movement.carnet_id).where(
                    sql.month(Movement.on) == category,
                    *([Movement.voucher_colour == series] if series else []),
                )
            )
        )
    else:
        amount = func.coalesce(Claim.paid_amount, Claim.amount)
        status, month_of = {
            ChartId.CLAIMS_OPEN: ("open", None),
            ChartId.CLAIMS_DUE: ("open", Claim.proof_due),
            ChartId.CLAIMS_PAID: ("settled-paid", Claim.settled_on),
        }[chart_id]
        query = (
            select(Carnet.id)
            .join(Claim, Claim.carnet_id == Carnet.id)
            .where(*sql.guaranteed(), Claim.status == status)
        )
        query = query.where(
            Claim.country == category if month_of is None else sql.month(month_of) == category
        )
        if series:
            query = query.where(Claim.currency == series)
    columns: list[Any] = [
        Carnet.id,
        Carnet.number,
        Holder.name,
        Carnet.status,
        Carnet.issued_on,
        Carnet.valid_until,
        Carnet.currency,
    ]
    if amount is not None:
        columns.append(amount)
    rows = session.execute(
        query.with_only_columns(*columns)
        .join(Holder, Holder.id == Carnet.holder_id)
        .order_by(Carnet.number)
        .limit(DRILL_LIMIT)
    ).all()
    result = [
        CarnetBehind(
            carnet_id=row[0],
            number=row[1] or "",
            holder=row[2],
            status=row[3],
            issued_on=row[4],
            valid_until=row[5],
            amount=_money(row[7]) if amount is not None and row[7] is not None else None,
            currency=row[6],
        )
        for row in rows
    ]
    result.sort(key=lambda c: (-(c.amount or 0), c.number))
    return result


# --------------------------------------------------------------------------- SQL


def _money(value: Any) -> Decimal:
    """A sum of a money column: SQLAlchemy hands back Decimal, a bare SUM may give cents."""
    if isinstance(value, Decimal):
        return value
    return (Decimal(int(value or 0)) / 100).quantize(Decimal("0.01"))


def _abroad_now() -> tuple[Any, ...]:
    return (Carnet.goods_abroad.is_(True), Carnet.status.in_(GOODS_OUT_STATUSES))


class _Sql:
    """The view's building blocks for this database's dialect and the chosen filter."""

    def __init__(self, session: Session, chosen: ManagementFilter) -> None:
        self.session = session
        self.chosen = chosen
        self.dialect = session.get_bind().dialect.name
        chosen_hold = session.scalar(select(Association.security_hold_months).limit(1))
        self.hold_months = SECURITY_HOLD_MONTHS if chosen_hold is None else int(chosen_hold)

    def month(self, column: Any, *, plus_months: int = 0) -> Any:
        """'YYYY-MM' of a date column (moved ``plus_months`` on), in SQL."""
        if self.dialect == "postgresql":
            moved = column + literal_column(f"interval '{int(plus_months)} months'")
            return func.to_char(moved if plus_months else column, "YYYY-MM")
        if plus_months:
            return func.strftime("%Y-%m", column, f"+{int(plus_months)} months")
        return func.strftime("%Y-%m", column)

    @staticmethod
    def _codes(kind: str, name: str) -> Any:
        """(carnet_id, code) for each of a carnet's destinations or uses (the carnet-codes
        table, kept by every write)."""
        return (
            select(CarnetCode.carnet_id, CarnetCode.code)
            .where(CarnetCode.kind == kind)
            .subquery(name)
        )

    def destinations(self) -> Any:
        return self._codes(DESTINATION, "destinations")

    def uses(self) -> Any:
        return self._codes(USE, "uses")

    def guaranteed(self, source: Any = Carnet) -> list[Any]:
        """The chosen carnets, on the carnets table or on the carnet-codes table (``source``),
        which copies the fields these conditions read."""
        carnet_id = Carnet.id if source is Carnet else CarnetCode.carnet_id
        conditions: list[Any] = [source.status.in_(GUARANTEED_STATUSES)]
        if self.chosen.start is not None:
            conditions.append(source.issued_on >= self.chosen.start)
        if self.chosen.end is not None:
            conditions.append(source.issued_on <= self.chosen.end)
        for kind, code in ((DESTINATION, self.chosen.country), (USE, self.chosen.use)):
            if code:
                chosen = aliased(CarnetCode)
                conditions.append(
                    carnet_id.in_(
                        select(chosen.carnet_id).where(
                            chosen.kind == kind, chosen.code == code.upper()
                        )
                    )
                )
        return conditions

    @staticmethod
    def held(source: Any = Carnet) -> list[Any]:
        return [source.security_amount > 0, source.security_released_on.is_(None)]

    def chart(
        self,
        chart_id: ChartId,
        measure: Measure,
        query: Select[Any] | Any,
        notes: tuple[Message, ...] = (),
    ) -> Chart:
        """Run ``query`` (series, category, value, carnets) grouped by its first two columns."""
        series_column, category_column = list(query.selected_columns)[:2]
        grouped = query.group_by(series_column, category_column)
        sums: dict[str, dict[str, Decimal]] = defaultdict(dict)
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for series_name, category, value, carnets in self.session.execute(grouped):
            if category is None or series_name is None:
                continue
            amount = _money(value) if measure is Measure.MONEY else Decimal(int(value))
            sums[str(series_name)][str(category)] = amount
            counts[str(series_name)][str(category)] = int(carnets)
        return _chart(chart_id, measure, sums, counts, notes)


def _chart(
    chart_id: ChartId,
    measure: Measure,
    sums: dict[str, dict[str, Decimal]],
    counts: dict[str, dict[str, int]],
    notes: tuple[Message, ...] = (),
) -> Chart:
    by_country = chart_id in (
        ChartId.SECURITY_BY_COUNTRY,
        ChartId.GOODS_ABROAD,
        ChartId.CLAIMS_OPEN,
    )
    categories = {category for by in sums.values() for category in by}
    if by_country:  # largest first, so the bars that matter lead
        ordered = sorted(categories, key=lambda c: (-sum(by.get(c, 0) for by in sums.values()), c))
    else:
        ordered = sorted(categories)
    series = tuple(
        Series(
            name=name,
            bars=tuple(
                Bar(category=c, value=by[c], carnets=counts[name][c]) for c in ordered if c in by
            ),
        )
        for name, by in sorted(sums.items())
    )
    return Chart(chart_id, measure, tuple(ordered), series, notes)


def _vouchers_chart(sql: _Sql) -> Chart:
    """Vouchers used in the period (by the date of their stamp), by colour and month; read from
    the movements' narrow index, the carnets joined only when a destination or use is chosen."""
    query = select(
        Movement.voucher_colour,
        sql.month(Movement.on),
        func.count(),
        func.count(Movement.carnet_id.distinct()),
    )
    if sql.chosen.start is not None:
        query = query.where(Movement.on >= sql.chosen.start)
    if sql.chosen.end is not None:
        query = query.where(Movement.on <= sql.chosen.end)
    if sql.chosen.country or sql.chosen.use:
        narrowed = _Sql(sql.session, replace(sql.chosen, start=None, end=None))
        query = query.where(Movement.carnet_id.in_(select(Carnet.id).where(*narrowed.guaranteed())))
    return sql.chart(ChartId.VOUCHERS_USED, Measure.COUNT, query)


def _goods_abroad_chart(session: Session, sql: _Sql, today: date) -> Chart:
    chart = sql.chart(
        ChartId.GOODS_ABROAD,
        Measure.MONEY,
        select(Carnet.currency, GoodsPosition.place, func.sum(GoodsPosition.value), func.count())
        .join(GoodsPosition, GoodsPosition.carnet_id == Carnet.id)
        .where(*sql.guaranteed(), *_abroad_now()),
    )
    oldest = session.execute(
        select(GoodsPosition.place, func.min(GoodsPosition.since))
        .join(Carnet, Carnet.id == GoodsPosition.carnet_id)
        .where(*sql.guaranteed(), *_abroad_now())
        .group_by(GoodsPosition.place)
        .order_by(func.min(GoodsPosition.since))
        .limit(5)
    ).all()
    notes = tuple(
        say("management.oldest-abroad", place=_place(place), since=day, days=(today - day).days)
        for place, day in oldest
        if day is not None
    )
    return Chart(chart.id, chart.measure, chart.categories, chart.series, notes)


def _place(place: str) -> Message | str:
    """Where goods are, for a note: a country code, or "transit CH" said in words."""
    if place.startswith("transit-"):
        return say("alert.transit-territory", territory=place.removeprefix("transit-"))
    return place
