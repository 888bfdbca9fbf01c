"""What the carnet costs: the schedule's fee bands, continuation sheets, extra voucher sets,
rush service, tax on the chamber's fees and, for a bond, the insurer's premium."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from carnet_app.domain.messages import Message, say
from carnet_app.domain.schedules import FeeBand, FeeSchedule, RushFee, round_money


@dataclass(frozen=True)
class FeeLine:
    code: str  # processing, continuation-sheets, extra-sets, rush, tax, bond-premium
    said: Message  # what the line is for; ``label`` says it in the chosen language
    quantity: int
    unit_price: Decimal
    amount: Decimal
    taxable: bool = True

    @property
    def label(self) -> str:
        return str(self.said)

    def to_dict(self) -> dict[str, str | int]:
        return {
            "code": self.code,
            "label": self.label,
            "quantity": self.quantity,
            "unit_price": format(self.unit_price, "f"),
            "amount": format(self.amount, "f"),
        }


@dataclass(frozen=True)
class FeeQuote:
    lines: tuple[FeeLine, ...]
    total: Decimal
    currency: str


def continuation_sheets(item_count: int, rows_per_sheet: int) -> int:
    """Continuation sheets a general list needs: the cover holds ``rows_per_sheet`` rows and
    so does each continuation sheet (31 rows: 31 items → 0 sheets, 32 → 1, 63 → 2)."""
    if rows_per_sheet < 1:
        raise ValueError("rows_per_sheet must be at least 1")
    if item_count <= rows_per_sheet:
        return 0
    return -(-(item_count - rows_per_sheet) // rows_per_sheet)


def band_for(value: Decimal, bands: tuple[FeeBand, ...]) -> FeeBand:
    for band in bands:
        if band.below is None or value < band.below:
            return band
    return bands[-1]


def rush_for(days_before_departure: int | None, rush: tuple[RushFee, ...]) -> RushFee | None:
    """The tightest rush rule the departure falls in (``rush`` sorted by ``within_days``)."""
    if days_before_departure is None:
        return None
    return next((r for r in rush if days_before_departure <= r.within_days), None)


def issue_fees(
    schedule: FeeSchedule,
    currency: str,
    *,
    total_value: Decimal,
    item_count: int,
    voucher_sets: int,
    member: bool,
    days_before_departure: int | None = None,
    bond_premium: Decimal | None = None,
    sheets: int | None = None,
) -> FeeQuote:
    """The fees for issuing one carnet. ``sheets``: the continuation sheets the printed list
    takes, when the caller knows (else estimated from the schedule's rows a sheet)."""
    lines: list[FeeLine] = []
    band = band_for(total_value, schedule.bands)
    price = band.member_fee if member and band.member_fee is not None else band.fee
    as_member = member and band.member_fee is not None
    limit = (
        say("fees.value-below", below=band.below)
        if band.below is not None
        else say("fees.any-value")
    )
    processing = say("fees.processing-member" if as_member else "fees.processing", limit=limit)
    lines.append(_line("processing", processing, 1, price, currency))
    how = say("fees.as-printed")
    if sheets is None:
        sheets = continuation_sheets(item_count, schedule.rows_per_sheet)
        how = say("fees.rows-a-sheet", rows=schedule.rows_per_sheet)
    if sheets and schedule.continuation_sheet:
        lines.append(
            _line(
                "continuation-sheets",
                say("fees.continuation", item_count=item_count, how=how),
                sheets,
                schedule.continuation_sheet,
                currency,
            )
        )
    extra = voucher_sets - schedule.included_sets
    if extra > 0 and schedule.extra_set_at_issue:
        lines.append(
            _line(
                "extra-sets",
                say("fees.extra-sets", included=schedule.included_sets),
                extra,
                schedule.extra_set_at_issue,
                currency,
            )
        )
    rush = rush_for(days_before_departure, schedule.rush)
    if rush is not None:
        rush_price = rush.member_fee if member and rush.member_fee is not None else rush.fee
        lines.append(
            _line(
                "rush",
                say(
                    "fees.rush",
                    label=rush.label or say("fees.rush-service"),
                    days=days_before_departure,
                ),
                1,
                rush_price,
                currency,
            )
        )
    lines.extend(_tax(schedule, lines, currency))
    if bond_premium:
        lines.append(
            FeeLine(
                "bond-premium",
                say("fees.bond-premium"),
                1,
                bond_premium,
                bond_premium,
                taxable=False,
            )
        )
    return FeeQuote(tuple(lines), sum((line.amount for line in lines), Decimal(0)), currency)


def after_issue_fees(schedule: FeeSchedule, currency: str, *, voucher_sets: int) -> FeeQuote:
    """The fee for voucher sets sold after issue (``vouchers add``), with its minimum."""
    lines = [
        _line(
            "sets-after-issue",
            say("fees.sets-after-issue"),
            voucher_sets,
            schedule.extra_set_after_issue,
            currency,
        )
    ]
    if schedule.after_issue_minimum > lines[0].amount:
        minimum = round_money(schedule.after_issue_minimum, currency)
        lines = [
            FeeLine(
                "sets-after-issue",
                say("fees.sets-after-issue-minimum", count=voucher_sets),
                voucher_sets,
                round_money(schedule.extra_set_after_issue, currency),
                minimum,
            )
        ]
    lines.extend(_tax(schedule, lines, currency))
    return FeeQuote(tuple(lines), sum((line.amount for line in lines), Decimal(0)), currency)


def claim_handling_fee(schedule: FeeSchedule, currency: str, *, paid: Decimal) -> Decimal:
    """The issuer's fee for handling a claim it paid (0 when the schedule has none)."""
    for band in schedule.claim_handling:
        if band.below is None or paid < band.below:
            return round_money(band.fee_for(paid), currency)
    return Decimal(0)


def _tax(schedule: FeeSchedule, lines: list[FeeLine], currency: str) -> list[FeeLine]:
    if not schedule.tax_percent:
        return []
    base = sum((line.amount for line in lines if line.taxable), Decimal(0))
    tax = round_money(base * schedule.tax_percent / 100, currency)
    label = say(
        "fees.tax",
        label=schedule.tax_label or say("fees.tax-word"),
        percent=f"{schedule.tax_percent.normalize():f}",
        base=base,
    )
    return [FeeLine("tax", label, 1, tax, tax, taxable=False)]


def _line(code: str, label: Message, quantity: int, unit: Decimal, currency: str) -> FeeLine:
    unit = round_money(unit, currency)
    return FeeLine(code, label, quantity, unit, round_money(unit * quantity, currency))
