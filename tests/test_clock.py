"""Today and the user come from one place for the desk and the command line; a wrong override
is one clear line, whatever was typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app import clock
from carnet_app.errors import EnvironmentProblem


def test_the_override_sets_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARNET_TODAY", " 2027-02-28 ")
    assert clock.today() == date(2027, 2, 28)
    monkeypatch.delenv("CARNET_TODAY")
    assert clock.today() == date.today()


@given(st.text(max_size=60))
def test_any_override_is_a_date_or_one_clear_refusal(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CARNET_TODAY", text.replace("\x00", ""))
        try:
            day = clock.today()
        except EnvironmentProblem as refusal:
            assert str(refusal).startswith("CARNET_TODAY=")
            assert "YYYY-MM-DD" in str(refusal) and "\n" not in str(refusal)
        else:
            assert isinstance(day, date)


def test_the_user_is_the_override_or_the_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARNET_USER", "m.durand")
    assert clock.current_user() == "m.durand"
    monkeypatch.setenv("CARNET_USER", "  ")
    assert clock.current_user() not in ("", "  ")
