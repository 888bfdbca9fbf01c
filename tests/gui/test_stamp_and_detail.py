"""The record-stamp dialog's live rule check, and the detail page's actions."""

from __future__ import annotations

from typing import Any

import pytest

from carnet_app.domain.types import MovementAction
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs import actions as dialogs
from carnet_app.gui.dialogs.stamp import StampDialog, StampResult
from carnet_app.gui.pages.carnet_detail import TABS, CarnetDetailPage
from carnet_app.services import desk, movements, views
from carnet_app.services.desk import DeskAction
from carnet_app.services.movements import StampRequest
from tests.gui.conftest import TODAY
from tests.show_json import show_json


def a_carnet(ctx: DeskContext, status: str) -> dict[str, Any]:
    listed = ctx.read(views.list_carnets, status=status)
    return ctx.read(show_json, listed[0].number)


def dialog_for(ctx: DeskContext, number: str, qtbot: Any) -> StampDialog:
    dialog = StampDialog(
        number=number,
        today=TODAY,
        countries=ctx.read(desk.country_choices),
        checker=lambda request: ctx.read(movements.check_stamp, number, request, today=TODAY),
        picker=lambda action, country: ctx.read(desk.stamp_picker, number, action, country),
    )
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: StampDialog, action: MovementAction, country: str | None = None) -> None:
    dialog.action.setCurrentIndex(dialog.action.findData(action.value))
    if country:
        dialog.set_country(country)
    dialog.run_check()


def test_stamp_dialog_refuses_an_illegal_movement(ctx: DeskContext, qtbot: Any) -> None:
    carnet = a_carnet(ctx, "issued")
    dialog = dialog_for(ctx, carnet["number"], qtbot)
    outside = next(
        code
        for code in ("BR", "IN", "MX", "AR")
        if code not in {s["country"] for s in carnet["itinerary"]}
    )
    choose(dialog, MovementAction.IMPORTATION, outside)
    assert dialog.last_check is None
    assert dialog.last_refusal
    assert dialog.verdict.text().startswith("Refused:")
    assert not dialog.save_button.isEnabled()


def test_stamp_dialog_refuses_without_items(ctx: DeskContext, qtbot: Any) -> None:
    dialog = dialog_for(ctx, a_carnet(ctx, "issued")["number"], qtbot)
    choose(dialog, MovementAction.EXPORTATION)
    dialog.picker_model.set_all(False)
    dialog.run_check()
    assert not dialog.save_button.isEnabled()
    assert "Tick at least one item" in dialog.verdict.text()


def test_stamp_dialog_warnings_need_confirmation(ctx: DeskContext, qtbot: Any) -> None:
    carnet = a_carnet(ctx, "issued")
    dialog = dialog_for(ctx, carnet["number"], qtbot)
    visit = next(s["country"] for s in carnet["itinerary"] if s["kind"] == "visit")
    choose(dialog, MovementAction.IMPORTATION, visit)  # no exportation recorded: irregular
    assert dialog.last_check is not None and dialog.last_check.warnings
    assert dialog.confirm.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    assert dialog.result_value().confirm


def test_stamp_dialog_records_a_legal_movement(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    carnet = a_carnet(ctx, "issued")
    number = carnet["number"]
    dialog = dialog_for(ctx, number, qtbot)
    choose(dialog, MovementAction.EXPORTATION)
    assert dialog.last_check is not None and not dialog.last_check.warnings
    assert dialog.save_button.isEnabled()
    assert "accepts" in dialog.verdict.text()
    result = dialog.result_value()
    assert result.request.items == {i["item_no"]: i["pieces"] for i in carnet["items"]}

    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, number))
    assert page.detail is not None
    assert DeskAction.STAMP in page.detail.actions
    monkeypatch.setattr(StampDialog, "ask", classmethod(lambda cls, *a, **k: result))
    with qtbot.waitSignal(ctx.data_changed):
        assert page.record_stamp()
    after = ctx.read(show_json, number)
    assert after["status"] == "active"
    assert [m["action"] for m in after["movements"]] == ["exportation"]
    assert page.detail is not None and page.detail.carnet.status == "active"  # reloaded
    assert page.movements.model.rowCount() == 1


def test_refusal_from_the_service_is_shown_inline(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    carnet = a_carnet(ctx, "issued")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, carnet["number"]))
    stale = StampResult(StampRequest(MovementAction.RE_IMPORTATION, on=TODAY, items={1: 1}), False)
    monkeypatch.setattr(StampDialog, "ask", classmethod(lambda cls, *a, **k: stale))
    assert not page.record_stamp()
    assert page.inline.isVisibleTo(page)
    assert page.inline.text()


def test_detail_shows_the_carnet_and_offers_allowed_actions(ctx: DeskContext, qtbot: Any) -> None:
    carnet = a_carnet(ctx, "active")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, carnet["number"]), "movements")
    assert page.title.text() == carnet["number"]
    assert page.tabs.currentIndex() == TABS.index("movements")
    assert page.goods.model.rowCount() == len(carnet["items"])
    assert page.movements.model.rowCount() == len(carnet["movements"])
    assert page.movements.where_model.rowCount() == len(carnet["items"])
    assert page.vouchers.model.rowCount() == 3
    visible = page.offered_actions()
    assert DeskAction.STAMP in visible and DeskAction.RETURN in visible
    assert DeskAction.DISCHARGE not in visible and DeskAction.CANCEL not in visible


@pytest.mark.parametrize("status", ["discharged", "cancelled"])
def test_no_stamp_offered_when_the_lifecycle_forbids_it(
    ctx: DeskContext, qtbot: Any, status: str
) -> None:
    listed = ctx.read(views.list_carnets, status=status)
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(listed[0].id)
    assert not page.action_buttons[DeskAction.STAMP].isVisibleTo(page)
    assert not page.record_stamp()


def test_return_then_discharge_refused_inline(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    carnet = a_carnet(ctx, "active")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, carnet["number"]))
    monkeypatch.setattr(dialogs.DateDialog, "ask", classmethod(lambda cls, *a, **k: TODAY))
    assert page.commands.return_carnet()
    assert page.detail is not None and page.detail.carnet.status == "returned"
    abroad = any(
        p not in ("home", "disposed") for i in carnet["items"] for p, q in i["where"].items() if q
    )
    assert page.commands.discharge() is (not abroad)
    if abroad:
        assert "discharge" in page.inline.text().lower()


def test_add_vouchers_and_open_claim(ctx: DeskContext, qtbot: Any, monkeypatch: Any) -> None:
    from decimal import Decimal

    from carnet_app.domain.types import VoucherColour

    carnet = a_carnet(ctx, "active")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, carnet["number"]))
    monkeypatch.setattr(
        dialogs.VoucherSetsDialog,
        "ask",
        classmethod(lambda cls, *a, **k: dialogs.VoucherSetsInput(VoucherColour.BLUE, 2)),
    )
    assert page.commands.add_vouchers()
    assert ctx.read(show_json, carnet["number"])["vouchers"]["blue"]["sets"] >= 2
    claim = dialogs.OpenClaimInput(carnet["itinerary"][0]["country"], TODAY, Decimal("99.50"))
    monkeypatch.setattr(dialogs.OpenClaimDialog, "ask", classmethod(lambda cls, *a, **k: claim))
    assert page.commands.open_claim()
    assert page.claims.model.rowCount() == 1
    assert page.detail is not None
    assert DeskAction.SETTLE_CLAIM in page.detail.actions


def test_print_renders_the_carnet_into_a_preview(ctx: DeskContext, qtbot: Any) -> None:
    from PySide6.QtPdf import QPdfDocument

    carnet = a_carnet(ctx, "active")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, carnet["number"]))
    page.print_carnet("list")
    preview = page.preview
    assert preview is not None, page.inline.text()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert preview.page_count >= 1
    assert preview.pdf.startswith(b"%PDF")


def test_an_irregularity_is_resolved_with_a_note(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    carnet = a_carnet(ctx, "issued")
    number = carnet["number"]
    visit = next(s["country"] for s in carnet["itinerary"] if s["kind"] == "visit")
    # an importation with no exportation recorded: confirmed, so it stays listed
    ctx.write(
        movements.record_stamp,
        number,
        StampRequest(action=MovementAction.IMPORTATION, on=TODAY, country=visit, items="1"),
        confirm=True,
        user="clerk",
        today=TODAY,
    )
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, number))
    assert page.irregularities.resolve_button.isEnabled()
    assert page.detail is not None
    irregularity = page.detail.carnet.irregularities[0]
    monkeypatch.setattr(
        dialogs.ResolveIrregularityDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: dialogs.ResolveIrregularityInput(
                irregularity.id, "export stamp found on the green cover"
            )
        ),
    )
    assert page.commands.resolve_irregularity()
    resolved = ctx.read(show_json, number)["irregularities"][0]
    assert resolved["resolved_on"] == TODAY
    assert resolved["resolution"] == "export stamp found on the green cover"
    assert not page.irregularities.resolve_button.isEnabled()
