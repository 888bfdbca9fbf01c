"""The shipped country table covers the countries the desk knows and carries the rules the
checks rely on."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from carnet_app.domain.countries import (
    AtaStatus,
    CountryTable,
    UseAcceptance,
    country_rule_to_dict,
    parse_country_rule,
)
from carnet_app.errors import UserError

EU27 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
REST_OF_EUROPE = "AL AD BY BA GI IS LI MD ME MK NO RU RS CH TR UA GB".split()
AFRICA_MIDDLE_EAST = "DZ BH CI IR IL LB MG MU MA QA SA SN ZA BW LS NA SZ TN AE".split()
AMERICAS = "CA CL MX PE US BR".split()
ASIA_PACIFIC = "AU CN HK IN ID JP KZ KR MO MY MN NZ PK PH SG LK TH".split()
SPECIAL_TERRITORIES = (
    "AX IC EA MC GP MQ GF RE YT MF BL NC PF WF PM FO GL SM VA GG JE IM SJ BV PR GU VI AS MP "
    "AW CW SX BQ AQ".split()
)
NOT_ATA = "TW BR XK TM TT".split()
EATA_WAVE_ONE = (*EU27, "NO", "CH", "LI", "GB")


def test_every_country_of_the_reference_is_a_row(table: CountryTable) -> None:
    listed = {
        *EU27,
        *REST_OF_EUROPE,
        *AFRICA_MIDDLE_EAST,
        *AMERICAS,
        *ASIA_PACIFIC,
        *SPECIAL_TERRITORIES,
        *NOT_ATA,
        "EU",
    }
    assert listed <= {rule.code for rule in table.rules()}


def test_names_come_from_pycountry(table: CountryTable) -> None:
    for rule in table.rules():
        country = pycountry.countries.get(alpha_2=rule.code)
        if country is not None:
            assert rule.name == getattr(country, "common_name", None) or country.name
    assert table.label("TW") == "TW (Taiwan)"
    assert table.label("EU") == "EU (European Union)"


@pytest.mark.parametrize(
    ("code", "territory"),
    [
        *((code, "EU") for code in EU27),
        *((code, "EU") for code in ("AX", "IC", "MC", "GP", "MQ", "GF", "RE", "YT", "MF")),
        ("LI", "CH"),
        ("BW", "ZA"),
        ("LS", "ZA"),
        ("NA", "ZA"),
        ("SZ", "ZA"),
        ("GG", "GB"),
        ("JE", "GB"),
        ("IM", "GB"),
        ("PR", "US"),
        ("CH", "CH"),
        ("GB", "GB"),
        ("NO", "NO"),
        ("EA", "EA"),
        ("NC", "NC"),
        ("GL", "GL"),
    ],
)
def test_customs_territories(table: CountryTable, code: str, territory: str) -> None:
    assert table.territory_of(code) == territory


def test_the_eu_is_one_territory_with_the_standard_rules(table: CountryTable) -> None:
    eu = table.get("EU")
    assert eu is not None and eu.territory == "EU"
    assert [eu.use_acceptance(u) for u in ("CS", "PE", "EF")] == [UseAcceptance.YES] * 3
    assert (eu.transit, eu.split_shipments, eu.replacement) == (True, True, True)
    assert set(EU27) <= set(table.members_of("EU"))
    assert table.territory_rule("DE") == eu


def test_status_of_suspended_and_outside_countries(table: CountryTable) -> None:
    for code in [*NOT_ATA, "GL", "SJ", "BV", "AQ"]:
        assert table.get(code).status is AtaStatus.NOT_ATA, code  # type: ignore[union-attr]
    for code in ("RU", "BY", "UA", "IR"):
        assert table.get(code).status is AtaStatus.SUSPENDED, code  # type: ignore[union-attr]
    assert table.get("PE").status is AtaStatus.ACTIVE  # type: ignore[union-attr]


def test_eata_readiness_is_the_first_wave_only(table: CountryTable) -> None:
    ready = {rule.code for rule in table.rules() if rule.eata_from is not None}
    assert set(EATA_WAVE_ONE) <= ready
    assert not ready & {"US", "JP", "AU", "CA", "CN", "TR", "IS"}
    for code in EATA_WAVE_ONE:
        assert table.get(code).eata_from == date(2026, 6, 1)  # type: ignore[union-attr]


def test_known_rules_of_the_reference(table: CountryTable) -> None:
    us = table.get("US")
    assert us is not None
    assert us.use_acceptance("EF") is UseAcceptance.NO
    assert (us.transit, us.replacement, us.postal) == (False, False, False)
    india = table.get("IN")
    assert india is not None
    assert india.use_acceptance("CS") is UseAcceptance.NO
    assert india.use_acceptance("PE") is UseAcceptance.LIMITED
    assert india.stay_limit_for("PE") == 2 and india.stay_limit_for("EF") == 6
    assert table.get("SG").use_acceptance("CS") is UseAcceptance.NATIONAL_LAW  # type: ignore[union-attr]
    assert table.get("MX").split_shipments is False  # type: ignore[union-attr]
    assert "US" in table.get("IR").refused_for_homes  # type: ignore[union-attr]


def test_every_row_has_a_last_verified_date_and_sources(table: CountryTable) -> None:
    for rule in table.rules():
        assert rule.last_verified is not None, rule.code
        assert date(2014, 1, 1) <= rule.last_verified <= date(2026, 6, 30), rule.code
        assert rule.sources, rule.code
    # Iceland relies on the 2014 IHK list and national sites of about 2025: the newest counts
    assert table.get("IS").last_verified == date(2025, 1, 1)  # type: ignore[union-attr]


def test_uses_are_defined_as_data_with_labels(table: CountryTable) -> None:
    codes = [use.code for use in table.use_definitions()]
    assert codes[:3] == ["CS", "PE", "EF"]
    assert {"SCI", "PERS", "SPORT", "HUM", "ANIM", "OTHER"} <= set(codes)
    assert table.use_label("CS").text("en") == "CS (Commercial samples)"
    # a French message names the use in French, not in the table's English
    assert table.use_label("CS").text("fr") == "CS (Échantillons commerciaux)"
    assert all(use.label_fr for use in table.use_definitions())


def test_a_row_survives_a_round_trip_through_plain_data(table: CountryTable) -> None:
    for rule in table.rules():
        assert parse_country_rule(rule.code, country_rule_to_dict(rule), "row") == rule


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"transit": "yes"}, "countries.CH.transit"),
        ({"uses": {"PE": "maybe"}}, "countries.CH.uses.PE"),
        ({"status": "gone"}, "countries.CH.status"),
        ({"eata_from": "next june"}, "countries.CH.eata_from"),
        ({"stay_limit_months": 0}, "countries.CH.stay_limit_months"),
        ({"colour": "red"}, "countries.CH.colour"),
    ],
)
def test_a_bad_value_is_refused_naming_its_key(
    table: CountryTable, changes: dict[str, object], key: str
) -> None:
    data = {**country_rule_to_dict(table.get("CH")), **changes}  # type: ignore[arg-type]
    with pytest.raises(UserError) as refused:
        parse_country_rule("CH", data, "countries.CH")
    assert refused.value.field == key
    assert key in refused.value.message
