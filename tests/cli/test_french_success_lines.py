"""Issue 12: `carnet --lang fr` answers in French when a command succeeds too (what it issued,
recorded, wrote...), not only when it refuses; `--json` is the same in both languages but for
the words of its messages, and the history it lists is the French desk's."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from carnet_app.domain.catalogue import CATALOGUE
from tests.cli.conftest import CarnetCommand, command_for
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"
MIN_PHRASE = 12  # shorter literal pieces ("carnet ", ", fee ") can be French words too


def english_phrases() -> set[str]:
    """The fixed words of every English template that its French template does not share."""
    found: set[str] = set()
    for templates in CATALOGUE.values():
        for literal, *_ in string.Formatter().parse(templates["en"]):
            for phrase in (p.strip(" ,;:()") for p in literal.split("\n")):
                if len(phrase) >= MIN_PHRASE and phrase not in templates["fr"]:
                    found.add(phrase)
    return found


def steps(tmp_path: Path) -> list[tuple[str, ...]]:
    """A carnet's life through every command module, as two desks run it."""
    application = str(TEST_DATA / "application-film-shoot.json")
    number = "FR/LY/000001"
    return [
        ("init",),  # carnet_commands
        (
            "association",
            "set",
            "--name",
            "CCI Lyon",
            "--country",
            "FR",
            "--currency",
            "EUR",
            "--code",
            "LY",
        ),
        ("apply", application),  # input_commands
        ("issue", "1", "--date", "2026-03-02"),
        ("record", number, "exportation", "--date", "2026-03-04"),
        ("vouchers", "add", number, "--colour", "white", "--sets", "1"),
        ("return", number, "--date", "2026-03-20"),  # follow_up_commands
        ("apply", application),
        ("cancel", "2"),
        ("schedules", "export", str(tmp_path / "{lang}-schedules.toml")),  # reference_commands
        ("export-list", number, str(tmp_path / "{lang}-list.csv")),  # safety_commands
        ("export-all", str(tmp_path / "{lang}-export.json")),
        ("calibration-sheet", "--out", str(tmp_path / "{lang}-calibration.pdf")),  # documents
        ("evidence", "list", number),  # evidence_commands
        ("key", "export", "--out", str(tmp_path / "{lang}-key.pem")),  # exchange_commands
        ("list", "--status", "discharged"),  # show_commands
        ("backup", str(tmp_path / "{lang}-backups")),  # admin_commands
        ("audit", number),
    ]


@pytest.fixture
def desks(tmp_path: Path) -> dict[str, CarnetCommand]:
    return {
        lang: command_for(tmp_path / f"{lang}.sqlite3", tmp_path / f"{lang}-data")
        for lang in ("en", "fr")
    }


def test_every_command_module_answers_in_french_with_the_same_json(
    desks: dict[str, CarnetCommand], tmp_path: Path
) -> None:
    phrases = english_phrases()
    for step in steps(tmp_path):
        said: dict[str, str] = {}
        for lang, carnet in desks.items():
            args = [a.replace("{lang}", lang) for a in step]
            shown = carnet("--lang", lang, *args, today=TODAY)
            assert shown.code == 0, (lang, step, shown.stderr)
            said[lang] = shown.stdout
        assert said["fr"] != said["en"], step
        english = sorted(p for p in phrases if p in said["fr"])
        assert not english, f"{step}: English in the French answer {said['fr']!r}: {english}"


def test_the_json_of_a_success_is_the_same_in_both_languages(
    desks: dict[str, CarnetCommand], tmp_path: Path
) -> None:
    answers: dict[str, list[object]] = {"en": [], "fr": []}
    for step in steps(tmp_path)[:9]:
        for lang, carnet in desks.items():
            shown = carnet("--lang", lang, "--json", *step, today=TODAY)
            assert shown.code == 0, (lang, step, shown.stderr)
            answer = json.loads(shown.stdout)
            if isinstance(answer, dict) and "database" in answer:
                answer["database"] = "each desk's own"  # a file or a server database per desk
            answers[lang].append(answer)
    assert answers["en"] == answers["fr"]


def test_the_french_desks_history_is_french_with_its_codes(
    desks: dict[str, CarnetCommand], tmp_path: Path
) -> None:
    for step in steps(tmp_path)[:7]:
        assert desks["fr"]("--lang", "fr", *step, today=TODAY).code == 0
    french = desks["fr"]("--lang", "fr", "audit", "FR/LY/000001", "--json", today=TODAY).json
    english = desks["fr"]("--lang", "en", "audit", "FR/LY/000001", "--json", today=TODAY).json
    codes = [e["code"] for e in french["events"]]
    assert codes == [e["code"] for e in english["events"]]
    assert codes == [
        "trail.draft-created",
        "trail.carnet-issued",
        "trail.movement",
        "trail.vouchers-added",
        "trail.carnet-returned",
    ]
    assert french["events"][2]["summary"].startswith("exportation le 04/03/2026, volet jaune")
    returned = "carnet FR/LY/000001 returned to the chamber on 2026-03-20"
    assert english["events"][4]["summary"] == returned
    assert french["events"][4]["summary"] == "carnet FR/LY/000001 rendu à la chambre le 20/03/2026"
