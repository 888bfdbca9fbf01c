"""Palette-true: in the light theme and in Fusion dark, the text of table cells, headers,
status badges and messages reads at a WCAG contrast of at least 4.5, measured on the
screenshot itself."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow
from carnet_app.services import desk

MINIMUM = 4.5
SHOTS = Path(os.environ.get("CARNET_TEST_SHOTS", tempfile.gettempdir()))


def fusion_dark() -> QPalette:
    """The usual Fusion dark palette."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#353535",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#2a2a2a",
        QPalette.ColorRole.AlternateBase: "#424242",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.BrightText: "#ff0000",
        QPalette.ColorRole.Link: "#2a82da",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before_palette = qapp.palette()
    # the offscreen platform's style is Fusion already; replacing the style under live
    # widgets of other tests crashes Qt, so only the palette changes
    qapp.setPalette(fusion_dark() if request.param == "dark" else qapp.style().standardPalette())
    style.install(qapp)
    yield request.param
    qapp.setPalette(before_palette)
    qapp.setStyleSheet(style.app_stylesheet())


def text_contrast(image: QImage, area: QRect) -> float:
    """The contrast between the commonest colour of AREA (its background) and the pixel
    farthest from it (the core of the glyphs)."""
    area = area.intersected(image.rect())
    counts: Counter[int] = Counter()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(colours.contrast(background, QColor.fromRgb(pixel)) for pixel in counts)


def has_text(image: QImage, area: QRect) -> bool:
    return len({image.pixel(x, area.center().y()) for x in range(area.left(), area.right())}) > 2


def grabbed(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def cell_areas(table: Any, rows: int) -> Iterator[tuple[str, QRect]]:
    model = table.model()
    viewport = table.viewport()
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            rect = table.visualRect(model.index(row, column)).intersected(viewport.rect())
            if rect.width() > 8 and rect.height() > 8:
                top_left = viewport.mapTo(table.window(), rect.topLeft())
                yield f"row {row} col {column}", QRect(top_left, rect.size()).adjusted(2, 2, -2, -2)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        x = header.sectionViewportPosition(column)
        width = min(header.sectionSize(column), header.viewport().width() - x)
        if width > 8:
            top_left = header.viewport().mapTo(table.window(), header.rect().topLeft())
            yield (
                f"header {column}",
                QRect(top_left.x() + x + 2, top_left.y() + 2, width - 4, header.height() - 4),
            )


def low_contrast(image: QImage, areas: Iterator[tuple[str, QRect]]) -> list[str]:
    found = []
    for name, area in areas:
        if area.width() <= 0 or not has_text(image, area):
            continue
        ratio = text_contrast(image, area)
        if ratio < MINIMUM:
            found.append(f"{name}: {ratio:.2f}")
    return found


def test_the_list_and_the_detail_read_in_both_themes(
    ctx: DeskContext, qtbot: Any, theme: str
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.start()
    window.show_page("list")
    image = grabbed(window)
    image.save(str(SHOTS / f"contrast-list-{theme}.png"))
    problems = low_contrast(image, cell_areas(window.list_page.table, 12))
    navigation = window.navigation
    for row in range(navigation.count()):
        rect = navigation.visualItemRect(navigation.item(row))
        top_left = navigation.viewport().mapTo(window, rect.topLeft())
        problems += low_contrast(image, iter([(f"navigation {row}", QRect(top_left, rect.size()))]))

    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    window.open_carnet(carnet_id, "movements")
    image = grabbed(window)
    image.save(str(SHOTS / f"contrast-detail-{theme}.png"))
    detail = window.detail
    badge = detail.badge
    problems += low_contrast(
        image, iter([("badge", QRect(badge.mapTo(window, badge.rect().topLeft()), badge.size()))])
    )
    page = detail.tabs.currentWidget()
    table = page if isinstance(page, QTableView) else page.findChild(QTableView)
    assert table is not None
    problems += low_contrast(image, cell_areas(table, 8))
    assert problems == [], f"{theme}: {problems}"


def test_derived_colours_keep_their_contrast(theme: str) -> None:
    base = colours.role(QPalette.ColorRole.Base)
    for status in style.STATUS_COLOURS:
        assert colours.contrast(style.status_colour(status), base) >= MINIMUM, status
    for urgency in style.URGENCY_COLOURS:
        assert colours.contrast(style.urgency_colour(urgency), base) >= MINIMUM, urgency
    assert "#f8fafc" not in style.app_stylesheet()  # no light colour hard-coded any more
