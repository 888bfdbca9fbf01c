"""The quote letter: its reference tells two quotes of the same day apart and stays the same
for the same application; its closing never stands alone on a page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber

from tests.cli.conftest import CarnetCommand
from tests.conftest import TEST_DATA


def _letter(carnet: CarnetCommand, source: Path, out: Path) -> list[str]:
    assert carnet("letter", "quote", str(source), "--out", str(out)).code == 0
    with pdfplumber.open(out) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def test_quotes_of_one_day_have_their_own_reference_and_a_closing_with_text(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    carnet("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
           "--currency", "EUR", "--code", "LY", "--town", "Lyon",
           "--letter-language", "fr")  # fmt: skip
    fair = TEST_DATA / "application-trade-fair.json"
    other = json.loads(fair.read_text("utf-8"))
    other["holder"]["name"] = "Another Holder SAS"
    second = tmp_path / "other.json"
    second.write_text(json.dumps(other), encoding="utf-8")

    first_pages = _letter(carnet, fair, tmp_path / "a.pdf")
    again = _letter(carnet, fair, tmp_path / "b.pdf")
    other_pages = _letter(carnet, second, tmp_path / "c.pdf")

    def reference(pages: list[str]) -> str:
        found = re.search(r"Notre référence: (Q-\d{8}-[0-9A-F]{6})", pages[0])
        assert found, pages[0]
        return found.group(1)

    assert reference(first_pages) == reference(again)
    assert reference(first_pages) != reference(other_pages)
    closing_page = next(page for page in first_pages if "Nous vous prions" in page)
    assert "À régler maintenant" in closing_page  # the closing keeps its text with it
