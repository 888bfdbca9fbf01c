"""Imports point down only (docs/architecture.md), checked by import-linter's contracts in
pyproject.toml, and a check that cannot pass by accident: each kind of violation is planted in
a copy of the package and must break the contract that forbids it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "carnet_app"
CHECK = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def lint_imports(project: Path, contract: str | None = None) -> subprocess.CompletedProcess[str]:
    """import-linter on the package found in ``project`` (its copy wins over the installed one);
    only the contract with that id if one is named."""
    only = ["--contract", contract] if contract else []
    return subprocess.run(
        [sys.executable, "-c", CHECK, "--no-cache", *only],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project), "PYTHONWARNINGS": "ignore"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_package_keeps_every_layer_contract() -> None:
    done = lint_imports(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def append(relative: str, code: str) -> Callable[[Path], None]:
    def plant(package: Path) -> None:
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(before + "\n" + code + "\n", encoding="utf-8")

    return plant


def remove(relative: str) -> Callable[[Path], None]:
    def plant(package: Path) -> None:
        shutil.rmtree(package / relative)

    return plant


# what is planted -> the id of the contract (pyproject.toml) that must break
PLANTED: dict[str, tuple[Callable[[Path], None], str]] = {
    "the domain imports the gui": (
        append("domain/planted.py", "from carnet_app import gui"),
        "layers",
    ),
    "a relative import reaches the gui from the services": (
        append("services/planted.py", "from ..gui import style"),
        "layers",
    ),
    "an import inside a function reaches the gui": (
        append("db/planted.py", "def later():\n    import carnet_app.gui.style as style\n"),
        "layers",
    ),
    "a root module imports PySide6": (
        append("planted.py", "from PySide6.QtCore import QLocale"),
        "qt-only-in-gui",
    ),
    "a root module imports the gui": (
        append("planted.py", "from carnet_app.gui import i18n"),
        "gui-only-from-gui",
    ),
    "the cli imports the gui": (
        append("cli/planted.py", "from carnet_app.gui.style import APP_STYLESHEET"),
        "cli-not-gui",
    ),
    "the services import PySide6": (
        append("services/planted.py", "import PySide6.QtGui"),
        "qt-only-in-gui",
    ),
    "the domain imports sqlalchemy": (
        append("domain/planted.py", "import sqlalchemy"),
        "pure-domain",
    ),
    "the gui imports sqlalchemy": (
        append("gui/planted.py", "from sqlalchemy import select"),
        "no-sql-in-gui",
    ),
    "the pdf forms open the database": (
        append("pdf/planted.py", "from carnet_app.db.uow import Database"),
        "layers",
    ),
    "the services import the cli": (
        append("services/planted.py", "from carnet_app.cli import main"),
        "layers",
    ),
}


@pytest.fixture
def planted_copy(tmp_path: Path) -> Path:
    """A project folder holding a copy of the package and the contracts."""
    shutil.copytree(PACKAGE, tmp_path / "carnet_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_an_untouched_copy_passes(planted_copy: Path) -> None:
    """The planted copies below fail because of what is planted, not because they are copies."""
    done = lint_imports(planted_copy)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("violation", sorted(PLANTED))
def test_each_planted_violation_breaks_its_contract(violation: str, planted_copy: Path) -> None:
    plant, contract = PLANTED[violation]
    plant(planted_copy / "carnet_app")
    done = lint_imports(planted_copy, contract)
    report = " ".join((done.stdout + done.stderr).split())
    assert done.returncode != 0, report
    assert "1 broken" in report and "planted" in report, report


def test_a_missing_layer_folder_fails_the_check(planted_copy: Path) -> None:
    remove("pdf")(planted_copy / "carnet_app")
    done = lint_imports(planted_copy)
    assert done.returncode != 0, done.stdout
    assert "carnet_app.pdf" in done.stdout + done.stderr
