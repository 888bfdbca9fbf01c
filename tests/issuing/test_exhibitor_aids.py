"""Exhibitor aids: the trip planner checks the vouchers left against the trip's needs and
makes the trip pack; the packing list groups items into cases, saves, exports and prints."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QTableWidgetSelectionRange

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.packing_list import PackingListDialog
from carnet_app.gui.issuing.trip_planner import TripPlannerDialog
from carnet_app.gui.print_preview import PrintPreviewDialog
from carnet_app.services import drafts, packing_list, trips
from carnet_app.services.drafts import DraftForm, StopForm
from tests.issuing.conftest import TODAY, good_line


def issue(ctx: DeskContext) -> drafts.IssuedCarnet:
    form = DraftForm(
        holder_name="Lumière Productions SARL",
        holder_country="FR",
        representatives=("Claire Martin",),
        uses=("PE",),
        event="Documentary shoot, Oslo",
        itinerary=(StopForm("NO"), StopForm("CH", "transit")),
        lines=tuple(good_line(n) for n in range(1, 9)),
    )
    issued: drafts.IssuedCarnet = ctx.write(
        drafts.issue_form, form, on=TODAY, user="clerk", today=TODAY
    )
    return issued


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    shown: list[tuple[bytes, str]] = []

    def fake(cls: Any, parent: Any, pdf: bytes, *, title: str, file_name: str) -> None:
        shown.append((pdf, file_name))

    monkeypatch.setattr(PrintPreviewDialog, "open_preview", classmethod(fake))
    return shown


@pytest.mark.slow  # the longest of its file; CI runs it (the slow set)
def test_trip_planner_checks_vouchers_and_makes_the_trip_pack(
    ctx: DeskContext, previews: list[tuple[bytes, str]]
) -> None:
    carnet = issue(ctx)
    dialog = TripPlannerDialog(ctx, carnet_id=carnet.id)
    assert dialog.declarant.text() == "Claire Martin"
    assert dialog.destination.currentData() == "NO"
    dialog.tick_items([1, 2, 5])
    plan = dialog.check()
    assert plan is not None and plan.ok
    needs = {need.colour: (need.needed, need.left) for need in plan.needs}
    assert needs == {"yellow": (2, 2), "white": (2, 2)}
    assert "3 items travel" in dialog.verdict.text()

    dialog.transits.item(0).setCheckState(dialog.transits.item(0).checkState().Checked)
    plan = dialog.check()
    assert plan is not None and not plan.ok
    assert "blue: the trip needs 4 vouchers, 2 left" in dialog.verdict.text()
    assert not dialog.pack_button.isEnabled()
    dialog.round_trip.setChecked(False)
    plan = dialog.check()
    assert plan is not None and plan.ok
    assert [v.action.value for v in plan.vouchers] == [
        "exportation",
        "transit-in",
        "transit-out",
        "importation",
    ]
    dialog.round_trip.setChecked(True)
    dialog.transits.item(0).setCheckState(dialog.transits.item(0).checkState().Unchecked)
    dialog.check()
    dialog.make_pack()
    assert previews and previews[0][0].startswith(b"%PDF")
    assert previews[0][1].startswith("trip-pack-FR-LY-")


def test_trip_refuses_goods_not_at_home_and_countries_outside_the_carnet(ctx: DeskContext) -> None:
    carnet = issue(ctx)
    request = trips.TripRequest(destination="US", items=((1, 2),))
    plan = ctx.read(trips.plan_trip, carnet.id, request, today=TODAY)
    assert any("not a destination" in str(r) for r in plan.refusals)
    assert any("item 1: 2 pieces asked, 1 of 1 at home" in str(r) for r in plan.refusals)


def test_packing_list_by_case(
    ctx: DeskContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    previews: list[tuple[bytes, str]],
) -> None:
    carnet = issue(ctx)
    dialog = PackingListDialog(ctx, carnet_id=carnet.id)
    assert dialog.lines.rowCount() == 8
    dialog.next_case()
    assert dialog.case_name.text() == "Case 1"
    dialog.lines.setRangeSelected(QTableWidgetSelectionRange(0, 0, 2, 5), True)
    dialog.assign_selected()
    dialog.next_case()
    dialog.lines.clearSelection()
    dialog.lines.selectRow(5)
    dialog.assign_selected()
    assert dialog.cases.rowCount() == 3
    assert dialog.cases.item(0, 0).text() == "Case 1" and dialog.cases.item(0, 1).text() == "1-3"
    assert dialog.cases.item(1, 0).text() == "Case 2" and dialog.cases.item(1, 1).text() == "6"
    dialog.save()
    saved = ctx.read(packing_list.packing_list, carnet.id)
    assert [line.case for line in saved.lines][:3] == ["Case 1"] * 3
    target = tmp_path / "packing.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert dialog.export_csv() == target
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0]["case"] == "Case 1" and rows[0]["value"] == "1200.00"
    dialog.print_list()
    assert previews and previews[-1][0].startswith(b"%PDF")
