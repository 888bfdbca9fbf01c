"""What a holder's desk offers: everything a holder does with a carnet (stamps, goods events,
where each item is, alerts, trips, printing, sending the record back), nothing only an issuing
chamber does (issue, fees, security, extra voucher sets, duplicates, replacements,
cancellation, claims, discharge). A carnet issued elsewhere gets the same holder's view on any
desk: only its issuer can do those things."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from carnet_app.domain.carnet_view import CarnetView
from carnet_app.services.desk import DeskAction
from carnet_app.services.settings import DeskRole, desk_role

CHAMBER_ONLY_ACTIONS = frozenset(
    {
        DeskAction.ADD_VOUCHERS,
        DeskAction.DUPLICATE,
        DeskAction.REPLACE,
        DeskAction.CANCEL,
        DeskAction.OPEN_CLAIM,
        DeskAction.SETTLE_CLAIM,
        DeskAction.DISCHARGE,
    }
)


def is_holder_desk(session: Session) -> bool:
    return desk_role(session) is DeskRole.HOLDER


def holder_view_actions(session: Session, carnet: CarnetView, actions: Iterable[str]) -> set[str]:
    """The detail view's actions on this desk: a holder's desk, or a carnet another chamber
    issued, offers no chamber-only action."""
    offered = set(actions)
    if carnet.registered is not None or is_holder_desk(session):
        offered -= CHAMBER_ONLY_ACTIONS
    return offered
