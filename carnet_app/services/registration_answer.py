"""What ``carnet register`` and ``carnet receive`` answer: the carnet as this desk now holds
it, and what became of the carnet it follows here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NotRequired, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain.carnet_view import CarnetView


class IssuerAnswer(TypedDict):
    name: str | None
    country: str | None


class PredecessorAnswer(TypedDict):
    """The carnet a received duplicate or replacement follows, as this desk now holds it."""

    number: str
    status: str


class RegistrationAnswer(TypedDict):
    """What ``carnet register`` and ``carnet receive`` answer (JSON)."""

    number: str | None
    status: str
    kind: str
    follows: str | None  # the carnet a duplicate or replacement follows, by number
    issuer: IssuerAnswer
    issued_on: date | None
    valid_until: date | None
    items: int
    sheets: dict[str, dict[str, int | bool]]
    security: Decimal | None
    source: str
    issuer_key: NotRequired[str | None]  # ``receive``: the key that signed the carnet file
    # the carnet it follows as this desk now holds it (superseded, replaced, or still active
    # when a replacement took part of its goods); None when this desk does not hold it
    predecessor: PredecessorAnswer | None


def registration_answer(session: Session, carnet: CarnetView) -> RegistrationAnswer:
    """What ``carnet register`` and ``carnet receive`` answer (JSON)."""
    registered = carnet.registered
    assert registered is not None
    predecessor = None
    if carnet.follows is not None:
        status = session.execute(
            select(Carnet.status).where(Carnet.number == carnet.follows)
        ).scalar_one_or_none()
        if status is not None:
            predecessor = PredecessorAnswer(number=carnet.follows, status=status)
    return {
        "number": carnet.number,
        "status": carnet.status,
        "kind": carnet.kind,
        "follows": carnet.follows,
        "issuer": {"name": carnet.association.name, "country": carnet.association.country},
        "issued_on": carnet.issued_on,
        "valid_until": carnet.valid_until,
        "items": len(carnet.items),
        "sheets": {colour: dict(sheets) for colour, sheets in registered.sheets.items()},
        "security": carnet.security,
        "source": registered.source,
        "predecessor": predecessor,
    }
