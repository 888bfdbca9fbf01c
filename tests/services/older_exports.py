"""An export as an older desk wrote it: the columns added since its schema revision left out
of every table (``portability.COLUMNS_ADDED_SINCE`` lists them), its revision named."""

from __future__ import annotations

from typing import Any

from carnet_app.services.portability import COLUMNS_ADDED_SINCE


def as_written_at(document: dict[str, Any], schema: str) -> dict[str, Any]:
    document["schema"] = schema
    for name, added in COLUMNS_ADDED_SINCE[schema].items():
        block = document["tables"][name]
        kept = [i for i, column in enumerate(block["columns"]) if column not in added]
        block["columns"] = [block["columns"][i] for i in kept]
        block["rows"] = [[row[i] for i in kept] for row in block["rows"]]
    return document
