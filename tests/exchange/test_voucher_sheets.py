"""The voucher sheets actually bound in a booklet, by colour and by action, are enforced: a
stamp that needs a voucher of an action the booklet has no more of is refused naming the colour
and the action; a stamp that goes on a counterfoil only (US yellow sheets) is never refused for
want of a voucher."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction as A
from carnet_app.errors import UserError
from carnet_app.paths import AppPaths
from carnet_app.services import movements
from carnet_app.services.database import open_database
from carnet_app.services.register import parse_registration, register_carnet
from tests.exchange.conftest import DeskFactory
from tests.exchange.test_register import US_NUMBER, us_carnet
from tests.show_json import show_json

TODAY = date(2026, 11, 1)
# one re-exportation voucher for two importation vouchers; yellow: counterfoils only (none
# counted), as a US booklet is typed when its yellow sheets are not counted
UNEVEN = {
    "yellow": {"exportation": 0, "re-importation": 0, "counterfoils_only": True},
    "white": {"importation": 2, "re-exportation": 1},
}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        with database.write() as session:
            register_carnet(
                session, parse_registration(us_carnet(sheets=UNEVEN)), user="u", today=TODAY
            )
        yield database
    finally:
        database.dispose()


def stamp(database: Database, action: A, on: date, country: str, items: str = "") -> int:
    with database.write() as session:
        movement = movements.record_stamp(
            session,
            US_NUMBER,
            movements.StampRequest(action=action, on=on, country=country, items=items),
            confirm=True,
            user="u",
            today=TODAY,
        ).movement
        return movement.voucher_no


def shown(database: Database) -> dict[str, Any]:
    with database.read() as session:
        return show_json(session, US_NUMBER)


def test_a_stamp_needing_a_voucher_the_booklet_has_no_more_of_is_refused(
    database: Database,
) -> None:
    # leaving the US: on the yellow counterfoil, no voucher needed
    assert stamp(database, A.EXPORTATION, date(2026, 3, 1), "US") == 1
    stamp(database, A.IMPORTATION, date(2026, 3, 2), "FR", "1")
    stamp(database, A.IMPORTATION, date(2026, 3, 3), "FR", "2")
    stamp(database, A.RE_EXPORTATION, date(2026, 3, 10), "FR", "1")
    before = shown(database)
    assert before["vouchers"]["white"]["left_by_action"] == {"importation": 0, "re-exportation": 0}
    with pytest.raises(UserError) as refused:
        stamp(database, A.RE_EXPORTATION, date(2026, 3, 11), "FR", "2")
    message = refused.value.message
    assert "no white re-exportation voucher left" in message
    assert "1 white re-exportation voucher in the booklet, 1 used" in message
    assert shown(database) == before
    # the way home: the yellow re-importation counterfoil, still no voucher needed
    assert stamp(database, A.RE_IMPORTATION, date(2026, 3, 12), "US", "1") == 1
    assert shown(database)["vouchers"]["yellow"]["left_by_action"] == {
        "exportation": 0,
        "re-importation": 0,
    }


def test_a_third_importation_is_refused_naming_the_colour_and_action(
    database: Database,
) -> None:
    stamp(database, A.EXPORTATION, date(2026, 3, 1), "US")
    stamp(database, A.IMPORTATION, date(2026, 3, 2), "FR", "1")
    stamp(database, A.RE_EXPORTATION, date(2026, 3, 5), "FR", "1")
    stamp(database, A.IMPORTATION, date(2026, 3, 6), "CH", "2:1")
    with pytest.raises(UserError, match="no white importation voucher left"):
        stamp(database, A.IMPORTATION, date(2026, 3, 7), "CH", "2:1")


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_through_the_command(desk: DeskFactory, tmp_path: Path) -> None:
    holder = desk("exhibitor")
    document = tmp_path / "us-carnet.json"
    document.write_text(json.dumps(us_carnet(sheets=UNEVEN)), encoding="utf-8")
    holder.ok("register", str(document))
    day = "2026-10-20"

    def record(*args: str) -> Any:
        return holder.ok("record", US_NUMBER, *args, "--confirm", today=day)

    out = record("exportation", "--date", "2026-10-01", "--country", "US")
    assert out["voucher"] == {"colour": "yellow", "no": 1}
    record("importation", "--date", "2026-10-02", "--country", "FR", "--items", "1-2")
    record("re-exportation", "--date", "2026-10-05", "--country", "FR", "--items", "1")
    left = holder.ok("show", US_NUMBER, today=day)["vouchers"]["white"]["left_by_action"]
    assert left == {"importation": 1, "re-exportation": 0}
    refused = holder(
        "record", US_NUMBER, "re-exportation", "--date", "2026-10-06", "--country", "FR",
        "--items", "2", "--confirm", today=day,
    )  # fmt: skip
    assert refused.code == 2 and refused.stderr.count("\n") == 1
    assert "no white re-exportation voucher left" in refused.stderr


def test_the_trip_planner_counts_the_booklets_sheets(database: Database) -> None:
    """No yellow voucher is needed on a counterfoils-only booklet; a white set needs both
    an importation and a re-exportation sheet."""
    from carnet_app.services import trips

    with database.read() as session:
        carnet_id = show_json(session, US_NUMBER)["id"]
        request = trips.TripRequest(destination="FR", items=((1, 1),))
        plan = trips.plan_trip(session, carnet_id, request, today=TODAY)
    assert plan.ok, plan.refusals
    stamp(database, A.EXPORTATION, date(2026, 3, 1), "US", "1")
    stamp(database, A.IMPORTATION, date(2026, 3, 2), "FR", "1")
    stamp(database, A.RE_EXPORTATION, date(2026, 3, 10), "FR", "1")
    stamp(database, A.RE_IMPORTATION, date(2026, 3, 12), "US", "1")
    with database.read() as session:
        plan = trips.plan_trip(session, carnet_id, request, today=TODAY)
        overview = trips.trip_overview(session, carnet_id)
    assert [str(refusal) for refusal in plan.refusals] == [
        "white: the trip needs 2 vouchers, 0 left; sell white voucher sets before departure",
    ]
    assert overview.vouchers_left["white"] == 1
