"""The management page: figures from the demo carnets, a bar that lists its carnets, exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QImage

from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.pages.management import CarnetsBehindDialog, ManagementPage
from carnet_app.services.management import ChartId


def show_management(window: MainWindow, qtbot: Any) -> ManagementPage:
    with qtbot.waitSignal(window.management.loaded, timeout=20_000):
        window.show_page("management")
    return window.management


def test_the_page_shows_every_chart_from_the_carnets(window: MainWindow, qtbot: Any) -> None:
    page = show_management(window, qtbot)
    assert page.view is not None and page.view.carnets_guaranteed > 0
    assert "carnets guaranteed" in page.subtitle.text()
    by_country = page.cards[ChartId.SECURITY_BY_COUNTRY]
    chart = by_country.view.chart()
    assert chart.series() and chart.series()[0].count() >= 1  # one bar set per currency
    assert by_country.note.text().startswith("Total of ")
    for card in page.cards.values():
        assert card.view.chart() is not None


def test_a_bar_lists_its_carnets_and_opens_one(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    page = show_management(window, qtbot)
    chart = page.cards[ChartId.SECURITY_BY_COUNTRY].data
    assert chart is not None
    opened: list[CarnetsBehindDialog] = []
    monkeypatch.setattr(CarnetsBehindDialog, "open", lambda self: opened.append(self))
    biggest = chart.categories[0]
    bar_set = page.cards[ChartId.SECURITY_BY_COUNTRY].view.chart().series()[0].barSets()[0]
    bar_set.clicked.emit(0)
    [dialog] = opened
    expected = sum(bar.carnets for s in chart.series for bar in s.bars if bar.category == biggest)
    assert dialog.table.rowCount() == expected
    number = dialog.table.item(0, 0).text()
    with qtbot.waitSignal(page.carnet_requested) as signal:
        dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))
    assert signal.args == [number, "overview"]


def test_filters_narrow_the_figures(window: MainWindow, qtbot: Any) -> None:
    page = show_management(window, qtbot)
    assert page.view is not None
    everything = page.view.carnets_guaranteed
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.period.setCurrentIndex(page.period.findData("all"))
    assert page.view.carnets_guaranteed >= everything
    country = page.view.chart(ChartId.SECURITY_BY_COUNTRY).categories[-1]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.country.setCurrentIndex(page.country.findData(country))
    assert 0 < page.view.carnets_guaranteed < everything


def test_each_chart_exports_as_png_pdf_and_xlsx(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    page = show_management(window, qtbot)
    card = page.cards[ChartId.SECURITY_BY_MONTH]
    card.resize(600, 400)
    card.save_png(tmp_path / "chart.png")
    card.save_pdf(tmp_path / "chart.pdf")
    card.save_xlsx(tmp_path / "chart.xlsx")
    assert not QImage(str(tmp_path / "chart.png")).isNull()
    assert len(PdfReader(tmp_path / "chart.pdf").pages) == 1
    sheet = load_workbook(tmp_path / "chart.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Security held by month of issue"
    assert card.data is not None
    assert len(rows) == 2 + len(card.data.categories)
