"""The carnet's states and the transitions between them."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from carnet_app.domain.messages import Message, say, status_word
from carnet_app.domain.types import CarnetStatus
from carnet_app.errors import UserError


class Transition(StrEnum):
    ISSUE = "issue"
    FIRST_MOVEMENT = "first movement"
    RETURN = "return"
    DISCHARGE = "discharge"
    CANCEL = "cancel"
    SUPERSEDE = "duplicate"
    REPLACE = "replacement"


S = CarnetStatus
_ALLOWED: dict[Transition, dict[CarnetStatus, CarnetStatus]] = {
    Transition.ISSUE: {S.DRAFT: S.ISSUED},
    Transition.FIRST_MOVEMENT: {S.ISSUED: S.ACTIVE},
    Transition.RETURN: {S.ISSUED: S.RETURNED, S.ACTIVE: S.RETURNED, S.REPLACED: S.RETURNED},
    Transition.DISCHARGE: {S.RETURNED: S.DISCHARGED},
    Transition.CANCEL: {S.DRAFT: S.CANCELLED, S.ISSUED: S.CANCELLED},
    Transition.SUPERSEDE: {S.ISSUED: S.SUPERSEDED, S.ACTIVE: S.SUPERSEDED},
    Transition.REPLACE: {S.ACTIVE: S.REPLACED},
}


def _why_not(status: CarnetStatus) -> Message:
    return say(f"lifecycle.why.{status.value}")


def _label(number: str) -> Message:
    return say("carnet.named", number=number) if number else say("carnet.this")


# States in which customs may stamp the carnet.
MOVEMENT_STATES = frozenset({S.ISSUED, S.ACTIVE, S.REPLACED})
# States in which a claim may be opened (the carnet existed in customs' hands).
CLAIMABLE_STATES = frozenset(
    {S.ISSUED, S.ACTIVE, S.RETURNED, S.DISCHARGED, S.SUPERSEDED, S.REPLACED}
)


def allowed(transition: Transition, status: CarnetStatus) -> bool:
    return status in _ALLOWED[transition]


def next_status(transition: Transition, status: CarnetStatus, *, number: str = "") -> CarnetStatus:
    """The state after ``transition``; UserError saying why when the lifecycle forbids it."""
    targets = _ALLOWED[transition]
    if status not in targets:
        raise UserError(
            say(
                "lifecycle.refused",
                transition=say(f"transition.{transition.value}"),
                carnet=_label(number),
                status=status_word(status.value),
                why=_why_not(status),
            ),
            field="status",
        )
    return targets[status]


def transitions_from(status: CarnetStatus) -> list[Transition]:
    return [t for t, table in _ALLOWED.items() if status in table]


def check_movement_allowed(
    status: CarnetStatus,
    *,
    number: str = "",
    on: date | None = None,
    returned_on: date | None = None,
) -> None:
    """Customs stamp a carnet in use; a returned carnet also takes the stamps the chamber finds
    at check-in, dated on or before its return."""
    label = _label(number)
    if status is S.RETURNED and on is not None and returned_on is not None:
        if on <= returned_on:
            return
        raise UserError(
            say("lifecycle.stamp-after-return", day=on, carnet=label, returned=returned_on),
            field="date",
        )
    if status not in MOVEMENT_STATES:
        raise UserError(
            say(
                "lifecycle.no-stamp",
                carnet=label,
                status=status_word(status.value),
                why=_why_not(status),
            ),
            field="status",
        )
