"""Printing through the command line: files written atomically, refusals exit 2."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from tests.cli.conftest import CarnetCommand
from tests.conftest import TEST_DATA


def test_render_the_whole_carnet_and_a_trip_pack(carnet: CarnetCommand, tmp_path: Path) -> None:
    carnet(
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
    )
    carnet("apply", str(TEST_DATA / "application-trade-fair.json"))
    assert carnet("issue", "1", "--date", "2026-03-02").code == 0
    whole = carnet("render", "FR/LY/000001", "--out", str(tmp_path / "carnet.pdf"), "--json")
    assert whole.code == 0, whole.stderr
    with pdfplumber.open(tmp_path / "carnet.pdf") as pdf:
        assert len(pdf.pages) == whole.json["pages"]
        cover = pdf.pages[0].extract_text()
        assert "FR/LY/000001" in cover and "Turbines Vallée du Rhône SAS" in cover
    trip = carnet(
        "render",
        "FR/LY/000001",
        "--part",
        "trip",
        "--to",
        "CH",
        "--out",
        str(tmp_path / "trip.pdf"),
        "--json",
    )
    assert trip.code == 0, trip.stderr
    with pdfplumber.open(tmp_path / "trip.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "EXPORTATION" in text and "IMPORTATION" in text
    assert trip.json["pages"] < whole.json["pages"]
    assert not list(tmp_path.glob("*.tmp*"))


def test_render_refusals_write_no_file(carnet: CarnetCommand, tmp_path: Path) -> None:
    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR")
    carnet("apply", str(TEST_DATA / "application-trade-fair.json"))
    target = tmp_path / "x.pdf"
    unknown = carnet("render", "FR/XX/1", "--out", str(target))
    assert unknown.code == 2 and "no such carnet" in unknown.stderr
    assert not target.exists()
