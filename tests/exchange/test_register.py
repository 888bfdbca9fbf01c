"""A carnet issued anywhere, registered by hand from its green cover: kept under its own
number, home is the issuing country, and it then takes stamps and raises alerts like any."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from carnet_app.db.models import Carnet
from carnet_app.domain.calendar import valid_until as issue_valid_until
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, deadlines, packing_list
from carnet_app.services.database import open_database
from carnet_app.services.register import parse_registration, register_carnet
from tests.exchange.conftest import DeskFactory

US_NUMBER = "US 123456"


def us_carnet(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "number": US_NUMBER,
        "issuer": {"name": "USCIB", "country": "US"},
        "issued_on": "2026-02-02",
        "valid_until": "2027-02-01",
        "security": {"amount": "9000.00", "form": "bond"},
        "sheets": {
            "yellow": {"exportation": 2, "re-importation": 2, "counterfoils_only": True},
            "white": {"importation": 3, "re-exportation": 3},
        },
        "holder": {"name": "Acme Audio Inc.", "address": "1 Main St, Austin TX", "country": "US"},
        "uses": ["PE"],
        "currency": "USD",
        "itinerary": [{"country": "FR", "kind": "visit"}, {"country": "CH", "kind": "visit"}],
        "goods": [
            {
                "description": "Mixing console Yamaha CL5, S/N 884411",
                "pieces": 1,
                "value": "28000.00",
                "origin": "JP",
                "weight": "36",
            },
            {
                "description": "Stage monitor speakers JBL VTX F15, S/N 10-11",
                "pieces": 2,
                "value": "6400.00",
                "origin": "US",
            },
        ],
    }
    document.update(changes)
    return document


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_a_us_carnet_registered_by_hand_goes_through_a_trip_with_alerts(
    desk: DeskFactory, tmp_path: Path
) -> None:
    holder = desk("exhibitor")
    document = tmp_path / "us-carnet.json"
    document.write_text(json.dumps(us_carnet()), encoding="utf-8")
    registered = holder.ok("register", str(document))
    assert registered["number"] == US_NUMBER
    assert registered["sheets"]["yellow"]["counterfoils_only"] is True

    day = "2026-10-20"
    # leaving the US: the yellow counterfoil, home is the issuing country (not this desk's)
    out = holder.ok(
        "record", US_NUMBER, "exportation", "--date", "2026-10-01", "--country", "US", today=day
    )
    assert out["voucher"] == {"colour": "yellow", "no": 1} and out["irregularities"] == []
    holder.ok(
        "record",
        US_NUMBER,
        "importation",
        "--date",
        "2026-10-02",
        "--country",
        "FR",
        "--final-date",
        "2026-11-15",
        today=day,
    )
    alerts = holder.ok("alerts", "--within", "30", today="2026-10-20")["alerts"]
    assert [a["kind"] for a in alerts] == ["final-date"]
    assert "FR" in alerts[0]["message"] or "EU" in alerts[0]["message"]
    holder.ok(
        "record",
        US_NUMBER,
        "re-exportation",
        "--date",
        "2026-10-12",
        "--country",
        "FR",
        "--items",
        "2",
        today=day,
    )
    shown = holder.ok("show", US_NUMBER, today=day)
    where = {item["item_no"]: item["where"] for item in shown["items"]}
    assert where[1] == {"EU": 1} and where[2] == {"en-route": 2}
    late = holder.ok("alerts", "--within", "120", today="2027-01-10")["alerts"]
    assert {a["kind"] for a in late} >= {"final-date", "expiry"}

    again = holder("register", str(document))
    assert again.code == 2 and "already on this desk" in again.stderr


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"valid_until": "2027-03-01"}, "at most until 2027-02-01"),
        ({"valid_until": "2027-02-02"}, "at most until 2027-02-01"),
        ({"number": "123456"}, "country prefix"),
        ({"sheets": {"green": 2}}, "not yellow, white or blue"),
        ({"issuer": {"name": "USCIB", "country": "XX"}}, "not a known ISO country"),
        (
            {
                "goods": [
                    {"description": "=HYPERLINK(1)", "pieces": 1, "value": "5", "origin": "US"}
                ]
            },
            "formula",
        ),
        ({"issued_on": "2026-12-01"}, "in the future"),
    ],
)
def test_a_cover_typed_wrong_is_refused_with_the_field_named(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        with pytest.raises(UserError, match=message), database.write() as session:
            register_carnet(
                session, parse_registration(us_carnet(**changes)), user="u", today=date(2026, 11, 1)
            )
    finally:
        database.dispose()


def test_a_registered_carnet_takes_no_serial_from_the_chamber_and_keeps_its_number(
    tmp_path: Path,
) -> None:
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    from carnet_app.services.association import current_association

    try:
        with database.write() as session:
            carnets.set_association(
                session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="a"
            )
            carnet = register_carnet(
                session,
                parse_registration(
                    us_carnet(number="GB/LO/012345", issuer={"name": "LCCI", "country": "GB"})
                ),
                user="u",
                today=date(2026, 11, 1),
            )
            assert carnet.number == "GB/LO/012345"
            # another chamber's carnet takes no number of this desk's own series
            assert current_association(session).next_serial == 1
        with database.read() as session:
            assert deadlines.alerts(session, today=date(2027, 1, 20), within_days=30)
    finally:
        database.dispose()


def test_a_registered_carnet_prints_plans_trips_and_packs_like_any(tmp_path: Path) -> None:
    from carnet_app.services import documents, trips

    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        with database.write() as session:
            carnet = register_carnet(
                session, parse_registration(us_carnet()), user="u", today=date(2026, 3, 1)
            )
            carnet_id = carnet.id
        with database.read() as session:
            overlay = documents.carnet_pdf(
                session, US_NUMBER, part="cover", overlay=True, today=date(2026, 3, 1)
            )
            plan = trips.plan_trip(
                session,
                carnet_id,
                trips.TripRequest(destination="FR", items=((1, 1), (2, 2))),
                today=date(2026, 3, 1),
            )
            pack = documents.carnet_pdf(
                session, US_NUMBER, part="trip", trip_to="FR", today=date(2026, 3, 1)
            )
            packing = packing_list.packing_list(session, carnet_id)
        assert overlay.startswith(b"%PDF") and pack.startswith(b"%PDF")
        assert not plan.refusals, plan.refusals
        assert len(packing.lines) == 2 and packing.label == US_NUMBER
    finally:
        database.dispose()


@given(
    issued=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    extra_days=st.integers(min_value=-400, max_value=400),
)
def test_a_registered_validity_is_at_most_what_issue_gives(issued: date, extra_days: int) -> None:
    """Whatever the issue date (29 February included), ``register`` accepts a validity up to
    the last day ``issue`` itself gives (one year less a day, inclusive) and not a day more."""
    from datetime import timedelta

    last = issue_valid_until(issued)
    until = last + timedelta(days=extra_days)
    document = us_carnet(issued_on=issued.isoformat(), valid_until=until.isoformat())
    if issued <= until <= last:
        assert parse_registration(document).valid_until == until
    else:
        with pytest.raises(UserError) as refused:
            parse_registration(document)
        assert refused.value.field == "valid_until"


@given(
    hidden=st.characters(categories=["Cc", "Cf", "Co", "Cs", "Zl", "Zp"]),
    at=st.integers(min_value=1, max_value=len(US_NUMBER) - 1),  # inside: a pasted number's
)  # line break or tab at either end is trimmed as the spaces are
def test_a_number_with_an_invisible_or_direction_character_is_refused(hidden: str, at: int) -> None:
    """A right-to-left override shows "GB\u202e54321" as "GB12345" reversed; a zero-width space
    or a line separator makes two numbers that look the same: a number is what is printed on
    the cover, so it holds only characters that print."""
    number = US_NUMBER[:at] + hidden + US_NUMBER[at:]
    with pytest.raises(UserError) as refused:
        parse_registration(us_carnet(number=number))
    assert refused.value.field == "number"


@given(issued=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_a_replacement_cover_runs_at_most_a_year_from_the_latest_possible_expiry(
    issued: date,
) -> None:
    """A replacement is valid one year from the original's expiry, which came at the latest a
    year after the replacement's issue: that far and not a day more; an original, a year."""
    from datetime import timedelta

    last = issue_valid_until(issue_valid_until(issued))
    document = us_carnet(
        issued_on=issued.isoformat(), valid_until=last.isoformat(), kind="replacement"
    )
    assert parse_registration(document).valid_until == last
    for kind in ("replacement", "original"):
        too_long = us_carnet(
            issued_on=issued.isoformat(),
            valid_until=(last + timedelta(days=1)).isoformat(),
            kind=kind,
        )
        with pytest.raises(UserError) as refused:
            parse_registration(too_long)
        assert refused.value.field == "valid_until"


def test_a_kind_the_convention_does_not_know_is_refused() -> None:
    with pytest.raises(UserError, match="not a kind of carnet") as refused:
        parse_registration(us_carnet(kind="temporary"))
    assert refused.value.field == "kind"


@pytest.mark.parametrize("issued", ["0001-01-01", "1900-06-01", "1963-07-29"])
def test_a_cover_dated_before_the_ata_convention_is_refused(issued: str) -> None:
    """The Customs Convention on the ATA Carnet came into force on 30 July 1963: no cover
    carries an earlier date (a year typed as 0001 or 1900 is a mistake, not a carnet)."""
    until = (date.fromisoformat(issued) + timedelta(days=30)).isoformat()
    with pytest.raises(UserError, match=r"1963-07-30") as refused:
        parse_registration(us_carnet(issued_on=issued, valid_until=until))
    assert refused.value.field == "issued_on"
    first = parse_registration(us_carnet(issued_on="1963-07-30", valid_until="1964-07-29"))
    assert first.issued_on == date(1963, 7, 30)


def test_a_leap_day_cover_is_valid_until_28_february_not_1_march() -> None:
    parse_registration(us_carnet(issued_on="2028-02-29", valid_until="2029-02-28"))
    with pytest.raises(UserError, match="at most until 2029-02-28"):
        parse_registration(us_carnet(issued_on="2028-02-29", valid_until="2029-03-01"))


def test_a_number_with_another_countrys_prefix_is_registered_only_once_confirmed(
    tmp_path: Path,
) -> None:
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    registration = parse_registration(us_carnet(number="GB/LO/012345"))
    try:
        with pytest.raises(ConfirmationRequired) as warned, database.write() as session:
            register_carnet(session, registration, user="u", today=date(2026, 11, 1))
        assert "starts with GB" in warned.value.warnings[0]
        assert "US" in warned.value.warnings[0]
        with database.read() as session:
            assert session.scalar(select(func.count(Carnet.id))) == 0  # nothing written
        with database.write() as session:
            carnet = register_carnet(
                session, registration, user="u", today=date(2026, 11, 1), confirm=True
            )
            assert carnet.number == "GB/LO/012345"
    finally:
        database.dispose()


def test_the_command_line_warns_of_a_foreign_prefix_and_registers_with_confirm(
    desk: DeskFactory, tmp_path: Path
) -> None:
    holder = desk("holder")
    document = tmp_path / "cover.json"
    document.write_text(json.dumps(us_carnet(number="GB/LO/012345")), encoding="utf-8")
    warned = holder("register", str(document))
    assert warned.code != 0 and "starts with GB" in warned.stderr
    registered = holder.ok("register", str(document), "--confirm")
    assert registered["number"] == "GB/LO/012345"
