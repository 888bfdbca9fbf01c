"""`carnet --lang fr` says its counts, parts and notes in French: no "line(s)", no "(cover)",
no "note:" left in English, and show's fees after issue in words (the JSON keys stay)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.conftest import CarnetCommand, command_for
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"
NUMBER = "FR/LY/000001"


@pytest.fixture
def french(tmp_path: Path) -> CarnetCommand:
    carnet = command_for(tmp_path / "fr.sqlite3", tmp_path / "fr-data")
    for step in (
        ("init",),
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
        ("apply", str(TEST_DATA / "application-film-shoot.json")),
    ):
        assert carnet("--lang", "fr", *step, today=TODAY).code == 0
    return carnet


def test_import_goods_counts_its_lines_in_french(french: CarnetCommand) -> None:
    shown = french(
        "--lang",
        "fr",
        "import-goods",
        "1",
        str(TEST_DATA / "general-list-film-crew.csv"),
        today=TODAY,
    )
    assert shown.code == 0, shown.stderr
    first = shown.stdout.splitlines()[0]
    assert "lignes importées dans le brouillon 1" in first
    assert "(s)" not in shown.stdout and "imported" not in shown.stdout


def test_render_names_the_part_in_french_and_notes_as_remarque(
    french: CarnetCommand, tmp_path: Path
) -> None:
    assert french("--lang", "fr", "issue", "1", "--date", "2026-03-02", today=TODAY).code == 0
    shown = french(
        "--lang",
        "fr",
        "render",
        NUMBER,
        "--part",
        "cover",
        "--out",
        str(tmp_path / "c.pdf"),
        today=TODAY,
    )
    assert shown.code == 0, shown.stderr
    assert "(couverture)" in shown.stdout and "(cover)" not in shown.stdout
    assert "note: " not in shown.stdout


def test_fees_after_issue_are_said_in_words_without_parentheses_s(french: CarnetCommand) -> None:
    assert french("--lang", "fr", "issue", "1", "--date", "2026-03-02", today=TODAY).code == 0
    added = french(
        "--lang",
        "fr",
        "vouchers",
        "add",
        NUMBER,
        "--colour",
        "white",
        "--sets",
        "2",
        today=TODAY,
    )
    assert added.code == 0, added.stderr
    shown = french("--lang", "fr", "--json", "show", NUMBER, today=TODAY).json
    assert [fee["what"] for fee in shown["fees_after_issue"]] == [
        "ajout de 2 jeux de volets (blanc)"
    ]
    english = french("--lang", "en", "--json", "show", NUMBER, today=TODAY).json
    assert english["fees_after_issue"][0]["what"] == "2 voucher sets (white) added"


def test_audit_verify_says_when_the_head_was_signed_as_people_read_it(
    french: CarnetCommand,
) -> None:
    shown = french("--lang", "fr", "audit", "--verify", today=TODAY)
    assert shown.code == 0, shown.stderr
    assert re.search(r"tête signée le \d\d/\d\d/\d{4} à \d\d:\d\d UTC", shown.stdout), shown.stdout
    assert "+00:00" not in shown.stdout
    english = french("--lang", "en", "audit", "--verify", today=TODAY)
    assert re.search(r"signed on \d{4}-\d\d-\d\d at \d\d:\d\d UTC", english.stdout), english.stdout


@pytest.mark.parametrize(
    ("args", "french_words"),
    [
        (("issue", "1", "--date", "le 3 mars"), "argument --date : pas une date ISO"),
        (("issue",), "ces arguments sont obligatoires : id"),
        (("list", "--bogus"), "arguments inconnus : --bogus"),
    ],
)
def test_argument_refusals_speak_french_on_one_line_and_as_json(
    french: CarnetCommand, args: tuple[str, ...], french_words: str
) -> None:
    shown = french("--lang", "fr", *args, today=TODAY)
    assert shown.code == 2
    assert shown.stderr.count("\n") == 1 and french_words in shown.stderr, shown.stderr
    assert shown.stderr.startswith("carnet: erreur : ")
    as_json = french("--lang", "fr", "--json", *args, today=TODAY)
    assert as_json.code == 2
    refusal = json.loads(as_json.stdout)["refused"]
    assert refusal["code"] == "cli.arguments" and french_words in refusal["message"]
    english = french("--lang", "en", *args, today=TODAY)
    assert english.code == 2 and english.stderr.startswith("carnet: error: ")


def test_apply_names_the_field_of_a_warning_once(french: CarnetCommand, tmp_path: Path) -> None:
    document = json.loads((TEST_DATA / "application-film-shoot.json").read_text(encoding="utf-8"))
    document["goods"][0]["description"] = "Digital cinema camera body"
    document["goods"][0]["marks"] = ""
    path = tmp_path / "no-serial.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    shown = french("--lang", "fr", "apply", str(path), today=TODAY)
    assert shown.code == 0, shown.stderr
    warned = [line for line in shown.stdout.splitlines() if "goods[0]" in line]
    assert warned, shown.stdout
    assert all(line.count("goods[0]") == 1 for line in warned), warned


def test_the_country_table_names_countries_in_french(french: CarnetCommand) -> None:
    done = french("--lang", "fr", "countries", "AE", "DE", "CH")
    assert done.code == 0, done.stderr
    names = [line.split("  ")[1] for line in done.stdout.splitlines()]
    assert names == ["Émirats arabes unis", "Suisse", "Allemagne"]  # in the order of the codes
    listed = french("--lang", "fr", "countries", "AE", "--json").json["countries"][0]
    assert listed["name"] == "United Arab Emirates"  # the JSON keeps the table's own name
