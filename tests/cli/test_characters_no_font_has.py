"""A character no embedded font has (📷, a flag) goes through every input path and prints as
the replacement character: apply writes one draft and exits 0, the quote letter shows where
the character was, an imported list issues, and the cover prints."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber

from tests.cli.conftest import CarnetCommand
from tests.conftest import TEST_DATA

REPLACED = "\ufffd"


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_an_emoji_in_an_application_is_one_draft_that_prints(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR",
           "--code", "LY")  # fmt: skip
    application = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    application["holder"]["name"] = "Studio 📷 SARL"
    application["goods"][0]["description"] += " 🎥 🇫🇷"
    source = tmp_path / "emoji.json"
    source.write_text(json.dumps(application, ensure_ascii=False), encoding="utf-8")

    applied = carnet("apply", str(source), "--json")
    assert applied.code == 0, applied.stderr
    assert "Traceback" not in applied.stderr
    assert [row["id"] for row in carnet("list", "--json").json["carnets"]] == [applied.json["id"]]

    letter = tmp_path / "quote.pdf"
    assert carnet("letter", "quote", str(source), "--out", str(letter)).code == 0
    assert f"Studio {REPLACED} SARL" in _text(letter)  # not silently dropped

    listed = tmp_path / "list.csv"
    listed.write_text(
        "Item,Description,Pieces,Value,Origin\n"
        "1,Widget display stand 🎪 עברית عربي S/N 222,1,100,FR\n",
        encoding="utf-8",
    )
    assert carnet("import-goods", "1", str(listed)).code == 0
    issued = carnet("issue", "1", "--json")
    assert issued.code == 0, issued.stderr
    rendered = tmp_path / "carnet.pdf"
    assert carnet("render", issued.json["number"], "--out", str(rendered)).code == 0
    printed = _text(rendered)
    assert f"Studio {REPLACED} SARL" in printed
    assert f"stand {REPLACED}" in printed
