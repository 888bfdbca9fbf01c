"""Message catalogue: Alerts, history, management notes, letters, portability, restore checks,
signed files and the command line.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {}
