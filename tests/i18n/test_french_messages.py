"""The French desk shows the services' refusals in French: the service says a code, the desk
says it in the language it speaks (no English sentence reaches a French clerk)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from carnet_app.db.models import Carnet
from carnet_app.errors import UserError
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.services import claims, desk
from tests.gui.conftest import TODAY
from tests.gui.dialogs import DialogAnswerer

Language = Callable[[str], i18n.InstalledLanguage]


def refused_claim_from_home(ctx: DeskContext) -> UserError:
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    number = ctx.read(lambda session: session.get(Carnet, carnet_id).number)
    with pytest.raises(UserError) as refused:
        ctx.write(
            claims.open_claim,
            number,
            country="FR",  # the demo chamber's own territory
            notified_on=date(2026, 6, 1),
            amount=Decimal("100.00"),
            user="clerk",
            today=TODAY,
        )
    return refused.value


@pytest.mark.parametrize(
    ("code", "words"),
    [("en", "is in the carnet's home customs territory"), ("fr", "territoire douanier")],
)
def test_a_refusal_is_shown_in_the_desks_language(
    ctx: DeskContext, qtbot: Any, language: Language, code: str, words: str
) -> None:
    language(code)
    refusal = refused_claim_from_home(ctx)
    assert refusal.code == "claim.from-home"
    answerer = DialogAnswerer().answer("OK")
    show_error(None, refusal)
    answerer.stop()
    (_, text, _buttons), *_ = answerer.seen
    assert words in text
    assert text == refusal.said.text(code)  # type: ignore[union-attr]
