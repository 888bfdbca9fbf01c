from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.calendar import (
    claim_deadlines,
    claim_window_closes,
    days_after,
    replacement_request_deadline,
    security_release_date,
    valid_until,
)


def test_valid_until_is_one_year_less_a_day_inclusive() -> None:
    assert valid_until(date(2026, 3, 15)) == date(2027, 3, 14)


def test_29_february_issue_ends_on_28_february() -> None:
    assert valid_until(date(2024, 2, 29)) == date(2025, 2, 28)


def test_1_march_before_a_leap_day_ends_on_29_february() -> None:
    assert valid_until(date(2023, 3, 1)) == date(2024, 2, 29)


def test_new_year_issue_ends_on_new_years_eve() -> None:
    assert valid_until(date(2026, 1, 1)) == date(2026, 12, 31)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_validity_never_exceeds_one_year_and_covers_almost_all_of_it(issued: date) -> None:
    last = valid_until(issued)
    assert last < issued + relativedelta(years=1) or (issued.month, issued.day) == (2, 29)
    assert (last - issued).days >= 364
    assert last - issued <= timedelta(days=365)


def test_claim_calendar_from_notification() -> None:
    deadlines = claim_deadlines(date(2027, 6, 30))
    assert deadlines.proof_due == date(2027, 12, 30)
    assert deadlines.payment_final == date(2028, 3, 30)


def test_claim_window_and_security_release() -> None:
    expiry = date(2027, 3, 14)
    assert claim_window_closes(expiry) == date(2028, 3, 14)
    assert security_release_date(expiry) == date(2028, 12, 15)  # held 12 + 6 + 3 months
    assert replacement_request_deadline(expiry) == date(2027, 2, 14)


@given(st.dates(), st.integers(min_value=0, max_value=10**12))
def test_a_horizon_of_any_length_ends_at_the_last_calendar_day_at_latest(
    day: date, days: int
) -> None:
    horizon = days_after(day, days)
    if days <= (date.max - day).days:
        assert horizon == day + timedelta(days=days)
    else:
        assert horizon == date.max
