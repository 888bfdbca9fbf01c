"""A whole carnet life through the command line, and every refusal leaving the file unchanged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import CarnetCommand, command_for, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"


@pytest.fixture(scope="module")
def issued_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A French chamber issues the film-shoot carnet (CH and NO visits, CH transits)."""
    folder = tmp_path_factory.mktemp("issued")
    db_file = folder / "template.sqlite3"
    carnet = command_for(db_file, folder / "data")
    assert carnet("init").code == 0
    setup = carnet(
        "association",
        "set",
        "--name",
        "CCI Lyon Métropole",
        "--country",
        "FR",
        "--currency",
        "EUR",
        "--code",
        "LY",
        "--json",
    )
    assert setup.code == 0, setup.stderr
    draft = carnet("apply", str(TEST_DATA / "application-film-shoot.json"), "--json")
    assert draft.code == 0, draft.stderr
    assert draft.json["status"] == "draft"
    issued = carnet("issue", str(draft.json["id"]), "--date", "2026-03-02", "--json", today=TODAY)
    assert issued.code == 0, issued.stderr
    return db_file, str(issued.json["number"])


@pytest.fixture
def issued(issued_template: tuple[Path, str], db_file: Path) -> str:
    """A fresh copy of the issued carnet's database for each test."""
    template, number = issued_template
    with sqlite3.connect(template) as source, sqlite3.connect(db_file) as target:
        source.backup(target)
    return number


def test_issue_answers_with_number_validity_and_voucher_sets(
    carnet: CarnetCommand, issued: str
) -> None:
    shown = carnet("show", issued, "--json").json
    assert issued == "FR/LY/000001"
    assert shown["status"] == "issued"
    assert shown["issued_on"] == "2026-03-02"
    assert shown["valid_until"] == "2027-03-01"
    assert shown["vouchers"]["white"]["sets"] == 2  # CH and NO visits
    assert shown["vouchers"]["blue"]["sets"] >= 2  # two CH transit crossings
    assert all(item["where"] == {"home": item["pieces"]} for item in shown["items"])


def test_whole_life_from_exportation_to_discharge(carnet: CarnetCommand, issued: str) -> None:
    def record(*args: str) -> dict:
        result = carnet("record", issued, *args, "--json", today=TODAY)
        assert result.code == 0, result.stderr
        return result.json

    record("exportation", "--date", "2026-03-10", "--office", "Lyon Saint-Exupéry")
    imported = record(
        "importation",
        "--date",
        "2026-03-10",
        "--country",
        "CH",
        "--office",
        "Genève Aéroport",
        "--final-date",
        "2026-09-10",
        "--reference",
        "CH-2026-1187",
    )
    assert imported["voucher"] == {"colour": "white", "no": 1}
    shown = carnet("show", issued, "--json").json
    assert shown["status"] == "active"
    assert shown["items"][0]["where"] == {"CH": 1}

    partial = record(
        "re-exportation", "--date", "2026-04-20", "--country", "CH", "--items", "1-3,10:1"
    )
    assert partial["refers_to"] == [1]
    assert partial["items"] == {"1": 1, "2": 1, "3": 1, "10": 1}
    record("transit-in", "--date", "2026-04-20", "--country", "CH", "--items", "1-3,10:1")
    record("transit-out", "--date", "2026-04-21", "--country", "CH", "--items", "1-3,10:1")
    record("re-importation", "--date", "2026-04-22", "--items", "1-3,10:1")
    shown = carnet("show", issued, "--json").json
    item10 = next(i for i in shown["items"] if i["item_no"] == 10)
    assert item10["where"] == {"home": 1, "CH": 1}
    assert shown["vouchers"]["blue"]["used"] == 2

    record("re-exportation", "--date", "2026-05-02", "--country", "CH")
    # the rest comes home on a second re-importation voucher: the chamber sells a yellow set
    added = carnet(
        "vouchers", "add", issued, "--colour", "yellow", "--sets", "1", "--json", today=TODAY
    )
    assert added.json["vouchers"]["yellow"] == 2
    record("re-importation", "--date", "2026-05-03")
    shown = carnet("show", issued, "--json").json
    assert all(item["where"] == {"home": item["pieces"]} for item in shown["items"])
    assert shown["vouchers"]["yellow"] == {
        "sets": 2,
        "issued": 4,
        "used": 3,
        "left": 1,
        "left_by_action": {"exportation": 1, "re-importation": 0},  # the one left exports
    }

    assert carnet("return", issued, "--date", "2026-06-01", today=TODAY).code == 0
    discharged = carnet("discharge", issued, "--date", "2026-06-03", "--json", today=TODAY)
    assert discharged.code == 0, discharged.stderr
    assert discharged.json["status"] == "discharged"
    assert carnet("audit", "--verify", "--json").json["intact"] is True


REFUSALS = [
    (["record", "{n}", "importation", "--date", "2026-03-10", "--country", "DE"], "home"),
    (["record", "{n}", "importation", "--date", "2026-03-10", "--country", "JP"], "JP is not"),
    (["record", "{n}", "exportation", "--date", "2026-03-01"], "before the carnet was issued"),
    (["record", "{n}", "exportation", "--date", "2026-03-10", "--items", "99"], "item 99"),
    (["record", "{n}", "exportation", "--date", "2026-03-10", "--items", "1:5"], "general list"),
    (
        ["record", "{n}", "importation", "--date", "2026-03-10", "--country", "CH", "--items", "1"],
        "confirm",
    ),
    (["record", "{n}", "exportation", "--date", "2030-01-01"], "future"),
    (["record", "{n}", "exportation", "--date", "2026-13-01"], "ISO date"),
    (["discharge", "{n}", "--date", "2026-06-01"], "discharge refused"),
    (["vouchers", "add", "{n}", "--colour", "blue", "--sets", "0"], "sets"),
    (
        ["claim", "open", "{n}", "--country", "CH", "--notified", "2026-05-01", "--amount", "-4"],
        "amount",
    ),
    (["show", "XX/000"], "no such carnet"),
    (["issue", "1"], "issue refused"),
]


@pytest.mark.parametrize(("args", "fragment"), REFUSALS)
def test_each_refusal_exits_2_with_one_line_and_changes_nothing(
    carnet: CarnetCommand, issued: str, db_file: Path, args: list[str], fragment: str
) -> None:
    before = dump(db_file)
    result = carnet(*[a.format(n=issued) for a in args], today=TODAY)
    assert result.code == 2, (result.stdout, result.stderr)
    assert fragment in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert dump(db_file) == before


def test_no_voucher_left_is_refused_naming_the_colour(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    assert (
        carnet(
            "record", issued, "exportation", "--date", "2026-03-10", "--items", "1", today=TODAY
        ).code
        == 0
    )
    before = dump(db_file)
    again = carnet(
        "record", issued, "exportation", "--date", "2026-03-11", "--items", "2", today=TODAY
    )
    assert again.code == 2
    assert "no yellow voucher left" in again.stderr
    assert dump(db_file) == before


def test_application_with_a_refused_destination(carnet: CarnetCommand, tmp_path: Path) -> None:
    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR")
    application = json.loads((TEST_DATA / "application-trade-fair.json").read_text())
    application["itinerary"] = [{"country": "TW", "kind": "visit", "times": 1}]
    path = tmp_path / "taiwan.json"
    path.write_text(json.dumps(application))
    result = carnet("apply", str(path))
    assert result.code == 2
    assert "TW" in result.stderr or "Taiwan" in result.stderr


def test_malformed_application_names_the_field(carnet: CarnetCommand, tmp_path: Path) -> None:
    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR")
    application = json.loads((TEST_DATA / "application-trade-fair.json").read_text())
    application["goods"][1]["value"] = "lots"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(application))
    result = carnet("apply", str(path))
    assert result.code == 2
    assert "goods[1].value" in result.stderr
