import pytest

from carnet_app.domain.lifecycle import (
    Transition,
    check_movement_allowed,
    next_status,
    transitions_from,
)
from carnet_app.domain.types import CarnetStatus as S
from carnet_app.errors import UserError


def test_normal_life() -> None:
    status = S.DRAFT
    for transition in (
        Transition.ISSUE,
        Transition.FIRST_MOVEMENT,
        Transition.RETURN,
        Transition.DISCHARGE,
    ):
        status = next_status(transition, status)
    assert status is S.DISCHARGED


def test_discharge_before_return_says_why() -> None:
    with pytest.raises(UserError, match="is active — goods travel under it"):
        next_status(Transition.DISCHARGE, S.ACTIVE, number="FR/P/000001")


def test_cancel_only_before_use() -> None:
    assert next_status(Transition.CANCEL, S.ISSUED) is S.CANCELLED
    with pytest.raises(UserError, match="cancel refused"):
        next_status(Transition.CANCEL, S.ACTIVE)


def test_final_states_allow_nothing() -> None:
    for final in (S.DISCHARGED, S.CANCELLED, S.SUPERSEDED):
        assert transitions_from(final) == []


def test_no_stamp_on_a_returned_carnet() -> None:
    with pytest.raises(UserError, match="returned"):
        check_movement_allowed(S.RETURNED, number="X")
    check_movement_allowed(S.ACTIVE)
