"""Today and who is working, for every interface: the machine's date and login name, or the
overrides training databases and tests set (``CARNET_TODAY=YYYY-MM-DD``, ``CARNET_USER``).
A wrong override is an environment problem said in one line, never a traceback."""

from __future__ import annotations

import getpass
import os
from datetime import date

from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem

TODAY_ENV_VAR = "CARNET_TODAY"
USER_ENV_VAR = "CARNET_USER"


def today() -> date:
    override = os.environ.get(TODAY_ENV_VAR, "").strip()
    if not override:
        return date.today()
    try:
        return date.fromisoformat(override)
    except ValueError:
        raise EnvironmentProblem(
            say("cli.today-not-a-date", variable=TODAY_ENV_VAR, value=override[:40])
        ) from None


def current_user() -> str:
    named = os.environ.get(USER_ENV_VAR, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name for this uid (containers)
        return "unknown"
