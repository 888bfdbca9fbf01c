"""Security and fee schedules: the chamber's price list and security rules, as plain data.

A schedule document (TOML or JSON, see ``resources/reference/schedules/``) holds the security
part, the fee part and the voucher-plan contingency. ``parse_schedule`` checks it and names the
exact key on error (``fees.bands[2].below``); nothing here reads files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from carnet_app.domain.messages import say
from carnet_app.domain.types import VoucherColour
from carnet_app.errors import UserError

SECURITY_FORMS = ("cash", "bank-guarantee", "insurance-bond", "indemnity-scheme")


class SecurityMethod(StrEnum):
    PERCENTAGE = "percentage"  # a % of the general-list value per destination
    DUTY = "duty"  # the highest duty + tax rate of any destination, plus the penalty


class PenaltyMode(StrEnum):
    OF_DUTY = "of-duty"  # 40 % duty and tax + 10 % of it = 44 % (ATA 1961 Art. 6(2))
    POINTS = "points"  # 40 % + 10 points = 50 %


@dataclass(frozen=True)
class RateRule:
    """One line of the rate card; a missing country or use matches any."""

    percent: Decimal
    country: str | None = None
    use: str | None = None
    minimum: Decimal = Decimal(0)
    note: str = ""


@dataclass(frozen=True)
class SpecialRule:
    """Goods with a flag (e.g. ``vehicle``) secured at their own % of value."""

    name: str
    flag: str
    percent: Decimal
    individual_percent: Decimal | None = None
    countries: tuple[str, ...] = ()
    description_words: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class BondTerms:
    rate_per_thousand: Decimal
    minimum_premium: Decimal = Decimal(0)


@dataclass(frozen=True)
class SecuritySchedule:
    method: SecurityMethod
    default_percent: Decimal
    penalty_percent: Decimal = Decimal(0)
    penalty_mode: PenaltyMode = PenaltyMode.OF_DUTY
    minimum: Decimal = Decimal(0)
    rates: tuple[RateRule, ...] = ()
    special: tuple[SpecialRule, ...] = ()
    forms: tuple[str, ...] = ("cash",)
    bond: BondTerms | None = None


@dataclass(frozen=True)
class FeeBand:
    """Applies to a general-list value below ``below`` (the last band has no limit)."""

    fee: Decimal
    below: Decimal | None = None
    member_fee: Decimal | None = None


@dataclass(frozen=True)
class RushFee:
    """Charged when departure is at most ``within_days`` days after the quote date."""

    within_days: int
    fee: Decimal
    member_fee: Decimal | None = None
    label: str = ""


@dataclass(frozen=True)
class ClaimFeeBand:
    """The issuer's claims-handling fee for a claim paid below ``below`` (the last band takes
    every higher amount): a fixed ``fee``, or ``percent`` of the amount up to ``maximum``."""

    fee: Decimal = Decimal(0)
    below: Decimal | None = None
    percent: Decimal | None = None
    maximum: Decimal | None = None

    def fee_for(self, amount: Decimal) -> Decimal:
        if self.percent is None:
            return self.fee
        fee = amount * self.percent / 100
        return min(fee, self.maximum) if self.maximum is not None else fee


@dataclass(frozen=True)
class FeeSchedule:
    bands: tuple[FeeBand, ...]
    rows_per_sheet: int = 31
    continuation_sheet: Decimal = Decimal(0)
    included_sets: int = 0
    extra_set_at_issue: Decimal = Decimal(0)
    extra_set_after_issue: Decimal = Decimal(0)
    after_issue_minimum: Decimal = Decimal(0)
    rush: tuple[RushFee, ...] = ()
    tax_label: str = ""
    tax_percent: Decimal = Decimal(0)
    claim_handling: tuple[ClaimFeeBand, ...] = ()


@dataclass(frozen=True)
class Schedule:
    name: str
    currency: str
    security: SecuritySchedule
    fees: FeeSchedule
    contingency: Mapping[VoucherColour, int] = field(default_factory=dict)
    label: str = ""
    example: bool = False


@cache
def minor_unit_digits(currency: str) -> int:
    """Decimal places of a currency's minor unit (EUR 2, JPY 0, BHD 3), per ISO 4217."""
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency.upper()))


STORED_MONEY_DIGITS = 2  # money is kept in hundredths of its currency (carnet_app/db/base.py)


def money_digits(currency: str) -> int:
    """Decimal places the desk keeps for an amount of ``currency``: its minor unit's, at most
    hundredths (BHD and KWD have three: kept with two), so what a quote or an answer says is
    what is stored."""
    return min(STORED_MONEY_DIGITS, minor_unit_digits(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    quantum = Decimal(1).scaleb(-money_digits(currency))
    return amount.quantize(quantum, rounding=ROUND_HALF_UP)


def parse_schedule(document: Any) -> Schedule:
    """Read and check a schedule document; raise UserError naming the offending key."""
    root = _Table(document, "")
    head = root.table("schedule")
    name = head.text("name", required=True)
    currency = head.text("currency", required=True).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(say("schedule.currency", currency=currency), field="schedule.currency")
    schedule = Schedule(
        name=name,
        currency=currency,
        label=head.text("label"),
        example=head.boolean("example", default=False),
        security=_security(root.table("security")),
        fees=_fees(root.table("fees")),
        contingency=_contingency(root.table("plan", required=False)),
    )
    head.no_other_keys("name", "currency", "label", "example")
    root.no_other_keys("schedule", "security", "fees", "plan")
    return schedule


def _security(table: _Table) -> SecuritySchedule:
    method = table.choice("method", SecurityMethod, required=True)
    rates = tuple(_rate(row) for row in table.tables("rates"))
    special = tuple(_special(row) for row in table.tables("special"))
    forms = tuple(table.texts("forms") or ["cash"])
    for index, form in enumerate(forms):
        if form not in SECURITY_FORMS:
            where = f"security.forms[{index}]"
            raise UserError(
                say("data.not-one-of", where=where, value=form, allowed=", ".join(SECURITY_FORMS)),
                field=where,
            )
    bond_table = table.table("bond", required=False)
    bond = None
    if bond_table.present:
        bond = BondTerms(
            rate_per_thousand=bond_table.amount("rate_per_thousand", required=True),
            minimum_premium=bond_table.amount("minimum_premium"),
        )
        bond_table.no_other_keys("rate_per_thousand", "minimum_premium")
    if "insurance-bond" in forms and bond is None:
        raise UserError(say("schedule.bond-rate"), field="security.bond")
    result = SecuritySchedule(
        method=method,
        default_percent=table.percent("default_percent", required=True),
        penalty_percent=table.percent("penalty_percent"),
        penalty_mode=table.choice("penalty_mode", PenaltyMode) or PenaltyMode.OF_DUTY,
        minimum=table.amount("minimum"),
        rates=rates,
        special=special,
        forms=forms,
        bond=bond,
    )
    table.no_other_keys(
        "method",
        "default_percent",
        "penalty_percent",
        "penalty_mode",
        "minimum",
        "rates",
        "special",
        "forms",
        "bond",
    )
    return result


def _rate(row: _Table) -> RateRule:
    rule = RateRule(
        percent=row.percent("percent", required=True),
        country=row.code("country"),
        use=row.code("use"),
        minimum=row.amount("minimum"),
        note=row.text("note"),
    )
    row.no_other_keys("percent", "country", "use", "minimum", "note")
    return rule


def _special(row: _Table) -> SpecialRule:
    rule = SpecialRule(
        name=row.text("name", required=True),
        flag=row.text("flag", required=True).lower(),
        percent=row.percent("percent", required=True),
        individual_percent=row.maybe_percent("individual_percent"),
        countries=tuple(row.codes("countries")),
        description_words=tuple(word.lower() for word in row.texts("description_words")),
        note=row.text("note"),
    )
    row.no_other_keys(
        "name", "flag", "percent", "individual_percent", "countries", "description_words", "note"
    )
    return rule


def _fees(table: _Table) -> FeeSchedule:
    bands = tuple(_band(row) for row in table.tables("bands"))
    if not bands:
        raise UserError(say("schedule.no-band"), field="fees.bands")
    for index, band in enumerate(bands):
        last = index == len(bands) - 1
        where = f"fees.bands[{index}].below"
        if last and band.below is not None:
            raise UserError(say("schedule.last-band-open", where=where), field=where)
        if not last and band.below is None:
            raise UserError(say("schedule.band-open", where=where), field=where)
        previous = bands[index - 1].below if index else None
        if band.below is not None and previous is not None and band.below <= previous:
            raise UserError(say("schedule.bands-order", where=where), field=where)
    tax = table.table("tax", required=False)
    fees = FeeSchedule(
        bands=bands,
        rows_per_sheet=table.integer("rows_per_sheet", default=31, minimum=1),
        continuation_sheet=table.amount("continuation_sheet"),
        included_sets=table.integer("included_sets", default=0, minimum=0),
        extra_set_at_issue=table.amount("extra_set_at_issue"),
        extra_set_after_issue=table.amount("extra_set_after_issue"),
        after_issue_minimum=table.amount("after_issue_minimum"),
        rush=tuple(
            sorted((_rush(row) for row in table.tables("rush")), key=lambda r: r.within_days)
        ),
        tax_label=tax.text("label"),
        tax_percent=tax.percent("percent"),
        claim_handling=tuple(_claim_band(row) for row in table.tables("claim_handling")),
    )
    tax.no_other_keys("label", "percent")
    table.no_other_keys(
        "bands",
        "rows_per_sheet",
        "continuation_sheet",
        "included_sets",
        "extra_set_at_issue",
        "extra_set_after_issue",
        "after_issue_minimum",
        "rush",
        "tax",
        "claim_handling",
    )
    return fees


def _claim_band(row: _Table) -> ClaimFeeBand:
    band = ClaimFeeBand(
        fee=row.amount("fee"),
        below=row.maybe_amount("below"),
        percent=row.maybe_percent("percent"),
        maximum=row.maybe_amount("maximum"),
    )
    row.no_other_keys("fee", "below", "percent", "maximum")
    return band


def _band(row: _Table) -> FeeBand:
    band = FeeBand(
        fee=row.amount("fee", required=True),
        below=row.maybe_amount("below"),
        member_fee=row.maybe_amount("member_fee"),
    )
    row.no_other_keys("fee", "below", "member_fee")
    return band


def _rush(row: _Table) -> RushFee:
    rush = RushFee(
        within_days=row.integer("within_days", required=True, minimum=0),
        fee=row.amount("fee", required=True),
        member_fee=row.maybe_amount("member_fee"),
        label=row.text("label"),
    )
    row.no_other_keys("within_days", "fee", "member_fee", "label")
    return rush


def _contingency(table: _Table) -> dict[VoucherColour, int]:
    if not table.present:
        return {}
    sets = table.table("contingency", required=False)
    result = {colour: sets.integer(colour.value, default=0, minimum=0) for colour in VoucherColour}
    sets.no_other_keys(*(colour.value for colour in VoucherColour))
    table.no_other_keys("contingency")
    return result


class _Table:
    """A mapping read key by key, every error naming its full path."""

    def __init__(self, data: Any, where: str, *, present: bool = True) -> None:
        if present and not isinstance(data, Mapping):
            raise UserError(
                say("data.not-a-table", where=where or "schedule document"),
                field=where or "schedule",
            )
        self.data: Mapping[str, Any] = data if present else {}
        self.where = where
        self.present = present

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def table(self, key: str, *, required: bool = True) -> _Table:
        if key not in self.data:
            if required:
                raise UserError(say("field.missing", where=self.path(key)), field=self.path(key))
            return _Table(None, self.path(key), present=False)
        return _Table(self.data[key], self.path(key))

    def tables(self, key: str) -> list[_Table]:
        value = self.data.get(key, [])
        if not isinstance(value, Sequence) or isinstance(value, str):
            raise UserError(
                say("data.not-a-list-of-tables", where=self.path(key)), field=self.path(key)
            )
        return [_Table(item, f"{self.path(key)}[{i}]") for i, item in enumerate(value)]

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                raise UserError(say("field.missing", where=self.path(key)), field=self.path(key))
            return ""
        if not isinstance(value, str):
            raise UserError(say("field.not-text", where=self.path(key)), field=self.path(key))
        return value.strip()

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, Sequence) or isinstance(value, str):
            raise UserError(say("data.not-texts", where=self.path(key)), field=self.path(key))
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                where = f"{self.path(key)}[{index}]"
                raise UserError(say("field.not-text", where=where), field=where)
        return [item.strip() for item in value]

    def code(self, key: str) -> str | None:
        text = self.text(key).upper()
        if text and not (2 <= len(text) <= 8 and text.isalnum()):
            raise UserError(
                say("data.not-a-code", where=self.path(key), value=text), field=self.path(key)
            )
        return text or None

    def codes(self, key: str) -> list[str]:
        codes = [item.upper() for item in self.texts(key)]
        for index, code in enumerate(codes):
            if not (2 <= len(code) <= 8 and code.isalnum()):
                where = f"{self.path(key)}[{index}]"
                raise UserError(say("data.not-a-code", where=where, value=code), field=where)
        return codes

    def boolean(self, key: str, *, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise UserError(say("data.not-bool", where=self.path(key)), field=self.path(key))
        return value

    def integer(
        self, key: str, *, required: bool = False, default: int = 0, minimum: int = 0
    ) -> int:
        if key not in self.data:
            if required:
                raise UserError(say("field.missing", where=self.path(key)), field=self.path(key))
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise UserError(
                say("data.whole-number-min", where=self.path(key), minimum=minimum),
                field=self.path(key),
            )
        return value

    def amount(self, key: str, *, required: bool = False) -> Decimal:
        """A decimal ≥ 0 written as text or a whole number; 0 when left out."""
        value = self.maybe_amount(key)
        if value is None:
            if required:
                raise UserError(say("field.missing", where=self.path(key)), field=self.path(key))
            return Decimal(0)
        return value

    def maybe_amount(self, key: str) -> Decimal | None:
        if key not in self.data:
            return None
        value, where = self.data[key], self.path(key)
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            raise UserError(say("data.amount-as-text", where=where), field=where)
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise UserError(
                say("field.not-decimal", where=where, value=value), field=where
            ) from None
        if not result.is_finite() or result < 0:
            raise UserError(say("data.negative", where=where, value=value), field=where)
        return result

    def percent(self, key: str, *, required: bool = False) -> Decimal:
        result = self.amount(key, required=required)
        if result > 1000:
            where = self.path(key)
            raise UserError(say("data.rate-implausible", where=where, value=result), field=where)
        return result

    def maybe_percent(self, key: str) -> Decimal | None:
        return self.percent(key) if key in self.data else None

    def choice(self, key: str, enum: Any, *, required: bool = False) -> Any:
        text = self.text(key, required=required)
        if not text:
            return None
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise UserError(
                say("data.not-one-of", where=self.path(key), value=text, allowed=allowed),
                field=self.path(key),
            ) from None

    def no_other_keys(self, *known: str) -> None:
        for key in self.data:
            if key not in known:
                raise UserError(
                    say("data.unknown-key", where=self.path(key), known=", ".join(known)),
                    field=self.path(key),
                )
