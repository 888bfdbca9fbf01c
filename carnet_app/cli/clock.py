"""The command line's today: the real date, or ``CARNET_TODAY`` for training databases and
tests."""

from __future__ import annotations

import os
from datetime import date

from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem

TODAY_ENV_VAR = "CARNET_TODAY"  # for training databases and tests: pretend today is this date


def today() -> date:
    override = os.environ.get(TODAY_ENV_VAR)
    if not override:
        return date.today()
    try:
        return date.fromisoformat(override.strip())
    except ValueError:
        raise EnvironmentProblem(
            str(say("cli.today-not-a-date", variable=TODAY_ENV_VAR, value=override[:40]))
        ) from None
