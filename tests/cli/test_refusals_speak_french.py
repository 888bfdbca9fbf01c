"""Refusals that used to be English sentences inside the services (finding a carnet, the list's
status, a schedule file, evidence, a restore, a cancellation): `carnet --lang fr` says each in
French with the same code as in English, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand, current_backend, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"


def _refusal(carnet: CarnetCommand, *args: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The same command refused in English and in French: (English, French) refusals."""
    said = []
    for language in ("en", "fr"):
        run = carnet("--lang", language, *args, "--json", today=TODAY)
        assert run.code == 2, (language, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr
        said.append(json.loads(run.stdout)["refused"])
    english, french = said
    assert english["code"] == french["code"]
    assert english["message"] != french["message"]
    return english, french


@pytest.fixture
def desk(carnet: CarnetCommand) -> CarnetCommand:
    run = carnet("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
                 "EUR", "--code", "LY", "--json")  # fmt: skip
    assert run.code == 0, run.stderr
    return carnet


def test_an_unknown_carnet_and_status_are_refused_in_french(
    desk: CarnetCommand, db_file: Path
) -> None:
    before = dump(db_file)
    english, french = _refusal(desk, "show", "FR/LY/999")
    assert english["code"] == "carnet.unknown-or-draft"
    assert english["message"] == "carnet FR/LY/999: no such carnet or draft"
    assert french["message"] == "carnet FR/LY/999 : ni carnet ni brouillon de ce nom"
    english, french = _refusal(desk, "list", "--status", "lost")
    assert english["code"] == "list.status-unknown"
    assert "is not one of" in english["message"]
    assert "ne fait pas partie de" in french["message"]
    english, french = _refusal(desk, "export-list", "FR/LY/999", "list.csv")
    assert english["code"] == "carnet.unknown"
    assert french["message"] == "carnet FR/LY/999 : ce carnet n'existe pas"
    assert dump(db_file) == before


def test_schedule_files_and_evidence_are_refused_in_french(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    draft = desk("apply", str(TEST_DATA / "application-film-shoot.json"), "--json")
    assert draft.code == 0, draft.stderr
    issued = desk("issue", str(draft.json["id"]), "--date", "2026-03-02", "--json", today=TODAY)
    number = issued.json["number"]
    exported = desk("record", number, "exportation", "--date", "2026-03-10", "--json", today=TODAY)
    assert exported.code == 0, exported.stderr
    text_file = tmp_path / "schedules.txt"
    text_file.write_text("[]", encoding="utf-8")
    not_an_object = tmp_path / "schedules.json"
    not_an_object.write_text("[1, 2]", encoding="utf-8")
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(b"")
    before = dump(db_file)
    english, french = _refusal(desk, "schedules", "import", str(text_file))
    assert english["code"] == "schedules-file.kind"
    assert french["message"] == "schedules.txt : utilisez un fichier .toml ou .json"
    english, french = _refusal(desk, "schedules", "import", str(not_an_object))
    assert english["code"] == "schedules-file.not-an-object"
    assert "doit contenir un objet de barèmes" in french["message"]
    english, french = _refusal(desk, "evidence", "add", number, str(empty))
    assert english["code"] == "evidence.empty"
    assert french["message"] == "scan.pdf : le fichier est vide"
    english, french = _refusal(desk, "return", number, "--date", "2026-03-05")
    assert english["code"] == "date.before-last-action"
    assert "every dated action follows" in english["message"]
    assert "chaque action datée suit la dernière du carnet" in french["message"]
    assert dump(db_file) == before


def test_restoring_the_database_onto_itself_is_refused_in_french(
    desk: CarnetCommand, db_file: Path
) -> None:
    if current_backend() == "postgresql":
        pytest.skip("restore replaces a SQLite file (PostgreSQL: import-all)")
    before = dump(db_file)
    english, french = _refusal(desk, "restore", str(db_file))
    assert english["code"] == "restore.same-file"
    assert french["message"] == "fichier : c'est la base de données elle-même"
    assert dump(db_file) == before
