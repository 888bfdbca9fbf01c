"""Security: the highest requirement of any destination or transit, with its explanation."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.countries import CountryTable
from carnet_app.domain.schedules import (
    PenaltyMode,
    RateRule,
    SecuritySchedule,
    minor_unit_digits,
    round_money,
)
from carnet_app.domain.security import compute_security, rate_for
from carnet_app.domain.types import GoodsLine, ItineraryKind, ItineraryStop
from tests.examples import examples
from tests.reference.conftest import duty_schedule, percentage_schedule, shipped_table

TABLE = shipped_table()
PERCENTAGE = percentage_schedule().security
DUTY = duty_schedule().security


def goods(*values: str, description: str = "Camera, S/N 1") -> list[GoodsLine]:
    return [GoodsLine(i + 1, description, 1, Decimal(v), "DE") for i, v in enumerate(values)]


def visit(country: str) -> ItineraryStop:
    return ItineraryStop(country, ItineraryKind.VISIT)


def test_default_percentage_of_the_list_value(table: CountryTable) -> None:
    quote = compute_security(
        goods("1000.00", "250.50"), [visit("CH")], ["PE"], PERCENTAGE, table, "FR", "EUR"
    )
    assert quote.amount == Decimal("500.20")  # 40 % of 1,250.50 = 500.20
    assert quote.country == "CH"
    assert quote.rule == "CH: default rate 40 % of value"
    assert "on a general-list value of 1,250.50 EUR" in quote.explanation


def test_the_highest_country_rate_sets_the_amount_and_is_named(table: CountryTable) -> None:
    quote = compute_security(
        goods("10000"),
        [visit("CH"), visit("IN"), visit("JP")],
        ["EF"],
        PERCENTAGE,
        table,
        "FR",
        "USD",
    )
    assert quote.amount == Decimal("5500.00")  # India 55 % of 10,000
    assert quote.country == "IN"
    assert "rate card IN (USCIB India rate) 55 % of value" in quote.rule
    assert "highest of: CH visit 4,000.00 USD; IN visit 5,500.00 USD; JP visit" in (
        quote.explanation
    )


def test_a_use_override_beats_the_country_line(table: CountryTable) -> None:
    schedule = replace(
        PERCENTAGE,
        rates=(
            RateRule(Decimal("50"), country="CH"),
            RateRule(Decimal("30"), country="CH", use="CS"),
            RateRule(Decimal("45"), use="EF"),
        ),
    )
    assert rate_for("CH", "CS", schedule, table)[0] == Decimal("30")
    assert rate_for("CH", "PE", schedule, table)[0] == Decimal("50")
    assert rate_for("NO", "EF", schedule, table)[0] == Decimal("45")
    assert rate_for("NO", "PE", schedule, table)[0] == Decimal("40")
    # the country comes before the use: CH/EF takes the CH line (50), not "any EF" (45)
    assert rate_for("CH", "EF", schedule, table)[0] == Decimal("50")
    samples = compute_security(goods("1000"), [visit("CH")], ["CS"], schedule, table, "FR", "EUR")
    assert samples.amount == Decimal("300.00")
    # several uses on one carnet: the highest rate among them
    both = compute_security(
        goods("1000"), [visit("CH")], ["CS", "EF"], schedule, table, "FR", "EUR"
    )
    assert both.amount == Decimal("500.00")


def test_a_territory_line_covers_its_member_states(table: CountryTable) -> None:
    assert rate_for("DE", "PE", DUTY, table)[0] == Decimal("25")  # the EU line
    assert rate_for(
        "LI", "PE", replace(DUTY, rates=(RateRule(Decimal("9"), country="CH"),)), table
    )[0] == Decimal("9")


def test_duty_method_adds_the_penalty_of_the_duty(table: CountryTable) -> None:
    quote = compute_security(
        goods("10000"), [visit("BA"), visit("CH")], ["PE"], DUTY, table, "GB", "GBP"
    )
    assert quote.amount == Decimal("4400.00")  # Bosnia 40 % + 10 % of it = 44 % of 10,000
    assert "duty and tax 40 % + 10 % penalty of the duty = 44 % of value" in quote.rule
    points = replace(DUTY, penalty_mode=PenaltyMode.POINTS)
    assert compute_security(
        goods("10000"), [visit("BA")], ["PE"], points, table, "GB", "GBP"
    ).amount == Decimal("5000.00")  # 40 + 10 points


def test_no_foreign_destination_requires_only_the_minimum(table: CountryTable) -> None:
    for itinerary in ([], [visit("DE")]):  # DE is home for a French carnet
        quote = compute_security(goods("10000"), itinerary, ["PE"], DUTY, table, "FR", "GBP")
        assert quote.amount == Decimal("500.00") and quote.country is None
    quote = compute_security(goods("10000"), [], ["PE"], PERCENTAGE, table, "FR", "EUR")
    assert quote.amount == Decimal("0.00")
    assert "no destination outside the home territory yet" in quote.explanation


def test_the_minimum_applies_to_small_lists(table: CountryTable) -> None:
    quote = compute_security(goods("100"), [visit("CH")], ["PE"], DUTY, table, "GB", "GBP")
    assert quote.amount == Decimal("500.00")  # 13.2 % of 100 = 13.20 < minimum 500
    assert "minimum security 500.00 GBP" in quote.rule
    floor = replace(
        PERCENTAGE, rates=(RateRule(Decimal("40"), country="CH", minimum=Decimal("300")),)
    )
    assert compute_security(
        goods("100"), [visit("CH")], ["PE"], floor, table, "FR", "EUR"
    ).amount == Decimal("300.00")


def test_vehicles_are_secured_at_their_own_rate(table: CountryTable) -> None:
    lines = [*goods("20000", description="Delivery van Renault Master, VIN 123"), *goods("5000")]
    lines[1] = replace(lines[1], item_no=2)
    company = compute_security(lines, [visit("CH")], ["PE"], PERCENTAGE, table, "FR", "EUR")
    assert company.amount == Decimal("22000.00")  # 100 % of 20,000 + 40 % of 5,000
    assert "road vehicles at 100 % (company holder)" in company.rule
    person = compute_security(
        lines, [visit("CH")], ["PE"], PERCENTAGE, table, "FR", "EUR", individual_holder=True
    )
    assert person.amount == Decimal("32000.00")  # 150 % of 20,000 + 40 % of 5,000
    flagged = compute_security(
        goods("1000"), [visit("CH")], ["PE"], PERCENTAGE, table, "FR", "EUR", flags=["vehicle"]
    )
    assert flagged.amount == Decimal("1000.00")
    # "caravan" is not "van": whole words only
    plain = compute_security(
        goods("1000", description="Caravan awning, S/N 2"),
        [visit("CH")],
        ["PE"],
        PERCENTAGE,
        table,
        "FR",
        "EUR",
    )
    assert plain.amount == Decimal("400.00")


def test_the_bond_premium_has_a_rate_and_a_minimum(table: CountryTable) -> None:
    big = compute_security(goods("100000"), [visit("CH")], ["PE"], PERCENTAGE, table, "US", "USD")
    assert big.form("insurance-bond").cost == Decimal("400.00")  # type: ignore[union-attr]
    small = compute_security(goods("1000"), [visit("CH")], ["PE"], PERCENTAGE, table, "US", "USD")
    assert small.form("insurance-bond").cost == Decimal("100.00")  # type: ignore[union-attr]
    assert small.form("cash").cost == Decimal("0.00")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("currency", "digits", "amount"),
    # BHD has three decimals but the desk keeps money in hundredths: a quote of 133.333 was
    # issued and kept as 133.33, so it is quoted as kept
    [("EUR", 2, "133.33"), ("JPY", 0, "133"), ("BHD", 3, "133.33")],
)
def test_amounts_round_to_the_minor_unit(currency: str, digits: int, amount: str) -> None:
    assert minor_unit_digits(currency) == digits
    schedule = SecuritySchedule(method=PERCENTAGE.method, default_percent=Decimal("40"))
    quote = compute_security(
        goods("333.3333"), [visit("CH")], ["PE"], schedule, TABLE, "FR", currency
    )
    assert quote.amount == Decimal(amount)
    assert round_money(Decimal("0.005"), "EUR") == Decimal("0.01")


CODES = ["CH", "NO", "GB", "US", "IN", "BA", "DZ", "AU", "AD", "JP", "DE", "CN", "SG", "BR"]
stops = st.builds(ItineraryStop, st.sampled_from(CODES), st.sampled_from(list(ItineraryKind)))
values = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000000"), places=2)
descriptions = st.sampled_from(["Camera, S/N 1", "Motorcycle Honda, VIN 9", "Laptop, S/N 3"])
lines = st.lists(st.tuples(values, descriptions), min_size=1, max_size=5).map(
    lambda items: [GoodsLine(i + 1, d, 1, v, "DE") for i, (v, d) in enumerate(items)]
)
schedules = st.sampled_from([PERCENTAGE, DUTY])
use_lists = st.lists(st.sampled_from(["CS", "PE", "EF"]), min_size=1, max_size=2, unique=True)


@settings(max_examples=examples(120), deadline=None)
@given(
    goods_lines=lines,
    itinerary=st.lists(stops, min_size=1, max_size=5),
    schedule=schedules,
    uses=use_lists,
    individual=st.booleans(),
)
def test_never_below_what_any_single_destination_requires(
    goods_lines: list[GoodsLine],
    itinerary: list[ItineraryStop],
    schedule: SecuritySchedule,
    uses: list[str],
    individual: bool,
) -> None:
    whole = compute_security(
        goods_lines, itinerary, uses, schedule, TABLE, "FR", "EUR", individual_holder=individual
    )
    for stop in itinerary:
        alone = compute_security(
            goods_lines, [stop], uses, schedule, TABLE, "FR", "EUR", individual_holder=individual
        )
        assert whole.amount >= alone.amount
    assert all(whole.amount >= d.amount for d in whole.per_destination)


@settings(max_examples=examples(120), deadline=None)
@given(
    goods_lines=lines,
    itinerary=st.lists(stops, max_size=5),
    extra=stops,
    schedule=schedules,
    uses=use_lists,
)
def test_adding_a_visit_or_transit_never_lowers_the_security(
    goods_lines: list[GoodsLine],
    itinerary: list[ItineraryStop],
    extra: ItineraryStop,
    schedule: SecuritySchedule,
    uses: list[str],
) -> None:
    before = compute_security(goods_lines, itinerary, uses, schedule, TABLE, "GB", "GBP")
    after = compute_security(goods_lines, [*itinerary, extra], uses, schedule, TABLE, "GB", "GBP")
    assert after.amount >= before.amount
