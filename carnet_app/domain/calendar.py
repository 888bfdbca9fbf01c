"""Validity, claim and security-release dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

CLAIM_WINDOW = relativedelta(months=12)  # customs claim within 12 months of expiry
PROOF_PERIOD = relativedelta(months=6)  # proof of re-export within 6 months of the claim
PAYMENT_FINAL_PERIOD = relativedelta(months=3)  # provisional payment final 3 months later
REPLACEMENT_REQUEST_LEAD = relativedelta(months=1)  # ask for a replacement >= 1 month before


def valid_until(issued_on: date) -> date:
    """Last valid day (inclusive): one year from issue, less a day.

    2026-03-15 → 2027-03-14. A 29 February issue ends on 28 February: its anniversary in a
    common year falls on 1 March, so the day before is the 28th.
    """
    try:
        anniversary = issued_on + relativedelta(years=1)
    except ValueError:  # issued in 9999: valid to the calendar's last day
        return date.max
    if anniversary.day != issued_on.day:  # 29 Feb clamped to 28 Feb by relativedelta
        return anniversary
    return anniversary - timedelta(days=1)


def later(day: date, period: relativedelta) -> date:
    """``day`` plus ``period``, or the last day the calendar holds (9999-12-31) when the sum
    would pass it: a deadline of a date typed at the calendar's edge, not a traceback."""
    try:
        return day + period
    except (ValueError, OverflowError):  # "year 10000 is out of range"
        return date.max


ATA_CONVENTION_IN_FORCE = date(1963, 7, 30)  # no carnet was issued before this day


def latest_replacement_valid_until(issued_on: date) -> date:
    """A replacement runs one year from the original's expiry, which came at the latest a year
    after the replacement's issue: the last day its cover can carry."""
    return valid_until(valid_until(issued_on))


def claim_window_closes(expiry: date) -> date:
    """Last day on which customs may still notify a claim."""
    return later(expiry, CLAIM_WINDOW)


@dataclass(frozen=True)
class ClaimDeadlines:
    notified_on: date
    proof_due: date
    payment_final: date


def claim_deadlines(notified_on: date) -> ClaimDeadlines:
    proof_due = later(notified_on, PROOF_PERIOD)
    return ClaimDeadlines(
        notified_on=notified_on,
        proof_due=proof_due,
        payment_final=later(proof_due, PAYMENT_FINAL_PERIOD),
    )


def replacement_request_deadline(expiry: date) -> date:
    """Ask host customs for a replacement at least a month before the carnet expires."""
    return expiry - REPLACEMENT_REQUEST_LEAD


# The guarantee chain's delays: claim window (12) + proof (6) + payment becoming final (3).
SECURITY_HOLD_MONTHS = 12 + 6 + 3
REFUND_PERIOD = relativedelta(months=3)  # payment refunded if proof arrives within 3 months


def security_release_date(expiry: date, hold_months: int = SECURITY_HOLD_MONTHS) -> date:
    """Security may be released once no claim can arrive nor become final any more: held until
    expiry + ``hold_months`` (12 + 6 + 3 by default, editable per association)."""
    return later(expiry, relativedelta(months=hold_months, days=1))


def refund_deadline(paid_on: date) -> date:
    """Proof furnished by this day still recovers a claim payment."""
    return later(paid_on, REFUND_PERIOD)


def days_after(day: date, days: int) -> date:
    """``day`` plus ``days``, ending on 9999-12-31 at the latest (``later``): a horizon asked
    "within 99,999,999 days" covers everything, it is not an error."""
    return later(day, relativedelta(days=days))
