"""Message catalogue: Movements, the ledger, check-in, goods import, the application and goods
checks, quotes, fees and security.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {}
