"""The French desk's stamp dialog says the ledger's refusals and warnings in French (the
services hand over messages; the dialog shows them as the desk's language says them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from carnet_app.domain.types import MovementAction
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from tests.gui.test_stamp_and_detail import a_carnet, choose, dialog_for


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)


def test_the_french_stamp_dialog_warns_in_french(
    ctx: DeskContext, qtbot: Any, french: None, tmp_path: Path
) -> None:
    carnet = a_carnet(ctx, "issued")
    dialog = dialog_for(ctx, carnet["number"], qtbot)
    visit = next(s["country"] for s in carnet["itinerary"] if s["kind"] == "visit")
    choose(dialog, MovementAction.IMPORTATION, visit)  # no exportation recorded: irregular
    assert dialog.last_check is not None
    assert dialog.last_check.said_warnings[0].code == "ledger.import-without-export"
    shown = dialog.verdict.text()
    assert f"importation en {visit} sans exportation enregistrée" in shown
    assert "no exportation recorded" not in shown
    dialog.resize(1024, 640)
    dialog.grab().save(str(tmp_path / "stamp-fr.png"))


def test_the_french_stamp_dialog_refuses_in_french(
    ctx: DeskContext, qtbot: Any, french: None
) -> None:
    carnet = a_carnet(ctx, "issued")
    dialog = dialog_for(ctx, carnet["number"], qtbot)
    outside = next(
        code
        for code in ("BR", "IN", "MX", "AR")
        if code not in {s["country"] for s in carnet["itinerary"]}
    )
    choose(dialog, MovementAction.IMPORTATION, outside)
    assert dialog.last_check is None
    assert f"{outside} n'est pas un pays du carnet" in dialog.verdict.text()
