"""Issue 12: the French desk's history and irregularities tabs say what happened in French
(the audit trail keeps message codes, said in the reader's language); the English desk reads
the same trail in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.pages.carnet_detail import CarnetDetailPage
from tests.gui.test_detail_parts import a_returned_carnet_with_an_open_irregularity, open_page


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)


def column(page: CarnetDetailPage, model: Any, title: str) -> list[str]:
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    where = titles.index(title)
    return [
        str(model.data(model.index(row, where), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def test_the_french_desk_reads_the_history_in_french(
    ctx: DeskContext, qtbot: Any, french: None, tmp_path: Path
) -> None:
    number = a_returned_carnet_with_an_open_irregularity(ctx)
    page = open_page(ctx, qtbot, number)
    said = column(page, page.history.model, page.history.tr("What"))
    assert said[0] == f"carnet {number} rendu à la chambre le " + said[0].rsplit(" ", 1)[1]
    assert any("irrégularité confirmée" in s for s in said), said
    assert not any(" on 20" in s or "voucher" in s for s in said), said
    found = column(page, page.irregularities.model, page.irregularities.tr("Irregularity"))
    assert found and all("sans exportation enregistrée" in s for s in found), found
    page.resize(1024, 640)
    page.grab().save(str(tmp_path / "history-fr.png"))


def test_the_english_desk_reads_the_same_history_in_english(ctx: DeskContext, qtbot: Any) -> None:
    number = a_returned_carnet_with_an_open_irregularity(ctx)
    page = open_page(ctx, qtbot, number)
    said = column(page, page.history.model, "What")
    assert said[0].startswith(f"carnet {number} returned to the chamber on 20")
    assert any("confirmed irregularity" in s for s in said), said
