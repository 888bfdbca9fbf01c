"""What the management view answers with: the charts (bars in series, with their notes), the
filter at the top, and the carnets behind a bar (``services/management.py`` computes them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from carnet_app.domain.messages import Message


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
    notes: tuple[Message, ...] = ()  # said in the reader's language

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
