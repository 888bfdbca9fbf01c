"""The desk starts like a native tool: its first window is painted before the database layer
is imported, and the desk's main window comes up without the PDF layer (it loads on print)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import json, sys
from carnet_app.gui.launcher import main
code = main([])
print("modules " + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


def started(tmp_path: Path, report: str) -> tuple[list[str], str]:
    env = {
        **os.environ,
        "CARNET_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "CARNET_REPORT_FIRST_PAINT": report,
    }
    env.pop("CARNET_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr
    modules = next(line for line in done.stdout.splitlines() if line.startswith("modules "))
    return json.loads(modules.removeprefix("modules ")), done.stdout


def loaded(modules: list[str], top: str) -> bool:
    return any(name == top or name.startswith(top + ".") for name in modules)


@pytest.mark.slow
def test_first_window_is_painted_before_the_database_layer_loads(tmp_path: Path) -> None:
    modules, out = started(tmp_path, "exit")
    assert "first-paint" in out
    for heavy in ("sqlalchemy", "alembic", "reportlab", "carnet_app.services", "carnet_app.db"):
        assert not loaded(modules, heavy), f"{heavy} was imported before the first paint"
    assert not (tmp_path / "carnets.sqlite3").exists()  # nothing opened yet


@pytest.mark.slow
def test_the_desk_opens_its_database_without_the_pdf_layer(tmp_path: Path) -> None:
    modules, out = started(tmp_path, "desk")
    assert "desk-painted" in out
    assert loaded(modules, "sqlalchemy")
    assert (tmp_path / "carnets.sqlite3").exists()
    for heavy in ("reportlab", "carnet_app.pdf"):
        assert not loaded(modules, heavy), f"{heavy} was imported before anything was printed"


def test_a_wrong_today_override_is_said_in_one_line_and_opens_nothing(tmp_path: Path) -> None:
    shot = tmp_path / "desk.png"
    env = {
        **os.environ,
        "CARNET_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "CARNET_TODAY": "31/12/2026",
    }
    env.pop("CARNET_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "carnet_app.gui.launcher", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 2
    assert "CARNET_TODAY='31/12/2026' is not a date" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "carnets.sqlite3").exists() and not shot.exists()
