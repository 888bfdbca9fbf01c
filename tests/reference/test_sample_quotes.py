"""Quotes for the three sample applications, against figures worked out by hand.

Home: a French chamber (EU customs territory); quoted on 2026-11-27, after the eATA go-live of
2026-06-01 for the EU, Norway, Switzerland (and Liechtenstein) and the UK.
"""

from __future__ import annotations

from decimal import Decimal

from carnet_app.domain.countries import CountryTable
from carnet_app.domain.quote import quote_application
from carnet_app.domain.types import CarnetFormat, VoucherColour
from tests.reference.conftest import (
    TODAY,
    duty_schedule,
    percentage_schedule,
    sample_application,
)

Y, W, B = VoucherColour.YELLOW, VoucherColour.WHITE, VoucherColour.BLUE


def test_film_shoot_with_the_percentage_schedule(table: CountryTable) -> None:
    quote = quote_application(
        sample_application("film-shoot"), "FR", table, percentage_schedule(), TODAY
    )
    # general list: 62,000 + 48,500 + 14,200 + 14,200 + 71,000 + 7,400 + 2,900 + 6,800
    #   + 2,100 + 11,800 + 3,400 + 2,600 + 480 + 12,400 + 1,850 + 790 + 7,800 + 2,500
    #   + 2,400 + 540 = 275,660.00 EUR
    assert quote.total_value == Decimal("275660.00")
    # vouchers: 1 trip → 1 yellow; CH and NO visits → 2 white; CH transit ×2 → 2 blue
    assert quote.voucher_sets == {Y: 1, W: 2, B: 2}
    assert quote.voucher_plan_lines == [
        "yellow: 1 trip out of and back into EU → 1 set",
        "white: CH visit ×1 → 1 set",
        "white: NO visit ×1 → 1 set",
        "blue: CH transit ×2 → 2 sets",
    ]
    # security: no country line for CH or NO, default 40 %: 275,660 × 0.40 = 110,264.00
    assert quote.security.amount == Decimal("110264.00")
    assert quote.security.country == "CH"
    assert quote.security.rule == "CH: default rate 40 % of value"
    # fees: 275,660 is in the 150,000-399,999 band → 385; 20 items fit on the cover (31 rows)
    #   → no continuation sheet; 5 sets - 2 included = 3 × 20 = 60; total 445.00
    assert [(line.code, line.amount) for line in quote.fees.lines] == [
        ("processing", Decimal("385.00")),
        ("extra-sets", Decimal("60.00")),
    ]
    assert quote.fees.total == Decimal("445.00")
    # EU, CH and NO all take eATA on 2026-11-27: digital is possible; paper was asked for
    assert quote.format_needed is CarnetFormat.DIGITAL
    assert quote.refusals == []
    assert any("asks for paper" in w for w in quote.warnings)
    assert any("priced in USD" in w for w in quote.warnings)


def test_samples_to_asia_with_the_percentage_schedule(table: CountryTable) -> None:
    quote = quote_application(
        sample_application("samples-asia"), "FR", table, percentage_schedule(), TODAY
    )
    # 30 sample books × 180.00 = 5,400.00 EUR; security 40 % = 2,160.00
    assert quote.total_value == Decimal("5400.00")
    assert quote.security.amount == Decimal("2160.00")
    # 1 yellow + 3 white (JP, KR, SG) = 4 sets → 2 extra × 20 = 40; band below 10,000 → 235
    #   30 items ≤ 31 rows → no continuation sheet; total 275.00
    assert quote.voucher_sets == {Y: 1, W: 3, B: 0}
    assert quote.fees.total == Decimal("275.00")
    # the EU home is digital, JP/KR/SG paper only → both
    assert quote.format_needed is CarnetFormat.BOTH
    assert quote.refusals == []
    warnings = "\n".join(quote.warnings)
    assert "SG (Singapore) accepts CS (Commercial samples) only under its national law" in warnings
    assert "KR (South Korea) customs usually limit the stay to 6 months" in warnings


def test_trade_fair_with_the_percentage_schedule(table: CountryTable) -> None:
    quote = quote_application(
        sample_application("trade-fair"), "FR", table, percentage_schedule(), TODAY
    )
    # 12,500 + 2,900 = 15,400.00 EUR; security 40 % = 6,160.00
    assert quote.security.amount == Decimal("6160.00")
    # 2 trips → 2 yellow; CH + GB visits → 2 white; 4 sets → 2 extra × 20 = 40
    #   band 10,000-49,999 → 280; total 320.00
    assert quote.voucher_sets == {Y: 2, W: 2, B: 0}
    assert quote.fees.total == Decimal("320.00")
    # EU, CH and GB are digital-ready: digital, while "both" was asked for
    assert quote.format_needed is CarnetFormat.DIGITAL
    assert any("asks for both" in w for w in quote.warnings)


def test_the_three_samples_with_the_duty_schedule(table: CountryTable) -> None:
    schedule = duty_schedule()
    film = quote_application(sample_application("film-shoot"), "FR", table, schedule, TODAY)
    # CH 12 % × 1.10 = 13.2 %; NO 30 % × 1.10 = 33 % → NO: 275,660 × 0.33 = 90,967.80
    assert film.security.amount == Decimal("90967.80")
    assert film.security.country == "NO"
    # contingency +1 white +1 blue: 1 + 3 + 3 = 7 sets → 5 extra × £15 = 75;
    #   member fee 180; VAT 20 % of 255 = 51.00; total 306.00
    assert film.voucher_sets == {Y: 1, W: 3, B: 3}
    assert film.fees.total == Decimal("306.00")
    asia = quote_application(sample_application("samples-asia"), "FR", table, schedule, TODAY)
    # JP 16.5 %, KR 22 %, SG 9.9 % → KR: 5,400 × 0.22 = 1,188.00
    assert asia.security.amount == Decimal("1188.00")
    # 1 + (3 + 1) + 1 = 6 sets → 4 × 15 = 60; 180 + 60 = 240 + VAT 48 = 288.00
    assert asia.fees.total == Decimal("288.00")
    fair = quote_application(sample_application("trade-fair"), "FR", table, schedule, TODAY)
    # CH 13.2 %, GB 25 % × 1.10 = 27.5 % → 15,400 × 0.275 = 4,235.00
    assert fair.security.amount == Decimal("4235.00")
    assert fair.security.country == "GB"
    # 2 + (2 + 1) + 1 = 6 sets → 60; 240 + VAT 48 = 288.00
    assert fair.fees.total == Decimal("288.00")


def test_a_quote_with_refusals_still_has_its_figures(table: CountryTable) -> None:
    application = sample_application("samples-asia")
    from dataclasses import replace

    from carnet_app.domain.types import ItineraryKind, ItineraryStop

    to_india = replace(application, itinerary=(ItineraryStop("IN", ItineraryKind.VISIT),))
    quote = quote_application(to_india, "FR", table, percentage_schedule(), TODAY)
    assert quote.refused
    assert quote.refusals == ["IN (India) does not accept carnets for CS (Commercial samples)"]
    assert quote.security.amount == Decimal("2970.00")  # India 55 % of 5,400
    assert quote.to_dict()["refusals"] == quote.refusals


def test_to_dict_is_json_ready(table: CountryTable) -> None:
    import json

    quote = quote_application(
        sample_application("film-shoot"), "FR", table, percentage_schedule(), TODAY
    )
    data = json.loads(json.dumps(quote.to_dict()))
    assert data["vouchers"] == {"yellow": 1, "white": 2, "blue": 2}
    assert data["security"]["amount"] == "110264.00"
    assert data["fees"]["total"] == "445.00"
    assert data["fees"]["lines"][0]["unit_price"] == "385.00"
    assert data["quoted_on"] == "2026-11-27"
    assert data["format_needed"] == "digital"
    assert {f["field"] for f in data["findings"]} >= {"format", "currency"}
