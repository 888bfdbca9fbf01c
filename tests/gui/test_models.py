"""Every model passes Qt's model tester, and shows what its rows hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp import PickerModel
from carnet_app.gui.list_model import CarnetColumn, CarnetListModel
from carnet_app.gui.models import (
    ROW_ROLE,
    SORT_ROLE,
    RecordColumn,
    RecordTableModel,
)
from carnet_app.services import desk
from carnet_app.services.desk import CarnetListRow, ListFilter, PickerLine, SortKey
from tests.gui.conftest import TODAY


def _row(carnet_id: int, **changes: object) -> CarnetListRow:
    values: dict[str, object] = {
        "id": carnet_id,
        "number": f"FR/T/{carnet_id:06d}",
        "status": "active",
        "kind": "original",
        "holder": f"Holder {carnet_id}",
        "issued_on": date(2026, 1, 1),
        "valid_until": date(2026, 12, 31),
        "countries": ("CH", "US"),
        "items": 3,
        "total_value": Decimal("1234567.50"),
        "currency": "EUR",
        "goods_abroad": True,
        "open_claims": 1,
        "format": "paper",
    }
    values.update(changes)
    return CarnetListRow(**values)  # type: ignore[arg-type]


def test_carnet_list_model_is_lazy_and_valid(qtmodeltester, qapp) -> None:
    asked: list[list[int]] = []

    def load(ids: list[int]) -> list[CarnetListRow]:
        asked.append(list(ids))
        return [_row(i, number=None, status="draft") if i == 3 else _row(i) for i in ids]

    model = CarnetListModel(load, lambda: TODAY)
    model.set_ids(range(1, 1001))
    assert model.rowCount() == 1000
    assert asked == []  # nothing loaded before something is shown
    qtmodeltester.check(model)
    assert all(len(block) <= CarnetListModel.BLOCK for block in asked)
    index = model.index(0, CarnetColumn.VALUE)
    assert model.data(index) == "1\u202f234\u202f567.50 EUR"
    assert model.data(index, SORT_ROLE) == Decimal("1234567.50")
    assert model.data(model.index(0, CarnetColumn.DAYS_LEFT)) == "34"
    assert model.data(model.index(2, CarnetColumn.NUMBER)) == "draft 3"
    assert model.data(model.index(0, CarnetColumn.CLAIMS)) == "1 open"
    assert isinstance(model.data(index, ROW_ROLE), CarnetListRow)


def test_carnet_list_model_asks_for_a_sort(qtbot, qapp) -> None:
    model = CarnetListModel(lambda ids: [_row(i) for i in ids], lambda: TODAY)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(CarnetColumn.HOLDER, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [SortKey.HOLDER, True]


def test_carnet_list_model_on_the_database(ctx: DeskContext, qtmodeltester) -> None:
    ids = ctx.read(desk.list_ids, ListFilter(), today=TODAY)
    model = CarnetListModel(lambda wanted: ctx.read(desk.list_rows, wanted), lambda: TODAY)
    model.set_ids(ids)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ids) > 0


def test_record_model(qtmodeltester, qapp) -> None:
    model = RecordTableModel(
        [
            RecordColumn("No", lambda r: r["no"], numeric=True),
            RecordColumn("Text", lambda r: r["text"], lambda r: r["text"].upper()),
        ]
    )
    model.set_records([{"no": 1, "text": "a"}, {"no": 2, "text": "b"}])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "B"


def test_picker_model(qtmodeltester, qapp) -> None:
    model = PickerModel()
    model.set_lines(
        [
            PickerLine(1, "Camera", 2, 2, 2),
            PickerLine(2, "Lens", 3, 0, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.selection() == {1: 2}
    assert model.setData(model.index(1, 5), 2)
    assert model.selection() == {1: 2, 2: 2}
    # more than listed: kept (the stamp dialog's verdict says so), not silently reverted
    assert model.setData(model.index(1, 5), 9)
    assert [line.item_no for line in model.too_many()] == [2]
    assert model.setData(model.index(1, 5), 2)
    assert model.setData(
        model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.selection() == {2: 2}


def test_carnet_list_model_windowed_ids(qtmodeltester, qapp) -> None:
    """The first page now, the count later, further ids asked for only where rows are shown."""
    every_id = list(range(5000, 0, -1))
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return every_id[offset : offset + limit]

    model = CarnetListModel(lambda ids: [_row(i) for i in ids], lambda: TODAY)
    model.set_window(None, every_id[:100], fetch)
    assert model.rowCount() == 100  # not counted yet: the first page
    model.set_total(len(every_id))
    assert model.rowCount() == 5000 and asked == []
    qtmodeltester.check(model)
    assert model.data(model.index(4321, CarnetColumn.NUMBER)) == f"FR/T/{5000 - 4321:06d}"
    assert all(limit == CarnetListModel.ID_PAGE for _, limit in asked)
    assert model.row_of_id(5000 - 4321) == 4321
    assert model.id_at(5000) is None
