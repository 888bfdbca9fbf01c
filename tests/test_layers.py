"""Imports point down only (ARCHITECTURE.md): no Qt below the GUI, no SQLAlchemy in domain/GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "carnet_app"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "carnet_app.db",
        "carnet_app.services",
        "carnet_app.gui",
        "carnet_app.pdf",
        "carnet_app.cli",
    ),
    "db": ("PySide6", "carnet_app.services", "carnet_app.gui", "carnet_app.pdf", "carnet_app.cli"),
    "services": ("PySide6", "carnet_app.gui", "carnet_app.cli"),
    "pdf": (
        "PySide6",
        "sqlalchemy",
        "carnet_app.db",
        "carnet_app.services",
        "carnet_app.gui",
        "carnet_app.cli",
    ),
    "gui": ("sqlalchemy", "carnet_app.db.models", "carnet_app.cli"),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    folder = PACKAGE / layer
    if not folder.exists():
        pytest.skip(f"{layer} not written yet")
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in folder.rglob("*.py")
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offenders == []
