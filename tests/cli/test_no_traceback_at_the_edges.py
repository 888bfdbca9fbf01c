"""Values at the far edge of what a type holds, met through the ``carnet`` command: a count of
pieces with thirty digits, a JSON document nested deeper than the reader recurses, a horizon
past the year 9999, a reader that closes the pipe after the first line. Each is a one-line
answer or refusal with nothing written; never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand, current_backend, database_for, dump
from tests.cli.runner import REPO
from tests.conftest import TEST_DATA


def trade_fair(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (TEST_DATA / "application-trade-fair.json").read_text(encoding="utf-8")
    )
    data.update(changes)
    return data


@pytest.fixture
def desk(carnet: CarnetCommand) -> CarnetCommand:
    assert carnet("init").code == 0
    done = carnet("association", "set", "--name", "CCI Lyon", "--country", "FR",
                  "--currency", "EUR", "--code", "LY")  # fmt: skip
    assert done.code == 0, done.stderr
    return carnet


def refused_unchanged(desk: CarnetCommand, db_file: Path, *args: str) -> str:
    before = dump(db_file)
    done = desk(*args)
    assert done.code == 2, (done.code, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert dump(db_file) == before
    return done.stderr


@pytest.mark.parametrize("pieces", [10**30, 10**7, 1_000_001])
@pytest.mark.parametrize("command", ["apply", "quote"])
def test_a_count_of_pieces_no_carnet_could_hold_is_refused_naming_the_line(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, command: str, pieces: int
) -> None:
    goods = trade_fair()["goods"]
    goods[1]["pieces"] = pieces
    document = tmp_path / "application.json"
    document.write_text(json.dumps(trade_fair(goods=goods)), encoding="utf-8")
    message = refused_unchanged(desk, db_file, command, str(document))
    assert "goods[1].pieces" in message and "1000000" in message.replace(",", "")


@pytest.mark.parametrize("command", ["apply", "quote"])
def test_a_document_nested_deeper_than_any_application_is_refused_in_words(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, command: str
) -> None:
    document = tmp_path / "deep.json"
    document.write_text("[" * 100_000, encoding="utf-8")
    message = refused_unchanged(desk, db_file, command, str(document))
    assert "deep.json" in message and "nested" in message


@pytest.mark.parametrize(
    "arguments",
    [("--today", "9999-12-31"), ("--within", "99999999"), ("--today", "9999-01-01",
                                                            "--within", "3000000")],
)  # fmt: skip
def test_alerts_with_a_horizon_past_the_last_calendar_day_answer(
    desk: CarnetCommand, tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    document = tmp_path / "application.json"
    document.write_text(json.dumps(trade_fair()), encoding="utf-8")
    assert desk("apply", str(document)).code == 0
    assert desk("issue", "1", "--date", "2026-03-02").code == 0
    done = desk("alerts", *arguments, "--json")
    assert done.code == 0, done.stderr
    assert [alert["carnet"] for alert in done.json["alerts"]] == ["FR/LY/000001"]


def test_a_reader_that_stops_early_gets_no_traceback(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    """``carnet list | head -0``: the reader closes the pipe before the list is written."""
    env = {
        **os.environ,
        "CARNET_DB": database_for(db_file),  # the run's backend: SQLite, or PostgreSQL in CI
        "CARNET_DATA_DIR": str(tmp_path / "data"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "carnet_app.cli", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the interpreter has even started: the write meets EPIPE
    with process.stderr:
        errors = process.stderr.read().decode("utf-8", errors="replace")
    assert process.wait(timeout=60) == 141  # what a shell reports for a command SIGPIPE ended
    assert errors == ""


@pytest.mark.parametrize(
    ("where", "said", "not_said"),
    [
        ("folder", "is a folder", "damaged"),
        ("postgresql+psycopg://clerk@127.0.0.1:1/desk", "cannot reach", "damaged"),
        ("sqlite:///", "names no file", "no such table"),
        ("garbage", "damaged", "Traceback"),
    ],
)
def test_a_database_that_cannot_open_gets_the_advice_that_fits(
    carnet: CarnetCommand, tmp_path: Path, where: str, said: str, not_said: str
) -> None:
    """Restoring a backup is the advice for a damaged file, not for a folder named by mistake,
    a server that is down or a URL naming no file."""
    if where == "folder":
        where = str(tmp_path)
    elif where == "garbage":
        damaged = tmp_path / "damaged.sqlite3"  # not the test's own desk file
        damaged.write_bytes(b"not a database at all" * 100)
        where = str(damaged)
    done = carnet("--db", where, "list")
    assert done.code == 1, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert said in done.stderr and not_said not in done.stderr


@pytest.mark.parametrize("typed", ["1_0", "\u0661\u0660", "\uff11\uff10", " 1 0 "])
def test_a_number_on_the_command_line_is_written_in_ascii_digits(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, typed: str
) -> None:
    """Python's int() reads "1_0" and Arabic-Indic or full-width digits as 10: a clerk who
    typed them did not mean voucher 10, so every whole number is ASCII digits or refused."""
    document = tmp_path / "application.json"
    document.write_text(json.dumps(trade_fair()), encoding="utf-8")
    assert desk("apply", str(document)).code == 0
    assert desk("issue", "1", "--date", "2026-03-02").code == 0
    assert desk("record", "FR/LY/000001", "exportation", "--date", "2026-03-05").code == 0
    assert desk("record", "FR/LY/000001", "importation", "--country", "CH",
                "--date", "2026-03-06").code == 0  # fmt: skip
    for arguments, said in (
        (("alerts", "--within", typed), "whole number"),
        (("claim", "settle", typed, "--proof", "x", "--date", "2026-06-20"), "whole number"),
        (("record", "FR/LY/000001", "re-exportation", "--country", "CH", "--date",
          "2026-03-10", "--refers-to", typed), "refers-to"),
    ):  # fmt: skip
        before = dump(db_file)
        done = desk(*arguments)
        assert done.code == 2, (arguments, done.stdout, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and said in done.stderr, done.stderr
        assert dump(db_file) == before


def test_restoring_from_a_folder_says_it_is_a_folder(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    if current_backend() == "postgresql":
        pytest.skip("restore replaces a SQLite file (PostgreSQL: import-all)")
    folder = tmp_path / "backups"
    folder.mkdir()
    message = refused_unchanged(desk, db_file, "restore", str(folder))
    assert "is a folder" in message and "not found" not in message
