"""Issue 13's brief through the `carnet` command: --request-id, irregularities at discharge,
release notices, claim items and handling fee, goods lost on the way."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand, command_for, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"
NUMBER = "FR/LY/000001"


def _ok(result: Any) -> Any:
    assert result.code == 0, result.stderr
    return result.json


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The film-shoot carnet issued on 2026-03-02 (valid until 2027-03-01)."""
    folder = tmp_path_factory.mktemp("brief")
    db = folder / "issued.sqlite3"
    carnet = command_for(db, folder / "data")
    _ok(carnet("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
               "EUR", "--code", "LY", "--json"))  # fmt: skip
    draft = _ok(carnet("apply", str(TEST_DATA / "application-film-shoot.json"), "--json"))
    _ok(carnet("issue", str(draft["id"]), "--date", "2026-03-02", "--json", today=TODAY))
    return db


@pytest.fixture
def issued(template: Path, db_file: Path) -> str:
    with sqlite3.connect(template) as src, sqlite3.connect(db_file) as dst:
        src.backup(dst)
    return NUMBER


def test_the_same_request_id_writes_once_and_answers_the_same(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    args = ("record", issued, "exportation", "--date", "2026-03-10", "--request-id", "desk-7")
    first = carnet(*args, "--json", today=TODAY)
    assert first.code == 0, first.stderr
    before = dump(db_file)
    again = carnet(*args, "--json", today=TODAY)
    assert (again.code, again.stdout) == (0, first.stdout)
    assert dump(db_file) == before
    other = carnet("vouchers", "add", issued, "--colour", "white", "--sets", "1",
                   "--request-id", "desk-7", today=TODAY)  # fmt: skip
    assert other.code == 2 and "already used for `record`" in other.stderr
    assert dump(db_file) == before
    assert len(_ok(carnet("show", issued, "--json"))["movements"]) == 1


def test_the_same_request_id_with_other_values_is_refused_not_answered_from_before(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    """A retry repeats the request exactly; the same key on another date or other items is a
    second request under a reused key, and answering it with the first one's result would tell
    the clerk a stamp was recorded that was not."""
    first = carnet("record", issued, "exportation", "--date", "2026-03-10",
                   "--request-id", "desk-8", today=TODAY)  # fmt: skip
    assert first.code == 0, first.stderr
    before = dump(db_file)
    for changed in (("--date", "2026-03-11"), ("--date", "2026-03-10", "--items", "1")):
        other = carnet("record", issued, "exportation", *changed, "--request-id", "desk-8",
                       today=TODAY)  # fmt: skip
        assert other.code == 2, other.stdout
        assert "desk-8" in other.stderr and "other values" in other.stderr
        assert dump(db_file) == before
    same_in_json = carnet("record", issued, "exportation", "--date", "2026-03-10",
                          "--request-id", "desk-8", "--json", today=TODAY)  # fmt: skip
    assert same_in_json.code == 0, same_in_json.stderr  # the output's form is not the request
    assert dump(db_file) == before


def test_discharge_over_an_open_irregularity_needs_confirmation_then_security_is_a_notice(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    def run(*args: str, today: str = TODAY) -> Any:
        return _ok(carnet(*args, "--json", today=today))

    run("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
        "--code", "LY", "--security-hold-months", "24")  # fmt: skip
    run("record", issued, "importation", "--date", "2026-03-10", "--country", "CH",
        "--items", "1-20", "--confirm")  # fmt: skip
    kinds = [a["kind"] for a in run("alerts")["alerts"]]
    assert "irregularity" in kinds
    run("record", issued, "re-exportation", "--date", "2026-03-20", "--country", "CH")
    run("record", issued, "re-importation", "--date", "2026-03-21")
    run("return", issued, "--date", "2026-03-22")
    before = dump(db_file)
    refused = carnet("discharge", issued, "--date", "2026-03-23", today=TODAY)
    assert refused.code == 2 and "irregularity 1 is still open" in refused.stderr
    assert dump(db_file) == before
    assert run("discharge", issued, "--date", "2026-03-23", "--confirm")["status"] == "discharged"
    # held until 2027-03-01 + 24 months
    release = run("alerts", "--today", "2029-02-27")["alerts"]
    assert [(a["kind"], a["urgency"], a["due"]) for a in release] == [
        ("security-release", "notice", "2029-03-02")
    ]


def test_a_hold_of_no_months_releases_the_security_at_expiry(
    carnet: CarnetCommand, issued: str
) -> None:
    """0 is a hold the association may choose (0 to 120 months are accepted): it must not
    read as "not set" and fall back to the guarantee chain's 21 months."""

    def run(*args: str, today: str = TODAY) -> Any:
        return _ok(carnet(*args, "--json", today=today))

    run("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
        "--code", "LY", "--security-hold-months", "0")  # fmt: skip
    assert run("association", "show")["security_hold_months"] == 0
    run("return", issued, "--date", "2026-03-22")
    run("discharge", issued, "--date", "2026-03-23")
    release = run("alerts", "--today", "2027-02-27")["alerts"]
    assert [(a["kind"], a["due"]) for a in release] == [("security-release", "2027-03-02")]


def test_a_claim_names_its_items_and_its_handling_fee(carnet: CarnetCommand, issued: str) -> None:
    claim = _ok(carnet("claim", "open", issued, "--country", "CH", "--notified", "2026-06-01",
                       "--amount", "1250.00", "--items", "16-17", "--json",
                       today=TODAY))  # fmt: skip
    assert claim["items"] == {"16": None, "17": None}
    paid = _ok(carnet("claim", "settle", str(claim["id"]), "--date", "2026-07-01", "--paid",
                      "1250.00", "--json", today=TODAY))  # fmt: skip
    assert paid["handling_fee"] == "200.00"


def test_goods_lost_on_the_way(carnet: CarnetCommand, issued: str) -> None:
    _ok(carnet("record", issued, "exportation", "--date", "2026-03-10", "--items", "1-2",
               "--json", today=TODAY))  # fmt: skip
    _ok(carnet("event", issued, "lost", "--date", "2026-03-11", "--country", "FR", "--items",
               "2", "--document", "police report 2026/118", "--json", today=TODAY))  # fmt: skip
    items = _ok(carnet("show", issued, "--json"))["items"]
    assert (items[0]["where"], items[1]["where"]) == ({"en-route": 1}, {"disposed": 1})


def test_a_destination_added_after_issue(carnet: CarnetCommand, issued: str, db_file: Path) -> None:
    added = _ok(carnet("destination", issued, "--country", "IN", "--json", today=TODAY))
    assert (added["security_top_up"], added["sets_added"], added["fee"]) == (
        "41349.00",
        {"white": 1},
        "75.00",
    )
    before = dump(db_file)
    refused = carnet("destination", issued, "--country", "TW", today=TODAY)
    assert refused.code == 2 and "outside the ATA carnet system" in refused.stderr
    assert dump(db_file) == before
