"""`carnet --lang fr` says the desk's alerts and its file refusals in French, with the same
codes as in English: an alert keeps its `kind`, a refusal its `code` (docs/messages.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import CarnetCommand, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"


def _ok(result: Any) -> Any:
    assert result.code == 0, result.stderr
    return result.json


def test_alerts_speak_the_chosen_language_with_the_same_kinds(carnet: CarnetCommand) -> None:
    _ok(carnet("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
               "EUR", "--code", "LY", "--json"))  # fmt: skip
    draft = _ok(carnet("apply", str(TEST_DATA / "application-film-shoot.json"), "--json"))
    _ok(carnet("issue", str(draft["id"]), "--date", "2026-03-02", "--json", today=TODAY))
    english = _ok(carnet("alerts", "--within", "400", "--json", today=TODAY))["alerts"]
    french = _ok(carnet("--lang", "fr", "alerts", "--within", "400", "--json", today=TODAY))[
        "alerts"
    ]
    assert [a["kind"] for a in english] == [a["kind"] for a in french] == ["not-returned"]
    assert english[0]["code"] == french[0]["code"] == "alert.not-returned"
    assert english[0]["message"].startswith("carnet to be returned to the chamber by 20")
    assert french[0]["message"].startswith("carnet à restituer à la chambre au plus tard le ")
    assert french[0]["due"] == english[0]["due"]  # the data stays ISO; only words change


def test_a_file_refusal_has_one_code_in_both_languages(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    _ok(carnet("init", "--json"))
    not_json = tmp_path / "export.json"
    not_json.write_text("not json", encoding="utf-8")
    before = dump(db_file)
    english = carnet("import-all", str(not_json), "--json")
    french = carnet("--lang", "fr", "import-all", str(not_json), "--json")
    assert english.code == french.code == 2
    said = [json.loads(run.stdout)["refused"] for run in (english, french)]
    assert said[0]["code"] == said[1]["code"] == "import-all.not-json"
    assert "not a Carnet Desk export" in said[0]["message"]
    assert "ce n'est pas un export de Carnet Desk" in said[1]["message"]
    assert dump(db_file) == before
    wrong = carnet("--lang", "fr", "export-list", "FR/LY/1", str(tmp_path / "list.txt"), "--json")
    assert json.loads(wrong.stdout)["refused"]["code"] == "list-export.suffix"
    assert "indiquez un fichier .csv ou .xlsx" in wrong.stderr
