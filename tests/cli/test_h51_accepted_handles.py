"""What the desk accepts, it handles: an application, a list or a carnet file the desk took
must issue, print, send and be tracked through its whole life, and be read as written. Each
test here is an accepted input that then failed further on."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from tests.cli.conftest import CarnetCommand, command_for, dump
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


THAI = "กล้องถ่ายภาพยนตร์ดิจิทัล"  # a digital cinema camera
DEVANAGARI = "डिजिटल कैमरा"


def _refused_unchanged(carnet: CarnetCommand, db_file: Path, *args: str) -> str:
    before = dump(db_file)
    done = carnet(*args, today=TODAY)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.code == 2, (done.code, done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert dump(db_file) == before
    return done.stderr


def _chamber(carnet: CarnetCommand) -> None:
    assert carnet("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
                  "EUR", "--code", "LY").code == 0  # fmt: skip


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("item 1 description", lambda d: d["goods"][0].update(description=f"{THAI}, S/N 1")),
        ("holder.name", lambda d: d["holder"].update(name=f"บริษัท {DEVANAGARI}")),
        ("event", lambda d: d.update(event="งานแสดงสินค้า Bangkok")),
    ],
)
def test_a_text_in_a_script_no_font_prints_is_refused_at_apply(
    carnet: CarnetCommand,
    db_file: Path,
    tmp_path: Path,
    where: str,
    change: Callable[[dict[str, Any]], None],
) -> None:
    """A Thai or Devanagari description was accepted, issued and printed as a row of empty
    boxes on the general list and every voucher: goods customs cannot identify."""
    _chamber(carnet)
    document = _application()
    change(document)
    source = tmp_path / "application.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    message = _refused_unchanged(carnet, db_file, "apply", str(source))

    assert where in message and "cannot be printed" in message
    assert "THAI" in message or "DEVANAGARI" in message
    french = carnet("--lang", "fr", "apply", str(source), today=TODAY)
    assert french.code == 2 and "ne peut pas être imprimé" in french.stderr


def test_an_emoji_still_prints_as_one_replacement_and_is_accepted(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber(carnet)
    document = _application()
    document["goods"][0]["description"] += " 📷"
    source = tmp_path / "application.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert carnet("apply", str(source), today=TODAY).code == 0


def test_a_general_list_in_a_script_no_font_prints_is_refused_at_import(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    _chamber(carnet)
    assert carnet("apply", str(TEST_DATA / "application-trade-fair.json"), today=TODAY).code == 0
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Item;Description;Pieces;Value;Origin\n"
        "1;Camera body Sony Venice 2, S/N 1;1;48500,00;JP\n"
        f"2;{DEVANAGARI}, S/N 2;1;100,00;IN\n",
        encoding="utf-8",
    )
    message = _refused_unchanged(carnet, db_file, "import-goods", "1", str(listed))
    assert "item 2 description" in message and "DEVANAGARI" in message


def test_a_registered_carnet_in_a_script_no_font_prints_is_refused(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    _chamber(carnet)
    document = _application()
    document.update(
        number="TH/BKK/000123",
        issuer={"name": "Thai Chamber of Commerce", "country": "TH"},
        issued_on="2026-02-01",
        valid_until="2027-01-31",
        sheets={"white": 3, "yellow": {"exportation": 2, "re-importation": 2}, "blue": 1},
    )
    document["holder"]["address"] = f"{THAI} 10110"
    path = tmp_path / "registration.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    message = _refused_unchanged(carnet, db_file, "register", str(path), "--confirm")
    assert "holder.address" in message and "THAI" in message


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("value", "1_000"),  # Python's digit grouping: read as 1000
        ("value", "12_50"),  # a slip for 12.50, read as 1250
        ("value", "1e3"),  # read as 1000
        ("value", "١٢٣"),  # Arabic-Indic digits, read as 123
        ("weight", "2_5"),  # read as 25 kg
    ],
)
def test_a_goods_amount_is_a_plain_decimal_string_not_what_python_reads(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path, field: str, written: str
) -> None:
    """``Decimal()`` reads underscores, exponents and any script's digits: a value "12_50"
    became 1250.00 EUR on the general list. Values are decimal strings (docs/cli.md)."""
    _chamber(carnet)
    document = _application()
    document["goods"][0][field] = written
    source = tmp_path / "application.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    message = _refused_unchanged(carnet, db_file, "apply", str(source))

    assert f"goods[0].{field}" in message and "not a decimal" in message


def test_a_claim_in_a_three_decimal_currency_is_kept_as_answered(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    """A claim of 1.005 BHD was answered as 1.005 and kept as 1.01: the desk keeps money in
    hundredths, so a finer amount is refused, never rounded behind the answer."""
    _issued(carnet, tmp_path, _application())
    for args in (
        ("record", NUMBER, "exportation", "--date", "2026-11-03"),
        ("record", NUMBER, "importation", "--date", "2026-11-04", "--country", "CH",
         "--final-date", "2027-06-01"),
    ):  # fmt: skip
        assert carnet(*args, today=TODAY).code == 0
    claim = ("claim", "open", NUMBER, "--country", "CH", "--notified", "2026-11-06")

    message = _refused_unchanged(carnet, db_file, *claim, "--amount", "1.005", "--currency", "BHD")

    assert "1.005" in message and "BHD" in message
    opened = carnet(*claim, "--amount", "1.25", "--currency", "BHD", "--json", today=TODAY)
    assert opened.json["amount"] == "1.25"
    shown = carnet("show", NUMBER, "--json", today=TODAY).json["claims"]
    assert [c["amount"] for c in shown] == ["1.25"]


def test_a_security_in_a_three_decimal_currency_is_answered_as_kept(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """A Bahraini chamber's carnet: issue answered a security of 133.332 BHD and kept
    133.33; the quote said 133.332 too."""
    assert carnet("association", "set", "--name", "Bahrain Chamber", "--country", "BH",
                  "--currency", "BHD", "--code", "BH").code == 0  # fmt: skip
    document = _application(currency="BHD", itinerary=[{"country": "CH", "times": 1}], trips=1)
    document["holder"]["country"] = "BH"
    document["goods"] = document["goods"][:1]
    document["goods"][0]["value"] = "333.33"
    source = tmp_path / "application.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    quoted = carnet("quote", str(source), "--json", today=TODAY).json["security"]["amount"]
    assert carnet("apply", str(source), today=TODAY).code == 0
    issued = carnet("issue", "1", "--date", "2026-11-02", "--json", today=TODAY).json
    shown = carnet("show", issued["number"], "--json", today=TODAY).json

    assert quoted == issued["security"] == shown["security"]
    assert issued["fees"] == shown["fees"]


def test_a_quote_letter_for_a_holder_no_font_prints_is_refused_not_printed_blank(
    carnet: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    _chamber(carnet)
    document = _application()
    document["holder"].update(name=f"บริษัท {DEVANAGARI}")
    source = tmp_path / "application.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    letter = tmp_path / "quote.pdf"
    message = _refused_unchanged(
        carnet, db_file, "letter", "quote", str(source), "--out", str(letter)
    )
    assert "holder.name" in message and "cannot be printed" in message
    assert not letter.exists()
