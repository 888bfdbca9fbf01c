"""The chamber's answer to an application: vouchers, security, fees, format, and what is
refused or should be told to the holder. Pure: the caller passes the country table, the
schedule and ``today``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from carnet_app.domain.application import Application
from carnet_app.domain.application_checks import (
    Finding,
    Severity,
    carnet_format_needed,
    check_application,
)
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.fees import FeeQuote, issue_fees
from carnet_app.domain.messages import Joined, say
from carnet_app.domain.schedules import SECURITY_FORMS, Schedule, round_money
from carnet_app.domain.security import SecurityQuote, compute_security
from carnet_app.domain.types import CarnetFormat, VoucherColour
from carnet_app.domain.voucher_plan import PlanLine, plan_vouchers


@dataclass(frozen=True)
class Quote:
    currency: str
    total_value: Decimal
    voucher_sets: dict[VoucherColour, int]
    voucher_plan_lines: list[str]
    security: SecurityQuote
    fees: FeeQuote
    format_needed: CarnetFormat
    format_explanation: str
    findings: list[Finding]
    schedule_name: str
    quoted_on: date
    notes: list[str] = field(default_factory=list)  # warnings not tied to one field
    voucher_plan: tuple[PlanLine, ...] = ()  # the plan's lines, for a screen to lay out

    @property
    def warnings(self) -> list[str]:
        return [f.message for f in self.findings if f.severity is Severity.WARNING]

    @property
    def refusals(self) -> list[str]:
        return [f.message for f in self.findings if f.severity is Severity.REFUSAL]

    @property
    def refusals_said(self) -> Joined:
        """The refusals as one message, said in the reader's language."""
        return Joined(tuple(f.said for f in self.findings if f.severity is Severity.REFUSAL))

    @property
    def refused(self) -> bool:
        return any(f.is_refusal for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts as decimal strings, dates ISO."""
        return {
            "quoted_on": self.quoted_on.isoformat(),
            "schedule": self.schedule_name,
            "currency": self.currency,
            "total_value": _text(self.total_value),
            "vouchers": {colour.value: sets for colour, sets in self.voucher_sets.items()},
            "voucher_plan": list(self.voucher_plan_lines),
            "security": {
                "amount": _text(self.security.amount),
                "currency": self.security.currency,
                "country": self.security.country,
                "rule": self.security.rule,
                "explanation": self.security.explanation,
                "per_destination": [
                    {
                        "country": d.country,
                        "kind": d.kind.value,
                        "percent": _text(d.percent),
                        "amount": _text(d.amount),
                        "rule": d.rule,
                    }
                    for d in self.security.per_destination
                ],
                "forms": [
                    {"form": f.form, "cost": _text(f.cost), "explanation": f.explanation}
                    for f in self.security.forms
                ],
            },
            "fees": {
                "lines": [line.to_dict() for line in self.fees.lines],
                "total": _text(self.fees.total),
                "currency": self.fees.currency,
            },
            "format_needed": self.format_needed.value,
            "format_explanation": self.format_explanation,
            "warnings": self.warnings,
            "refusals": self.refusals,
            "findings": [f.to_dict() for f in self.findings],
        }


def quote_application(
    application: Application,
    home_country: str,
    table: CountryTable,
    schedule: Schedule,
    today: date,
    *,
    continuation_sheets: int | None = None,
) -> Quote:
    currency = application.currency
    findings = check_application(application, home_country, table, today)
    if schedule.currency != currency:
        findings.append(
            Finding(
                Severity.WARNING,
                say(
                    "quote.schedule-currency",
                    name=schedule.name,
                    schedule_currency=schedule.currency,
                    currency=currency,
                ),
                "currency",
                "schedule-currency",
            )
        )
    if schedule.example:
        findings.append(
            Finding(
                Severity.WARNING,
                say("quote.example-schedule", name=schedule.name),
                "schedule",
                "example-schedule",
            )
        )
    plan = plan_vouchers(
        application.itinerary, application.trips, home_country, table, schedule.contingency
    )
    security = compute_security(
        application.goods,
        application.itinerary,
        application.uses,
        schedule.security,
        table,
        home_country,
        currency,
        flags=_flags(application),
        individual_holder=_individual(application),
    )
    bond_premium = None
    form = application.security_form
    if form is not None:
        chosen = security.form(form)
        if chosen is None:
            accepted = list(schedule.security.forms)
            known = form in SECURITY_FORMS
            findings.append(
                Finding(
                    Severity.REFUSAL,
                    say(
                        "quote.form-not-accepted" if known else "quote.form-unknown",
                        form=form,
                        accepted=accepted,
                    ),
                    "security_form",
                    "security-form",
                )
            )
        elif chosen.cost:
            bond_premium = chosen.cost
    days = None
    if application.departure is not None:
        days = (application.departure - today).days
        if days < 0:
            findings.append(
                Finding(
                    Severity.WARNING,
                    say("quote.departure-past", day=application.departure),
                    "departure",
                    "departure-past",
                )
            )
    fees = issue_fees(
        schedule.fees,
        currency,
        total_value=application.total_value,
        item_count=len(application.goods),
        voucher_sets=plan.total_sets,
        member=application.member,
        days_before_departure=days,
        bond_premium=bond_premium,
        sheets=continuation_sheets,
    )
    decision = carnet_format_needed(application.itinerary, home_country, table, today)
    return Quote(
        currency=currency,
        total_value=round_money(application.total_value, currency),
        voucher_sets=dict(plan.sets),
        voucher_plan_lines=plan.texts(),
        voucher_plan=plan.lines,
        security=security,
        fees=fees,
        format_needed=decision.needed,
        format_explanation=decision.explanation,
        findings=findings,
        schedule_name=schedule.name,
        quoted_on=today,
    )


def _flags(application: Application) -> set[str]:
    """Flags the wizard may set on the application (e.g. ``vehicle``)."""
    raw = application.extra.get("flags", ())
    return {str(flag).lower() for flag in raw} if isinstance(raw, list | tuple | set) else set()


def _individual(application: Application) -> bool:
    return str(application.extra.get("holder_kind", "company")).lower() == "individual"


def _text(amount: Decimal) -> str:
    return format(amount, "f")
