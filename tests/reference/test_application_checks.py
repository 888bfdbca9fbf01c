"""Application checks: each rule refuses or warns, naming the country, the rule and the field."""

from __future__ import annotations

from datetime import date

from carnet_app.domain.application_checks import (
    Finding,
    Severity,
    carnet_format_needed,
    check_application,
    check_replacement,
)
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.types import CarnetFormat, ItineraryKind, ItineraryStop
from tests.reference.conftest import TODAY, application


def stops(*items: tuple[str, str, int]) -> list[dict[str, object]]:
    return [{"country": c, "kind": k, "times": t} for c, k, t in items]


def by_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def test_a_plain_itinerary_has_no_refusal(table: CountryTable) -> None:
    app = application(format="digital")  # FR → CH with PE, both eATA-ready on TODAY
    assert check_application(app, "FR", table, TODAY) == []


def test_a_use_a_country_does_not_accept_is_refused(table: CountryTable) -> None:
    app = application(uses=["CS"], itinerary=stops(("CH", "visit", 1), ("IN", "visit", 1)))
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "use-not-accepted")
    assert refusal.severity is Severity.REFUSAL
    assert refusal.field == "itinerary[1].country"
    assert "IN (India)" in refusal.message and "CS (Commercial samples)" in refusal.message


def test_exhibitions_are_refused_in_the_united_states(table: CountryTable) -> None:
    app = application(uses=["EF"], itinerary=stops(("US", "visit", 1)))
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "use-not-accepted")
    assert "US (United States)" in refusal.message


def test_national_law_limited_and_unknown_uses_are_warnings(table: CountryTable) -> None:
    app = application(uses=["CS", "PE"], itinerary=stops(("SG", "visit", 1), ("SA", "visit", 1)))
    findings = check_application(app, "FR", table, TODAY)
    assert not [f for f in findings if f.is_refusal]
    assert "SG (Singapore) accepts CS" in by_rule(findings, "use-national-law")[0].message
    unverified = by_rule(findings, "use-unverified")
    assert {f.field for f in unverified} == {"itinerary[1].country"}  # Saudi CS and PE
    limited = application(uses=["PE"], itinerary=stops(("IN", "visit", 1)))
    [warning] = by_rule(check_application(limited, "FR", table, TODAY), "use-limited")
    assert warning.severity is Severity.WARNING and "IN (India)" in warning.message


def test_a_transit_where_transit_is_not_accepted_is_refused(table: CountryTable) -> None:
    app = application(itinerary=stops(("CA", "visit", 1), ("US", "transit", 1)))
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "transit-not-accepted")
    assert refusal.field == "itinerary[1].country"
    assert "US (United States) does not accept carnets for transit" in refusal.message


def test_a_transit_under_conditions_or_unverified_is_a_warning(table: CountryTable) -> None:
    app = application(itinerary=stops(("ZA", "transit", 1), ("MX", "transit", 1)))
    findings = check_application(app, "FR", table, TODAY)
    assert "only unaccompanied bulky goods" in by_rule(findings, "transit-conditions")[0].message
    assert by_rule(findings, "transit-unverified")[0].field == "itinerary[1].country"


def test_countries_outside_the_ata_system_are_refused(table: CountryTable) -> None:
    app = application(itinerary=stops(("TW", "visit", 1), ("BR", "visit", 1), ("XK", "transit", 1)))
    refusals = by_rule(check_application(app, "FR", table, TODAY), "not-ata")
    assert [f.field for f in refusals] == [f"itinerary[{i}].country" for i in range(3)]
    assert "TW (Taiwan) is outside the ATA carnet system" in refusals[0].message
    assert "CPD carnet" in refusals[0].message


def test_a_country_missing_from_the_table_is_refused(table: CountryTable) -> None:
    app = application(itinerary=stops(("FJ", "visit", 1)))
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "unknown-country")
    assert "FJ" in refusal.message


def test_suspended_countries_are_warned(table: CountryTable) -> None:
    app = application(itinerary=stops(("UA", "visit", 1)))
    [warning] = by_rule(check_application(app, "FR", table, TODAY), "suspended")
    assert warning.severity is Severity.WARNING and "UA (Ukraine)" in warning.message


def test_carnets_from_a_home_the_country_refuses_are_refused(table: CountryTable) -> None:
    app = application(itinerary=stops(("IR", "visit", 1)))
    [refusal] = by_rule(check_application(app, "US", table, TODAY), "refused-for-home")
    assert "carnets issued in US (United States) may not be used in IR" in refusal.message
    assert not by_rule(check_application(app, "FR", table, TODAY), "refused-for-home")


def test_a_destination_in_the_home_territory_is_refused(table: CountryTable) -> None:
    app = application(itinerary=stops(("CH", "visit", 1), ("DE", "visit", 1)))
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "home-territory")
    assert refusal.field == "itinerary[1].country"
    assert "goods do not need a carnet inside the EU customs territory" in refusal.message
    swiss = application(itinerary=stops(("LI", "visit", 1)))
    assert by_rule(check_application(swiss, "CH", table, TODAY), "home-territory")


def test_french_overseas_regions_still_need_a_carnet_from_france(table: CountryTable) -> None:
    app = application(itinerary=stops(("GP", "visit", 1)))
    assert not by_rule(check_application(app, "FR", table, TODAY), "home-territory")
    assert by_rule(check_application(app, "DE", table, TODAY), "home-territory")


def test_unknown_uses_are_refused(table: CountryTable) -> None:
    app = application(uses=["PE", "XYZ"])
    [refusal] = by_rule(check_application(app, "FR", table, TODAY), "unknown-use")
    assert refusal.field == "uses[1]"


def test_short_stay_limits_are_warned_once_per_country(table: CountryTable) -> None:
    app = application(uses=["PE"], itinerary=stops(("MY", "visit", 1), ("MY", "visit", 1)))
    [warning] = by_rule(check_application(app, "FR", table, TODAY), "stay-limit")
    assert "MY (Malaysia) customs usually limit the stay to 3 months" in warning.message


def test_replacement_carnets(table: CountryTable) -> None:
    [us] = check_replacement("US", table)
    assert us.severity is Severity.REFUSAL and "US (United States)" in us.message
    [morocco] = check_replacement("MA", table)
    assert morocco.rule == "replacement-not-accepted"
    assert check_replacement("DE", table) == []
    [malaysia] = check_replacement("MY", table)
    assert malaysia.severity is Severity.WARNING and "MICCI" in malaysia.message
    [japan] = check_replacement("JP", table)
    assert japan.rule == "replacement-unverified"
    assert check_replacement("TW", table)[0].rule == "not-ata"


def test_the_format_follows_eata_readiness_on_the_day(table: CountryTable) -> None:
    def needed(itinerary: list[tuple[str, str]], home: str, on: date) -> CarnetFormat:
        trip = [ItineraryStop(c, ItineraryKind(k)) for c, k in itinerary]
        return carnet_format_needed(trip, home, table, on).needed

    europe = [("CH", "visit"), ("NO", "visit"), ("GB", "transit")]
    assert needed(europe, "FR", TODAY) is CarnetFormat.DIGITAL
    assert needed(europe, "FR", date(2026, 5, 31)) is CarnetFormat.PAPER
    assert needed([("JP", "visit")], "FR", TODAY) is CarnetFormat.BOTH  # the EU home counts
    assert needed([("JP", "visit")], "US", TODAY) is CarnetFormat.PAPER
    assert needed([("CH", "visit"), ("US", "visit")], "GB", TODAY) is CarnetFormat.BOTH


def test_a_format_different_from_the_one_asked_is_warned(table: CountryTable) -> None:
    app = application(format="paper")
    [warning] = by_rule(check_application(app, "FR", table, TODAY), "format-differs")
    assert warning.field == "format"
    assert "digital carnet is possible" in warning.message and "asks for paper" in warning.message
    early = date(2026, 3, 1)
    assert not by_rule(check_application(app, "FR", table, early), "format-differs")


def test_an_empty_itinerary_is_warned_without_a_format_warning(table: CountryTable) -> None:
    findings = check_application(application(itinerary=[]), "FR", table, TODAY)
    assert [f.rule for f in findings] == ["no-destination"]


def test_french_overseas_regions_are_not_assumed_digital(table: CountryTable) -> None:
    trip = [ItineraryStop("GP", ItineraryKind.VISIT)]
    decision = carnet_format_needed(trip, "FR", table, TODAY)
    assert decision.needed is CarnetFormat.BOTH
    assert decision.explanation == (
        "a paper and a digital carnet are needed (both): eATA is live in EU on 2026-11-27, "
        "not in GP"
    )
