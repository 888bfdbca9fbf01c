"""Issue 12: sentences the desk builds read cleanly whatever their optional parts hold: a
movement with no country is named without a gap where the country would be."""

from __future__ import annotations

from datetime import date

import pytest

from carnet_app.domain.ledger_words import colour_word, kind_word
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import MovementAction, VoucherColour


def _target(country: str) -> Message:
    return say(
        "trail.target-movement",
        seq=3,
        action=kind_word(MovementAction.EXPORTATION),
        country=country,
        on=date(2026, 3, 4),
        colour=colour_word(VoucherColour.WHITE),
        voucher=1,
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_movement_with_no_country_has_no_double_space(language: str) -> None:
    text = _target("").text(language)
    assert "  " not in text
    assert "2026" in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_movement_with_a_country_names_it_between_spaces(language: str) -> None:
    text = _target("CH").text(language)
    assert " CH " in text
    assert "  " not in text
