"""The settle-claim dialog reads the carnet's open claims as typed views: it lists each one
(number, country, proof due date) and answers with the claim the clerk picked, which the
detail page settles."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from carnet_app.domain.types import ClaimStatus
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs import actions as dialogs
from carnet_app.gui.pages.carnet_detail import CarnetDetailPage
from carnet_app.services import views
from tests.gui.conftest import TODAY


def test_the_settle_dialog_lists_the_open_claims_and_settles_the_one_picked(
    ctx: DeskContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    returned = ctx.read(views.list_carnets, status="claim")[0]
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(returned.id)
    assert page.detail is not None
    (claim,) = page.detail.carnet.open_claims
    dialog = dialogs.SettleClaimDialog(TODAY, page.detail.carnet.open_claims, page)
    qtbot.addWidget(dialog)
    assert dialog.claim.count() == 1
    assert dialog.claim.itemText(0) == (
        f"Claim {claim.id} from {claim.country}, proof due {style.date_text(claim.proof_due)}"
    )
    dialog.by_payment.setChecked(True)
    dialog.paid.setText("1250.00")
    answer = dialog.value()
    assert (answer.claim_id, answer.paid, answer.proof) == (claim.id, Decimal("1250.00"), None)
    monkeypatch.setattr(dialogs.SettleClaimDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    assert page.commands.settle_claim()
    settled = ctx.read(views.carnet_view, str(returned.number)).claims
    assert [(c.id, c.status, c.paid) for c in settled] == [
        (claim.id, ClaimStatus.SETTLED_PAID, Decimal("1250.00"))
    ]
