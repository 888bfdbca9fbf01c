"""The three kinds of error the application knows (ARCHITECTURE.md, convention 5).

* ``UserError``: the input or the rule refused it; nothing was written; show the message.
* ``EnvironmentProblem``: the machine is in the way (disk full, file locked, read-only, corrupt,
  database newer than the program); say which file and what to do.
* anything else is a bug.
"""

from __future__ import annotations


class CarnetError(Exception):
    """Base class of the errors the application expects."""


class UserError(CarnetError):
    """A refusal a clerk can act on. ``field`` names the input, item or rule when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ConfirmationRequired(UserError):
    """The action is irregular but possible: it needs an explicit confirmation.

    ``warnings`` lists each irregularity in words a clerk understands.
    """

    def __init__(self, warnings: list[str]) -> None:
        joined = "; ".join(warnings)
        super().__init__(f"confirmation needed: {joined}", field="confirm")
        self.warnings = list(warnings)


class ConcurrentEditError(UserError):
    """Someone else saved the same record since it was opened."""


class EnvironmentProblem(CarnetError):
    """The file or server is in the way; the message says which and what to do."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message
