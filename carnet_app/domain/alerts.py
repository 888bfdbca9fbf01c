"""Deadlines that need someone's attention (PRODUCT.md "Alerts"), computed from plain facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from carnet_app.domain.calendar import replacement_request_deadline, security_release_date
from carnet_app.domain.types import CarnetStatus


class AlertKind(StrEnum):
    FINAL_DATE = "final-date"  # customs final date for goods still abroad
    EXPIRY = "expiry"  # carnet expires with goods abroad
    REPLACEMENT_WINDOW = "replacement-window"  # last day to ask for a replacement
    NOT_RETURNED = "not-returned"  # expired, not yet back at the chamber
    CLAIM_PROOF = "claim-proof"  # proof of re-exportation due
    SECURITY_RELEASE = "security-release"  # security may be released


class Urgency(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this week"
    THIS_MONTH = "this month"
    LATER = "later"


@dataclass(frozen=True)
class OpenFinalDate:
    territory: str
    final_date: date
    voucher: str  # "importation 2" or "transit 1"
    pieces: int


@dataclass(frozen=True)
class OpenClaim:
    claim_id: int
    country: str
    proof_due: date


@dataclass(frozen=True)
class CarnetDeadlineFacts:
    number: str
    status: CarnetStatus
    valid_until: date
    goods_abroad: bool
    open_final_dates: tuple[OpenFinalDate, ...] = ()
    open_claims: tuple[OpenClaim, ...] = ()
    security_released: bool = False


@dataclass(frozen=True)
class Alert:
    carnet: str
    kind: AlertKind
    due: date
    message: str
    urgency: Urgency
    focus: str  # where the detail view should open: "movements", "claims", "overview"


def urgency_of(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due <= today + timedelta(days=7):
        return Urgency.THIS_WEEK
    if due <= today + timedelta(days=31):
        return Urgency.THIS_MONTH
    return Urgency.LATER


_IN_USE = {CarnetStatus.ISSUED, CarnetStatus.ACTIVE, CarnetStatus.REPLACED}


def carnet_alerts(facts: CarnetDeadlineFacts, *, today: date) -> list[Alert]:
    alerts: list[Alert] = []

    def add(kind: AlertKind, due: date, message: str, focus: str) -> None:
        alerts.append(Alert(facts.number, kind, due, message, urgency_of(due, today), focus))

    if facts.status in _IN_USE or facts.status is CarnetStatus.RETURNED:
        for final in facts.open_final_dates:
            add(
                AlertKind.FINAL_DATE,
                final.final_date,
                f"{final.pieces} piece(s) must leave {final.territory} by "
                f"{final.final_date.isoformat()} ({final.voucher})",
                "movements",
            )
    if facts.status in _IN_USE and facts.goods_abroad:
        add(
            AlertKind.EXPIRY,
            facts.valid_until,
            f"carnet expires on {facts.valid_until.isoformat()} with goods still abroad",
            "movements",
        )
        add(
            AlertKind.REPLACEMENT_WINDOW,
            replacement_request_deadline(facts.valid_until),
            "last day to ask host customs for a replacement carnet "
            f"(expiry {facts.valid_until.isoformat()})",
            "overview",
        )
    if facts.status in _IN_USE:
        add(
            AlertKind.NOT_RETURNED,
            facts.valid_until,
            f"carnet to be returned to the chamber by {facts.valid_until.isoformat()}",
            "overview",
        )
    for claim in facts.open_claims:
        add(
            AlertKind.CLAIM_PROOF,
            claim.proof_due,
            f"proof for claim {claim.claim_id} from {claim.country} due "
            f"{claim.proof_due.isoformat()}",
            "claims",
        )
    if (
        facts.status is CarnetStatus.DISCHARGED
        and not facts.open_claims
        and not facts.security_released
    ):
        release = security_release_date(facts.valid_until)
        add(
            AlertKind.SECURITY_RELEASE,
            release,
            f"security may be released from {release.isoformat()} (claim window closed)",
            "overview",
        )
    return alerts


def due_within(alerts: list[Alert], *, today: date, within_days: int) -> list[Alert]:
    horizon = today + timedelta(days=within_days)
    return sorted(
        (a for a in alerts if a.due <= horizon), key=lambda a: (a.due, a.carnet, a.kind.value)
    )
