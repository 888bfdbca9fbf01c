"""The general-list editor's model: Qt's model rules, renumbering, paste, checks per cell,
totals and undo."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from carnet_app.gui.issuing.goods_model import SEVERITY_ROLE, Col, GeneralListModel
from carnet_app.services.drafts import EditorLine
from tests.issuing.conftest import good_line, tsv

CODES = ["DE", "FR", "JP", "US", "CN", "IT", "KR"]


def make_model(lines: int = 0) -> GeneralListModel:
    model = GeneralListModel(CODES, currency="EUR")
    model.set_lines([good_line(n) for n in range(1, lines + 1)])
    return model


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make_model(5)
    model.setData(model.index(1, Col.VALUE), "")
    qtmodeltester.check(model, force_py=True)
    model.insertRows(2, 2)
    model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)
    model.removeRows(1, 1)
    qtmodeltester.check(model, force_py=True)


def test_lines_are_renumbered_when_added_removed_and_moved(qapp) -> None:  # type: ignore[no-untyped-def]
    model = make_model(3)
    assert [model.data(model.index(r, Col.ITEM)) for r in range(3)] == ["1", "2", "3"]
    model.insertRows(1, 1)
    assert [model.data(model.index(r, Col.ITEM)) for r in range(4)] == ["1", "", "2", "3"]
    model.setData(model.index(1, Col.DESCRIPTION), "Tripod Manfrotto 504X")
    assert [model.data(model.index(r, Col.ITEM)) for r in range(4)] == ["1", "2", "3", "4"]
    first = model.data(model.index(0, Col.DESCRIPTION))
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)
    assert model.data(model.index(3, Col.DESCRIPTION)) == first
    assert model.data(model.index(3, Col.ITEM)) == "4"
    model.removeRows(0, 2)
    assert [model.data(model.index(r, Col.ITEM)) for r in range(2)] == ["1", "2"]


def test_paste_block_positional_and_with_header(qapp) -> None:  # type: ignore[no-untyped-def]
    model = make_model()
    block = tsv(
        [
            ["1", "Lens Canon RF 24-70 mm", "S/N 4021337", "1", "0,9", "2400,00", "jp"],
            ["2", "Monitor Atomos Ninja V", "S/N 55012", "2", "0.4", "1 100,50", "AU"],
        ]
    )
    first, count = model.paste_text(block, 0, Col.DESCRIPTION)
    assert (first, count) == (0, 2)
    assert model.lines[0] == EditorLine(
        "Lens Canon RF 24-70 mm", "S/N 4021337", "1", "0,9", "2400,00", "JP"
    )
    assert model.check.total_value == Decimal("3500.50")
    header = tsv(
        [
            ["Origine", "Désignation", "Quantité", "Valeur"],
            ["DE", "Fluid head Sachtler Video 25, NSN", "1", "6800"],
        ]
    )
    model.paste_text(header, 2, Col.DESCRIPTION)
    assert model.lines[2].description == "Fluid head Sachtler Video 25, NSN"
    assert model.lines[2].origin == "DE" and model.lines[2].value == "6800"
    model.undo()
    assert model.rowCount() == 2
    model.redo()
    assert model.rowCount() == 3


def test_checks_per_cell_error_and_warning(qapp) -> None:  # type: ignore[no-untyped-def]
    model = make_model(2)
    model.setData(model.index(0, Col.VALUE), "")
    model.setData(model.index(1, Col.SERIAL), "")
    value = model.index(0, Col.VALUE)
    assert model.data(value, SEVERITY_ROLE) == "error"
    assert "the value is missing" in model.data(value, Qt.ItemDataRole.ToolTipRole)
    serial = model.index(1, Col.SERIAL)
    assert model.data(serial, SEVERITY_ROLE) == "warning"
    assert "serial" in model.data(serial, Qt.ItemDataRole.ToolTipRole)
    assert len(model.check.errors) == 1 and len(model.check.warnings) == 1
    model.setData(model.index(1, Col.DESCRIPTION), "Various cables")
    assert "vague wording" in model.data(
        model.index(1, Col.DESCRIPTION), Qt.ItemDataRole.ToolTipRole
    )
    model.setData(model.index(1, Col.SERIAL), "S/N 1001")
    assert "also on row 1" in model.data(model.index(1, Col.SERIAL), Qt.ItemDataRole.ToolTipRole)


def test_totals_copy_and_clear(qapp) -> None:  # type: ignore[no-untyped-def]
    model = make_model(3)
    assert model.check.total_pieces == 3
    assert model.check.total_weight == Decimal("4.5")
    assert model.check.total_value == Decimal("3600.00")
    text = model.copy_text([model.index(0, Col.PIECES), model.index(1, Col.VALUE)])
    assert text == "1\t\t\n\t\t1200.00"  # the rectangle: pieces, weight, value
    assert model.clear_cells([model.index(2, Col.WEIGHT)]) == 1
    assert model.check.total_weight == Decimal("3.0")
