"""A movement refused or irregular says so in the chosen language with one code: `carnet
--lang fr --json record ...` gives the English run's code and French words, and writes
nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"


def _ok(result: Any) -> Any:
    assert result.code == 0, result.stderr
    return result.json


@pytest.fixture
def issued(carnet: CarnetCommand) -> str:
    _ok(carnet("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
               "EUR", "--code", "LY", "--json"))  # fmt: skip
    draft = _ok(carnet("apply", str(TEST_DATA / "application-film-shoot.json"), "--json"))
    issued = _ok(carnet("issue", str(draft["id"]), "--date", "2026-03-02", "--json", today=TODAY))
    return str(issued["number"])


def _both(carnet: CarnetCommand, *args: str) -> tuple[dict[str, Any], dict[str, Any]]:
    english = carnet(*args, "--json", today=TODAY)
    french = carnet("--lang", "fr", *args, "--json", today=TODAY)
    assert english.code == french.code == 2, (english.stderr, french.stderr)
    return json.loads(english.stdout)["refused"], json.loads(french.stdout)["refused"]


def test_a_movement_refusal_has_one_code_and_french_words(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    before = dump(db_file)
    english, french = _both(
        carnet, "record", issued, "importation", "--date", "2026-03-10", "--country", "JP"
    )
    assert english["code"] == french["code"] == "ledger.country-not-on-carnet"
    assert english["field"] == french["field"] == "country"
    assert english["message"].startswith(f"JP is not a country of carnet {issued}")
    assert french["message"].startswith(f"JP n'est pas un pays du carnet {issued}")
    assert dump(db_file) == before


def test_an_item_beyond_the_list_is_refused_in_french(carnet: CarnetCommand, issued: str) -> None:
    english, french = _both(
        carnet, "record", issued, "exportation", "--date", "2026-03-10", "--items", "1:5"
    )
    assert english["code"] == french["code"] == "ledger.item-above-list"
    assert english["message"] == "item 1: 5 pieces asked, the general list has 1"
    assert french["message"] == "article 1 : 5 pièces demandées, la liste générale en compte 1"


def test_an_irregular_stamp_asks_for_confirmation_in_french(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    before = dump(db_file)
    english, french = _both(
        carnet, "record", issued, "importation", "--date", "2026-03-10", "--country", "CH",
        "--items", "1",
    )  # fmt: skip
    assert english["code"] == french["code"] == "confirmation.needed"
    assert "importation into CH with no exportation recorded for item 1" in english["message"]
    assert french["message"] == (
        "confirmation nécessaire : importation en CH sans exportation enregistrée pour l'article 1"
    )
    assert dump(db_file) == before
