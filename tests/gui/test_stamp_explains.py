"""The stamp dialog explains: the carnet's countries come first, when nothing can move it says
the rule that stops it, and a quantity above the pieces is kept and said, not reverted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.types import MovementAction
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp import QUANTITY, StampDialog
from carnet_app.services import desk, movements
from tests.gui.conftest import TODAY


def dialog_for(ctx: DeskContext, qtbot: Any) -> tuple[StampDialog, CarnetView]:
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    detail = ctx.read(desk.carnet_detail, carnet_id, today=TODAY).carnet
    number = str(detail.number)
    dialog = StampDialog(
        number=number,
        today=TODAY,
        countries=ctx.read(desk.country_choices),
        checker=lambda request: ctx.read(movements.check_stamp, number, request, today=TODAY),
        picker=lambda action, country: ctx.read(desk.stamp_picker, number, action, country),
        carnet_countries=[stop.country for stop in detail.itinerary],
    )
    qtbot.addWidget(dialog)
    return dialog, detail


def test_the_carnets_countries_come_first(ctx: DeskContext, qtbot: Any) -> None:
    dialog, detail = dialog_for(ctx, qtbot)
    listed = [stop.country for stop in detail.itinerary]
    offered = [dialog.country.itemData(row) for row in range(1, 1 + len(listed))]
    assert offered == listed
    assert dialog.country.count() > 100  # every other country still there, after them


def test_an_importation_into_a_country_off_the_carnet_says_the_rule(
    ctx: DeskContext, qtbot: Any
) -> None:
    dialog, detail = dialog_for(ctx, qtbot)
    listed = {stop.country for stop in detail.itinerary}
    elsewhere = next(c.code for c in ctx.read(desk.country_choices) if c.code not in listed)
    dialog.action.setCurrentIndex(dialog.action.findData(MovementAction.IMPORTATION.value))
    dialog.set_country(elsewhere)
    dialog.picker_model.set_all(False)
    dialog.run_check()
    text = dialog.verdict.text()
    assert "Tick at least one item" not in text
    assert text.startswith("Refused: Nothing can move: "), text
    assert not dialog.save_button.isEnabled()


def test_a_quantity_above_the_pieces_is_kept_and_said(ctx: DeskContext, qtbot: Any) -> None:
    dialog, _detail = dialog_for(ctx, qtbot)
    model = dialog.picker_model
    assert model.rowCount() > 0
    listed = int(model.index(0, 3).data())
    assert model.setData(model.index(0, QUANTITY), listed + 5, Qt.ItemDataRole.EditRole)
    assert model.index(0, QUANTITY).data() == str(listed + 5)
    dialog.run_check()
    item = model.index(0, 1).data()
    assert f"item {item}: {listed + 5} pieces asked, the general list has {listed}." in (
        dialog.verdict.text()
    )
    assert not dialog.save_button.isEnabled()
