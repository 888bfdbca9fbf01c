"""Deadlines that need someone's attention, computed from plain facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from carnet_app.domain.calendar import (
    SECURITY_HOLD_MONTHS,
    days_after,
    refund_deadline,
    replacement_request_deadline,
    security_release_date,
)
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import IN_USE_STATUSES, CarnetStatus


class AlertKind(StrEnum):
    FINAL_DATE = "final-date"  # customs final date for goods still abroad
    EXPIRY = "expiry"  # carnet expires with goods abroad
    REPLACEMENT_WINDOW = "replacement-window"  # last day to ask for a replacement
    NOT_RETURNED = "not-returned"  # expired, not yet back at the chamber
    CLAIM_PROOF = "claim-proof"  # proof of re-exportation due
    SECURITY_RELEASE = "security-release"  # security may be released (a notice)
    IRREGULARITY = "irregularity"  # a confirmed irregularity not resolved yet
    CLAIM_PAYMENT = "claim-payment"  # no proof in time: pay provisionally, final on the date
    CLAIM_REFUND = "claim-refund"  # claim paid: proof by the date still recovers the payment


class Urgency(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this week"
    THIS_MONTH = "this month"
    LATER = "later"
    NOTICE = "notice"  # information with a date, never "overdue" (security release)


@dataclass(frozen=True)
class OpenFinalDate:
    territory: str | Message  # a country code, or "transit CH" (alert.transit-territory)
    final_date: date
    voucher: str | Message  # "importation voucher 2" (alert.voucher-importation) or "transit"
    pieces: int


@dataclass(frozen=True)
class OpenClaim:
    claim_id: int
    country: str
    proof_due: date
    payment_final: date | None = None


@dataclass(frozen=True)
class PaidClaim:
    claim_id: int
    country: str
    paid_on: date


@dataclass(frozen=True)
class OpenIrregularity:
    irregularity_id: int
    found_on: date
    message: Message | str


@dataclass(frozen=True)
class CarnetDeadlineFacts:
    number: str
    status: CarnetStatus
    valid_until: date
    goods_abroad: bool
    open_final_dates: tuple[OpenFinalDate, ...] = ()
    open_claims: tuple[OpenClaim, ...] = ()
    security_released: bool = False
    security_hold_months: int = SECURITY_HOLD_MONTHS
    paid_claims: tuple[PaidClaim, ...] = ()
    open_irregularities: tuple[OpenIrregularity, ...] = ()


@dataclass(frozen=True)
class Alert:
    carnet: str
    kind: AlertKind
    due: date
    message: Message | str  # a code with parameters (``alert.<kind>``); str: a legacy row
    urgency: Urgency
    focus: str  # where the detail view should open: "movements", "claims", "overview"

    @property
    def code(self) -> str:
        """The stable code integrators match (``alert.<kind>`` for a legacy worded row)."""
        return self.message.code if isinstance(self.message, Message) else f"alert.{self.kind}"


def urgency_for(kind: AlertKind, due: date, today: date) -> Urgency:
    """A notice (security release) is never overdue; every other alert by its due date."""
    return Urgency.NOTICE if kind is AlertKind.SECURITY_RELEASE else urgency_of(due, today)


def urgency_of(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due <= days_after(today, 7):
        return Urgency.THIS_WEEK
    if due <= days_after(today, 31):
        return Urgency.THIS_MONTH
    return Urgency.LATER


def carnet_alerts(facts: CarnetDeadlineFacts, *, today: date) -> list[Alert]:
    alerts: list[Alert] = []

    def add(kind: AlertKind, due: date, focus: str, **said: object) -> None:
        """One alert, said as the catalogue's ``alert.<kind>`` with these parameters."""
        urgency = urgency_for(kind, due, today)
        message = say(f"alert.{kind.value}", **said)
        alerts.append(Alert(facts.number, kind, due, message, urgency, focus))

    if facts.status in IN_USE_STATUSES or facts.status is CarnetStatus.RETURNED:
        for final in facts.open_final_dates:
            add(
                AlertKind.FINAL_DATE,
                final.final_date,
                "movements",
                pieces=final.pieces,
                territory=final.territory,
                final_date=final.final_date,
                voucher=final.voucher,
            )
    if facts.status in IN_USE_STATUSES and facts.goods_abroad:
        add(AlertKind.EXPIRY, facts.valid_until, "movements", valid_until=facts.valid_until)
        add(
            AlertKind.REPLACEMENT_WINDOW,
            replacement_request_deadline(facts.valid_until),
            "overview",
            valid_until=facts.valid_until,
        )
    if facts.status in IN_USE_STATUSES:
        add(AlertKind.NOT_RETURNED, facts.valid_until, "overview", valid_until=facts.valid_until)
    for claim in facts.open_claims:
        add(
            AlertKind.CLAIM_PROOF,
            claim.proof_due,
            "claims",
            claim_id=claim.claim_id,
            country=claim.country,
            proof_due=claim.proof_due,
        )
        if claim.payment_final is not None:
            # true on any day, so the deadline table can hold it from the claim's opening
            add(
                AlertKind.CLAIM_PAYMENT,
                claim.payment_final,
                "claims",
                claim_id=claim.claim_id,
                country=claim.country,
                proof_due=claim.proof_due,
                payment_final=claim.payment_final,
            )
    for paid in facts.paid_claims:
        refund_by = refund_deadline(paid.paid_on)
        add(
            AlertKind.CLAIM_REFUND,
            refund_by,
            "claims",
            claim_id=paid.claim_id,
            country=paid.country,
            paid_on=paid.paid_on,
            refund_by=refund_by,
        )
    for irregularity in facts.open_irregularities:
        add(
            AlertKind.IRREGULARITY,
            irregularity.found_on,
            "movements",
            irregularity_id=irregularity.irregularity_id,
            found_on=irregularity.found_on,
            text=irregularity.message,
        )
    if (
        facts.status is CarnetStatus.DISCHARGED
        and not facts.open_claims
        and not facts.security_released
    ):
        release = security_release_date(facts.valid_until, facts.security_hold_months)
        add(AlertKind.SECURITY_RELEASE, release, "overview", release=release)
    return alerts


def due_within(alerts: list[Alert], *, today: date, within_days: int) -> list[Alert]:
    horizon = days_after(today, within_days)
    return sorted(
        (a for a in alerts if a.due <= horizon), key=lambda a: (a.due, a.carnet, a.kind.value)
    )
