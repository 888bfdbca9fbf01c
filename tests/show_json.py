"""A carnet as ``carnet show --json`` writes it, for tests that assert on the published
contract: the typed view the services return (``views.carnet_view``), written by
``domain.show_contract.show_dict``."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from carnet_app.domain.show_contract import show_dict
from carnet_app.services import views


def show_json(session: Session, number: str) -> dict[str, Any]:
    """The carnet ``number`` (or the draft of that id) as the ``show`` contract writes it."""
    return show_dict(views.carnet_view(session, number))
