"""Fees: bands, continuation sheets, extra sets, rush service, member prices, tax."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from carnet_app.domain.fees import (
    after_issue_fees,
    band_for,
    continuation_sheets,
    issue_fees,
)
from tests.reference.conftest import duty_schedule, percentage_schedule

USCIB = percentage_schedule().fees
LCCI = duty_schedule().fees


@pytest.mark.parametrize(
    ("items", "rows", "sheets"),
    [(0, 31, 0), (1, 31, 0), (31, 31, 0), (32, 31, 1), (62, 31, 1), (63, 31, 2), (100, 20, 4)],
)
def test_continuation_sheets(items: int, rows: int, sheets: int) -> None:
    assert continuation_sheets(items, rows) == sheets


def test_continuation_sheets_needs_a_positive_row_count() -> None:
    with pytest.raises(ValueError):
        continuation_sheets(10, 0)


@pytest.mark.parametrize(
    ("value", "fee"),
    [
        ("1", "235"),
        ("9999.99", "235"),
        ("10000", "280"),
        ("149999.99", "340"),
        ("150000", "385"),
        ("999999.99", "435"),
        ("1000000", "475"),
        ("25000000", "475"),
    ],
)
def test_uscib_bands(value: str, fee: str) -> None:
    assert band_for(Decimal(value), USCIB.bands).fee == Decimal(fee)


def test_every_line_of_an_issue_is_explained() -> None:
    quote = issue_fees(
        USCIB,
        "USD",
        total_value=Decimal("45000"),
        item_count=70,
        voucher_sets=5,
        member=True,
        days_before_departure=2,
    )
    assert [(line.code, line.quantity, line.amount) for line in quote.lines] == [
        ("processing", 1, Decimal("280.00")),
        ("continuation-sheets", 2, Decimal("20.00")),  # 70 items: 31 on the cover, 2 sheets
        ("extra-sets", 3, Decimal("60.00")),  # 5 sets, 2 included, $20 each
        ("rush", 1, Decimal("75.00")),  # departure in 2 days: expedited
    ]
    assert quote.total == Decimal("435.00")
    assert quote.lines[0].label == "processing fee (value below 50,000)"


def test_rush_fee_by_days_before_departure() -> None:
    def rush(days: int | None) -> Decimal:
        quote = issue_fees(
            USCIB,
            "USD",
            total_value=Decimal(1),
            item_count=1,
            voucher_sets=0,
            member=True,
            days_before_departure=days,
        )
        return sum((line.amount for line in quote.lines if line.code == "rush"), Decimal(0))

    assert [rush(d) for d in (0, 1, 2, 3, 4, None)] == [
        Decimal("150.00"),
        Decimal("150.00"),
        Decimal("75.00"),
        Decimal("75.00"),
        0,
        0,
    ]


def test_members_pay_the_member_price_and_vat_is_added() -> None:
    member = issue_fees(
        LCCI, "GBP", total_value=Decimal("5000"), item_count=3, voucher_sets=2, member=True
    )
    other = issue_fees(
        LCCI, "GBP", total_value=Decimal("5000"), item_count=3, voucher_sets=2, member=False
    )
    assert member.total == Decimal("216.00")  # £180 + VAT 20 % £36
    assert other.total == Decimal("360.00")  # £300 + VAT 20 % £60
    assert member.lines[-1].label == "VAT 20 % on 180.00"


def test_the_bond_premium_is_a_line_without_vat() -> None:
    quote = issue_fees(
        LCCI,
        "GBP",
        total_value=Decimal("5000"),
        item_count=3,
        voucher_sets=2,
        member=True,
        bond_premium=Decimal("75.00"),
    )
    assert quote.lines[-1].code == "bond-premium"
    assert quote.total == Decimal("291.00")  # 180 + 36 VAT + 75 premium


def test_sets_after_issue_have_a_minimum_charge() -> None:
    assert after_issue_fees(USCIB, "USD", voucher_sets=1).total == Decimal("75.00")
    assert after_issue_fees(USCIB, "USD", voucher_sets=5).total == Decimal("100.00")
    assert after_issue_fees(LCCI, "GBP", voucher_sets=3).total == Decimal("54.00")  # 45 + VAT


def test_no_extra_set_fee_within_the_included_sets() -> None:
    generous = replace(USCIB, included_sets=10)
    quote = issue_fees(
        generous, "USD", total_value=Decimal(1), item_count=1, voucher_sets=10, member=True
    )
    assert [line.code for line in quote.lines] == ["processing"]
