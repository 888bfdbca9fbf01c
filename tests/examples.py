"""How many examples a property test draws: its full count where the slow set runs (CI, or
``CARNET_SLOW_TESTS=1``), a quarter of it (at least 10) in the default run, which must stay
under ten minutes on two cores. The same properties are checked in both; CI draws more."""

from __future__ import annotations

from tests.conftest import SLOW_WANTED


def examples(full: int) -> int:
    return full if SLOW_WANTED else max(10, full // 4)
