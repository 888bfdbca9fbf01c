"""The main window takes the issuing menus with one call; an issued carnet opens in it."""

from __future__ import annotations

from typing import Any

import pytest

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing import install_issuing_actions
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.trip_planner import TripPlannerDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.gui.main_window import MainWindow


def test_install_issuing_actions_on_the_main_window(
    ctx: DeskContext, messages: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    opened: list[int] = []
    monkeypatch.setattr(
        window, "open_carnet", lambda carnet_id, focus=None: opened.append(carnet_id)
    )
    actions = install_issuing_actions(window, ctx)
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles.index("Issue") < titles.index("Help") and "Tools" in titles
    wizard = actions.new_carnet()
    assert isinstance(wizard, IssuingWizard) and wizard.isVisible()
    actions.carnet_issued.emit(41, "FR/LY/000041")
    assert opened == [41]
    settings = actions.settings()
    assert isinstance(settings, SettingsDialog)
    planner = actions.trip_planner()
    assert isinstance(planner, TripPlannerDialog)
    assert "No issued carnet" in planner.verdict.text()
    for widget in (wizard, settings, planner):
        widget.close()
    window.close()
