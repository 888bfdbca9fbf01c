"""Write the test fixtures of this folder: application documents, general lists in the
encodings and layouts exhibitors really send, and hostile files.

    uv run python tests/data/make_fixtures.py          # rewrite every fixture
    uv run python tests/data/make_fixtures.py --check  # exit 1 if a committed file differs

The files are committed (the README's commands and ``packaging/smoke_test.py`` use them
without running anything first); ``tests/test_fixtures.py`` checks that they are exactly what
this script makes. Every "random" value comes from a seeded generator, so the output is the
same on every machine.

What each file is for:

* ``application-film-shoot.json``: a French film crew's professional equipment (20 items,
  CH and NO visits, two CH transits) — the carnet most tests issue.
* ``application-samples-asia.json``: commercial samples, a holder name in Cyrillic, Asian
  itinerary (JP, KR, SG), 30 identical-looking sample books.
* ``application-trade-fair.json``: exhibition goods for a fair, two trips, "both" format.
* ``general-list-film-crew.csv``: 120 lines, semicolons, Windows-1252 (the € in a header),
  decimal commas, CRLF — what Excel writes on a French Windows desk.
* ``general-list-trade-fair-fr.xlsx``: 200 lines with French headers, a title and an empty
  row above the header row (header on row 3), numbers stored as numbers.
* ``general-list-samples-utf8-tabs.csv``: 30 lines, UTF-8 with a byte-order mark, tabs,
  Cyrillic and accented descriptions, LF line ends, other header words.
* ``general-list-with-errors.csv``: a comma-separated list with one mistake of each kind
  (vague descriptions, duplicate serial, zero pieces, missing and negative values, country
  names instead of codes, a spreadsheet formula, words for numbers, an unknown country).
* ``hostile/``: application documents and general lists made to break a reader (deep
  nesting, wrong encodings, NUL bytes, lone surrogates, endless numbers, a ZIP that is not a
  workbook, UTF-16 text, a binary file named .csv).
"""

from __future__ import annotations

import io
import json
import random
import re
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# --- the film crew's kit: description, serial prefix, unit weight (kg), unit value, origin ---
FILM_KIT: list[tuple[str, str, str, str, str]] = [
    ("Digital cinema camera body ARRI Alexa Mini LF", "DI", "2.6", "62000.00", "DE"),
    ("Digital cinema camera body Sony Venice 2", "DI", "4.3", "48500.00", "JP"),
    ("Prime lens Zeiss Supreme Prime 35 mm T1.5", "PR", "1.4", "14200.00", "DE"),
    ("Prime lens Zeiss Supreme Prime 50 mm T1.5", "PR", "1.4", "14200.00", "DE"),
    ("Zoom lens Angenieux Optimo 24-290 mm", "ZO", "11.0", "71000.00", "FR"),
    ("Wireless video transmitter Teradek Bolt 6 XT", "WI", "0.9", "7400.00", "US"),
    ("On-board monitor SmallHD Cine 7", "ON", "0.8", "2900.00", "US"),
    ("Fluid head Sachtler Video 25", "FL", "5.6", "6800.00", "DE"),
    ("Carbon tripod legs Sachtler flowtech 100", "CA", "3.4", "2100.00", "DE"),
    ("LED panel ARRI SkyPanel S60-C", "LE", "12.5", "5900.00", "DE"),
    ("LED fresnel Aputure LS 600d Pro", "LE", "4.1", "1700.00", "CN"),
    ("Battery V-Mount Bebob B290cine", "BA", "1.7", "650.00", "DE"),
    ("Battery charger Bebob VS4", "BA", "1.2", "480.00", "DE"),
    ("Sound mixer recorder Sound Devices 888", "SO", "1.9", "6200.00", "US"),
    ("Wireless microphone kit Sennheiser EW-DX", "WI", "1.1", "1850.00", "DE"),
    ("Boom pole carbon K-Tek KEG-150CCR", "BO", "0.6", "790.00", "US"),
    ("Laptop Apple MacBook Pro 16", "LA", "2.1", "3900.00", "CN"),
    ("Follow focus wireless Tilta Nucleus-M", "FO", "1.3", "1250.00", "CN"),
    ("Camera dolly track 3 m sections", "CA", "18.0", "2400.00", "GB"),
    ("Flight case aluminium 80x60x40 with foam insert", "FL", "9.5", "540.00", "IT"),
]
# How many of each the film shoot's own application declares (same order as FILM_KIT).
FILM_SHOOT_PIECES = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 4, 1, 2, 1, 1, 2, 2, 1, 1]

# --- the French trade-fair stand: désignation, unit weight (kg), unit value (EUR), origin ---
FAIR_STAND: list[tuple[str, float | int, int, str]] = [
    ("Machine à café expresso professionnelle modèle Aurora 2 groupes", 48, 8900, "IT"),
    ("Écran LED 55 pouces Samsung QM55B", 17, 1450, "KR"),
    ("Comptoir d'accueil démontable en bois laqué", 65, 2300, "FR"),
    ("Échantillon de tissu jacquard, rouleau 50 m", 22, 780, "FR"),
    ("Maquette de turbine à l'échelle 1:20", 31, 12500, "FR"),
    ("Tablette tactile Apple iPad Air 11", 0.5, 799, "CN"),
    ("Présentoir acrylique 4 étagères", 12, 340, "DE"),
    ("Spot LED sur rail 30 W", 0.9, 85, "CN"),
]


def _serials(seed: int, low: int = 100000, high: int = 1000000) -> Callable[[str], str]:
    """Serial numbers that never repeat within one file (lists with duplicates are refused)."""
    rng = random.Random(seed)
    used: set[str] = set()

    def serial(prefix: str) -> str:
        while True:
            candidate = f"{prefix}{rng.randrange(low, high)}"
            if candidate not in used:
                used.add(candidate)
                return candidate

    return serial


def _times(amount: str, pieces: int, places: str) -> str:
    return str((Decimal(amount) * pieces).quantize(Decimal(places)))


def _json(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def film_shoot() -> bytes:
    serial = _serials(734)
    goods = []
    for (name, prefix, weight, value, origin), pieces in zip(
        FILM_KIT, FILM_SHOOT_PIECES, strict=True
    ):
        goods.append(
            {
                "description": f"{name}, S/N {serial(prefix)}",
                "pieces": pieces,
                "weight": _times(weight, pieces, "0.1"),
                "weight_unit": "kg",
                "value": _times(value, pieces, "0.01"),
                "origin": origin,
            }
        )
    return _json(
        {
            "holder": {
                "name": "Atelier Lumière Films SARL",
                "address": "14 quai de la Pêcherie, 69001 Lyon, France",
                "country": "FR",
            },
            "representatives": ["Camille Roux", "Julien Marchetti"],
            "uses": ["PE"],
            "use_description": "Professional equipment for a documentary shoot",
            "event": None,
            "currency": "EUR",
            "format": "paper",
            "itinerary": [
                {"country": "CH", "kind": "visit", "times": 1},
                {"country": "NO", "kind": "visit", "times": 1},
                {"country": "CH", "kind": "transit", "times": 2},
            ],
            "trips": 1,
            "goods": goods,
        }
    )


def samples_asia() -> bytes:
    goods = [
        {
            "description": f"Fabric sample book, jacquard collection {n}, ref. JQ-{n:03d}",
            "pieces": 1,
            "weight": "2.5",
            "weight_unit": "kg",
            "value": "180.00",
            "origin": "FR",
        }
        for n in range(1, 31)
    ]
    return _json(
        {
            "holder": {
                "name": "Северная нить — Textiles SAS",
                "address": "27 rue du Faubourg Saint-Antoine, 75011 Paris, France",
                "country": "FR",
            },
            "representatives": ["Анна Смирнова"],
            "uses": ["CS"],
            "use_description": "Commercial samples of fabrics for sales meetings",
            "event": None,
            "currency": "EUR",
            "format": "paper",
            "itinerary": [
                {"country": "JP", "kind": "visit", "times": 1},
                {"country": "KR", "kind": "visit", "times": 1},
                {"country": "SG", "kind": "visit", "times": 1},
            ],
            "trips": 1,
            "goods": goods,
        }
    )


def trade_fair() -> bytes:
    return _json(
        {
            "holder": {
                "name": "Turbines Vallée du Rhône SAS",
                "address": "3 avenue Jean Jaurès, 38000 Grenoble, France",
                "country": "FR",
            },
            "representatives": ["Sophie Bernard"],
            "uses": ["EF"],
            "use_description": "Goods for display at a trade fair",
            "event": "Swiss Industrial Fair, Basel",
            "currency": "EUR",
            "format": "both",
            "itinerary": [
                {"country": "CH", "kind": "visit", "times": 1},
                {"country": "GB", "kind": "visit", "times": 1},
            ],
            "trips": 2,
            "goods": [
                {
                    "description": "Scale model of a turbine 1:20, S/N TVR-2026-01",
                    "pieces": 1,
                    "weight": "31",
                    "weight_unit": "kg",
                    "value": "12500.00",
                    "origin": "FR",
                },
                {
                    "description": "LED screen 55 inch Samsung QM55B, S/N 0QM55B7731",
                    "pieces": 2,
                    "weight": "34",
                    "weight_unit": "kg",
                    "value": "2900.00",
                    "origin": "KR",
                },
            ],
        }
    )


def film_crew_csv() -> bytes:
    """120 lines as Excel saves "CSV (separator: semicolon)" on a French Windows desk."""
    rng = random.Random(138)
    serial = _serials(139)
    lines = ["Item No;Trade description;Serial number;Qty;Weight (kg);Value (€);Country of origin"]
    for number in range(1, 121):
        name, prefix, weight, value, origin = FILM_KIT[(number - 1) % len(FILM_KIT)]
        pieces = 1 if number <= len(FILM_KIT) // 4 else rng.choice([1, 1, 1, 2, 4])
        cells = [
            str(number),
            name,
            f"S/N {serial(prefix)}",
            str(pieces),
            _times(weight, pieces, "0.1").replace(".", ","),
            _times(value, pieces, "0.01").replace(".", ","),
            origin,
        ]
        lines.append(";".join(cells))
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def samples_tab_utf8() -> bytes:
    """30 sample books as a UTF-8 spreadsheet export with a byte-order mark: tabs between the
    columns, Cyrillic and accents in the descriptions, LF line ends, another header wording."""
    lines = ["Pos.\tDescription of goods\tSerial/ref.\tPieces\tWeight\tValue\tOrigin"]
    for n in range(1, 31):
        name = f"Образец ткани «Северная нить» nº {n}, jacquard, réf. JQ-{n:03d}"
        lines.append(f"{n}\t{name}\tJQ-{n:03d}\t1\t2.5\t180.00\tFR")
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")


def errors_csv() -> bytes:
    rows = [
        "Item,Description,Serial,Pieces,Weight kg,Value EUR,Origin",
        "1,Camera body Canon EOS C70,S/N 4021337,1,1.2,5200.00,JP",
        "2,Various cables,,12,3,240.00,CN",
        "3,Lens Canon RF 24-70 mm,S/N 4021337,1,0.9,2400.00,JP",
        "",
        "4,Tripod Manfrotto 504X,S/N 88120,0,4.1,890.00,IT",
        "5,Monitor Atomos Ninja V,S/N 55012,1,0.4,,AU",
        "6,Accessories assorted,NSN,1,2,-50.00,Germany",
        '7,"=HYPERLINK(""http://x"",""click"")",S/N 1,1,0.1,10.00,CN',
        '8,Light Aputure 300d,S/N 77001,two,3.3,"1100,00",ZZ',
    ]
    return ("\r\n".join(rows) + "\r\n").encode("ascii")


def _fixed_zip(members: dict[str, bytes]) -> bytes:
    """A ZIP whose bytes do not depend on the clock (fixed member dates, sorted names)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 27, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name])
    return buffer.getvalue()


def trade_fair_xlsx() -> bytes:
    """200 lines with French headers on row 3, under the stand's title and an empty row."""
    from openpyxl import Workbook

    rng = random.Random(96575)
    serial = _serials(96576, 10000, 100000)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Liste générale"
    sheet.append(["Salon international de l'industrie — stand B12"])
    sheet.append([])
    header = "N°|Désignation commerciale|N° de série|Quantité|Poids (kg)|Valeur (EUR)|Origine"
    sheet.append(header.split("|"))
    for number in range(1, 201):
        name, weight, value, origin = FAIR_STAND[(number - 1) % len(FAIR_STAND)]
        pieces = 2 if number == 2 else rng.choice([1, 1, 2, 3])
        total_weight = round(weight * pieces, 1)
        sheet.append(
            [
                number,
                name,
                serial("NS-") if number != 2 else "NS-96575",
                pieces,
                int(total_weight) if total_weight == int(total_weight) else total_weight,
                value * pieces,
                origin,
            ]
        )
    workbook.properties.creator = "Salon B12"
    workbook.properties.created = datetime(2026, 11, 27, 14, 21, 13)
    raw = io.BytesIO()
    workbook.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as saved:
        members = {name: saved.read(name) for name in saved.namelist()}
    # openpyxl stamps the save time as "modified": pin it too
    members["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*",
        rb"\g<1>2026-11-27T14:21:13Z",
        members["docProps/core.xml"],
    )
    return _fixed_zip(members)


HOSTILE: dict[str, Callable[[], bytes]] = {
    # application documents
    "deep.json": lambda: b'{"holder": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "latin1.json": lambda: '{"holder": {"name": "Société"}}'.encode("latin-1"),
    "surrogate.json": lambda: b'{"holder": {"name": "\\ud800"}, "uses": ["PE"], "currency": "EUR"}',
    "nul.json": lambda: b'{"holder": {"name": "a\\u0000b"}, "uses": ["PE"], "currency": "EUR"}',
    "huge-number.json": lambda: b'{"trips": 1' + b"0" * 5000 + b"}",
    "array.json": lambda: b"[]",
    "utf16.json": lambda: '{"holder": {"name": "Atelier"}}'.encode("utf-16"),
    # general lists
    "binary.csv": lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "nul-bytes.csv": lambda: b"Description,Pieces,Value,Origin\r\nCam\x00era S/N 1,1,10.00,DE\r\n",
    "headerless.csv": lambda: b"1,2,3\r\n4,5,6\r\n",
    "not-a-workbook.xlsx": lambda: _fixed_zip({"hello.txt": b"this is a ZIP, not a workbook"}),
    "truncated.xlsx": lambda: trade_fair_xlsx()[:3000],
}

FIXTURES: dict[str, Callable[[], bytes]] = {
    "application-film-shoot.json": film_shoot,
    "application-samples-asia.json": samples_asia,
    "application-trade-fair.json": trade_fair,
    "general-list-film-crew.csv": film_crew_csv,
    "general-list-trade-fair-fr.xlsx": trade_fair_xlsx,
    "general-list-with-errors.csv": errors_csv,
    "general-list-samples-utf8-tabs.csv": samples_tab_utf8,
    # Excel's "Unicode text" export: UTF-16 with a byte-order mark, tab-separated
    "general-list-excel-unicode.csv": lambda: (
        "Description\tPieces\tValue\tOrigin\r\nCamera, S/N 1\t1\t100.00\tDE\r\n"
    ).encode("utf-16"),
    **{f"hostile/{name}": make for name, make in HOSTILE.items()},
}


def differing(folder: Path = HERE) -> list[str]:
    """The fixtures whose committed bytes are not what this script makes."""
    return [
        name
        for name, make in FIXTURES.items()
        if not (folder / name).is_file() or (folder / name).read_bytes() != make()
    ]


def write_all(folder: Path = HERE) -> None:
    for name, make in FIXTURES.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(make())


def main(argv: list[str]) -> int:
    if argv[1:] == ["--check"]:
        stale = differing()
        for name in stale:
            print(f"tests/data/{name} is not what make_fixtures.py makes", file=sys.stderr)
        return 1 if stale else 0
    write_all()
    print(f"wrote {len(FIXTURES)} fixtures in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
