"""The services' public API names no ``Any``: every public function and method of every module
of ``carnet_app/services`` (read with ``ast``, so nothing is imported) has parameter and return
annotations free of ``Any``, also inside ``dict[str, Any]``, string annotations and the
module's own aliases (``Row = dict[str, Any]``). mypy strict then checks the callers against
real types. The check is shown to fail on a planted ``Any``."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "carnet_app" / "services"


def _names_any(node: ast.AST, aliases: frozenset[str]) -> bool:
    """Whether an annotation mentions ``Any`` (``Any``, ``typing.Any``, a quoted annotation, or
    an alias of the module that does)."""
    for part in ast.walk(node):
        if isinstance(part, ast.Name) and (part.id == "Any" or part.id in aliases):
            return True
        if isinstance(part, ast.Attribute) and part.attr == "Any":
            return True
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            try:
                quoted = ast.parse(part.value, mode="eval")
            except SyntaxError:
                continue
            if _names_any(quoted, aliases):
                return True
    return False


def _any_aliases(tree: ast.Module) -> frozenset[str]:
    """Module-level names bound to a type that mentions ``Any`` (followed through aliases)."""
    bound: dict[str, ast.AST] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                bound[target.id] = statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if statement.value is not None:
                bound[statement.target.id] = statement.value
    aliases: set[str] = set()
    while True:
        more = {
            name
            for name, value in bound.items()
            if name not in aliases and _names_any(value, frozenset(aliases))
        }
        if not more:
            return frozenset(aliases)
        aliases |= more


def _public_functions(
    body: list[ast.stmt], owner: str = ""
) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            if not statement.name.startswith("_"):
                yield owner + statement.name, statement
        elif isinstance(statement, ast.ClassDef) and not statement.name.startswith("_"):
            yield from _public_functions(statement.body, f"{owner}{statement.name}.")


def any_in_public_signatures(source: str, module: str) -> list[str]:
    """``module:line function`` for each public function whose signature mentions ``Any``."""
    tree = ast.parse(source)
    aliases = _any_aliases(tree)
    found = []
    for name, function in _public_functions(tree.body):
        arguments = function.args
        parameters = [
            *arguments.posonlyargs,
            *arguments.args,
            *arguments.kwonlyargs,
            *(a for a in (arguments.vararg, arguments.kwarg) if a is not None),
        ]
        annotations = [p.annotation for p in parameters if p.annotation is not None]
        if function.returns is not None:
            annotations.append(function.returns)
        if any(_names_any(annotation, aliases) for annotation in annotations):
            found.append(f"{module}:{function.lineno} {name}")
    return found


def _checked_modules() -> list[Path]:
    return sorted(SERVICES.glob("*.py"))


def test_no_public_service_signature_names_any() -> None:
    modules = _checked_modules()
    assert len(modules) > 40  # the walk really reads the services package
    found = [
        hit for path in modules for hit in any_in_public_signatures(path.read_text(), path.name)
    ]
    assert found == []


@pytest.mark.parametrize(
    "planted",
    [
        "def rows() -> Any: ...",
        "def rows(data: dict[str, Any]) -> None: ...",
        "def rows(data: Mapping[str, list[typing.Any]] | None) -> None: ...",
        "def rows(*values: Any) -> None: ...",
        "def rows(*, key: 'Sequence[Any]') -> None: ...",
        "class Rows:\n    def to_dict(self) -> dict[str, Any]: ...",
        "Row = dict[str, Any]\nTable = list[Row]\ndef rows() -> Table: ...",
    ],
)
def test_a_planted_any_is_found(planted: str) -> None:
    assert any_in_public_signatures(planted, "planted.py") != []


@pytest.mark.parametrize(
    "allowed",
    [
        "def _rows(data: Any) -> Any: ...",
        "def rows(data: object) -> dict[str, object]: ...",
        "class _Rows:\n    def to_dict(self) -> Any: ...",
        "def rows() -> int:\n    value: Any = 1\n    return value",
    ],
)
def test_private_and_inner_any_is_not_the_public_api(allowed: str) -> None:
    assert any_in_public_signatures(allowed, "allowed.py") == []
