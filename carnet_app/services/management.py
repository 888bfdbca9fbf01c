"""The chamber's management view: what the chamber guarantees and what it did, in figures a
carnet manager reads at a glance — security held by destination and by month and when it falls
due for release, carnets issued per month by use, goods abroad now by country with their value
and age, vouchers used, claims open and paid. Each bar knows the carnets behind it.

Reads plain columns and the goods-positions table (no ledger replay), so the whole view of
100,000 carnets is a handful of queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, Claim, Holder, Movement
from carnet_app.db.position_models import GoodsPosition
from carnet_app.domain.types import CarnetStatus

# The guarantee chain's delays after expiry: 12 months for customs to claim, 6 for the proof,
# 3 for the payment to become final.
SECURITY_HOLD_MONTHS = 12 + 6 + 3
GUARANTEED_STATUSES = (
    CarnetStatus.ISSUED.value,
    CarnetStatus.ACTIVE.value,
    CarnetStatus.RETURNED.value,
    CarnetStatus.DISCHARGED.value,
    CarnetStatus.REPLACED.value,
    CarnetStatus.SUPERSEDED.value,
)
IN_USE_STATUSES = (
    CarnetStatus.ISSUED.value,
    CarnetStatus.ACTIVE.value,
    CarnetStatus.RETURNED.value,
)
DRILL_LIMIT = 5000


class ChartId(StrEnum):
    SECURITY_BY_COUNTRY = "security-by-country"
    SECURITY_BY_MONTH = "security-by-month"
    RELEASE_DUE = "security-release-due"
    ISSUED_BY_USE = "issued-by-use"
    GOODS_ABROAD = "goods-abroad"
    VOUCHERS_USED = "vouchers-used"
    CLAIMS_OPEN = "claims-open"
    CLAIMS_DUE = "claims-proof-due"
    CLAIMS_PAID = "claims-paid"


class Measure(StrEnum):
    MONEY = "money"
    COUNT = "count"


@dataclass(frozen=True)
class ManagementFilter:
    """The period (by issue date, both ends included) and the narrowing choices at the top."""

    start: date | None = None
    end: date | None = None
    country: str | None = None  # a destination on the carnet's itinerary
    use: str | None = None


@dataclass(frozen=True)
class Bar:
    """One bar of one series: ``category`` is what the drill-down asks for."""

    category: str
    value: Decimal
    carnets: int


@dataclass(frozen=True)
class Series:
    name: str  # a currency, a use code, a voucher colour
    bars: tuple[Bar, ...]

    @property
    def total(self) -> Decimal:
        return sum((bar.value for bar in self.bars), Decimal(0))


@dataclass(frozen=True)
class Chart:
    id: ChartId
    measure: Measure
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    notes: tuple[str, ...] = ()

    def value(self, series: str, category: str) -> Decimal:
        for one in self.series:
            if one.name == series:
                for bar in one.bars:
                    if bar.category == category:
                        return bar.value
        return Decimal(0)

    @property
    def is_empty(self) -> bool:
        return not any(bar.value for one in self.series for bar in one.bars)


@dataclass(frozen=True)
class ManagementView:
    filter: ManagementFilter
    today: date
    charts: tuple[Chart, ...]
    carnets_guaranteed: int
    security_held: dict[str, Decimal] = field(default_factory=dict)

    def chart(self, chart_id: ChartId) -> Chart:
        return next(chart for chart in self.charts if chart.id == chart_id)


@dataclass(frozen=True)
class CarnetBehind:
    """A carnet behind a bar, as the drill-down list shows it."""

    carnet_id: int
    number: str
    holder: str
    status: str
    issued_on: date | None
    valid_until: date | None
    amount: Decimal | None
    currency: str


# --------------------------------------------------------------------------- the view


def management_view(
    session: Session, *, today: date, filter: ManagementFilter | None = None
) -> ManagementView:
    chosen = filter or ManagementFilter()
    guaranteed = list(_guaranteed_rows(session, chosen))
    held = [row for row in guaranteed if _holds_security(row)]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in held:
        totals[row.currency] += row.security
    ids = {row.id for row in guaranteed}
    charts = (
        _money_chart(
            ChartId.SECURITY_BY_COUNTRY,
            ((country, row) for row in held for country in row.countries),
            notes=("a carnet counts under each of its destinations",),
        ),
        _money_chart(ChartId.SECURITY_BY_MONTH, ((_month(row.issued_on), row) for row in held)),
        _money_chart(
            ChartId.RELEASE_DUE,
            ((_month(_release_due(row.valid_until)), row) for row in held),
            notes=(f"expiry + {SECURITY_HOLD_MONTHS} months",),
        ),
        _count_chart(
            ChartId.ISSUED_BY_USE,
            ((_month(row.issued_on), use, row.id) for row in guaranteed for use in row.uses),
        ),
        _goods_abroad_chart(session, ids, today),
        _vouchers_chart(session, chosen, ids),
        *_claims_charts(session, ids),
    )
    return ManagementView(
        filter=chosen,
        today=today,
        charts=charts,
        carnets_guaranteed=len(guaranteed),
        security_held=dict(totals),
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
    chosen = filter or ManagementFilter()
    rows = list(_guaranteed_rows(session, chosen))
    by_id = {row.id: row for row in rows}
    amounts: dict[int, Decimal | None] = {}
    if chart_id in (ChartId.SECURITY_BY_COUNTRY, ChartId.SECURITY_BY_MONTH, ChartId.RELEASE_DUE):
        for row in rows:
            if not _holds_security(row) or (series and row.currency != series):
                continue
            key = {
                ChartId.SECURITY_BY_COUNTRY: row.countries,
                ChartId.SECURITY_BY_MONTH: (_month(row.issued_on),),
                ChartId.RELEASE_DUE: (_month(_release_due(row.valid_until)),),
            }[chart_id]
            if category in key:
                amounts[row.id] = row.security
    elif chart_id is ChartId.ISSUED_BY_USE:
        for row in rows:
            if _month(row.issued_on) == category and (series is None or series in row.uses):
                amounts[row.id] = None
    elif chart_id is ChartId.GOODS_ABROAD:
        for carnet_id, value in session.execute(
            select(GoodsPosition.carnet_id, GoodsPosition.value).where(
                GoodsPosition.place == category
            )
        ):
            if carnet_id in by_id and by_id[carnet_id].goods_abroad:
                amounts[carnet_id] = value
    elif chart_id is ChartId.VOUCHERS_USED:
        for carnet_id, on, colour in session.execute(
            select(Movement.carnet_id, Movement.on, Movement.voucher_colour)
        ):
            if carnet_id in by_id and _month(on) == category and series in (None, colour):
                amounts[carnet_id] = None
    else:
        for claim in _claims(session):
            if claim.carnet_id not in by_id or (series and claim.currency != series):
                continue
            claim_key = {
                ChartId.CLAIMS_OPEN: claim.country if claim.status == "open" else None,
                ChartId.CLAIMS_DUE: _month(claim.proof_due) if claim.status == "open" else None,
                ChartId.CLAIMS_PAID: _month(claim.settled_on)
                if claim.status == "settled-paid"
                else None,
            }[chart_id]
            if claim_key == category:
                amounts[claim.carnet_id] = claim.paid_amount or claim.amount
    result = [
        CarnetBehind(
            carnet_id=row.id,
            number=row.number,
            holder=row.holder,
            status=row.status,
            issued_on=row.issued_on,
            valid_until=row.valid_until,
            amount=amounts[row.id],
            currency=row.currency,
        )
        for row in rows
        if row.id in amounts
    ]
    result.sort(key=lambda c: (-(c.amount or 0), c.number))
    return result[:DRILL_LIMIT]


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Row:
    id: int
    number: str
    holder: str
    status: str
    issued_on: date | None
    valid_until: date | None
    security: Decimal
    released: bool
    currency: str
    countries: tuple[str, ...]
    uses: tuple[str, ...]
    goods_abroad: bool


def _guaranteed_rows(session: Session, chosen: ManagementFilter) -> Iterator[_Row]:
    query: Select[Any] = (
        select(
            Carnet.id,
            Carnet.number,
            Holder.name,
            Carnet.status,
            Carnet.issued_on,
            Carnet.valid_until,
            Carnet.security_amount,
            Carnet.security_released_on,
            Carnet.currency,
            Carnet.itinerary,
            Carnet.uses,
            Carnet.goods_abroad,
        )
        .join(Holder, Holder.id == Carnet.holder_id)
        .where(Carnet.status.in_(GUARANTEED_STATUSES))
    )
    if chosen.start is not None:
        query = query.where(Carnet.issued_on >= chosen.start)
    if chosen.end is not None:
        query = query.where(Carnet.issued_on <= chosen.end)
    wanted_country = chosen.country.upper() if chosen.country else None
    for row in session.execute(query.execution_options(yield_per=2000)):
        countries = tuple(
            sorted(
                {
                    str(stop.get("country", "")).upper()
                    for stop in row.itinerary or ()
                    if isinstance(stop, dict) and stop.get("country")
                }
            )
        )
        uses = tuple(str(use) for use in row.uses or ())
        if wanted_country and wanted_country not in countries:
            continue
        if chosen.use and chosen.use not in uses:
            continue
        yield _Row(
            id=row.id,
            number=row.number or "",
            holder=row.name,
            status=row.status,
            issued_on=row.issued_on,
            valid_until=row.valid_until,
            security=row.security_amount or Decimal(0),
            released=row.security_released_on is not None,
            currency=row.currency,
            countries=countries,
            uses=uses,
            goods_abroad=bool(row.goods_abroad),
        )


def _holds_security(row: _Row) -> bool:
    return bool(row.security) and not row.released


def _month(day: date | None) -> str:
    return day.strftime("%Y-%m") if day else "unknown"


def _release_due(valid_until: date | None) -> date | None:
    return valid_until + relativedelta(months=SECURITY_HOLD_MONTHS) if valid_until else None


# --------------------------------------------------------------------------- charts


def _money_chart(
    chart_id: ChartId, keyed: Iterable[tuple[str, _Row]], notes: tuple[str, ...] = ()
) -> Chart:
    sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for category, row in keyed:
        sums[row.currency][category] += row.security
        counts[row.currency][category] += 1
    return _chart(chart_id, Measure.MONEY, sums, counts, notes=notes)


def _count_chart(chart_id: ChartId, keyed: Iterable[tuple[str, str, int]]) -> Chart:
    seen: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for category, series, carnet_id in keyed:
        seen[series][category].add(carnet_id)
    sums = {s: {c: Decimal(len(ids)) for c, ids in by.items()} for s, by in seen.items()}
    counts = {s: {c: len(ids) for c, ids in by.items()} for s, by in seen.items()}
    return _chart(chart_id, Measure.COUNT, sums, counts)


def _chart(
    chart_id: ChartId,
    measure: Measure,
    sums: dict[str, dict[str, Decimal]],
    counts: dict[str, dict[str, int]],
    notes: tuple[str, ...] = (),
) -> Chart:
    months = chart_id not in (
        ChartId.SECURITY_BY_COUNTRY,
        ChartId.GOODS_ABROAD,
        ChartId.CLAIMS_OPEN,
    )
    categories = {category for by in sums.values() for category in by}
    if months:
        ordered = sorted(categories)
    else:  # largest first, so the bars that matter lead
        ordered = sorted(categories, key=lambda c: (-sum(by.get(c, 0) for by in sums.values()), c))
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


def _goods_abroad_chart(session: Session, ids: set[int], today: date) -> Chart:
    sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    oldest: dict[str, date] = {}
    query = (
        select(GoodsPosition.carnet_id, GoodsPosition.place, GoodsPosition.value)
        .add_columns(GoodsPosition.since, Carnet.currency)
        .join(Carnet, Carnet.id == GoodsPosition.carnet_id)
        .where(Carnet.goods_abroad.is_(True), Carnet.status.in_(IN_USE_STATUSES))
    )
    for carnet_id, place, value, since, currency in session.execute(query):
        if carnet_id not in ids:
            continue
        sums[currency][place] += value
        counts[currency][place] += 1
        if since is not None and (place not in oldest or since < oldest[place]):
            oldest[place] = since
    notes = tuple(
        f"{place}: oldest since {day.isoformat()} ({(today - day).days} days)"
        for place, day in sorted(oldest.items(), key=lambda item: item[1])[:5]
    )
    return _chart(ChartId.GOODS_ABROAD, Measure.MONEY, sums, counts, notes=notes)


def _vouchers_chart(session: Session, chosen: ManagementFilter, ids: set[int]) -> Chart:
    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    carnets: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    query = select(Movement.carnet_id, Movement.on, Movement.voucher_colour)
    if chosen.start is not None:
        query = query.where(Movement.on >= chosen.start)
    if chosen.end is not None:
        query = query.where(Movement.on <= chosen.end)
    for carnet_id, on, colour in session.execute(query.execution_options(yield_per=5000)):
        if carnet_id in ids:
            seen[colour][_month(on)] += 1
            carnets[colour][_month(on)].add(carnet_id)
    sums = {s: {c: Decimal(n) for c, n in by.items()} for s, by in seen.items()}
    counts = {s: {c: len(x) for c, x in by.items()} for s, by in carnets.items()}
    return _chart(ChartId.VOUCHERS_USED, Measure.COUNT, sums, counts)


@dataclass(frozen=True)
class _ClaimRow:
    carnet_id: int
    country: str
    status: str
    amount: Decimal
    currency: str
    proof_due: date
    settled_on: date | None
    paid_amount: Decimal | None


def _claims(session: Session) -> list[_ClaimRow]:
    return [
        _ClaimRow(*row)
        for row in session.execute(
            select(
                Claim.carnet_id,
                Claim.country,
                Claim.status,
                Claim.amount,
                Claim.currency,
                Claim.proof_due,
                Claim.settled_on,
                Claim.paid_amount,
            )
        )
    ]


def _claims_charts(session: Session, ids: set[int]) -> tuple[Chart, Chart, Chart]:
    open_sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    open_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    due_sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    due_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    paid_sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    paid_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for claim in _claims(session):
        if claim.carnet_id not in ids:
            continue
        if claim.status == "open":
            open_sums[claim.currency][claim.country] += claim.amount
            open_counts[claim.currency][claim.country] += 1
            due_sums[claim.currency][_month(claim.proof_due)] += claim.amount
            due_counts[claim.currency][_month(claim.proof_due)] += 1
        elif claim.status == "settled-paid":
            month = _month(claim.settled_on)
            paid_sums[claim.currency][month] += claim.paid_amount or claim.amount
            paid_counts[claim.currency][month] += 1
    return (
        _chart(ChartId.CLAIMS_OPEN, Measure.MONEY, open_sums, open_counts),
        _chart(ChartId.CLAIMS_DUE, Measure.MONEY, due_sums, due_counts),
        _chart(ChartId.CLAIMS_PAID, Measure.MONEY, paid_sums, paid_counts),
    )
