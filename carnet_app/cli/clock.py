"""The command line's today and user: the one source the desk uses too (``carnet_app.clock``)."""

from __future__ import annotations

from carnet_app.clock import TODAY_ENV_VAR, current_user, today

__all__ = ["TODAY_ENV_VAR", "current_user", "today"]
