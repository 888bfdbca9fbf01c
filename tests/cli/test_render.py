"""Printing through the command line: files written atomically, refusals exit 2."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from tests.cli.conftest import CarnetCommand
from tests.conftest import TEST_DATA


@pytest.mark.slow  # a whole journey through the command line; CI runs it
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


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_duplex_render_and_the_letterhead_options(carnet: CarnetCommand, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (80, 40), (10, 80, 150)).save(logo)
    done = carnet(
        "association",
        "set",
        "--name",
        "CCI Lyon Métropole",
        "--country",
        "FR",
        "--currency",
        "EUR",
        "--code",
        "LY",
        "--address",
        "Place de la Bourse\n69002 Lyon",
        "--phone",
        "+33 4 72 40 58 58",
        "--email",
        "ata@lyon-metropole.cci.fr",
        "--logo",
        str(logo),
        "--signatory",
        "Claire Martin",
        "--signatory-title",
        "Responsable carnets ATA",
        "--town",
        "Lyon",
        "--letter-language",
        "fr",
        "--json",
    )
    assert done.code == 0, done.stderr
    assert done.json["letter_language"] == "fr" and done.json["claim_margin_days"] == 14
    bad = carnet(
        "association",
        "set",
        "--name",
        "X",
        "--country",
        "FR",
        "--currency",
        "EUR",
        "--email",
        "not-an-address",
    )
    assert bad.code == 2 and "e-mail" in bad.stderr
    carnet("apply", str(TEST_DATA / "application-trade-fair.json"))
    assert carnet("issue", "1", "--date", "2026-03-02").code == 0
    simplex = carnet("render", "FR/LY/000001", "--out", str(tmp_path / "s.pdf"), "--json")
    duplex = carnet(
        "render", "FR/LY/000001", "--duplex", "--out", str(tmp_path / "d.pdf"), "--json"
    )
    assert duplex.code == 0, duplex.stderr
    assert duplex.json["pages"] % 2 == 0 and duplex.json["pages"] > simplex.json["pages"]
    assert (tmp_path / "d.pdf").stat().st_mode & 0o044, "readable like any other export"
    certificate = tmp_path / "quote.pdf"
    quote = carnet(
        "letter",
        "quote",
        str(TEST_DATA / "application-trade-fair.json"),
        "--out",
        str(certificate),
        "--json",
    )
    assert quote.code == 0, quote.stderr
    with pdfplumber.open(certificate) as pdf:
        text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "Lyon, le" in text and "Madame, Monsieur," in text and "Claire Martin" in text
    assert "EXAMPLE" not in text


def test_apply_and_quote_warn_when_a_box_goes_to_an_annex(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    import json

    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR")
    application = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    application["use_description"] = "Stand equipment for the fair, " * 40
    long_file = tmp_path / "long.json"
    long_file.write_text(json.dumps(application), encoding="utf-8")
    quote = carnet("quote", str(long_file), "--json")
    assert quote.code == 0, quote.stderr
    assert any("INTENDED USE" in w for w in quote.json["print_warnings"])
    applied = carnet("apply", str(long_file))
    assert applied.code == 0, applied.stderr
    assert "continues on an annex page" in applied.stdout
    short = carnet("apply", str(TEST_DATA / "application-trade-fair.json"), "--json")
    assert "warnings" not in short.json


def test_the_quote_letter_says_which_security_line_is_a_transit(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """A country crossed in transit and also visited is two lines of the security table;
    the applicant must see which is which (the desk's quote screen says it too)."""
    import json

    carnet("association", "set", "--name", "CCI", "--country", "FR", "--currency", "EUR")
    application = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    application["itinerary"] = [
        {"country": "CH", "kind": "visit", "times": 1},
        {"country": "TR", "kind": "visit", "times": 1},
        {"country": "CH", "kind": "transit", "times": 1},
    ]
    source = tmp_path / "transit.json"
    source.write_text(json.dumps(application), encoding="utf-8")
    letter = tmp_path / "quote.pdf"
    assert carnet("letter", "quote", str(source), "--out", str(letter)).code == 0
    with pdfplumber.open(letter) as pdf:
        rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    countries = [row[0].replace("\n", " ") for row in rows if row and "(CH)" in (row[0] or "")]
    assert countries == ["Switzerland (CH)", "in transit, Switzerland (CH)"]
