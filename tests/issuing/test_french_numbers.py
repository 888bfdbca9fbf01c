"""Numbers and counts as a French clerk reads them: the general list shows 17 800 and 0,5
(the cell keeps what was typed for editing), the printed packing list groups its piece counts,
and counts take Qt's plural forms: « 1 article », « 3 articles », never « article(s) »."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from carnet_app.gui import i18n
from carnet_app.gui.issuing.goods_model import Col, GeneralListModel
from carnet_app.gui.issuing.packing_list import packing_html
from carnet_app.services.drafts import EditorLine
from carnet_app.services.packing_list import PackingLine, PackingList

NNBSP = "\u202f"
GUI = Path(__file__).resolve().parents[2] / "carnet_app" / "gui"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    default = QLocale()
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)
    QLocale.setDefault(default)


def line(description: str, pieces: str, weight: str, value: str) -> EditorLine:
    return EditorLine(
        description=description,
        serial="NSN",
        pieces=pieces,
        weight=weight,
        value=value,
        origin="FR",
    )


def test_the_general_list_shows_numbers_in_french_and_edits_them_as_typed(french: None) -> None:
    model = GeneralListModel(["FR"], currency="EUR")
    model.set_lines([line("Cable drums", "17800", "0.5", "1200"), line("Crate", "2", "x", "")])
    shown = [model.data(model.index(0, c)) for c in (Col.PIECES, Col.WEIGHT, Col.VALUE)]
    assert shown == [f"17{NNBSP}800", "0,5", f"1{NNBSP}200,00"]
    edited = [
        model.data(model.index(0, c), Qt.ItemDataRole.EditRole)
        for c in (Col.PIECES, Col.WEIGHT, Col.VALUE)
    ]
    assert edited == ["17800", "0.5", "1200"]
    # what is not a number is shown as typed, for the check to point at
    assert model.data(model.index(1, Col.WEIGHT)) == "x"
    assert model.data(model.index(1, Col.VALUE)) == ""


def packing(cases: dict[str, list[int]]) -> PackingList:
    lines = [
        PackingLine(
            item_no=no,
            description=f"Item {no}",
            pieces=pieces,
            weight=Decimal("1.5"),
            weight_unit="kg",
            value=Decimal("100.00"),
            case=case,
        )
        for no, (case, pieces) in enumerate(
            ((case, pieces) for case, counts in cases.items() for pieces in counts), start=1
        )
    ]
    return PackingList(carnet_id=1, label="FR/DEMO/1", holder="Opale", currency="EUR", lines=lines)


def test_the_printed_packing_list_counts_in_french(french: None) -> None:
    html = packing_html(packing({"Caisse 1": [12500], "Caisse 2": [1, 2, 3]}), "Liste de colisage")
    assert f">12{NNBSP}500<" in html  # the line and the case total, grouped
    assert "1 article<" in html and "3 articles<" in html
    assert "(s)" not in html


def test_english_counts_read_one_item_three_items(qapp: QApplication) -> None:
    i18n.install_language("en", qapp)
    html = packing_html(packing({"Case 1": [1], "Case 2": [1, 2, 3]}), "Packing list")
    assert "1 item<" in html and "3 items<" in html
    assert "(s)" not in html


def test_no_interface_string_counts_with_an_s_in_brackets() -> None:
    """Every count in a GUI string is a Qt plural (%n / %Ln), translated per form."""
    pattern = re.compile(r"""(?:tr|QT_TRANSLATE_NOOP)\([^)]*?["']([^"']*\(s\)[^"']*)["']""")
    left = {
        f"{path.relative_to(GUI)}: {text}"
        for path in GUI.rglob("*.py")
        for text in pattern.findall(path.read_text(encoding="utf-8"))
        if "%n" not in text and "%Ln" not in text
    }
    assert left == set()
