"""The types of documents that really are JSON (signed files, the carnet file, the portable
export, stored settings): one recursive alias, so the services' signatures say "JSON" and
mypy checks every use of it, instead of ``Any``."""

from __future__ import annotations

from typing import TypeAlias

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None
JsonObject: TypeAlias = dict[str, JsonValue]
