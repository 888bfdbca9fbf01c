"""No module of the package grows past 500 lines unless its docstring says why, on a line of
its own that starts "Over 500 lines" and gives the reason (a reader opening a long file learns
at once whether the length is a choice or an accident)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "carnet_app"
LIMIT = 500
REASON = "Over 500 lines"


def stated_reason(source: str) -> bool:
    docstring = ast.get_docstring(ast.parse(source)) or ""
    return any(
        line.strip().startswith(REASON) and len(line.strip()) > len(REASON) + 20
        for line in docstring.splitlines()
    )


def long_modules_without_reason(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > LIMIT and not stated_reason(source):
            found.append(f"{path.relative_to(package.parent)}: {lines} lines")
    return found


def test_every_long_module_says_why() -> None:
    assert long_modules_without_reason(PACKAGE) == []


def test_the_check_finds_a_long_module_and_accepts_a_reason(tmp_path: Path) -> None:
    package = tmp_path / "carnet_app"
    package.mkdir()
    body = "x = 1\n" * (LIMIT + 1)
    (package / "short.py").write_text('"""Short."""\n' + "x = 1\n" * 10, encoding="utf-8")
    (package / "long.py").write_text('"""A long module."""\n' + body, encoding="utf-8")
    (package / "told.py").write_text(
        f'"""A table.\n\n{REASON} because it is one entry per code."""\n' + body, encoding="utf-8"
    )
    (package / "mute.py").write_text(f'"""A table.\n\n{REASON}."""\n' + body, encoding="utf-8")
    assert long_modules_without_reason(package) == [
        f"carnet_app/long.py: {LIMIT + 2} lines",
        f"carnet_app/mute.py: {LIMIT + 4} lines",
    ]
