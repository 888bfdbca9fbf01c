"""The three kinds of error the application knows (docs/architecture.md convention 5).

* ``UserError``: the input or the rule refused it; nothing was written; show the message.
* ``EnvironmentProblem``: the machine is in the way (disk full, file locked, read-only, corrupt,
  database newer than the program); say which file and what to do.
* anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence

from carnet_app.domain.messages import Joined, Message


class CarnetError(Exception):
    """Base class of the errors the application expects.

    It carries a ``Message`` (``domain/messages.py``), never a sentence: the error has a stable
    ``code`` and its text speaks the language the interface chose.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.said = message
        self.code = message.code

    @property
    def message(self) -> str:
        return str(self.said)

    def __str__(self) -> str:
        return self.message


class UserError(CarnetError):
    """A refusal a clerk can act on. ``field`` names the input, item or rule when known."""

    def __init__(self, message: Message, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConfirmationRequired(UserError):
    """The action is irregular but possible: it needs an explicit confirmation.

    ``warnings`` lists each irregularity in words a clerk understands.
    """

    def __init__(self, warnings: Sequence[Message]) -> None:
        self.said_warnings = list(warnings)
        super().__init__(
            Message("confirmation.needed", {"warnings": Joined(tuple(self.said_warnings))}),
            field="confirm",
        )

    @property
    def warnings(self) -> list[str]:
        return [str(warning) for warning in self.said_warnings]


class ConcurrentEditError(UserError):
    """Someone else saved the same record since it was opened."""


class EnvironmentProblem(CarnetError):
    """The file or server is in the way; the message says which and what to do."""

    def __init__(self, message: Message, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
