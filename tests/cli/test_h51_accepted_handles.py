"""What the desk accepts, it handles: an application, a list or a carnet file the desk took
must issue, print, send and be tracked through its whole life, and be read as written. Each
test here is an accepted input that then failed further on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfplumber

from tests.cli.conftest import CarnetCommand, command_for
from tests.conftest import TEST_DATA

NUMBER = "FR/LY/000001"
TODAY = "2026-12-01"


def _application(**changes: Any) -> dict[str, Any]:
    document = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    document.update(changes)
    return document


def _issued(carnet: CarnetCommand, tmp_path: Path, document: dict[str, Any]) -> None:
    def run(*args: str) -> None:
        done = carnet(*args, today=TODAY)
        assert done.code == 0, (args, done.stderr)

    source = tmp_path / "application.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    run("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
        "--code", "LY")  # fmt: skip
    run("apply", str(source))
    run("issue", "1", "--date", "2026-11-02")


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_claim_dossier_on_a_long_list_prints_every_item_moved(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """600 lines of different piece counts moved together: the movement's items cell is taller
    than a page; the dossier printed nothing but a traceback."""
    goods = [
        {"description": f"Prime lens {n} mm, S/N PR{n:06d}", "pieces": n % 7 + 1,
         "value": "10.00", "origin": "DE"}
        for n in range(1, 601)
    ]  # fmt: skip
    _issued(carnet, tmp_path, _application(goods=goods))
    for args in (
        ("record", NUMBER, "exportation", "--date", "2026-11-03"),
        ("record", NUMBER, "importation", "--date", "2026-11-04", "--country", "CH",
         "--final-date", "2027-06-01"),
        ("claim", "open", NUMBER, "--country", "CH", "--notified", "2026-11-06",
         "--amount", "100", "--items", "2"),
    ):  # fmt: skip
        assert carnet(*args, today=TODAY).code == 0

    out = tmp_path / "dossier.pdf"
    done = carnet("claim", "dossier", "1", "--out", str(out), today=TODAY)

    assert done.code == 0, done.stderr
    printed = _text(out)
    assert "599 ×5" in printed and "600 ×6" in printed  # the last items moved, not cut


def test_a_cover_prints_an_itinerary_of_many_countries_outside_the_printed_list(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """Box P lists the chain's members; countries beyond it (Jersey, Guernsey, the Isle of Man,
    Liechtenstein, Namibia…) are added after them. Six or more of them made the cover refuse
    to print ('grid P.countries: 85 entries need 29 rows')."""
    outside = ["GG", "JE", "IM", "LI", "NA", "BW", "LS", "SZ", "SM", "FO"]
    itinerary = [{"country": code, "kind": "visit", "times": 1} for code in outside]
    _issued(carnet, tmp_path, _application(itinerary=itinerary, uses=["PE"], event=None))

    out = tmp_path / "cover.pdf"
    done = carnet("render", NUMBER, "--part", "cover", "--out", str(out), today=TODAY)

    assert done.code == 0, done.stderr
    printed = _text(out)
    for code in outside:
        assert f"({code})" in printed or code in printed.split(), code
    overlay = tmp_path / "overlay.pdf"
    assert carnet("render", NUMBER, "--overlay", "--out", str(overlay), today=TODAY).code == 0


def test_group_headings_travel_in_the_signed_carnet_file(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """A list with group headings sent to the holder's desk arrived without them: the holder's
    printed general list no longer matched the chamber's."""
    goods = [
        {"heading": "CASE 1 – CAMERA KIT"},
        {"description": "Camera body ARRI Alexa Mini LF, S/N DI734174", "pieces": 1,
         "value": "62000.00", "origin": "DE"},
        {"heading": "CASE 2 – LENSES"},
        {"heading": "Drawer A"},
        {"description": "Prime lens Zeiss 35 mm, S/N PR746124", "pieces": 2,
         "value": "14200.00", "origin": "DE"},
    ]  # fmt: skip
    _issued(carnet, tmp_path, _application(goods=goods))
    sent = tmp_path / "carnet.json"
    assert carnet("send", NUMBER, "--out", str(sent), today=TODAY).code == 0
    fingerprint = carnet("key", "show", "--json").json["fingerprint"]
    holder = command_for(tmp_path / "holder.sqlite3", tmp_path / "holder-data")

    received = holder("receive", str(sent), "--trust-fingerprint", fingerprint, today=TODAY)

    assert received.code == 0, received.stderr
    chamber_items = carnet("export", NUMBER, "--json").json["items"]
    holder_items = holder("export", NUMBER, "--json").json["items"]
    assert [i["heading"] for i in holder_items] == [i["heading"] for i in chamber_items]
    assert [i["heading"] for i in holder_items] == [
        "CASE 1 – CAMERA KIT",
        "CASE 2 – LENSES\nDrawer A",
    ]
