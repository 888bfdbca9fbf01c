"""How data enters the desk, through the ``carnet`` command (issues 13 and 14): numbers read
one way per column, headers in six languages, group headings, one set of general-list checks
for ``apply``, ``issue`` and ``import-goods``, every error reported, and each hostile value a
one-line refusal with nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.cli.conftest import CarnetCommand, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"


def film_shoot(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (TEST_DATA / "application-film-shoot.json").read_text(encoding="utf-8")
    )
    data.update(changes)
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def desk(carnet: CarnetCommand) -> CarnetCommand:
    """A French chamber with its association set up (``init`` first: a ``--db`` file that does
    not exist yet is refused by every other command)."""
    assert carnet("init").code == 0
    done = carnet(
        "association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
        "--code", "LY",
    )  # fmt: skip
    assert done.code == 0, done.stderr
    return carnet


@pytest.fixture
def draft(desk: CarnetCommand, tmp_path: Path) -> str:
    """A draft with no goods yet, for import-goods."""
    created = desk("apply", str(write_json(tmp_path / "a.json", film_shoot(goods=[]))), "--json")
    assert created.code == 0, created.stderr
    return str(created.json["id"])


def items_of(carnet: CarnetCommand, key: str) -> list[dict[str, Any]]:
    shown = carnet("show", key, "--json")
    assert shown.code == 0, shown.stderr
    items: list[dict[str, Any]] = shown.json["items"]
    return items


def refused_unchanged(carnet: CarnetCommand, db_file: Path, *args: str, code: int = 2) -> str:
    before = dump(db_file)
    done = carnet(*args)
    assert done.code == code, (done.code, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert dump(db_file) == before
    return done.stderr


# --------------------------------------------------------------------------- numbers (13.4)


def test_1_234_in_a_point_list_is_one_thousand_two_hundred_and_thirty_four(
    desk: CarnetCommand, draft: str, tmp_path: Path
) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "Description,Serial,Qty,Value,Origin\n"
        'Light Aputure 300d,S/N 1,1,"1,234",CN\n'
        'Camera Canon C70,S/N 2,1,"5,200.50",JP\n',
        encoding="utf-8",
    )
    done = desk("import-goods", draft, str(csv_file), "--json")
    assert done.code == 0, done.stderr
    assert [i["value"] for i in items_of(desk, draft)] == ["1234.00", "5200.50"]
    assert done.json["total_value"] == "6434.50"  # the answer is what is stored


def test_1_200_and_1_200_50_in_one_column_are_read_the_same_way(
    desk: CarnetCommand, draft: str, tmp_path: Path
) -> None:
    csv_file = tmp_path / "liste.csv"
    csv_file.write_text(
        "Désignation;N° de série;Qté;Valeur;Origine\n"
        "Projecteur Aputure 300d;S/N 1;1;1.200;CN\n"
        "Caméra Canon C70;S/N 2;1;1.200,50;JP\n",
        encoding="utf-8",
    )
    done = desk("import-goods", draft, str(csv_file), "--json")
    assert done.code == 0, done.stderr
    assert [i["value"] for i in items_of(desk, draft)] == ["1200.00", "1200.50"]


def test_an_ambiguous_value_or_too_many_decimals_is_refused_naming_the_row(
    desk: CarnetCommand, draft: str, db_file: Path, tmp_path: Path
) -> None:
    ambiguous = tmp_path / "ambiguous.csv"  # tabs, two French and two English headers: no hint
    ambiguous.write_text(
        "Désignation\tQty\tValeur\tOrigin\nLight Aputure 300d, S/N 1\t1\t1,234\tCN\n",
        encoding="utf-8",
    )
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(ambiguous))
    assert "row 2, column value" in message and "ambiguous" in message
    english = tmp_path / "english.csv"  # commas and English headers: still no proof
    english.write_text(
        'Description,Qty,Value,Origin\nLight Aputure 300d, S/N 1,1,"1,234",CN\n'.replace(
            "300d, S/N", "300d S/N"
        ),
        encoding="utf-8",
    )
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(english))
    assert "row 2, column value" in message and "ambiguous" in message
    cents = tmp_path / "cents.csv"
    cents.write_text(
        "Description,Serial,Qty,Value,Origin\nLight Aputure 300d,S/N 1,1,1001.234,CN\n",
        encoding="utf-8",
    )
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(cents))
    assert "row 2, column value" in message and "more decimals than the currency" in message
    document = film_shoot()
    document["goods"][0]["value"] = "1001.234"
    message = refused_unchanged(
        desk, db_file, "apply", str(write_json(tmp_path / "app.json", document))
    )
    assert "goods[0].value" in message and "more decimals than EUR" in message


# --------------------------------------------------------------------------- headers (13.5)


def test_french_qte_counts_the_pieces(desk: CarnetCommand, draft: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "fr.csv"
    csv_file.write_text(
        "Désignation;Marques;Nbre;Poids;Valeur;Origine\n"
        "Trépied Manfrotto 504X;S/N 88120;5;4,1;890,00;IT\n",
        encoding="cp1252",
    )
    done = desk("import-goods", draft, str(csv_file), "--json")
    assert done.code == 0, done.stderr
    item = items_of(desk, draft)[0]
    assert (item["pieces"], item["weight"], item["value"]) == (5, "4.100", "890.00")
    assert done.json["columns"]["pieces"] == 3


def test_a_list_without_a_quantity_column_says_so(
    desk: CarnetCommand, draft: str, db_file: Path, tmp_path: Path
) -> None:
    csv_file = tmp_path / "noqty.csv"
    csv_file.write_text(
        "Description,Serial,Value,Origin\nTripod Manfrotto,S/N 1,890.00,IT\n", encoding="utf-8"
    )
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(csv_file))
    assert "no quantity column" in message


# --------------------------------------------------------------------------- import-goods


def test_every_error_is_reported_and_can_go_to_a_file(
    desk: CarnetCommand, draft: str, db_file: Path, tmp_path: Path
) -> None:
    rows = "".join(f"Tripod model {n},S/N {n},0,890.00,IT\n" for n in range(12))
    csv_file = tmp_path / "twelve.csv"
    csv_file.write_text("Description,Serial,Qty,Value,Origin\n" + rows, encoding="utf-8")
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(csv_file))
    assert "12 errors" in message and "row 13, column pieces" in message
    report = tmp_path / "errors.txt"
    message = refused_unchanged(
        desk, db_file, "import-goods", draft, str(csv_file), "--errors", str(report)
    )
    assert str(report) in message
    lines = report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and lines[-1].startswith("row 13, column pieces")


def test_a_utf16_csv_is_read(desk: CarnetCommand, draft: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "excel-unicode.csv"
    csv_file.write_text(
        "Description\tSerial\tQty\tValue\tOrigin\nCaméra Canon C70\tS/N 7\t2\t5200.00\tJP\n",
        encoding="utf-16",
    )
    done = desk("import-goods", draft, str(csv_file), "--json")
    assert done.code == 0, done.stderr
    assert items_of(desk, draft)[0]["description"] == "Caméra Canon C70, S/N 7"


def test_a_list_on_another_sheet_is_named_with_sheet(
    desk: CarnetCommand, draft: str, db_file: Path, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Exhibitor: Atelier Lumière"])
    goods = workbook.create_sheet("Goods")
    goods.append(["Description", "Serial", "Qty", "Value", "Origin"])
    goods.append(["Camera Canon C70", "S/N 7", 1, 5200.5, "JP"])
    path = tmp_path / "two-sheets.xlsx"
    workbook.save(path)
    message = refused_unchanged(desk, db_file, "import-goods", draft, str(path))
    assert "'Cover', 'Goods'" in message and "--sheet" in message
    done = desk("import-goods", draft, str(path), "--sheet", "Goods", "--json")
    assert done.code == 0, done.stderr
    assert done.json["sheet"] == "Goods"
    assert items_of(desk, draft)[0]["value"] == "5200.50"


# --------------------------------------------------------------------------- headings


def test_group_headings_are_kept_in_order_never_numbered(
    desk: CarnetCommand, draft: str, tmp_path: Path
) -> None:
    csv_file = tmp_path / "cases.csv"
    csv_file.write_text(
        "Item,Description,Serial,Qty,Value,Origin\n"
        ",CASE 1 – CAMERA KIT,,,,\n"
        "1,Camera Canon C70,S/N 7,1,5200.00,JP\n"
        "2,Lens Canon RF 24-70,S/N 8,1,2400.00,JP\n"
        ",CASE 2 – LIGHTS,,,,\n"
        "3,Light Aputure 300d,S/N 9,2,1100.00,CN\n",
        encoding="utf-8",
    )
    done = desk("import-goods", draft, str(csv_file), "--json")
    assert done.code == 0, done.stderr
    assert (done.json["items"], done.json["headings"], done.json["total_pieces"]) == (3, 2, 4)
    shown = desk("show", draft, "--json").json
    assert shown["general_list"] == [
        {"heading": "CASE 1 – CAMERA KIT"},
        {"item_no": 1},
        {"item_no": 2},
        {"heading": "CASE 2 – LIGHTS"},
        {"item_no": 3},
    ]
    assert [i["item_no"] for i in shown["items"]] == [1, 2, 3]
    assert shown["items"][2]["heading"] == "CASE 2 – LIGHTS"


def test_a_heading_column_and_apply_documents_carry_headings(
    desk: CarnetCommand, tmp_path: Path
) -> None:
    document = film_shoot()
    document["goods"].insert(0, {"heading": "CASE 1 – CAMERA KIT"})
    created = desk("apply", str(write_json(tmp_path / "a.json", document)), "--json")
    assert created.code == 0, created.stderr
    issued = desk("issue", str(created.json["id"]), "--date", TODAY, "--json", today=TODAY)
    assert issued.code == 0, issued.stderr
    shown = desk("show", issued.json["number"], "--json").json
    assert shown["general_list"][:2] == [{"heading": "CASE 1 – CAMERA KIT"}, {"item_no": 1}]
    assert shown["total_pieces"] == sum(g["pieces"] for g in film_shoot()["goods"])


# --------------------------------------------------------------------------- one set of checks


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"goods": [{"description": "Various accessories", "pieces": 3, "value": "90.00",
                     "origin": "CN"}]}, "goods[0].description"),
        ({"holder": {"name": "Atelier", "country": "ZZ"}}, "holder.country"),
        ({"uses": ["EF"], "event": None}, "event"),
        ({"uses": ["PE", "CS"], "itinerary": [{"country": "CN"}]}, "CN (China) accepts only one"),
    ],
)  # fmt: skip
def test_apply_refuses_what_import_goods_refuses(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, change: dict[str, Any], named: str
) -> None:
    path = write_json(tmp_path / "app.json", film_shoot(**change))
    message = refused_unchanged(desk, db_file, "apply", str(path))
    assert named in message


def test_apply_refuses_duplicate_lines_and_a_stone_weight(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    document = film_shoot()
    document["goods"].append(dict(document["goods"][0]))
    message = refused_unchanged(
        desk, db_file, "apply", str(write_json(tmp_path / "d.json", document))
    )
    last = len(document["goods"]) - 1
    assert f"goods[{last}]" in message and "same article as row 1" in message
    document = film_shoot()
    document["goods"][1]["weight_unit"] = "stone"
    message = refused_unchanged(
        desk, db_file, "apply", str(write_json(tmp_path / "s.json", document))
    )
    assert "goods[1].weight" in message and "stone" in message


# --------------------------------------------------------------------------- list, show, --db


def test_list_refuses_a_bogus_status_and_shows_open_claims(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    refused_unchanged(desk, db_file, "list", "--status", "bogus")
    created = desk("apply", str(write_json(tmp_path / "a.json", film_shoot())), "--json")
    number = desk("issue", str(created.json["id"]), "--date", "2026-03-02", "--json", today=TODAY)
    number = number.json["number"]
    for action, extra in (("exportation", []), ("importation", ["--country", "CH"])):
        done = desk("record", number, action, "--date", "2026-03-10", *extra, today=TODAY)
        assert done.code == 0, done.stderr
    assert desk("list", "--status", "claim", "--json").json["carnets"] == []
    opened = desk(
        "claim", "open", number, "--country", "CH", "--notified", "2026-11-20", "--amount",
        "1200.00", today=TODAY,
    )  # fmt: skip
    assert opened.code == 0, opened.stderr
    for args in (("--status", "claim"), ("--open-claim",)):
        rows = desk("list", *args, "--json").json["carnets"]
        assert [r["number"] for r in rows] == [number]


def test_show_a_draft_by_its_id(desk: CarnetCommand, draft: str) -> None:
    shown = desk("show", draft, "--json")
    assert shown.code == 0, shown.stderr
    assert (shown.json["id"], shown.json["status"]) == (int(draft), "draft")
    assert desk("show", "999", "--json").code == 2


def test_a_db_file_that_does_not_exist_is_refused_except_by_init(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    missing = tmp_path / "typo.sqlite3"
    done = carnet("--db", str(missing), "list")
    assert (done.code, missing.exists()) == (1, False)
    assert "no such file" in done.stderr and "init" in done.stderr
    assert carnet("--db", str(missing), "init").code == 0
    assert missing.exists()
    assert carnet("--db", str(missing), "list").code == 0


# --------------------------------------------------------------------------- hostile values


@pytest.mark.parametrize(
    "change",
    [
        {"trips": 99999999999999999999},
        {"itinerary": [{"country": "CH", "times": 1000000000}]},
        {"goods": [{"description": "Camera, S/N 1", "pieces": 1, "value": "1e999999",
                    "origin": "JP"}]},
        {"goods": [{"description": "Camera, S/N 1", "pieces": 1, "value": "9" * 40,
                    "origin": "JP"}]},
    ],
)  # fmt: skip
def test_huge_numbers_in_an_application_are_refused(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, change: dict[str, Any]
) -> None:
    refused_unchanged(
        desk, db_file, "apply", str(write_json(tmp_path / "a.json", film_shoot(**change)))
    )


def test_huge_numbers_elsewhere_are_one_line_refusals(
    desk: CarnetCommand, draft: str, db_file: Path, tmp_path: Path
) -> None:
    csv_file = tmp_path / "digits.csv"
    csv_file.write_text(
        f"Description,Serial,Qty,Value,Origin\nCamera,S/N 1,1,{'9' * 5000},JP\n", encoding="utf-8"
    )
    refused_unchanged(desk, db_file, "import-goods", draft, str(csv_file))
    refused_unchanged(desk, db_file, "issue", "9" * 40)
    refused_unchanged(
        desk, db_file, "claim", "open", "FR/LY/000001", "--country", "CH", "--notified",
        "2026-11-20", "--amount", "1e999999",
    )  # fmt: skip


def test_environment_problems_are_one_line_exit_1(
    carnet: CarnetCommand, desk: CarnetCommand
) -> None:
    done = carnet("alerts", today="garbage")
    assert done.code == 1 and "CARNET_TODAY" in done.stderr and "Traceback" not in done.stderr
    for url in ("postgresql+psycopg://u:pw@localhost:abc/x", "postgresql+nosuch://u@h/x"):
        done = carnet("--db", url, "list")
        assert done.code == 1, done.stderr
        assert "Traceback" not in done.stderr and "pw" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_messages_for_a_long_search_and_an_empty_out(desk: CarnetCommand) -> None:
    done = desk("list", "--search", "a" * 100_000)
    assert done.code == 2 and "at most 200" in done.stderr
    done = desk("render", "FR/LY/000001", "--out", "")
    assert done.code == 2 and "needs a file name" in done.stderr


def test_a_huge_number_format_or_item_selection_is_refused(
    desk: CarnetCommand, db_file: Path
) -> None:
    message = refused_unchanged(
        desk, db_file, "association", "set", "--name", "CCI Lyon", "--country", "FR",
        "--currency", "EUR", "--code", "LY", "--number-format", "{serial:0999999999d}",
    )  # fmt: skip
    assert "width 999999999" in message
    refused_unchanged(
        desk, db_file, "record", "FR/LY/000001", "exportation", "--date", "2026-03-10",
        "--items", "1-" + "9" * 5000,
    )  # fmt: skip


def test_apply_answers_with_the_list_warnings(desk: CarnetCommand) -> None:
    """A missing serial number is a warning however the list arrives: shown, not silent."""
    created = desk("apply", str(TEST_DATA / "application-samples-asia.json"), "--json")
    assert created.code == 0, created.stderr
    assert any("goods[0].marks" in w and "no serial number" in w for w in created.json["warnings"])
