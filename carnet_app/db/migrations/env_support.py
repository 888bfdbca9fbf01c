"""Helpers of the alembic environment that tests can import (env.py runs on import)."""

from __future__ import annotations


def not_search_index(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """The FTS5 search tables (migrations 0002 and 0008) are not in the models: autogenerate
    ignores them (and their shadow tables) instead of proposing to drop them."""
    return not (type_ == "table" and (name or "").startswith(("carnet_search_", "search_")))
