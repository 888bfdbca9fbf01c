"""The command line and the GUI get views from the services, never ORM objects: every
``carnet_app.services`` function (and public method of a services class) that a module of
``carnet_app/cli`` or ``carnet_app/gui`` imports or calls is annotated to return no mapped model
class of ``carnet_app.db``, neither directly nor inside a container (``list[Carnet]``,
``tuple[Carnet, X]``) nor as a field of a returned dataclass. The uses are read with ``ast``
(``from carnet_app.services.m import f``, ``from carnet_app.services import m`` then ``m.f``,
``m = lazy_module("carnet_app.services.m")``); the models are the ORM registry's own list. The
checker is shown to find a planted ORM return."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

import carnet_app.db.models  # noqa: F401  (fills the registry with every mapped class)
from carnet_app.db.base import Base
from carnet_app.db.models import Carnet, Claim

PACKAGE = Path(__file__).resolve().parents[2] / "carnet_app"
SERVICES = "carnet_app.services"
INTERFACES = ("cli", "gui")


def orm_classes() -> frozenset[type]:
    return frozenset(mapper.class_ for mapper in Base.registry.mappers)


def services_used(source: str) -> set[tuple[str, str]]:
    """``(module, name)`` of each services name an interface module imports or reaches."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # local name -> services module
    used: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(SERVICES + "."):
                module = node.module.removeprefix(SERVICES + ".")
                used.update((module, alias.name) for alias in node.names)
            elif node.module == SERVICES:
                modules.update({alias.asname or alias.name: alias.name for alias in node.names})
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(SERVICES + ".") and alias.asname:
                    modules[alias.asname] = alias.name.removeprefix(SERVICES + ".")
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "lazy_module"
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
            and str(node.value.args[0].value).startswith(SERVICES + ".")
        ):
            module = str(node.value.args[0].value).removeprefix(SERVICES + ".")
            modules.update({t.id: module for t in node.targets if isinstance(t, ast.Name)})
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            used.add((modules[node.value.id], node.attr))
    return used


def _orm_in(annotation: object, models: frozenset[type], seen: set[type]) -> list[str]:
    """The ORM classes an annotation names, inside containers and returned dataclasses."""
    if isinstance(annotation, type) and annotation in models:
        return [annotation.__name__]
    found = [name for arg in typing.get_args(annotation) for name in _orm_in(arg, models, seen)]
    if (
        isinstance(annotation, type)
        and dataclasses.is_dataclass(annotation)
        and annotation not in seen
    ):
        seen.add(annotation)
        try:
            hints = typing.get_type_hints(annotation)
        except NameError:  # a field typed by a name imported under TYPE_CHECKING: read as text
            written = inspect.get_annotations(annotation)
            for field in dataclasses.fields(annotation):
                text = written.get(field.name)
                names = _names_in_text(text, models) if isinstance(text, str) else []
                found += [f"{annotation.__name__}.{field.name}: {name}" for name in names]
            return found
        for field in dataclasses.fields(annotation):
            found += [
                f"{annotation.__name__}.{field.name}: {name}"
                for name in _orm_in(hints[field.name], models, seen)
            ]
    return found


def _names_in_text(annotation: str, models: frozenset[type]) -> list[str]:
    """An annotation that cannot be evaluated (a name imported under ``TYPE_CHECKING``), read
    as text: the model class names it mentions."""
    names = {model.__name__ for model in models}
    return sorted(
        {
            node.id
            for node in ast.walk(ast.parse(annotation, mode="eval"))
            if isinstance(node, ast.Name) and node.id in names
        }
    )


def orm_returned(function: Callable[..., object], models: frozenset[type]) -> list[str]:
    try:
        hints = typing.get_type_hints(function)
    except NameError:
        written = inspect.get_annotations(function).get("return")
        return _names_in_text(written, models) if isinstance(written, str) else []
    return _orm_in(hints["return"], models, set()) if "return" in hints else []


def _functions_of(name: str, value: object) -> Iterator[tuple[str, Callable[..., object]]]:
    if inspect.isfunction(value):
        yield name, value
    elif inspect.isclass(value) and value.__module__.startswith(SERVICES + "."):
        for attribute, member in vars(value).items():
            if attribute.startswith("_"):
                continue
            if isinstance(member, staticmethod | classmethod):
                member = member.__func__
            if isinstance(member, property) and member.fget is not None:
                member = member.fget
            if inspect.isfunction(member):
                yield f"{name}.{attribute}", member


def interface_uses() -> dict[tuple[str, str], set[str]]:
    uses: dict[tuple[str, str], set[str]] = {}
    for interface in INTERFACES:
        for path in sorted((PACKAGE / interface).rglob("*.py")):
            for use in services_used(path.read_text(encoding="utf-8")):
                uses.setdefault(use, set()).add(str(path.relative_to(PACKAGE)))
    return uses


def test_the_walk_finds_the_interfaces_service_calls() -> None:
    uses = interface_uses()
    assert len(uses) > 150
    # the three ways an interface reaches a service are all read
    assert ("carnets", "discharge") in uses  # lazy_module (cli) and `from services import`
    assert ("drafts", "save_draft") in uses
    assert ("database", "open_database") in uses  # from carnet_app.services.database import


def test_no_service_the_interfaces_use_returns_an_orm_object() -> None:
    models = orm_classes()
    assert Carnet in models and len(models) > 15
    found = {}
    for (module, name), where in sorted(interface_uses().items()):
        value = getattr(importlib.import_module(f"{SERVICES}.{module}"), name)
        for qualified, function in _functions_of(name, value):
            for model in orm_returned(function, models):
                found[f"{module}.{qualified} -> {model}"] = sorted(where)
    assert found == {}


@dataclasses.dataclass(frozen=True)
class _Planted:
    claim: Claim | None


def _planted_list() -> list[Carnet]:
    return []


def _planted_pair() -> tuple[int, dict[str, Carnet]]:
    return 0, {}


def _planted_result() -> _Planted:
    return _Planted(None)


def _planted_view() -> tuple[int, str]:
    return 0, ""


def test_a_planted_orm_return_is_found() -> None:
    models = orm_classes()
    assert orm_returned(_planted_list, models) == ["Carnet"]
    assert orm_returned(_planted_pair, models) == ["Carnet"]
    assert orm_returned(_planted_result, models) == ["_Planted.claim: Claim"]
    assert orm_returned(_planted_view, models) == []
    assert _names_in_text("list[Carnet] | None", models) == ["Carnet"]


def test_every_way_of_reaching_a_service_is_read() -> None:
    source = (
        "from carnet_app.services.carnets import issue\n"
        "from carnet_app.services import claims as c\n"
        "import carnet_app.services.movements as m\n"
        "r = lazy_module('carnet_app.services.reissue')\n"
        "c.open_claim(); m.record_stamp(); r.replace()\n"
    )
    assert services_used(source) == {
        ("carnets", "issue"),
        ("claims", "open_claim"),
        ("movements", "record_stamp"),
        ("reissue", "replace"),
    }
