"""Texts cut inside item views, which the label-and-button clipping check cannot see: a list's
item (the wizard's steps, the settings' navigation) narrower than its text, and a table's
column title narrower than its text. Both measured as Qt paints them: the item's text rectangle
from the style (the stylesheet's padding included) and the font the item is drawn with (bold
for the current step), the header section's size from its contents."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

SLACK_PX = 1


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


def clipped_list_items(root: QWidget) -> list[str]:
    """Items of visible list views whose text does not fit its rectangle: too wide on one line,
    or wrapped onto more lines than the item is tall."""
    QApplication.processEvents()
    problems = []
    for view in root.findChildren(QListView):
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, view.modelColumn())
            if view.isRowHidden(row):
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            view.itemDelegateForIndex(index).initStyleOption(option, index)
            text = option.text.strip()
            if not text:
                continue
            room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            # the part of it the viewport shows: an item wider than the list scrolls out of view
            room = room.intersected(view.viewport().rect())
            metrics = QFontMetrics(option.font)
            needed = metrics.horizontalAdvance(text)
            if needed <= room.width() + SLACK_PX:
                continue
            wraps = view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
            if wraps and _wrapped_height(metrics, room.width(), text) <= room.height() + SLACK_PX:
                continue
            problems.append(f"item {text!r}: needs {needed} px, has {room.width()} px")
    return problems


def clipped_headers(root: QWidget, *, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Column titles of visible horizontal headers narrower than their text, except titles
    long by design (ALLOWED, or with a tip and cut at their end)."""
    QApplication.processEvents()
    problems = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for logical in range(header.count()):
            if header.isSectionHidden(logical):
                continue
            title = str(model.headerData(logical, Qt.Orientation.Horizontal) or "").strip()
            if not title or title in allowed:
                continue
            tip = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if tip and header.textElideMode() == Qt.TextElideMode.ElideRight:
                continue  # a long title by design: cut at its end, said whole in its tip
            contents = header.sectionSizeFromContents(logical)
            needed = contents.width()
            if header.isSortIndicatorShown() and logical != header.sortIndicatorSection():
                # Qt counts the sort arrow's room for every section; only one shows it
                needed -= contents.height() + header.style().pixelMetric(
                    QStyle.PixelMetric.PM_HeaderMargin, None, header
                )
            given = header.sectionSize(logical)
            if needed > given + SLACK_PX:
                problems.append(f"column {title!r}: needs {needed} px, has {given} px")
    return problems
