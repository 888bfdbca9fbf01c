"""The real programs, in new processes: the installed ``carnet`` script and
``python -m carnet_app.cli``. Everything else in tests/cli runs ``main(argv)`` in process; these
few prove that the entry points give the same exit codes and streams."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.cli.conftest import CarnetCommand
from tests.cli.runner import run_subprocess
from tests.conftest import TEST_DATA

SCRIPT = Path(sys.executable).with_name("carnet")
ASSOCIATION = ("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR")


def test_the_installed_script_answers_help_and_version(tmp_path: Path) -> None:
    env = {"CARNET_DATA_DIR": str(tmp_path)}
    helped = run_subprocess(["--help"], env, program=[str(SCRIPT)])
    assert helped.code == 0 and "usage: carnet" in helped.stdout
    version = run_subprocess(["--version"], env, program=[str(SCRIPT)])
    assert version.code == 0 and version.stdout.startswith("carnet ")


def test_a_carnet_is_applied_and_issued_by_the_real_command(
    carnet_subprocess: CarnetCommand,
) -> None:
    assert carnet_subprocess(*ASSOCIATION, "--code", "LY").code == 0
    draft = carnet_subprocess("apply", str(TEST_DATA / "application-trade-fair.json"), "--json")
    assert draft.code == 0, draft.stderr
    assert draft.json == {"id": 1, "status": "draft"}
    issued = carnet_subprocess("issue", "1", "--date", "2026-03-02", "--json", today="2026-03-02")
    assert issued.code == 0, issued.stderr
    assert issued.json["number"] == "FR/LY/000001"


def test_a_refusal_exits_2_with_one_line_and_no_traceback(
    carnet_subprocess: CarnetCommand, tmp_path: Path
) -> None:
    assert carnet_subprocess(*ASSOCIATION).code == 0
    broken = tmp_path / "broken.json"
    broken.write_text('{"holder": ', encoding="utf-8")
    refused = carnet_subprocess("apply", str(broken))
    assert refused.code == 2
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    unknown = carnet_subprocess("no-such-command")
    assert unknown.code == 2 and "Traceback" not in unknown.stderr


def test_a_database_that_is_not_one_is_an_environment_problem(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"these are my notes, not a database" * 100)
    done = run_subprocess(
        ["list"], {"CARNET_DB": str(not_a_database), "CARNET_DATA_DIR": str(tmp_path / "data")}
    )
    assert done.code == 1, done.stderr
    assert "file is not a database" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
