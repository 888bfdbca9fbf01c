"""``carnet quote``, ``carnet countries`` and ``carnet schedules`` as a clerk runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from carnet_app.cli.main import main
from tests.conftest import TEST_DATA


class Desk:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self.run(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Desk:
    monkeypatch.setenv("CARNET_DB", str(tmp_path / "desk.sqlite3"))
    monkeypatch.setenv("CARNET_TODAY", "2026-11-27")
    runner = Desk(capsys)
    code, _, err = runner.run(
        "association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR"
    )
    assert code == 0, err
    return runner


def test_quote_of_the_film_shoot(desk: Desk) -> None:
    data = desk.json("quote", str(TEST_DATA / "application-film-shoot.json"))
    assert data["vouchers"] == {"yellow": 1, "white": 2, "blue": 2}
    assert data["security"]["amount"] == "110264.00"
    assert data["security"]["explanation"].startswith("security 110,264.00 EUR: CH: default")
    # the command counts the sheets as printed: the 20 descriptions wrap onto two rows each
    # and overflow the cover, so one continuation sheet at 10.00 joins the 445.00 of the
    # hand-worked quote (test_sample_quotes)
    assert data["fees"]["total"] == "455.00"
    assert data["format_needed"] == "digital"
    assert data["refusals"] == []
    code, text, _ = desk.run("quote", str(TEST_DATA / "application-film-shoot.json"))
    assert code == 0
    assert "Voucher sets: yellow 1, white 2, blue 2" in text
    assert "  blue: CH transit ×2 → 2 sets" in text
    assert "Security: 110,264.00 EUR" in text
    assert "  total: 455.00 EUR" in text


def test_a_quote_with_refusals_still_prints(desk: Desk, tmp_path: Path) -> None:
    document = json.loads((TEST_DATA / "application-samples-asia.json").read_text("utf-8"))
    document["itinerary"].append({"country": "TW", "kind": "visit", "times": 1})
    path = tmp_path / "asia-and-taiwan.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, text, _ = desk.run("quote", str(path))
    assert code == 0
    assert "REFUSED:" in text
    assert "itinerary[3].country: TW (Taiwan) is outside the ATA carnet system" in text
    data = desk.json("quote", str(path))
    assert data["refusals"][0].startswith("TW (Taiwan) is outside the ATA carnet system")


def test_a_malformed_application_exits_2(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(
        '{"holder": {"name": "X"}, "uses": ["PE"], "currency": "EUR", '
        '"goods": [{"description": "A", "pieces": 0, "value": "1", '
        '"origin": "FR"}]}',
        encoding="utf-8",
    )
    code, out, err = desk.run("quote", str(path))
    assert (code, out) == (2, "")
    assert "goods[0].pieces" in err
    code, _, err = desk.run("quote", str(tmp_path / "missing.json"))
    assert code == 2 and "not found" in err


def test_countries_lists_the_table(desk: Desk) -> None:
    data = desk.json("countries")
    codes = {c["code"]: c for c in data["countries"]}
    assert len(codes) >= 120
    assert codes["LI"]["territory"] == "CH"
    assert codes["US"]["transit"] is False
    assert codes["DE"]["eata_from"] == "2026-06-01"
    code, text, _ = desk.run("countries", "TW", "US")
    assert code == 0
    assert text.splitlines()[0].startswith("TW  Taiwan  [TW]  not-ata")
    code, _, err = desk.run("countries", "QQ")
    assert code == 2 and "QQ" in err


def test_schedules_export_edit_and_import_changes_the_quote(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "schedules.json"
    assert desk.json("schedules", "export", str(path))["schedules"] == 2
    content = json.loads(path.read_text(encoding="utf-8"))
    percentage = next(s for s in content["schedules"] if s["security"]["method"] == "percentage")
    percentage["security"]["default_percent"] = "50"
    path.write_text(json.dumps(content), encoding="utf-8")
    assert len(desk.json("schedules", "import", str(path))["schedules"]) == 2
    data = desk.json("quote", str(TEST_DATA / "application-trade-fair.json"))
    assert data["security"]["amount"] == "7700.00"  # 50 % of 15,400
    toml_path = tmp_path / "schedules.toml"
    desk.json("schedules", "export", str(toml_path))
    assert 'default_percent = "50"' in toml_path.read_text(encoding="utf-8")


def test_a_bad_schedule_file_exits_2_naming_the_key(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[schedule]\nname = "X"\ncurrency = "EUR"\n[security]\nmethod = "guess"\n', encoding="utf-8"
    )
    code, _, err = desk.run("schedules", "import", str(path))
    assert code == 2
    assert "security.method" in err
    listed = desk.json("schedules", "list")["schedules"]
    assert [s["name"] for s in listed if s["active"]] == [
        "Example: percentage of value (USCIB-like)"
    ]
