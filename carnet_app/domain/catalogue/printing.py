"""Message catalogue: Printing: layout, annexes and the documents."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {}
