"""The command line starts light: ``--version`` and ``--help`` import no database, PDF or Qt
layer, and a command imports only what it uses (checked in a fresh interpreter each time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# third-party layers (the command modules' own service modules are registered lazily: they
# sit in sys.modules unexecuted, so the probe looks at what those would have pulled in)
HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6", "cryptography")

_PROBE = """
import contextlib, io, json, sys
from carnet_app.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_probe(*argv: str, data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "CARNET_DATA_DIR": str(data_dir)}
    env.pop("CARNET_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def heavy_in(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return sorted(
        name for name in modules if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["record", "--help"]])
def test_version_and_help_import_no_heavy_layer(argv: list[str], tmp_path: Path) -> None:
    result = run_probe(*argv, data_dir=tmp_path)
    assert result["code"] == 0
    assert heavy_in(result["modules"]) == []


def test_help_still_lists_every_command_and_option(tmp_path: Path) -> None:
    from carnet_app.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    text = str(run_probe("--help", data_dir=tmp_path)["out"])
    for name in commands:
        assert name in text, f"`carnet --help` does not list {name}"
    record_help = str(run_probe("record", "--help", data_dir=tmp_path)["out"])
    for option in ("--date", "--country", "--items", "--final-date", "--confirm", "--json"):
        assert option in record_help


def test_show_imports_no_pdf_no_qt_no_alembic_no_keys_on_a_current_database(tmp_path: Path) -> None:
    assert run_probe("init", data_dir=tmp_path)["code"] == 0
    result = run_probe("show", "FR/LY/000001", data_dir=tmp_path)
    assert result["code"] == 2  # refused: no such carnet
    modules = result["modules"]
    assert isinstance(modules, list)
    assert "sqlalchemy" in modules  # it did open the database
    assert [m for m in heavy_in(modules) if not m.startswith("sqlalchemy")] == []


def test_render_loads_the_pdf_layer_when_it_runs(tmp_path: Path) -> None:
    result = run_probe("calibration-sheet", "--out", str(tmp_path / "c.pdf"), data_dir=tmp_path)
    assert result["code"] == 0
    assert "reportlab" in heavy_in(result["modules"])
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


def test_constants_spelled_for_the_light_parser_match_the_services() -> None:
    from carnet_app.cli import admin_commands, document_commands
    from carnet_app.services import backups, documents

    assert document_commands.CARNET_PARTS == documents.CARNET_PARTS
    assert admin_commands.KEEP_BACKUPS == backups.KEEP_BACKUPS
