"""Every change of reference data is audited, whichever door it comes through (the command line
here; the settings dialog goes through the same service functions)."""

from __future__ import annotations

import json
import sqlite3
import tomllib
from pathlib import Path

import pytest

from carnet_app.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _audit_actions(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT action, summary FROM audit_events ORDER BY id").fetchall()
    return [(action, summary) for action, summary in rows]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "desk.sqlite3"
    monkeypatch.setenv("CARNET_DB", str(path))
    monkeypatch.setenv("CARNET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CARNET_USER", "marie")
    _run(capsys, "init")
    return path


def test_activating_a_schedule_from_the_command_line_is_audited(db, capsys):
    listed = json.loads(_run(capsys, "schedules", "list"))["schedules"]
    other = next(s["name"] for s in listed if not s["active"])
    _run(capsys, "schedules", "activate", other)
    action, summary = _audit_actions(db)[-1]
    assert action == "reference.schedule-activate"
    assert other in summary


def test_importing_schedules_from_the_command_line_is_audited(db, capsys, tmp_path):
    exported = tmp_path / "schedules.toml"
    _run(capsys, "schedules", "export", str(exported))
    _run(capsys, "schedules", "import", str(exported))
    action, summary = _audit_actions(db)[-1]
    assert action == "reference.schedule-import"
    assert "imported from schedules.toml" in summary


def test_exported_toml_reads_back_with_exact_decimals(db, capsys, tmp_path):
    exported = tmp_path / "schedules.toml"
    _run(capsys, "schedules", "export", str(exported))
    content = tomllib.loads(exported.read_text(encoding="utf-8"))
    names = [schedule["schedule"]["name"] for schedule in content["schedules"]]
    assert len(names) == 2
    percentage = next(s for s in content["schedules"] if s["security"]["method"] == "percentage")
    assert isinstance(percentage["security"]["default_percent"], str)  # exact, not a float
