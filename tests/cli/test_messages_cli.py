"""`carnet --lang fr` answers in French with the same codes; `--json` gives the code of a
refusal beside its words, and the refusal writes nothing, in either language."""

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


def test_a_refusal_speaks_the_chosen_language_with_one_code(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    before = dump(db_file)
    claim = ("claim", "open", issued, "--country", "FR", "--notified", "2026-06-01",
             "--amount", "100.00")  # fmt: skip
    english = carnet(*claim, "--json", today=TODAY)
    french = carnet("--lang", "fr", *claim, "--json", today=TODAY)
    assert english.code == french.code == 2
    assert "is in the carnet's home customs territory" in english.stderr
    assert french.stderr.startswith("carnet: refused: réclamation refusée : FR est dans le")
    said = [json.loads(run.stdout)["refused"] for run in (english, french)]
    assert said[0]["code"] == said[1]["code"] == "claim.from-home"
    assert said[0]["field"] == said[1]["field"] == "country"
    assert said[1]["message"].startswith("réclamation refusée")
    assert dump(db_file) == before


def test_the_environment_chooses_the_language_and_lang_overrides_it(
    carnet: CarnetCommand, issued: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARNET_LANGUAGE", "fr")
    french = carnet("claim", "settle", "999", "--date", "2026-07-01", "--paid", "5", today=TODAY)
    assert french.code == 2
    assert "réclamation 999 : cette réclamation n'existe pas" in french.stderr
    english = carnet("claim", "settle", "999", "--date", "2026-07-01", "--paid", "5", "--lang",
                     "en", today=TODAY)  # fmt: skip
    assert "claim 999: no such claim" in english.stderr


def test_the_show_and_record_commands_refuse_a_bad_option_in_french_with_its_code(
    carnet: CarnetCommand, issued: str
) -> None:
    alerts = carnet("--lang", "fr", "alerts", "--within", "-1", "--json", today=TODAY)
    assert alerts.code == 2
    refused = json.loads(alerts.stdout)["refused"]
    assert refused["code"] == "cli.within-days" and refused["field"] == "within"
    assert refused["message"] == "within : donnez un nombre de jours, 0 ou plus"
    record = carnet("--lang", "fr", "record", issued, "re-exportation", "--date", "2026-04-01",
                    "--country", "CH", "--refers-to", "un", "--json", today=TODAY)  # fmt: skip
    assert json.loads(record.stdout)["refused"]["code"] == "cli.refers-to-numbers"
