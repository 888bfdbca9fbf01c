"""Moving a chamber's data between backends (export-all / import-all), and the general list out
to spreadsheets with formula injection neutralised (export-list)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.models import Carnet
from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.errors import UserError
from carnet_app.paths import AppPaths
from carnet_app.services import audit, carnets, goods_import, list_export, portability, views
from carnet_app.services.database import open_database
from tests.conftest import TEST_DATA
from tests.postgres.backends import dump_url, pg
from tests.safety.conftest import Cli, cli_for, fill_sample_data, set_up_chamber
from tests.safety.desk_worker import TODAY
from tests.show_json import show_json


def sample(name: str) -> dict[str, Any]:
    return dict(json.loads((TEST_DATA / f"application-{name}.json").read_text("utf-8")))


def every_show(database: Database, numbers: list[str]) -> dict[str, Any]:
    with database.read() as session:
        return {n: show_json(session, n) for n in numbers}


def test_round_trip_between_backends_gives_the_same_carnets_and_an_intact_audit_trail(
    backend: str, tmp_path: Path, db_url: str
) -> None:
    """SQLite → the run's backend (PostgreSQL when there is a server) → a new SQLite file."""
    source_url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    source = open_database(source_url, AppPaths.from_base_dir(tmp_path / "s"))
    set_up_chamber(source)
    numbers = fill_sample_data(source)
    expected = every_show(source, numbers)
    with source.read() as session:
        carnet_rows = len(views.list_carnets(session, limit=1000))
    source.dispose()

    from_source = cli_for(source_url, tmp_path / "s")
    exported = tmp_path / "chamber.json"
    result = from_source("export-all", str(exported), "--json")
    assert result.code == 0, result.stderr
    assert result.json["tables"]["carnets"] == carnet_rows
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "carnet-desk-database" and document["format_version"] == 1
    events = document["tables"]["audit_events"]
    assert document["audit"]["head"] == events["rows"][-1][events["columns"].index("hash")]

    middle = cli_for(db_url, tmp_path / "m")
    imported = middle("import-all", str(exported), "--json")
    assert imported.code == 0, imported.stderr
    assert imported.json["audit"] == {"intact": True, "events": document["audit"]["events"]}
    middle_db = open_database(db_url, AppPaths.from_base_dir(tmp_path / "m"))
    assert every_show(middle_db, numbers) == expected
    with middle_db.read() as session:
        assert audit.verify_chain(session).intact
    again = tmp_path / "again.json"
    portability.export_database(middle_db, again)
    middle_db.dispose()

    back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    back = cli_for(back_url, tmp_path / "b")
    assert back("import-all", str(again)).code == 0
    back_db = open_database(back_url, AppPaths.from_base_dir(tmp_path / "b"))
    assert every_show(back_db, numbers) == expected
    with back_db.read() as session:
        assert audit.verify_chain(session).intact
    with back_db.read() as session:
        trail = views.audit_entries(session)
    assert [e.action for e in trail[-2:]] == ["database.import", "database.import"]
    # ids carry over, and new rows get fresh ids after the imported ones
    with back_db.write() as session:
        draft = carnets.apply(
            session,
            parse_application(json.loads((TEST_DATA / "application-trade-fair.json").read_text())),
            user="clerk",
            today=TODAY,
        )
        assert draft.id == max(r[0] for r in document["tables"]["carnets"]["rows"]) + 1
    back_db.dispose()
    # every row of every table came through unchanged (the audit trail gained the two imports)
    final = json.loads(again.read_text(encoding="utf-8"))
    for name, table in document["tables"].items():
        rows = final["tables"][name]["rows"]
        if name == "audit_events":
            rows = rows[:-1]
        assert rows == table["rows"], name


def test_amounts_dates_and_timestamps_are_exact_in_the_export(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        draft = carnets.apply(
            session,
            parse_application(json.loads((TEST_DATA / "application-film-shoot.json").read_text())),
            user="clerk",
            today=TODAY,
        )
        draft_id = draft.id
    with database.write() as session:
        carnets.issue(session, draft_id, on=TODAY.replace(month=3, day=2), user="c", today=TODAY)
    target = tmp_path / "out.json"
    done = portability.export_database(database, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    items = document["tables"]["goods_items"]
    columns = items["columns"]
    first = dict(zip(columns, items["rows"][0], strict=True))
    assert first["value"] == "62000.00" or Decimal(first["value"]).as_tuple().exponent == -2
    assert isinstance(first["value"], str) and isinstance(first["weight"], str)
    carnet_row = dict(
        zip(
            document["tables"]["carnets"]["columns"],
            document["tables"]["carnets"]["rows"][0],
            strict=True,
        )
    )
    assert carnet_row["issued_on"] == "2026-03-02" and carnet_row["valid_until"] == "2027-03-01"
    assert carnet_row["created_at"].endswith("+00:00")
    assert done.rows["carnets"] == 1 and done.audit_events == 3


@pytest.fixture(scope="module")
def good_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One export of the sample desk per backend, made when a test first asks for it: every
    corruption below starts from a copy of it (the tests only read it)."""
    return {}


@pytest.fixture
def export_file(
    good_exports: dict[str, Path], backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    if backend not in good_exports:
        folder = tmp_path_factory.mktemp(f"good-export-{backend}")
        if backend == "postgresql":
            url = pg().with_schema()
        else:
            url = f"sqlite:///{folder / 'desk.sqlite3'}"
        database = open_database(url, AppPaths.from_base_dir(folder / "data"))
        try:
            set_up_chamber(database)
            fill_sample_data(database)
            portability.export_database(database, folder / "good.json")
        finally:
            database.dispose()
            if backend == "postgresql":
                pg().drop(url)
        good_exports[backend] = folder / "good.json"
    return good_exports[backend]


def corrupt(document: dict[str, Any], how: str) -> Any:
    tables = document["tables"]
    goods = tables["goods_items"]
    value_at = goods["columns"].index("value")
    if how == "format":
        document["format"] = "something-else"
    elif how == "version":
        document["format_version"] = 2
    elif how == "schema":
        document["schema"] = "0001_initial_or_older"
    elif how == "missing table":
        del tables["claims"]
    elif how == "unknown table":
        tables["passwords"] = {"columns": [], "rows": []}
    elif how == "amount with a comma":
        goods["rows"][3][value_at] = "12,50"
    elif how == "amount as a float":
        goods["rows"][3][value_at] = 12.5
    elif how == "naive timestamp":
        at = tables["audit_events"]["columns"].index("at")
        tables["audit_events"]["rows"][0][at] = "2026-01-01T10:00:00"
    elif how == "short row":
        goods["rows"][5] = goods["rows"][5][:-1]
    elif how == "too long for its column":
        origin = goods["columns"].index("origin")
        goods["rows"][2][origin] = "FRANCE"
    elif how == "NUL in text":
        description = goods["columns"].index("description")
        goods["rows"][2][description] = "camera\x00body"
    elif how == "a list":
        return [document]
    return document


CORRUPTIONS = [
    "format",
    "version",
    "schema",
    "missing table",
    "unknown table",
    "amount with a comma",
    "amount as a float",
    "naive timestamp",
    "short row",
    "too long for its column",
    "NUL in text",
    "a list",
]


@pytest.mark.parametrize("how", CORRUPTIONS)
def test_a_bad_export_is_refused_whole_and_nothing_is_written(
    export_file: Path, tmp_path: Path, how: str, backend: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(corrupt(json.loads(export_file.read_text("utf-8")), how)))
    target_url = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    target = open_database(target_url, AppPaths.from_base_dir(tmp_path / "t"))
    try:
        before = target_rows(target)
        with pytest.raises(UserError, match=r"bad\.json"):
            portability.import_database(target, bad, user="admin")
        assert target_rows(target) == before
    finally:
        target.dispose()


def target_rows(database: Database) -> list[str]:
    if database.engine.dialect.name == "postgresql":
        return dump_url(database.url)
    with database.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        return list(raw.iterdump())  # type: ignore[attr-defined]


def test_garbage_files_are_refused_whole(cli: Cli, tmp_path: Path, database: Database) -> None:
    rows = target_rows(database)
    for name, content in [
        ("empty.json", b""),
        ("binary.json", bytes(range(256)) * 4),
        ("text.json", b"carnet,desk\n1,2\n"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000),
        ("number.json", b"12"),
    ]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(UserError, match=name.replace(".", r"\.")):
            portability.import_database(database, path, user="admin")
    with pytest.raises(UserError, match="not found"):
        portability.import_database(database, tmp_path / "missing.json", user="admin")
    assert target_rows(database) == rows
    result = cli("import-all", str(tmp_path / "binary.json"))  # the command: exit 2, one line
    assert result.code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "binary.json" in result.stderr


def test_import_refuses_a_database_that_already_holds_data(
    database: Database, export_file: Path, cli: Cli
) -> None:
    fill_sample_data(database)  # a desk in use: its carnets must not be mixed with the file's
    rows = target_rows(database)
    result = cli("import-all", str(export_file))
    assert result.code == 2
    assert "new, empty database" in result.stderr
    assert target_rows(database) == rows


# --- the general list as a spreadsheet ------------------------------------------------------

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)",
    "-2+3",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://example.invalid","click")',
    "\uff1dSUM(1)",  # full-width equals sign: some spreadsheets read it as "="
    " =1+1",
]


def issued_with_descriptions(database: Database, descriptions: list[str]) -> str:
    """An issued carnet whose goods carry these descriptions and marks. Formulas are refused
    on the way in (apply, import-goods, issue), so they are written into the rows afterwards,
    as an older database may hold them."""
    application = json.loads((TEST_DATA / "application-film-shoot.json").read_text("utf-8"))
    application["goods"] = application["goods"][: len(descriptions)]
    with database.write() as session:
        draft_id = carnets.apply(
            session, parse_application(application), user="clerk", today=TODAY
        ).id
    with database.write() as session:
        number = carnets.issue(
            session, draft_id, on=TODAY.replace(month=3, day=2), user="clerk", today=TODAY
        ).number
        carnet = session.get(Carnet, draft_id)
        assert carnet is not None
        for item, text in zip(carnet.items, descriptions, strict=True):
            item.description = text.strip()
            item.marks = text.strip()
    assert number is not None
    return number


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_lists_neutralise_formulas(
    database: Database, cli: Cli, tmp_path: Path, suffix: str
) -> None:
    number = issued_with_descriptions(database, [*HOSTILE, "Camera body, S/N 12345"])
    target = tmp_path / f"list{suffix}"
    result = cli("export-list", number, str(target), "--json")
    assert result.code == 0, result.stderr
    assert result.json["items"] == len(HOSTILE) + 1
    rows = read_back(target)
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Item no", "Trade description", "Marks and numbers", "Number of pieces"]
    for row, text in zip(body, [*HOSTILE, "Camera body, S/N 12345"], strict=True):
        expected = text if text.startswith("Camera") else "'" + text.strip()
        assert row[1] == expected and row[2] == expected
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(target).worksheets[0]
        assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


def read_back(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return [list(row) for row in csv.reader(io.StringIO(text))]
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_list_imports_back_unchanged(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    number = issued_with_descriptions(
        database, ["Camera body ARRI, S/N 1", "Lens 35 mm, S/N 2", "Tripod; carbon, S/N 3"]
    )
    target = tmp_path / f"list{suffix}"
    list_export.export_general_list(database, number, target)
    with database.write() as session:
        draft_id = carnets.apply(
            session,
            parse_application(
                {
                    **json.loads((TEST_DATA / "application-film-shoot.json").read_text()),
                    "goods": [],
                }
            ),
            user="clerk",
            today=TODAY,
        ).id
    with database.write() as session:
        goods_import.import_goods(session, draft_id, target, user="clerk")
    with database.read() as session:
        original = show_json(session, number)["items"]
        from carnet_app.db.models import Carnet

        draft = session.get(Carnet, draft_id)
        assert draft is not None
        copied = [
            (i.item_no, i.description, i.marks, i.pieces, i.weight, i.value, i.origin)
            for i in draft.items
        ]
    assert copied == [
        (
            i["item_no"],
            i["description"],
            i["marks"],
            i["pieces"],
            i["weight"],
            i["value"],
            i["origin"],
        )
        for i in original
    ]


def test_export_list_refuses_other_file_kinds_and_unknown_carnets(
    cli: Cli, database: Database, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="no such carnet"):
        list_export.export_general_list(database, "FR/LY/999999", tmp_path / "list.csv")
    assert not (tmp_path / "list.csv").exists()
    result = cli("export-list", "FR/LY/000001", str(tmp_path / "list.pdf"))
    assert result.code == 2 and ".csv or .xlsx" in result.stderr
